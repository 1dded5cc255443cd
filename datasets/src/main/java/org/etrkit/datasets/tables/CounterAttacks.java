package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Step 2c'' of {@link SideFinder#find}: "Two counter-attacks, the first by the Lancers and the second by a scratch
 * company of some 60 men, failed", "before a counterattack by Company D, 212th Infantry, 150 men under a captain, drove
 * them off": men of a counter-attack made "by" a force no name of a side marks are the infobox's other combatant than
 * the side last named before the counter-attack in its paragraph (the side that attacked); null when a name of a side
 * stands between the counter-attack and the figure or right before it ("a Chinese counter-attack").
 */
final class CounterAttacks {

    private CounterAttacks() {
    }

    private static final Pattern COUNTER_ATTACK = Pattern.compile("(?i)\\bcounter-?attacks?\\b");

    /** The counter-attackers' side of the figure at {@code start}, or null. */
    static Reading counterAttackers(Prose p, int start, LocalDate date) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        Matcher m = COUNTER_ATTACK.matcher(p.text).region(Math.max(sentenceStart, start - 150), start);
        int at = -1;
        int after = -1;
        while (m.find()) {
            at = m.start();
            after = m.end();
        }
        if (at < 0 || p.text.substring(after, start).indexOf(" by ") < 0) {
            return null;
        }
        for (Prose.Name n : p.namesIn(after, start)) {
            if (!n.isGroup()) {
                return null; // "a counter-attack by the 40th Army's Chinese reserve of 3,000 men": its own name
            }
        }
        List<Prose.Name> before = p.namesIn(Math.max(0, at - 4 * Prose.WINDOW), at);
        for (int i = before.size() - 1; i >= 0; i--) {
            Prose.Name n = before.get(i);
            if (n.isGroup() || n.side().side().equals("Other")) {
                continue;
            }
            if (at - n.end() <= 2) {
                return null; // "a Chinese counter-attack by …": the counter-attackers named
            }
            String opponent = p.article.opponent(n.side().at(date));
            return opponent == null ? null : new Reading(opponent, "", "the infobox's other combatant: the men of a"
                    + " counter-attack against " + n.text());
        }
        return null;
    }
}
