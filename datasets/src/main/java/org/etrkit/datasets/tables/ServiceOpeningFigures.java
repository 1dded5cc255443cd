package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * A bare figure opening its sentence before a verb of service, for {@link PersonnelFigures}: "Syldavian instructors were
 * fewer than elsewhere. About 70 served with the army staff in 1975": the figure counts the personnel noun the sentence
 * before names with no figure of its own.
 */
final class ServiceOpeningFigures {

    private ServiceOpeningFigures() {
    }

    /** Only a hedge word between the sentence's start and the figure. */
    private static final Pattern HEDGE_ONLY = Pattern.compile(
            "\\s*(?:(?:about|some|around|roughly|nearly|over|more than|fewer than|up to|at least|almost)\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** " served", " were serving", " remained", " were stationed" right after the figure. */
    private static final Pattern SERVICE_AFTER = Pattern.compile(
            "\\s+(?:served|were serving|remained|were stationed|were posted|worked)\\b");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");

    /** Whether bare figure {@code q} opens its sentence before a verb of service and counts the men named before. */
    static boolean countsPeopleNamedBefore(Prose p, Quantity q, Set<String> personnel, Lexicon lex) {
        int si = p.sentenceIndex(q.start());
        if (si == 0) {
            return false;
        }
        Sentence own = p.sentence(si);
        if (!HEDGE_ONLY.matcher(p.text.substring(own.start(), q.start())).matches()
                || !SERVICE_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 25)).lookingAt()) {
            return false;
        }
        Sentence prev = p.sentence(si - 1);
        if (!p.quantitiesIn(prev.start(), prev.end()).isEmpty()) {
            return false; // a figure of the sentence before: the readings of figures before take it
        }
        for (String w : NOT_WORD.split(p.text.substring(prev.start(), prev.end()))) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && personnel.contains(w.toLowerCase(Locale.ROOT))
                    && lex.measureOf(w) == null) {
                return true;
            }
        }
        return false;
    }
}
