package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;

/** Small articles as text blocks, built into tables with the shipped rules. */
final class Fixtures {

    private Fixtures() {
    }

    /** The tables of the articles {@code name, text, name, text, ...}. */
    static Datasets build(String... namesAndTexts) {
        return build(Rules.defaults(), namesAndTexts);
    }

    static Datasets build(Rules rules, String... namesAndTexts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            articles.add(ArticleParser.parse(namesAndTexts[i], namesAndTexts[i + 1]));
        }
        return Datasets.fromArticles(articles, rules);
    }
}
