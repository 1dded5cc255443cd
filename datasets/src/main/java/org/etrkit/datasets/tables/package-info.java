/**
 * The tables stage: curated tables read from analysed articles with {@link org.etrkit.datasets.tables.Rules}
 * (a lexicon, a gazetteer and generic clause patterns, never sentences), and each article's pipe tables.
 *
 * <p>Public: {@link org.etrkit.datasets.tables.CuratedTables} (build them), {@link org.etrkit.datasets.tables.Rules}
 * (load a rule file), {@link org.etrkit.datasets.tables.Corpus}, {@link org.etrkit.datasets.tables.Specs},
 * {@link org.etrkit.datasets.tables.TableSpec}, {@link org.etrkit.datasets.tables.Field} and
 * {@link org.etrkit.datasets.tables.ArticleTables}. The rest is package-private: one builder per curated
 * table ({@code RosterTable}, {@code DemographicsTable}, {@code AidTable}, {@code TroopsTable},
 * {@code MentionsTable}, {@code TimelineTable}, {@code InfoboxTable}), each owning its spec and row record,
 * and the readers they share ({@code Prose}, {@code SideFinder}, {@code ArticleContext}, {@code Gazetteer},
 * {@code Lexicon}, {@code PhraseMatcher}).
 */
package org.etrkit.datasets.tables;
