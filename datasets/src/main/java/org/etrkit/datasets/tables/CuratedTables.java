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
     * The rows one article contributes to every curated table, in {@link Specs#CURATED} order. A curated
     * table is these per-article tables put one after the other in article order, so a build can make
     * them article by article and write them as it goes.
     */
    public static List<Table> ofArticle(Corpus.Entry entry, Rules rules) {
        CuratedTables one = new CuratedTables(new Corpus(List.of(entry)), rules);
        return List.of(one.roster(), one.demographics(), one.aid(), one.troops(), one.mentions(), one.timeline(),
                one.infobox());
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
