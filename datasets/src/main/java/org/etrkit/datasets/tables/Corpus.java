package org.etrkit.datasets.tables;

import java.util.List;

import org.etrkit.datasets.extract.Extractor;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Article;

/** The parsed articles, each with its analysed text blocks, in source order. */
public record Corpus(List<Entry> entries) {

    /** One article and its text blocks. */
    public record Entry(Article article, List<TextBlock> blocks) {
        public Entry {
            blocks = List.copyOf(blocks);
        }

        /** The article with its text blocks analysed. */
        public static Entry of(Article article) {
            return new Entry(article, Extractor.analyze(article));
        }
    }

    public Corpus {
        entries = List.copyOf(entries);
    }

    /** Analyses each article (in parallel; entries keep the order given). */
    public static Corpus of(List<Article> articles) {
        return new Corpus(articles.parallelStream().map(Entry::of).toList());
    }
}
