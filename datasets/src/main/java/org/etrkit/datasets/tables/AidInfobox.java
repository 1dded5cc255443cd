package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.tables.AidTable.Row;

/**
 * The items of an aid article's infobox, for an article whose frame names both parties ({@link ArticleParties}):
 * each figure of an entry whose key names what was given ("Horses Supplied", "Loans", "Civilian Experts") or whose
 * figure is money ("Total Value: about $1.6 billion"), dated by the infobox's date.
 */
final class AidInfobox {

    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    private final Set<String> give;
    private final Set<String> nouns;
    private final Set<String> materiel;
    private final Set<String> moneyNouns;
    /** The item, unit and currency of a figure. */
    private final FigureItem figureItems;
    /** The lexicon: the measure a word of a key names ("killed", "wounded"), which makes its figures losses. */
    private final Lexicon lex;

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern NOT_WORD_OR_HYPHEN = Pattern.compile("[^\\p{L}-]+");
    }

    AidInfobox(Lexicon lex, FigureItem figureItems) {
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.give = lex.set("transfer_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.materiel = lex.set("materiel");
        this.moneyNouns = lex.set("money_nouns");
        this.figureItems = figureItems;
        this.lex = lex;
    }

    /**
     * Items of the infobox of an article with a {@code frame} ({@link ArticleParties}) of both parties: each figure
     * of an entry whose key names what was given ("Horses Supplied", "Loans", "Civilian Experts", "Total Gifts") or whose
     * figure is money ("Total Value: about $1.6 billion"); entries of other keys ("Strength", "Students") are no aid.
     */
    void infobox(Analysis a, ArticleContext ac, int order, String[] frame, List<Row> rows) {
        // "Donor: United States", "Recipients: Greece, Turkey": two states outside the list are two sides (Other, Other)
        if (frame[1] == null || frame[1].equals(frame[0]) && !frame[1].equals("Other")) {
            return;
        }
        LocalDate day = ac.fallbackDay();
        Map<Integer, TextBlock> byLine = new java.util.HashMap<>();
        for (TextBlock b : a.corpus.entries().get(order).blocks()) {
            if (b.kind().equals("infobox")) {
                byLine.put(b.at().line(), b);
            }
        }
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            TextBlock b = byLine.get(e.at().line());
            // "Soviet personnel: some 11,000 specialists": a key naming a side names the giver of its figures
            Gazetteer.Side named = frame[0] == null ? ac.gazetteer.firstIn(e.key()) : null;
            String donor = frame[0] != null ? frame[0] : named == null ? null : named.at(day);
            if (donor == null || donor.equals(frame[1]) && !donor.equals("Other") || frame[0] == null && donor.equals("Other")) {
                continue;
            }
            // "Personnel: Some 2,000 Soviet military advisers": a key of people whose figures count people sent to help
            boolean advisers = namesPersonnel(e.key()) && b != null && b.quantities().stream()
                    .anyMatch(q -> aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT)));
            // "Naval Personnel: about 1,000": a key of people with bare figures counts the donor's people sent; not a
            // key of losses ("Personnel Killed")
            // nor a key naming another state's people ("Cuban Troops"), which the donor does not send
            advisers |= frame[0] != null && namesPersonnel(e.key()) && !namesAMeasure(e.key()) && b != null
                    && ac.gazetteer.firstIn(e.key()) == null && a.rules.outsideStates().find(e.key(), 0, e.key().length()).isEmpty()
                    && !b.quantities().isEmpty() && b.quantities().stream().allMatch(q -> q.unit().isEmpty());
            if (b == null || b.quantities().isEmpty()
                    || !namesAnItem(e.key()) && !(named != null && namesPersonnel(e.key())) && !advisers
                            && b.quantities().stream().noneMatch(figureItems::isMoney)) {
                continue; // "Total Value: about $1.6 billion": money given, whatever the key
            }
            for (Quantity q : b.quantities()) {
                String unit = figureItems.unitOf(q);
                if (!figureItems.isMoney(q) && (nouns.contains(unit.toLowerCase(Locale.ROOT))
                        || moneyNouns.contains(unit.toLowerCase(Locale.ROOT)))) {
                    continue; // "Credits: 90 million rubles (two credits)": a count of the transfers, no item
                }
                String item = !q.noun().isEmpty() && !unit.equals(q.noun()) ? q.noun()
                        : e.key().toLowerCase(Locale.ROOT);
                Integer[] years = years(ac.infoboxDate);
                String quote = e.key() + ": " + e.value();
                rows.add(new Row(new Place(order, e.at().line(), q.start()), donor, frame[1], years[0], years[1],
                        item, q.value(), q.qualifier().code(), unit, e.at().source(), e.at().line(),
                        Quote.of(Sentence.whole(quote), e.key().length() + 2 + q.start(),
                                e.key().length() + 2 + q.end()), "infobox " + e.key()));
            }
        }
    }

    /** True when an infobox key names a transfer or what is given ("Horses Supplied", "Loans", "Advisers"). */
    private boolean namesAnItem(String key) {
        for (String w : Once.NOT_WORD_OR_HYPHEN.split(key.toLowerCase(Locale.ROOT))) {
            if (give.contains(w) || nouns.contains(w) || moneyNouns.contains(w) || materiel.contains(w)
                    || aidPersonnel.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the key names a measure of the lexicon ("Personnel Killed"): losses, not people sent. */
    private boolean namesAMeasure(String key) {
        for (String w : key.toLowerCase(Locale.ROOT).split(" ")) {
            if (lex.measureOf(w) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the key is a personnel noun ("Soviet personnel", "Chinese troops"). */
    private boolean namesPersonnel(String key) {
        for (String w : key.toLowerCase(Locale.ROOT).split(" ")) {
            if (personnel.contains(w) || aidPersonnel.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static Integer[] years(DateMention d) {
        if (d == null) {
            return new Integer[] {null, null};
        }
        Period per = Period.of(d.iso());
        return new Integer[] {per.from().getYear(), per.to().getYear()};
    }
}
