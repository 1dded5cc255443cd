package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A people (an ethnic group the gazetteer lists) named near a figure, for {@link SideFinder}: whether it names a
 * people's own force that the figure counts ("a Tibetan company of fewer than 100 men", {@link #groupsForce}), the
 * people as a noun ("the Hui lost", {@link #groupAsNoun}) or in the plural ("Kazakhs", {@link #isPlural}), or its
 * irregulars ("the Uyghur rebels", {@link #irregularsOf}).
 */
final class PeopleGroups {

    private final Set<String> forceNouns;
    private final Set<String> personnel;
    private final Set<String> irregular;
    /** "the Hui lost": verbs after a people named as a noun. */
    private final Set<String> groupVerbs;
    /** "along", "bank of": words before "the Han" that make it a river, no people. */
    private final Set<String> watercourse;

    PeopleGroups(Lexicon lexicon) {
        this.forceNouns = lexicon.set("force_nouns");
        this.personnel = lexicon.set("personnel");
        this.irregular = lexicon.set("irregular_nouns");
        this.groupVerbs = lexicon.set("group_subject_verbs");
        this.watercourse = lexicon.set("watercourse_words");
    }

    private static final java.util.regex.Pattern GROUP_FORCE_OF = java.util.regex.Pattern.compile(
            "^\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{Ll}+)(?:\\s+of|,)\\s+(?:(?:some|about|around|roughly|nearly|over|almost|perhaps|"
                    + "fewer than|more than|less than|under|up to|at least|no more than|as many as|an estimated)\\s+)?$");

    /** "a Tibetan company of fewer than 100 men", "a Khampa force, about 600": a people's force that the figure counts. */
    boolean groupsForce(Prose p, Prose.Name n, int figure) {
        if (figure - n.end() > 60) {
            return false;
        }
        java.util.regex.Matcher m = GROUP_FORCE_OF.matcher(p.text.substring(n.end(), figure));
        return m.find() && (forceNouns.contains(m.group(1)) || personnel.contains(m.group(1)));
    }

    /**
     * "the Hui lost", "the Hui of Ma Zhancang": a group named as a people with "the" and no noun after it (a
     * verb, a preposition or a stop follows), not as an adjective ("the Hui cavalry").
     */
    boolean groupAsNoun(Prose p, Prose.Name n) {
        List<String> before = p.wordsBefore(n.start(), 1);
        if (before.isEmpty() || !before.get(0).equals("the")) {
            return false; // (wordBefore skips "the": "at the river the Dungan lost" would read "river")
        }
        if (onAWatercourse(p, n)) {
            return false; // "along the Dan and the Han with", "the west bank of the Han": a river, no people
        }
        java.util.regex.Matcher m = NEXT_WORD.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 30));
        if (!m.lookingAt()) {
            return true; // a comma, a stop or a bracket
        }
        String w = m.group(1);
        return Chars.isLowerCase(w.charAt(0)) && !forceNouns.contains(w) && !personnel.contains(w)
                && !w.endsWith("s") && (w.endsWith("ed") || SideFinder.CONNECTORS.contains(w) || SideFinder.STOPS.contains(w)
                || groupVerbs.contains(w));
    }

    /**
     * "held a front along the Dan and the Han", "crossed to the west bank of the Han": a word of a watercourse
     * (`watercourse_words`) among the few words before the name, back to a punctuation mark or "with".
     */
    private boolean onAWatercourse(Prose p, Prose.Name n) {
        List<String> before = p.wordsBefore(n.start(), 6);
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (w.length() == 1 && !Chars.isLetter(w.charAt(0)) || w.equals("with")) {
                return false;
            }
            if (watercourse.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+([\\p{L}-]+)");

    /** "the Uyghur rebels", "Kazakh insurgents": a people followed by a noun of irregulars. */
    boolean irregularsOf(Prose p, Prose.Name n) {
        return irregular.contains(wordAfter(p, n.end()));
    }

    /** The word right after {@code at}, lower case, or "". */
    static String wordAfter(Prose p, int at) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(p.text).region(at, Math.min(p.text.length(), at + 40));
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** "Kazakhs" for the group "Kazakh": the group named as people, not as an adjective. */
    static boolean isPlural(Prose.Name n) {
        return n.text().length() > n.group().length() && n.text().endsWith("s");
    }
}
