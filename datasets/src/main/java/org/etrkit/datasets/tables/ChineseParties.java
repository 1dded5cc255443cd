package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bare party adjective of China's civil war ("a Communist column", "Communist losses"): the lexicon's
 * {@code chinese_party_words} are the Chinese Communists' (PRC) in an article one of whose infobox combatants is a
 * Chinese side (ROC or PRC at the article's date), and no name of any side elsewhere (Malaya's or Greece's
 * Communists are no Chinese force).
 */
final class ChineseParties {

    private ChineseParties() {
    }

    /** The words of {@code words} as PRC aliases when a combatant of {@code combatants} is ROC or PRC at {@code day}. */
    static Map<String, Gazetteer.Side> words(Collection<Gazetteer.Side> combatants, List<String> words, LocalDate day) {
        Map<String, Gazetteer.Side> out = new LinkedHashMap<>();
        boolean chinese = false;
        for (Gazetteer.Side s : combatants) {
            String side = s == null ? null : s.at(day);
            chinese |= "ROC".equals(side) || "PRC".equals(side);
        }
        if (chinese) {
            for (String w : words) {
                out.put(w, new Gazetteer.Side("PRC", null, null));
            }
        }
        return out;
    }
}
