package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.etrkit.datasets.extract.Quantity;

/**
 * The infobox's combatant parties that a troops figure's own words name, for {@link TroopsTable}: the party a
 * capitalised word after an infobox figure names ("16,000 Cubans" beside "Combatant1: Soviet Union; Cuba",
 * {@link #partyOfFigure}), a capitalised name after it that no party has and the gazetteer does not know
 * ("12,000 Kurdish fighters", {@link #unknownNameOfFigure}), the party that the word right before a name of the
 * gazetteer names when that party's side is not the name's ("Somali National Army", {@link #qualifyingParty}),
 * and the side of one party ({@link #partySideOf}).
 */
final class FigureParties {

    /**
     * Where {@link #partyOfFigure} takes the figure to end: at its first letter, so that everything before the
     * first word (digits, spaces and even ";", "," or "(") is passed over ("16,000; Cubans").
     */
    private static final IntPredicate UP_TO_FIRST_LETTER = c -> !Character.isLetter(c);

    /**
     * Where {@link #unknownNameOfFigure} takes the figure to end: past its digits, separators and range dashes
     * only ("12,000–15,000"), so that a ";", "," or "(" right after it ends the walk.
     */
    private static final IntPredicate DIGITS_AND_SEPARATORS = c -> Character.isDigit(c) || c == ',' || c == '.'
            || c == '–' || c == '-';

    /** The letters of a word that {@link #partyOfFigure} reads, with apostrophes ("Cuba's"). */
    private static final IntPredicate LETTER_OR_APOSTROPHE = c -> Character.isLetter(c) || c == '\'';

    /** The letters of a word that {@link #unknownNameOfFigure} reads: letters only. */
    private static final IntPredicate LETTER = Character::isLetter;

    /** Words that name no party by themselves ("republic", "kingdom"). */
    private final Set<String> stateNouns;

    FigureParties(Lexicon lex) {
        this.stateNouns = lex.set("state_nouns");
    }

    /**
     * The party of infobox combatant {@code number} that the figure's own words name, from the figure to the
     * next ";", ",", bracket or figure: a capitalised word that a word of the party begins ("Cubans" for
     * "Cuba", "Yemenis" for "South Yemen") or that begins one ("Afghan" for "Afghanistan"), four letters or
     * more and no state noun ("Republic"); null when none or when the combatant lists one party.
     */
    String partyOfFigure(ArticleContext ac, String text, Quantity q, String number) {
        List<String> parties = severalParties(ac, number);
        if (parties == null) {
            return null;
        }
        for (String word : wordsAfterFigure(text, q, UP_TO_FIRST_LETTER, LETTER_OR_APOSTROPHE)) {
            if (Character.isUpperCase(word.charAt(0)) && word.length() >= 4) {
                for (String party : parties) {
                    if (namesParty(word, party)) {
                        return party;
                    }
                }
            }
        }
        return null;
    }

