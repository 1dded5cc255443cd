package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.parse.Element;

/**
 * The town an article names as its capital, for a figure said of "the capital": a sentence that opens "In the
 * capital" ("In the capital itself Tatars numbered 24,300") or "the capital's" right before the figure ("of the
 * capital's 595,000 residents"). The capital is the infobox's {@code Capital} entry, else the first town the prose
 * sets beside "the capital" or "its capital" ("around the capital, Nordby", "the capital Nordby", "Nordby, the
 * capital,"); never a capital "of" another place ("Ostburg, the capital of Westmark").
 */
final class CapitalPlace {

    /** A sentence's opening "In the capital" (with "itself" or a comma after it, or nothing). */
    private static final Pattern OPENING = Pattern.compile("\\s*(?:(?:In|in) \\d{4},? )?(?-i:In) the capital\\b(?!['’]| of\\b)");

    /** "the capital's" right before a figure, with at most a hedge or a word between. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile(
            "\\b(?-i:the) capital['’]s (?:(?:population of|about|some|around|roughly|nearly|over|almost) )?$");

    /** The capital in apposition after "the capital" or "its capital": "the capital, Nordby", "its capital Nordby". */
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "\\b(?:the|its) capital,? (" + PlaceNames.NAME + ")(?=[\\s,.;:)]|$)");

    /** The capital in apposition before ", the capital" that is no capital of another place: "Nordby, the capital,". */
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "(" + PlaceNames.NAME + "), the capital(?=[,.;:)])");

    private ArticleContext of;
    private String capital;

    /**
     * The article's capital when the figure's sentence opens with "In the capital" or the figure follows "the
     * capital's"; else null.
     */
    String capitalOfFigure(ArticleContext ac, Prose p, Sentence s, Quantity q) {
        boolean opening = OPENING.matcher(p.text).region(s.start(), q.start()).lookingAt();
        if (!opening && !POSSESSIVE_BEFORE.matcher(p.before(q.start(), 40)).find()) {
            return null;
        }
        return capital(ac);
    }

    /** The town the article names as its capital, or null. */
    String capital(ArticleContext ac) {
        if (ac != of) {
            of = ac;
            capital = read(ac);
        }
        return capital;
    }

    private static String read(ArticleContext ac) {
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            if (e.key().strip().toLowerCase(Locale.ROOT).equals("capital") && !e.value().isBlank()) {
                return DemographicsTable.withoutBrackets(e.value(), "").strip();
            }
        }
        for (Prose p : ac.prose) {
            if (!p.text.contains("capital")) {
                continue;
            }
            Matcher after = NAMED_AFTER.matcher(p.text);
            Matcher before = NAMED_BEFORE.matcher(p.text);
            int a = after.find() ? after.start() : Integer.MAX_VALUE;
            int b = before.find() ? before.start() : Integer.MAX_VALUE;
            if (a < b) {
                return after.group(1);
            }
            if (b < Integer.MAX_VALUE) {
                return before.group(1);
            }
        }
        return null;
    }
}
