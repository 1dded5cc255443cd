package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The date of a population figure in prose, where the sentence's nearest date is not its own: a date of a clause
 * joined after the figure (", and by 1935") or of the other figures of a list, "the same survey" named before,
 * "N years later", and the year of the paragraph written on the line right above.
 */
final class FigureDate {

    /** A "when" clause right after a figure (and its noun): " when UN troops retook it". */
    private static final Pattern WHEN_AFTER = Pattern.compile("(?:\\s+\\p{Ll}+)?\\s+when\\b");

    /** Where a clause ends inside its sentence: a comma, semicolon or colon. */
    private static final Pattern CLAUSE_STOP = Pattern.compile("[,;:]");

    /** A clause joined by "and" after a comma: ", and found that". */
    /** Between the first figure's date of a range and the second figure: " to " of "in 1961 to 48,200". */
    private static final Pattern TO_GAP = Pattern.compile("\\s+to\\s+(?:(?:about|some|around|roughly|nearly|over|almost) )?");

    /** A figure's own date right after it, past its share in brackets: " (3.6%) in " 1991, " in " 1991. */
    private static final Pattern OWN_DATE_AFTER = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?,?\\s+(?:in|by)\\s+");

    private static final Pattern JOINED_CLAUSE = Pattern.compile(",\\s+and\\b");