    /**
     * For an infobox figure of a combatant that lists several parties: a capitalised word of four letters or
     * more right after the figure (before its first lower-case word, ";", ",", "(" or the next figure) that the
     * gazetteer does not know and that names none of the parties ("12,000 Kurdish fighters"); else null.
     */
    String unknownNameOfFigure(ArticleContext ac, String text, Quantity q, String number) {
        List<String> parties = severalParties(ac, number);
        if (parties == null) {
            return null;
        }
        for (String word : wordsAfterFigure(text, q, DIGITS_AND_SEPARATORS, LETTER)) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return null; // only the capitalised words right after the figure ("Kurdish"), not "taken to Siberia"
            }
            if (word.length() >= 4 && ac.gazetteer.firstIn(word) == null
                    && parties.stream().noneMatch(party -> namesParty(word, party))) {
                return word;
            }
        }
        return null;
    }

    /** The parties infobox combatant {@code number} lists, when it lists two or more; else null. */
    private static List<String> severalParties(ArticleContext ac, String number) {
        List<String> parties = ac.combatantParties.getOrDefault(number, List.of());
        return parties.size() < 2 ? null : parties;
    }

    /**
     * The words after figure {@code q} in {@code text}, in order: from its digits past the characters
     * {@code inFigure} takes as the figure's, each run of {@code inWord} characters, up to the next ";", ",",
     * "(" or digit (other characters between words are passed over). The two readers differ in both: where the
     * figure ends ({@link #UP_TO_FIRST_LETTER}, {@link #DIGITS_AND_SEPARATORS}) and what a word is
     * ({@link #LETTER_OR_APOSTROPHE}, {@link #LETTER}).
     */
    private static List<String> wordsAfterFigure(String text, Quantity q, IntPredicate inFigure, IntPredicate inWord) {
        int i = digitsStart(text, q);
        while (i < text.length() && inFigure.test(text.charAt(i))) {
            i++; // past the figure itself
        }
        List<String> words = new ArrayList<>();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ';' || c == ',' || c == '(' || Character.isDigit(c)) {
                break;
            }
            int end = i;
            while (end < text.length() && inWord.test(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                words.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** Where the digits of {@code q} start in {@code text}: past its hedge word ("about"). */
    private static int digitsStart(String text, Quantity q) {
        int i = q.start();
        while (i < q.end() && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The infobox combatant party that the capitalised word right before the first name of the gazetteer in
     * {@code text} names, when that party's side is not the name's ("Somali National Army" beside
     * "Combatant2: Somalia": a national army of Somalia, not the gazetteer's "National Army"); else null.
     */
    String qualifyingParty(ArticleContext ac, String text, LocalDate day) {
        List<PhraseMatcher.Hit<Gazetteer.Side>> hits = ac.gazetteer.all(text);
        if (hits.isEmpty()) {
            return null;
        }
        PhraseMatcher.Hit<Gazetteer.Side> h = hits.get(0);
        return qualifyingParty(ac, text, h.start(), h.value().at(day), day);
    }

    /**
     * The infobox combatant party that the capitalised word right before {@code nameStart} in {@code text}
     * names, when the gazetteer does not know that word and the party's side is not {@code nameSide}; else null.
     */
    String qualifyingParty(ArticleContext ac, String text, int nameStart, String nameSide, LocalDate day) {
        int end = nameStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (end == nameStart || end - start < 4 || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        String word = text.substring(start, end);
        if (ac.gazetteer.firstIn(word) != null) {
            return null; // "the South China Field Army": a name the gazetteer knows, read by the readers
        }
        for (List<String> parties : ac.combatantParties.values()) {
            for (String party : parties) {
                if (namesParty(word, party) && !partySideOf(ac, party, day).equals(nameSide)) {
                    return party;
                }
            }
        }
        return null;
    }

    /** True when a word of {@code party} and {@code word} begin one another (four letters or more). */
    private boolean namesParty(String word, String party) {
        for (String w : Chars.words(party)) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0))
                    && !stateNouns.contains(w.toLowerCase(Locale.ROOT))
                    && (word.startsWith(w) || w.startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side of one party of a combatant: its first name of the article's gazetteer with a side, else Other;
     * Other too for a party the rules' gazetteer leaves without a side ("Democratic Republic of Afghanistan"
     * beside "Soviet Union"), which the article's gazetteer gives its combatant's side for the prose.
     */
    static String partySideOf(ArticleContext ac, String party, LocalDate day) {
        boolean known = false;
        for (PhraseMatcher.Hit<Gazetteer.Side> h : ac.rules.gazetteer().all(party)) {
            known |= !h.value().side().equals("Other");
        }
        for (PhraseMatcher.Hit<Gazetteer.Side> h : known ? ac.gazetteer.all(party) : List.<PhraseMatcher.Hit<Gazetteer.Side>>of()) {
            if (!h.value().side().equals("Other")) {
                return h.value().at(day);
            }
        }
        return "Other";
    }
}
