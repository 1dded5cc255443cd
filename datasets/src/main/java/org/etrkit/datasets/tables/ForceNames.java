package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The force a name stands for, for {@link SideFinder}: the name with the force noun of the lexicon's
 * {@code force_nouns} right after it ("Ili" + "army", {@link #forceName}), whether a name is a force ("the Ili
 * army", "KMT units", {@link #isForce}), and the reading a figure takes from a name ({@link #reading}).
 */
final class ForceNames {

    private final Set<String> forceNouns;

    ForceNames(Set<String> forceNouns) {
        this.forceNouns = forceNouns;
    }

    /** The reading of a figure whose side name {@code n} gives: its side on {@code date} and its force name. */
    Reading reading(Prose p, Prose.Name n, LocalDate date, String basis) {
        return new Reading(n.side().at(date), forceName(p, n), basis);
    }

    /** The name, with the force noun after it when there is one ("Ili" + "army"). */
    String forceName(Prose p, Prose.Name n) {
        int i = n.end();
        String t = p.text;
        if (i + 1 < t.length() && t.charAt(i) == ' ') {
            int j = Chars.letterRunEnd(t, i + 1, t.length());
            String w = t.substring(i + 1, j);
            if (!w.isEmpty() && Chars.isLowerCase(w.charAt(0)) && forceNouns.contains(w)) {
                return t.substring(n.start(), j);
            }
        }
        return n.text();
    }

    /** "the Ili army", "KMT units": a name that is, or is followed by, a force noun. */
    boolean isForce(Prose p, Prose.Name n) {
        String last = n.text().substring(n.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return forceNouns.contains(last) || !forceName(p, n).equals(n.text());
    }
}
