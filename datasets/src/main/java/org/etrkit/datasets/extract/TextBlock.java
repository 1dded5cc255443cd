package org.etrkit.datasets.extract;

import java.util.List;
import java.util.Optional;

import org.etrkit.datasets.parse.SourceLocation;

/**
 * A run of text of an article with everything the recognizers found in it: a paragraph, a bullet, an
 * infobox value or a table cell. Offsets of sentences, dates, quantities and rejected figures are into
 * {@code text}, and each list is in text order.
 *
 * <p>Every look-up by offset or sentence takes time logarithmic in the size of the block, so reading
 * the date or sentence of every figure of a block is linear in its size. Its methods throw nothing of their own:
 * a null argument is a {@link NullPointerException}.
 */
public final class TextBlock {

    private static final int[] NONE = new int[0];

    private final String kind;
    private final String text;
    private final String section;
    private final SourceLocation at;
    private final List<Sentence> sentences;
    private final List<DateMention> dates;
    private final List<Quantity> quantities;
    private final List<RejectedFigure> rejected;
    /**
     * Five ints per date, in one array: the index of the first date at or after it that has a year (or
     * dates.size()); the year it is placed in, its own or one from the paragraph (0: none); the index of
     * the written date that year comes from (-1: none); the index of the last date at or before it with
     * a year, and of the last one placed in a year (-1: none).
     */
    private final int[] index;
    /** Computed on first use by {@link #column}. */
    private volatile int[] surrogatePairs;
    private static final int NEXT_WITH_YEAR = 0;
    private static final int PLACED_YEAR = 1;
    private static final int YEAR_SOURCE = 2;
    private static final int PREVIOUS_WITH_YEAR = 3;
    private static final int PREVIOUS_PLACED = 4;
    private static final int FIELDS = 5;

    /**
     * A block and what was found in it.
     *
     * @param kind       where the text sits: {@code paragraph}, {@code item}, {@code infobox} or {@code table}
     * @param text       the text
     * @param section    the heading the text is under ("" for the lead)
     * @param at         where {@code text} starts in the article
     * @param sentences  its sentences, in order
     * @param dates      its dates, in order, not overlapping
     * @param quantities its quantities, in order, not overlapping
     * @param rejected   the figures it gives that are not stored ({@link RejectedFigure})
     */
    public TextBlock(String kind, String text, String section, SourceLocation at, List<Sentence> sentences,
                     List<DateMention> dates, List<Quantity> quantities, List<RejectedFigure> rejected) {
        this.kind = kind;
        this.text = text;
        this.section = section;
        this.at = at;
        this.sentences = sentences.size() == 1 && sentences.get(0).equals(Sentence.whole(text)) ? null
                : List.copyOf(sentences);
        this.dates = List.copyOf(dates);
        this.quantities = List.copyOf(quantities);
        this.rejected = List.copyOf(rejected);
        this.index = this.dates.isEmpty() ? NONE : new int[this.dates.size() * FIELDS];
        index();
    }

    private int get(int date, int field) {
        return index[date * FIELDS + field];
    }

    private void set(int date, int field, int value) {
        index[date * FIELDS + field] = value;
    }

    /** One pass over the dates: the next dated one, and the year of each date without one. */
    private void index() {
        int d = dates.size();
        int next = d;
        for (int k = d - 1; k >= 0; k--) {
            if (dates.get(k).hasYear()) {
                next = k;
            }
            set(k, NEXT_WITH_YEAR, next);
        }
        int refYear = 0;
        int refMonth = 0;
        int refSource = -1;
        for (int k = 0; k < d; k++) {
            DateMention m = dates.get(k);
            set(k, YEAR_SOURCE, -1);
            if (m.hasYear()) {
                set(k, PLACED_YEAR, m.year());
                boolean oneYear = m.year() == m.lastYear();
                refYear = oneYear ? m.year() : 0;
                refMonth = oneYear ? m.firstMonth() : 0;
                refSource = k;
            } else if (refYear != 0) {
                int month = m.firstMonth();
                int y = refMonth > 0 && month < refMonth ? refYear + 1 : refYear;
                if (m.withYear(y) != null) {
                    set(k, PLACED_YEAR, y);
                    set(k, YEAR_SOURCE, refSource);
                    refYear = y;
                    refMonth = month;
                }
            }
            set(k, PREVIOUS_WITH_YEAR, m.hasYear() ? k : k > 0 ? get(k - 1, PREVIOUS_WITH_YEAR) : -1);
            set(k, PREVIOUS_PLACED, get(k, PLACED_YEAR) != 0 ? k : k > 0 ? get(k - 1, PREVIOUS_PLACED) : -1);
        }
    }

    /** Where the text sits: {@code paragraph}, {@code item}, {@code infobox} or {@code table}. */
    public String kind() {
        return kind;
    }

    /** The text itself. */
    public String text() {
        return text;
    }

    /** The heading the text is under ("" for the lead). */
    public String section() {
        return section;
    }

    /** Where {@code text} starts in the article. */
    public SourceLocation at() {
        return at;
    }

    /** The sentences, in order (one for an infobox value or table cell). */
    public List<Sentence> sentences() {
        return sentences == null ? List.of(Sentence.whole(text)) : sentences;
    }

    /** The dates, in order. */
    public List<DateMention> dates() {
        return dates;
    }

    /** The quantities, in order. */
    public List<Quantity> quantities() {
        return quantities;
    }

    /** The figures the text gives that are not stored, because no stored number would equal them. */
    public List<RejectedFigure> rejected() {
        return rejected;
    }

    /** True for running prose (paragraphs and bullets), which has sentences and a timeline. */
    public boolean isProse() {
        return kind.equals("paragraph") || kind.equals("item");
    }

