package org.etrkit.datasets.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus read once for all curated tables: each article's {@link ArticleContext} (its names,
 * aliases, combatants and prose blocks), in source order, and the rules it was read with.
 */
final class Analysis {

    final Corpus corpus;
    final Rules rules;
    final List<ArticleContext> articles;
    final SideFinder sides;
    private final Map<String, Integer> order = new HashMap<>();
    /**
     * Whether each figure (by identity) counts people under arms, as {@link TroopsTable.Reader#isPersonnel}
     * read it: what one article says, asked by several tables' readers (which {@link CuratedTables#build} runs
     * in parallel, hence the lock).
     */
    final Map<org.etrkit.datasets.extract.Quantity, Boolean> personnelFigures =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    Analysis(Corpus corpus, Rules rules) {
        this.corpus = corpus;
        this.rules = rules;
        // one thread: a build runs a batch of articles per thread, in parallel
        this.articles = corpus.entries().stream()
                .map(e -> new ArticleContext(e.article(), e.blocks(), rules)).toList();
        this.sides = new SideFinder(rules.lexicon());
        for (int i = 0; i < corpus.entries().size(); i++) {
            order.putIfAbsent(corpus.entries().get(i).article().source(), i);
        }
    }

    /** The position of article {@code source} in the corpus, for sorting rows in reading order. */
    int order(String source) {
        return order.getOrDefault(source, Integer.MAX_VALUE);
    }
}
