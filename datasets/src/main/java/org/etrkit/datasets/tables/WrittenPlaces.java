package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.FigureGroup.NEXT_WORD;
import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's name as the text writes it, with the words around the name, for {@link FigureRegion} and
 * {@link ArticlePlace}: the place a name stands for whole, with an "of" part after an administrative or state noun
 * ("Autonomous Republic of Crimea", "Federation of Malaya", "Districts of Central Administration") or a kept noun
 * after it ("Siang valley": {@link #named}, {@link #withNoun}), and the places written with an administrative word
 * ("Altay District", "the district of Khalkhgol", "Ili's population": {@link #placeAdmin}, {@link #nextAdmin}), whose
 * names {@link PlaceNames#adminPlace} reads.
 */
final class WrittenPlaces {

    /** " of Crimea" after a capitalised admin name ("Autonomous Republic"). */
    private static final Pattern OF_NAME = Pattern.compile(" of (" + NAME + ")(?![\\p{L}'’-])");

    private final PlaceNames placeNames;
    private final Set<String> admin;
    /** Lower-case nouns that stay part of a place's name ("Nonni valley", "Przhevalsk uezd"). */
    private final Set<String> keptNouns;
    /** Nouns of a state ("federation", "kingdom"), which a name of one word followed by "of" may be. */
    private final Set<String> stateNouns;
    /** "Altay District", "Turkestan ASSR", "the district of Khalkhgol", "Ili's population": a place with an admin word. */
    final Pattern placeAdmin;

    WrittenPlaces(Lexicon lex, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.admin = lex.set("admin_words");
        this.keptNouns = lex.set("name_nouns");
        this.stateNouns = lex.set("state_nouns");
        // "Altay District", "Turkestan ASSR", "the district of Khalkhgol", "Ili's population"
        this.placeAdmin = lex.compile("(?:\\b(?<before>" + NAME + ") (?<admin>{admin_words})\\b"
                + "|\\b(?:{admin_words}|{settlement_nouns}) of (?:the )?(?<after>" + NAME + ")"
                + "|\\b(?<possessive>" + NAME + ")['’]s population\\b)");
    }

    /**
     * The next place with an administrative word before {@code end}: a name before the word that is no place
     * ("The district", "the Mongolian district") is passed over to the word, so that the place after it is
     * found ("The district of Posyet", "the Mongolian district of Khalkhgol").
     */
    boolean nextAdmin(Matcher m, int end) {
        while (m.find()) {
            if (m.group("before") == null || placeNames.adminPlace(m) != null) {
                return true;
            }
            m.region(m.start("admin"), end);
        }
        return false;
    }

    /**
     * A capitalised name ending in an administrative noun, or a state's noun alone, with " of" and a place after it,
     * whole ("Autonomous Republic of Crimea", "Free Province of Varna", "Federation of Malaya", "Districts of Central
     * Administration"); or null.
     */
    private String withOfName(String text, int end, String phrase) {
        String[] words = Chars.words(phrase.strip());
        String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean plural = words.length == 1 && last.endsWith("s") && Chars.isUpperCase(words[0].charAt(0))
                && admin.contains(last.substring(0, last.length() - 1)); // "Districts of Central Administration"
        boolean single = words.length == 1 && Chars.isUpperCase(words[0].charAt(0)) && admin.contains(last); // "Governorate of Ostland"
        boolean state = words.length == 1 && stateNouns.contains(last) || plural || single; // "Federation of Malaya"
        if (!state && (words.length < 2 || !admin.contains(last))) {
            return null;
        }
        Matcher m = OF_NAME.matcher(text).region(end, Math.min(text.length(), end + 60));
        return m.lookingAt() ? phrase.strip() + " of " + m.group(1) : null;
    }

    /** The place a name of the text ending at {@code end} stands for, with an "of" part or a kept noun after it. */
    String named(String text, int end, String phrase) {
        String ofName = withOfName(text, end, phrase);
        return ofName != null ? ofName : withNoun(text, end, placeNames.placeName(phrase));
    }

    /** {@code name} with the kept noun written right after it at {@code end} ("Siang" and " valley"). */
    String withNoun(String text, int end, String name) {
        if (name == null) {
            return null;
        }
        Matcher m = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 30));
        return m.lookingAt() && text.charAt(end) == ' ' && keptNouns.contains(m.group(1)) ? name + " " + m.group(1) : name;
    }
}
