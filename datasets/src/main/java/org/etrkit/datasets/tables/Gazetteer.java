package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of forces, states, places and leaders with the side code they stand for ("Kuomintang" is
 * ROC, "Red Army" USSR, "Ili" ETR), from the rule file's {@code gazetteer}. A name may change side at
 * a date ("China" is ROC before 1 October 1949 and PRC from then).
 */
final class Gazetteer {

    /**
     * What a name stands for: {@code side}, or {@code then} from {@code from} on (both null-free when
     * the name changes side; {@code from} and {@code then} null when it never does).
     */
    record Side(String side, LocalDate from, String then, LocalDate since, String earlier) {

        /** A name that is {@code side}, or {@code then} from {@code from} on. */
        Side(String side, LocalDate from, String then) {
            this(side, from, then, null, null);
        }

        /**
         * The side at {@code date}: {@code earlier} before {@code since} ("Chinese" forces before the Republic are
         * the Qing's), {@code then} from {@code from} on, else {@code side} (also when the date is unknown).
         */
        String at(LocalDate date) {
            if (since != null && date != null && date.isBefore(since)) {
                return earlier;
            }
            return from != null && date != null && !date.isBefore(from) ? then : side;
        }
    }

    /**
     * The names and what they stand for: given for a gazetteer made from a map; made on first use for one made by
     * {@link #with} (an article's, whose readers ask its {@link #matcher} only), from {@link #base},
     * {@link #aliases} and {@link #tied}.
     */
    private volatile Map<String, Side> names;
    private final PhraseMatcher<Side> matcher;
    private final Gazetteer base;
    private final Map<String, Side> aliases;
    private final java.util.Set<String> tied;

    Gazetteer(Map<String, Side> names) {
        this.names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        this.matcher = new PhraseMatcher<>(this.names, false);
        this.base = null;
        this.aliases = null;
        this.tied = null;
    }

    private Gazetteer(Gazetteer base, Map<String, Side> aliases, java.util.Set<String> tied, PhraseMatcher<Side> matcher) {
        this.base = base;
        this.aliases = aliases;
        this.tied = tied;
        this.matcher = matcher;
    }

    /** The names and what they stand for. */
    Map<String, Side> names() {
        Map<String, Side> n = names;
        if (n == null) { // the aliases, then the base's names but those the aliases tie to another side
            Map<String, Side> all = new LinkedHashMap<>(aliases);
            base.names().forEach((name, side) -> {
                if (!tied.contains(name)) {
                    all.put(name, side);
                }
            });
            n = java.util.Collections.unmodifiableMap(all);
            names = n;
        }
        return n;
    }

    /** Every name in {@code text[from, to)}, in order. */
    List<PhraseMatcher.Hit<Side>> find(String text, int from, int to) {
        return matcher.find(text, from, to);
    }

    /** Every name in the text of {@code words}, in order: {@link #find} of the whole text. */
    List<PhraseMatcher.Hit<Side>> find(PhraseMatcher.Words words) {
        return matcher.find(words);
    }

    /** {@link #find(PhraseMatcher.Words)}, kept for another gazetteer's {@link #find(PhraseMatcher.Words, PhraseMatcher.Pass)}. */
    PhraseMatcher.Pass<Side> pass(PhraseMatcher.Words words) {
        return matcher.pass(words);
    }

    /**
     * {@link #find(PhraseMatcher.Words)}, reading again only the words where this gazetteer and the one of
     * {@code earlier} (both made by {@link #with} from the same gazetteer) may differ: an article's gazetteer
     * after it learned its aliases, on words its gazetteer of the infobox's names read before.
     */
    List<PhraseMatcher.Hit<Side>> find(PhraseMatcher.Words words, PhraseMatcher.Pass<Side> earlier) {
        return matcher.find(words, earlier);
    }

    /**
     * A gazetteer that also knows {@code aliases} (names this article ties to a side). A name this gazetteer
     * knows keeps its side, except a name it leaves {@code Other} ("White Russians"), which the article may tie
     * to a side.
     */
    Gazetteer with(Map<String, Side> aliases) {
        return with(aliases, java.util.Set.of());
    }

    /**
     * As {@link #with(Map)}, but the names of {@code retied} that {@code aliases} holds take the alias's side even
     * where this gazetteer gives them one ("Red Army" that the article calls "the Red Army of the Chinese Communists").
     */
    Gazetteer with(Map<String, Side> aliases, java.util.Set<String> retied) {
        if (aliases.isEmpty()) {
            return this;
        }
        Map<String, Side> own = names();
        java.util.Set<String> tied = new java.util.HashSet<>(); // the names of both that take the alias's side
        aliases.forEach((name, alias) -> {
            Side side = own.get(name);
            if (side != null && (side.side().equals("Other") || retied.contains(name))) {
                tied.add(name);
            }
        });
        // the matcher of the aliases and this one's names, built on this one's; the names made only when asked
        return new Gazetteer(this, new LinkedHashMap<>(aliases), tied, matcher.withFirst(aliases, tied));
    }

    /** The side of the first name in {@code text}, or null. */
    Side firstIn(String text) {
        List<PhraseMatcher.Hit<Side>> hits = matcher.find(text);
        return hits.isEmpty() ? null : hits.get(0).value();
    }

    /** All names in {@code text}, in order. */
    List<PhraseMatcher.Hit<Side>> all(String text) {
        return new ArrayList<>(matcher.find(text));
    }
}