    /** Between a figure and its own date: "25,000 in 1930", "42,000 by 1944". */
    private static final Pattern FIGURES_DATE = Pattern.compile("(?:\\s+[\\p{Ll}]+)?\\s+(?:in|by)\\s+");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern DIGITS = Pattern.compile("\\d+");
    }

    /** "the same survey", "the same census": a survey named before. */
    private final Pattern sameSurvey;

    FigureDate(Lexicon lex) {
        this.sameSurvey = lex.compile("\\bthe same ({survey_nouns})\\b");
        this.censusCounted = lex.compile("(?-i:\\b(?:[Tt]he|[Aa]n?|[Ii]ts) (?:\\p{Ll}+ )?(\\d{4}) (?:{survey_nouns})"
                + "(?: of [^,;:()]{1,40})?\\s+(?:counted|recorded|found|registered|enumerated)\\s+(?:" + Hedges.WORD + " )?"
                + "(?:\\d[\\d,.]*(?: \\p{L}+)? \\()?$)");
    }

    /**
     * A census with its year, as the subject of the count right after it, or of the count a share in brackets follows:
     * "The 1959 census counted" 36,570, "The 1959 census counted 36,570 Greeks (" 1.5%).
     */
    private final Pattern censusCounted;

    /**
     * The year of the census a figure's clause opens with, whose verb of counting comes right before the figure or its
     * count ("The 1959 census counted 36,570 Greeks (1.5%), the 1970 census 47,514": 1959 for the count and the share,
     * not the nearer 1970 of the next item), as the date of the sentence; or null.
     */
    Prose.Dated censusYearBefore(Prose p, Quantity q, Sentence s) {
        Matcher m = censusCounted.matcher(p.text).region(Math.max(s.start(), q.start() - 80), q.start());
        if (!m.find()) {
            return null;
        }
        for (DateMention d : p.datesIn(m.start(1), m.end(1))) {
            if (d.hasYear() && d.start() == m.start(1)) {
                return new Prose.Dated(d, "sentence");
            }
        }
        return null;
    }

    /**
     * The year of the population figures of the paragraph written on the line right above line {@code line},
     * with no blank line between (a paragraph that goes on with the same count), when the text dates them;
     * else null.
     */
    static Integer yearOfLineAbove(List<Row> rows, int line) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() < line - 1) {
                return null;
            }
            if (r.line() == line - 1 && !r.derived() && r.year() != null
                    && ("sentence".equals(r.yearBasis()) || "paragraph".equals(r.yearBasis()))) {
                return r.year();
            }
        }
        return null;
    }

    /** A sentence that opens with "That year" or "In the same year": the year of the text before. */
    private static final Pattern THAT_YEAR_OPENING = Pattern.compile("\\s*(?:In )?(?:[Tt]hat|[Tt]he same) year\\b");

    /**
     * The year of the last dated population figure written above line {@code line}, for a sentence that opens a
     * paragraph with "the same census" ("… In 1989 some 59,000 of them lived in towns.\n\nThe same census found the
     * Kyrgyz at 52.4 percent") or with "That year" ("… 12,400 Tatars lived in the X SSR.\n\nThat year the Bashkirs
     * …"): the census or year the text was about; else null.
     */
    Integer sameSurveyAbove(Prose p, int si, List<Row> rows, int line) {
        Sentence s = p.sentence(si);
        if (!sameSurvey.matcher(p.text).region(s.start(), s.end()).find()
                && !THAT_YEAR_OPENING.matcher(p.text).region(s.start(), s.end()).lookingAt()) {
            return null;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() < line && !r.derived() && r.year() != null
                    && ("sentence".equals(r.yearBasis()) || "paragraph".equals(r.yearBasis()))) {
                return r.year();
            }
        }
        return null;
    }

    /**
     * {@code dated}, unless its date comes after the figure and is another figure's ("in 1935 … at 18,400,
     * against some 25,000 in 1930"): then the nearest date of the figure's part of the sentence that is no
     * later figure's, else {@code dated}.
     */
    /** The opening of an appositive: ", a union republic since", ", an autonomous region from". */
    private static final Pattern APPOSITIVE_OPEN = Pattern.compile(",\\s+(?-i:a|an)\\s[^,;:]*$");

    /** "Before the 1930s", "before the 1920s": a decade the time before which a sentence is about. */
    private static final Pattern BEFORE_DECADE = Pattern.compile("\\b[Bb]efore (?:the )?$");

    static Prose.Dated ownDate(Prose p, Quantity q, Sentence s, Prose.Dated dated) {
        if (dated != null && dated.basis().equals("sentence") && dated.date().text().matches("(?:the )?\\d{3}0s")
                && BEFORE_DECADE.matcher(p.text).region(s.start(), dated.date().start()).find()) {
            return null; // "Before the 1930s, … some 12,000 lived in Kirby": a time before a decade, no year
        }
        Matcher when = WHEN_AFTER.matcher(p.text).region(q.end(), Math.min(s.end(), q.end() + 20));
        if (when.lookingAt()) { // "held only about 200,000 when UN troops retook it in March 1951"
            int clauseEnd = s.end();
            Matcher stop = CLAUSE_STOP.matcher(p.text).region(when.end(), s.end());
            if (stop.find()) {
                clauseEnd = stop.start();
            }
            for (DateMention d : p.datesIn(when.end(), clauseEnd)) {
                if (d.hasYear() && d.end() <= clauseEnd) {
                    return new Prose.Dated(d, "sentence");
                }
            }
        }
        if (dated != null && dated.basis().equals("sentence") && dated.date().end() <= q.start()
                && TO_GAP.matcher(p.text.substring(dated.date().end(), q.start())).matches()) {
            // "from 61,300 (5.1%) in 1961 to 48,200 (3.6%) in 1991": the date before "to" is the first figure's
            Matcher own = OWN_DATE_AFTER.matcher(p.text).region(q.end(), Math.min(s.end(), q.end() + 30));
            if (own.lookingAt()) {
                for (DateMention d : p.datesIn(own.end(), Math.min(s.end(), own.end() + 12))) {
                    if (d.hasYear() && d.start() == own.end()) {
                        return new Prose.Dated(d, "sentence");
                    }
                }
            }
        }
        if (dated != null && dated.basis().equals("sentence") && dated.date().end() <= q.start()) {
            // "By the 1939 census the Kazakh SSR, a union republic since 1936, had 92,571": the appositive's date is not
            // the count's, the date before it in the clause is
            int open = Chars.lastIndexIn(p.text, ",", dated.date().start(), s.start());
            int close = Chars.indexIn(p.text, ",", dated.date().end(), q.start());
            if (open >= s.start() && close >= 0 && close < q.start()
                    && APPOSITIVE_OPEN.matcher(p.text).region(open, dated.date().start()).lookingAt()) {
                DateMention before = null;
                for (DateMention d : p.datesIn(s.start(), open)) {
                    if (d.hasYear()) {
                        before = d;
                    }
                }
                if (before != null) {
                    return new Prose.Dated(before, "sentence");
                }
            }
        }
        if (dated != null && dated.basis().equals("sentence") && dated.date().end() <= q.start()
                && otherFiguresDate(p, q, dated.date().start())
                && JOINED_CLAUSE.matcher(p.text.substring(dated.date().end(), q.start())).find()) {
            // "put it at 18,400, against some 25,000 in 1930, and found that the Han share had dropped to 9%":
            // the date of another figure is not that of a clause joined after it
            DateMention best = null;
            int partStart = Math.max(s.start(), Chars.lastIndexIn(p.text, ";", q.start(), s.start()) + 1);
            for (DateMention d : p.datesIn(partStart, q.start())) {
                if (d.hasYear() && d.end() <= q.start() && !otherFiguresDate(p, q, d.start())) {
                    best = d; // the nearest before the figure
                }
            }
            if (best != null) {
                return new Prose.Dated(best, "sentence");
            }
        }
        if (dated == null || !dated.basis().equals("sentence") || dated.date().start() < q.end()
                || !otherFiguresDate(p, q, dated.date().start()) && !joinedAfter(p, q, dated.date().start())
                && !pastCountWithDateBefore(p, q, s, dated.date().start())) {
            return dated; // a date before the figure is the context of every figure after it
        }
        int partStart = Math.max(s.start(), Chars.lastIndexIn(p.text, ";", q.start(), s.start()) + 1);
        int semicolon = Chars.indexIn(p.text, ";", q.end(), s.end());
        int partEnd = semicolon < 0 ? s.end() : Math.min(s.end(), semicolon);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : org.etrkit.datasets.extract.Dates.find(p.text.substring(partStart, partEnd))) {
            int at = partStart + d.start();
            if (!d.hasYear() || at >= q.end() && (otherFiguresDate(p, q, at) || joinedAfter(p, q, at)
                    || pastCountWithDateBefore(p, q, s, at))) {
                continue; // another figure's date, or that of a clause joined after the figure
            }
            int distance = at >= q.end() ? at - q.end() : q.start() - (partStart + d.end());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best != null ? new Prose.Dated(best, "sentence") : dated;
    }

    /**
     * For a sentence that refers to "the same survey" (census, count: {@code survey_nouns}), the date nearest
     * that noun in the last earlier sentence of the paragraph that names it ("A survey ordered by Sheng in
     * 1935 …. Turpan counted 62,000 inhabitants in the same survey": 1935), as a date of the paragraph; or null.
     */
    Prose.Dated sameSurveyDate(Prose p, int si) {
        Sentence s = p.sentence(si);
        Matcher m = sameSurvey.matcher(p.text).region(s.start(), s.end());
        if (!m.find()) {
            return null;
        }
        Pattern noun = Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b");
        for (int k = si - 1; k >= 0; k--) {
            Sentence e = p.sentence(k);
            Matcher n = noun.matcher(p.text).region(e.start(), e.end());
            int at = -1;
            while (n.find()) {
                at = n.start();
            }
            if (at < 0) {
                continue;
            }
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateMention d : p.datesIn(e.start(), e.end())) {
                int distance = Math.abs(d.start() - at);
                if (d.hasYear() && distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
            return best == null ? null : new Prose.Dated(best, "paragraph");
        }
        return null;
    }

    /** Whether a clause joined by ", and" opens between the figure and {@code at} ("…189,000, and by 1935 …"). */
    private static boolean joinedAfter(Prose p, Quantity q, int at) {
        // read only up to the date: ", and " starting before it, and no semicolon up to it
        return Chars.indexIn(p.text, ", and ", q.end(), at) >= 0
                && Chars.indexIn(p.text, ";", q.end(), at + 1) < 0; // no other statement between
    }

    /** Whether the date at {@code at} follows a figure other than {@code q} right after it ("25,000 in 1930"). */
    /**
     * Whether a date at {@code at}, after the figure, lies past another count of the sentence while a year stands
     * before the figure in its sentence: "The 2021 census counted …, or 23.7% of the country's 1,331,824 inhabitants,
     * down from a peak of 474,834 (30.3%) at the census of 1989": 1989 is the later count's date, 2021 the figure's.
     */
    private static boolean pastCountWithDateBefore(Prose p, Quantity q, Sentence s, int at) {
        boolean countBetween = false;
        List<Quantity> qs = p.block.quantities(); // in order, not overlapping: only those from the figure to the date
        for (int i = TextBlock.lastStartingAtOrBefore(qs.size(), k -> qs.get(k).start(), q.end()) + 1;
                i < qs.size() && qs.get(i).end() <= at; i++) {
            if (!qs.get(i).unit().equalsIgnoreCase("percent")) {
                countBetween = true;
                break;
            }
        }
        if (!countBetween) {
            return false;
        }
        for (DateMention d : p.datesIn(s.start(), q.start())) {
            if (d.hasYear() && d.end() <= q.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherFiguresDate(Prose p, Quantity q, int at) {
        List<Quantity> qs = p.block.quantities(); // in order, not overlapping: only those ending 12 or fewer before
        for (int i = TextBlock.lastStartingAtOrBefore(qs.size(), k -> qs.get(k).start(), at);
                i >= 0 && qs.get(i).end() >= at - 12; i--) {
            Quantity other = qs.get(i);
            if (other.start() != q.start() && other.end() <= at
                    && FIGURES_DATE.matcher(p.text.substring(other.end(), at)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** How many years a {@link LaterYears#YEARS_LATER} phrase counts. */
    static int yearsOf(String word, String unit) {
        int scale = unit != null && unit.toLowerCase(Locale.ROOT).startsWith("decade") ? 10 : 1;
        if (word == null) {
            return scale;
        }
        String w = word.toLowerCase(Locale.ROOT);
        int i = List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(w);
        return scale * (Once.DIGITS.matcher(w).matches() ? Integer.parseInt(w) : i > 0 ? i : 1);
    }
}
