package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The garrison or defenders no name ties to a side, right before a figure in its sentence, are the side of the article's
 * garrison ({@link ArticleContext#nounDefault}, set where the article names its garrison with one side): as the subject
 * of the figure's verb ("The defenders had lost about 2,300 men"), as the owner of the figure ("its garrison of some
 * 4,600 men") or as the subject of a clause a colon's figure explains ("the garrison had ceased to fight: about 3,100
 * men were killed").
 */
final class GarrisonSubjects {

    /** The lexicon's {@code garrison_nouns} ("garrison", "defenders"). */
    private final Set<String> garrisonNouns;

    GarrisonSubjects(Set<String> garrisonNouns) {
        this.garrisonNouns = garrisonNouns;
    }

    /** "the garrison", "its defenders", "the remaining defenders": a determiner, a lower-case word at most, the noun. */
    private static final Pattern GARRISON = Pattern.compile(
            "\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?=(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?)");

    /** What may stand between the noun and the figure: words with no punctuation, and at most a colon at the end. */
    private static final Pattern BETWEEN = Pattern.compile("[\\p{L}\\s'’-]{1,60}?(?::\\s*)?(?:(?:about|some|around|roughly"
            + "|nearly|over|more than|fewer than|at least|almost)\\s+)?");

    /** The reading of the figure at {@code start}, or null. */
    SideFinder.Reading of(Prose p, int start) {
        int from = Math.max(p.sentence(p.sentenceIndex(start)).start(), start - 200);
        Matcher m = GARRISON.matcher(p.text).region(from, start);
        int nounStart = -1;
        int nounEnd = -1;
        String noun = null;
        while (m.find()) {
            int g = garrisonNouns.contains(m.group(1)) ? 1 : m.group(2) != null && garrisonNouns.contains(m.group(2)) ? 2 : 0;
            if (g > 0) {
                nounStart = m.start();
                nounEnd = m.end(g);
                noun = m.group(g);
            }
        }
        if (noun == null || !BETWEEN.matcher(p.text).region(nounEnd, start).matches()
                || !p.namesIn(nounEnd, start).isEmpty() || !p.actorsIn(nounEnd, start).isEmpty()) {
            return null;
        }
        String side = p.article.nounDefault(noun.toLowerCase(Locale.ROOT));
        if (side == null) {
            return null;
        }
        return new SideFinder.Reading(side, p.text.substring(nounStart, nounEnd), "the article's garrison ('" + noun
                + "'), the subject or owner of the figure, for which no name stands");
    }
}
