package org.etrkit.datasets.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.Table;

/**
 * Builds the curated tables (roster, demographics, aid, troops) and the generic ones (mentions,
 * timeline, infobox) from an analysed {@link Corpus} with {@link Rules}. Each table has its own builder
 * class, which owns its spec and its row record; {@link Specs#CURATED} lists them in publication order.
 */
public final class CuratedTables {

    /** The builders, in publication order. */
    static final List<CuratedTable> BUILDERS = List.of(new RosterTable(), new DemographicsTable(), new AidTable(),
            new TroopsTable(), new MentionsTable(), new TimelineTable(), new InfoboxTable());

    private final Corpus corpus;
    private final Rules rules;

    public CuratedTables(Corpus corpus, Rules rules) {
        this.corpus = corpus;
        this.rules = rules;
    }

    /**
     * The rows a run of consecutive articles contributes to every curated table, in {@link Specs#CURATED}
     * order. Every row comes from one article and from what that article says, and rows are grouped by
     * article in article order, so a curated table is its articles' rows one after the other: a build
     * can make it a batch of articles at a time and write it as it goes.
     */
    public static List<Table> ofArticles(List<Corpus.Entry> entries, Rules rules) {
        Analysis analysis = new Analysis(new Corpus(entries), rules);
        return BUILDERS.stream().map(b -> b.build(analysis)).toList();
    }

    /** All curated tables, in {@link Specs#CURATED} order, keyed by name; built in parallel. */
    public Map<String, Table> build() {
        Analysis analysis = new Analysis(corpus, rules);
        List<Table> tables = BUILDERS.parallelStream().map(b -> b.build(analysis)).toList();
        Map<String, Table> out = new LinkedHashMap<>();
        for (Table t : tables) {
            out.put(t.name(), t);
        }
        return out;
    }
}