    /**
     * The 1-based column in the article line of offset {@code offset} of {@code text}, in characters
     * (code points). Logarithmic in the length of the text after the first call.
     */
    public int column(int offset) {
        int[] pairs = surrogatePairs;
        if (pairs == null) {
            pairs = surrogatePairs(text);
            surrogatePairs = pairs; // a benign race: every thread computes the same array
        }
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] + 1 < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return at.column() + offset - lo;
    }

    /** The offsets of the high surrogates that start a pair: each pair is one character but two chars. */
    private static int[] surrogatePairs(String text) {
        int count = 0;
        int[] out = NONE;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(8, count * 2));
                }
                out[count++] = i++;
            }
        }
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
    }

    /** The sentence holding {@code offset}; the last sentence if none does. */
    public Sentence sentenceAt(int offset) {
        List<Sentence> sentences = sentences();
        if (sentences.isEmpty()) {
            return Sentence.whole(text);
        }
        int k = lastStartingAtOrBefore(sentences.size(), i -> sentences.get(i).start(), offset);
        if (k >= 0 && sentences.get(k).contains(offset)) {
            return sentences.get(k);
        }
        return sentences.get(sentences.size() - 1);
    }

    /** The quantity whose span covers {@code offset}, if any. */
    Optional<Quantity> quantityAt(int offset) {
        int k = lastStartingAtOrBefore(quantities.size(), i -> quantities.get(i).start(), offset);
        return k >= 0 && offset < quantities.get(k).end() ? Optional.of(quantities.get(k)) : Optional.empty();
    }

    /** The first date with a year that starts inside {@code sentence}, or null. */
    public DateMention firstDateIn(Sentence sentence) {
        int k = firstDateFrom(sentence.start());
        if (k >= dates.size()) {
            return null;
        }
        int dated = get(k, NEXT_WITH_YEAR);
        return dated < dates.size() && dates.get(dated).start() < sentence.end() ? dates.get(dated) : null;
    }

    /** The last date with a year that ends at or before {@code offset}, if any. */
    Optional<DateMention> lastDateWithYearBefore(int offset) {
        int k = lastEndingAtOrBefore(offset);
        k = k < 0 ? -1 : get(k, PREVIOUS_WITH_YEAR);
        return k >= 0 ? Optional.of(dates.get(k)) : Optional.empty();
    }

    /**
     * The date of the event {@code sentence} tells: its first date, with the year from the paragraph
     * when it gives only a day and month ({@link EventDate.Basis#YEAR_FROM_PARAGRAPH}); else its
     * first date with a year. Empty when the sentence has no date that can be placed in a year.
     */
    public Optional<EventDate> eventDate(Sentence sentence) {
        int k = firstDateFrom(sentence.start());
        if (k >= dates.size() || dates.get(k).start() >= sentence.end()) {
            return Optional.empty();
        }
        DateMention first = dates.get(k);
        if (!first.hasYear() && get(k, PLACED_YEAR) != 0) {
            return Optional.of(new EventDate(first.withYear(get(k, PLACED_YEAR)), get(k, PLACED_YEAR), first,
                    dates.get(get(k, YEAR_SOURCE)), EventDate.Basis.YEAR_FROM_PARAGRAPH));
        }
        int dated = get(k, NEXT_WITH_YEAR);
        if (dated < dates.size() && dates.get(dated).start() < sentence.end()) {
            DateMention d = dates.get(dated);
            return Optional.of(new EventDate(d.iso(), d.year(), d, d, EventDate.Basis.SENTENCE));
        }
        return Optional.empty();
    }

    /**
     * The date of {@code sentence} for a figure it gives: {@link #eventDate(Sentence)}, or else the last
     * date placed in a year before the sentence in the same block ({@link EventDate.Basis#EARLIER_SENTENCE}).
     */
    public Optional<EventDate> dateFor(Sentence sentence) {
        Optional<EventDate> own = eventDate(sentence);
        if (own.isPresent()) {
            return own;
        }
        int k = lastEndingAtOrBefore(sentence.start());
        k = k < 0 ? -1 : get(k, PREVIOUS_PLACED);
        if (k < 0) {
            return Optional.empty();
        }
        DateMention d = dates.get(k);
        if (d.hasYear()) {
            return Optional.of(new EventDate(d.iso(), d.year(), d, d, EventDate.Basis.EARLIER_SENTENCE));
        }
        return Optional.of(new EventDate(d.withYear(get(k, PLACED_YEAR)), get(k, PLACED_YEAR), d, dates.get(get(k, YEAR_SOURCE)),
                EventDate.Basis.EARLIER_SENTENCE));
    }

    /** The index of the first date starting at or after {@code offset}, or dates.size(). */
    private int firstDateFrom(int offset) {
        return lastStartingAtOrBefore(dates.size(), i -> dates.get(i).start(), offset - 1) + 1;
    }

    /** The index of the last date ending at or before {@code offset}, or -1 (dates do not overlap). */
    private int lastEndingAtOrBefore(int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * Binary search over spans sorted by start (sentences, dates, quantities): the last index below
     * {@code size} whose {@code start} is at or before {@code offset}, or -1 when none is. Add one to the
     * answer for {@code offset - 1} to get the first index starting at or after {@code offset}.
     */
    public static int lastStartingAtOrBefore(int size, java.util.function.IntUnaryOperator start, int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The kind, place and counts, for a debugger: {@code paragraph at a.txt:3:1: 2 sentences, 1 dates, 4 quantities}. */
    @Override
    public String toString() {
        return kind + " at " + at + ": " + sentences().size() + " sentences, " + dates.size() + " dates, "
                + quantities.size() + " quantities";
    }
}
