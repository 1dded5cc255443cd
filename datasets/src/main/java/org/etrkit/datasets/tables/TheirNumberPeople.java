package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * "Their number" standing for men under arms that a sentence names without a figure, for {@link PersonnelFigures}:
 * "Bulgarian instructors followed the rifles. Their number grew from about 60 in 1975 to some 340", "The instructors
 * left in stages. By 1980 their number had fallen to fewer than 90": a figure the level of "their number" reaches
 * counts the personnel noun of the sentence before (or of its own sentence before "their").
 */
final class TheirNumberPeople {

    private TheirNumberPeople() {
    }

    /** "their number rose from about ", "its number had fallen to ": a level of "their number" right before a figure. */
    private static final Pattern THEIR_NUMBER_LEVEL = Pattern.compile(
            "\\b([Tt]heir|[Ii]ts) number\\b[^.;:\\d]{0,40}?\\b(?:from|to|at|as) (?:about |some |around |roughly |nearly "
                    + "|over |more than |fewer than |less than |up to |almost )?$");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");

    /**
     * Whether {@code q} is the level "their number" reaches and "their" stands for a personnel noun (one that names no
     * loss) of the sentence before, or of its own sentence before "their", with no figure between that noun and it.
     */
    static boolean countsPeopleNamedBefore(Prose p, Quantity q, Set<String> personnel, Lexicon lex) {
        String left = p.before(q.start(), 80);
        java.util.regex.Matcher m = THEIR_NUMBER_LEVEL.matcher(left);
        if (!m.find()) {
            return false;
        }
        int their = q.start() - left.length() + m.start(1);
        int si = p.sentenceIndex(q.start());
        Sentence own = p.sentence(si);
        int from = si > 0 ? p.sentence(si - 1).start() : own.start();
        if (!p.quantitiesIn(from, their).isEmpty()) {
            return false; // a figure names what "their" counts: the figure-based readings take it
        }
        for (String w : NOT_WORD.split(p.text.substring(from, their))) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && personnel.contains(w.toLowerCase(Locale.ROOT))
                    && lex.measureOf(w) == null) {
                return true;
            }
        }
        return false;
    }
}
