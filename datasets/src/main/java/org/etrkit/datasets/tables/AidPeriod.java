package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The years of a transfer: the dates of the figure's sentence, else the date earlier in the paragraph up to a later
 * sentence of the paragraph that ends the aid ("was halted", "ceased": {@code aid_end_words} with a transfer noun);
 * and the day a figure's party names are read at.
 */
final class AidPeriod {

    private final Set<String> endWords;
    private final Set<String> nouns;

    AidPeriod(Lexicon lex) {
        this.endWords = lex.set("aid_end_words");
        this.nouns = lex.set("transfer_nouns");
    }

    static LocalDate dayOf(Prose p, Quantity q) {
        Prose.Dated d = p.dateOf(q.start());
        if (d != null) {
            return Period.of(d.date().iso()).from();
        }
        return p.article.fallbackDay();
    }

    /** {first year, last year} of the transfer, 0 where unknown. */
    int[] period(Prose p, Quantity q, Sentence s) {
        List<DateMention> inSentence = p.datesIn(Math.max(s.start(), q.start() - Prose.WINDOW),
                Math.min(s.end(), q.end() + Prose.WINDOW));
        DateMention before = null;
        DateMention after = null;
        for (DateMention d : inSentence) {
            if (d.end() <= q.start()) {
                before = d;
            } else if (after == null && d.start() >= q.end()) {
                after = d;
            }
        }
        DateMention d = before != null ? before : after;
        if (d != null) {
            Period per = Period.of(d.iso());
            int start = per.from().getYear();
            int idx = inSentence.indexOf(d);
            if (idx > 0 && Once.AND_OR.matcher(p.text.substring(inSentence.get(idx - 1).end(), d.start())).matches()) {
                start = Period.of(inSentence.get(idx - 1).iso()).from().getYear();
            }
            return new int[] {start, per.to().getYear()};
        }
        DateMention earlier = p.lastDateBefore(s.start());
        int start = earlier == null ? 0 : Period.of(earlier.iso()).from().getYear();
        int end = start;
        int first = p.sentenceIndex(s.start()) + 1;
        for (int i = first; i < p.sentenceCount() && i < first + 8; i++) {
            Sentence later = p.sentence(i);
            if (p.anyWordIn(later.start(), later.end(), endWords)
                    && p.anyWordIn(later.start(), later.end(), nouns)) {
                List<DateMention> ds = p.datesIn(later.start(), later.end());
                if (!ds.isEmpty()) {
                    end = Period.of(ds.get(ds.size() - 1).iso()).to().getYear();
                }
                break;
            }
        }
        return new int[] {start, end == 0 ? start : end};
    }

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern AND_OR = Pattern.compile("\\s*(?:and|,|or)\\s*");
    }
}
