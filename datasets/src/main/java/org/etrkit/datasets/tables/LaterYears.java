package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The years a population figure's clause counts from the year read for it, for {@link PopulationStatements}: a year
 * counted on from the paragraph's or the sentence's ("Four years later the figure had risen to", "30,000 residents in
 * 1930 and 42,000 a decade later"), and the other year of "in both 1999 and 2009". Moved unchanged out of
 * {@link PopulationStatements}.
 */
final class LaterYears {

    private LaterYears() {
    }

    /** Two years a figure is given for, in its clause after it: " of the population in both 1999 and 2009". */
    private static final Pattern BOTH_YEARS = Pattern.compile("[^.;:\\d]{0,40}?\\bin both (\\d{4}) and (\\d{4})\\b");

    /** "Four years later", "a year later", "the following year": a year counted from the paragraph's. */
    static final Pattern YEARS_LATER = Pattern.compile(
            "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|the following|the next) (years?|decades?) (?:later|after)\\b"
                    + "|\\b(?:the following|the next) (year|decade)\\b");

    /** The most characters an attempt of {@link #YEARS_LATER} reads ("the following decades later" and one), for {@link Prose#findsBefore}. */
    static final int YEARS_LATER_READ = 40;

    /** Only words between a figure and a phrase after it: "42,000 a decade later". */
    private static final Pattern ONLY_WORDS = Pattern.compile("[\\s\\p{L}]*");

    /** "from" (and a hedge) right before the first figure of a change: "had fallen from ", "rose from about ". */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom (?:" + Hedges.WORD + " )?$");

    /** " to" and a figure right after the first figure of a change: " to 3.1%", "% to about 9,000". */
    private static final Pattern TO_FIGURE_AFTER = Pattern.compile("^(?: ?(?:%|per ?cent))? to (?:" + Hedges.WORD + " )?\\d");

    /**
     * The year of figure {@code q} read as {@code year} ({@code basis}, {@code dated}), counted on by a "years later"
     * phrase of its sentence; not the first figure of a change "from A to B" after the phrase ("ten years later the
     * share had fallen from 2.6% to 1.7%": A is the level of the year counted from).
     */
    static Integer counted(Prose p, Sentence s, Quantity q, Prose.Dated dated, String basis, Integer year, Pattern surveyAppositive) {
        boolean changesFrom = changesFrom(p, q);
        for (MatchResult later : p.findsBefore(YEARS_LATER, YEARS_LATER_READ, s, Math.min(s.end(), q.end() + 30))) {
            if (year == null) {
                break;
            }
            if (basis.equals("sentence") && dated.date().end() <= later.start() && later.end() <= q.start()
                    && surveyAppositive.matcher(p.text).region(dated.date().end(), later.start()).matches()) {
                break; // "The 1959 census, taken three years later, counted 15,100": the census's own year
            }
            boolean after = later.start() >= q.end();
            if (!after && changesFrom && Chars.lastIndexIn(p.text, ";", q.start(), later.end()) < 0) {
                break; // "; ten years later the Tatar share had fallen from 2.6% to 1.7%": 2.6% of the year before
            }
            if (!after && basis.equals("sentence") && dated.date().start() >= q.end() && Chars.lastIndexIn(p.text, ";", q.start(), later.end()) < 0) {
                List<DateMention> before = p.datesIn(s.start(), later.start()); // "in 1957; a year later the figure had fallen to 18,000, and by 1960 …"
                if (!before.isEmpty()) {
                    year = before.get(before.size() - 1).year() + FigureDate.yearsOf(later.group(1), later.group(2) != null ? later.group(2) : later.group(3));
                    break;
                }
            }
            if ((dated.date().start() < later.start() || !basis.equals("sentence"))
                    && (!after || ONLY_WORDS.matcher(p.text.substring(q.end(), later.start())).matches())) {
                year += FigureDate.yearsOf(later.group(1), later.group(2) != null ? later.group(2) : later.group(3)); // "Four years later the figure had risen to"
                break; // "30,000 residents in 1930 and 42,000 a decade later"
            }
        }
        return year;
    }

    /** Whether figure {@code q} is the first of a change "from A to B" ("had fallen from 2.6% to 1.7%"). */
    private static boolean changesFrom(Prose p, Quantity q) {
        return FROM_BEFORE.matcher(p.before(q.start(), 30)).find() && TO_FIGURE_AFTER.matcher(p.after(q.end(), 30)).find();
    }

    /**
     * Whether figure {@code q} is the first of a change "from A to B" after a "years later" phrase of its clause ("…
     * 19,877 Tatars; ten years later the Tatar share had fallen from 2.6% to 1.7%"): the level of the year counted
     * from, which the sentence's count of that year has.
     */
    static boolean fromBeforeLater(Prose p, Sentence s, Quantity q) {
        if (!changesFrom(p, q)) {
            return false;
        }
        Matcher later = YEARS_LATER.matcher(p.text).region(s.start(), q.start());
        while (later.find()) {
            if (Chars.lastIndexIn(p.text, ";", q.start(), later.end()) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A year, ", when" and only lower-case words right before a figure: "since 1970, when it stood at ". */
    private static final Pattern WHEN_AFTER_YEAR = Pattern.compile(
            "\\b(\\d{4}), when(?: (?-i:\\p{Ll})+){0,4} (?:" + Hedges.WORD + " )?$");

    /**
     * The year a "when" clause that holds figure {@code q} is set in, the year right before it ("their number had
     * fallen slightly since 1970, when it stood at 4,050": 1970, not the sentence's earlier year); else {@code year}.
     */
    static Integer whenClause(Prose p, Quantity q, Integer year) {
        Matcher when = WHEN_AFTER_YEAR.matcher(p.text).region(Math.max(p.sentence(p.sentenceIndex(q.start())).start(), q.start() - 60), q.start());
        return when.find() ? Integer.valueOf(Integer.parseInt(when.group(1))) : year;
    }

    /** The other year of "in both 1999 and 2009" right after figure {@code q} read for {@code year}, or null. */
    static Integer otherOfBoth(Prose p, Quantity q, Integer year) {
        Matcher both = BOTH_YEARS.matcher(p.after(q.end(), 70));
        if (year != null && both.lookingAt() && (both.group(1).equals(year.toString()) || both.group(2).equals(year.toString()))) {
            // "made up 1.1% of the population in both 1999 and 2009": the same figure for the other year too
            return Integer.parseInt(both.group(1).equals(year.toString()) ? both.group(2) : both.group(1));
        }
        return null;
    }

    /** A sentence that opens with a span of years: "Between 1981 and 2011", "From 1981 to 2011". */
    private static final Pattern SPAN_OPENING = Pattern.compile("\\s*(?:Between|From) (\\d{4}) (?:and|to) (\\d{4})\\b");

    /**
     * Right before the second figure of a change "from A to B" or the level after a change "by A": "fell from 61,200 to ",
     * "from 3.1% to about ", "rose by nearly 90 percent, to ".
     */
    private static final Pattern TO_AFTER_FROM = Pattern.compile(
            "\\b(?:from|by) (?:" + Hedges.WORD + " )?\\d[\\d,.]*(?: million)?(?: ?(?:%|per ?cent))?,? to (?:" + Hedges.WORD + " )?$");

    /**
     * The year of a figure after "to" of a change "from A to B" in a sentence that opens with a span of years
     * ("Between 1981 and 2011 the number of Armenians fell from 61,200 to 44,750", "Between 1959 and 1970 their number
     * rose by nearly 90 percent, to 33,991"): the span's last year, when the
     * figure was given its first; else {@code year}.
     */
    static Integer spanEnd(Prose p, Sentence s, Quantity q, Integer year) {
        Matcher span = SPAN_OPENING.matcher(p.text).region(s.start(), q.start());
        if (year == null || !span.lookingAt() || year != Integer.parseInt(span.group(1))
                || !TO_AFTER_FROM.matcher(p.before(q.start(), 60)).find()) {
            return year;
        }
        return Integer.parseInt(span.group(2));
    }
}
