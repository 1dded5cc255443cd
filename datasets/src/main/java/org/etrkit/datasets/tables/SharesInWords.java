package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.TextBlock;

/**
 * The shares a block of prose writes in words, as figures in percent: "two-thirds of the population", "Kazakhs made
 * up about a third", "nearly half of them", "of these, about a third were Hui", "Kazan was three-fifths Russian";
 * "half a million" and "a third of the army" are none.
 */
final class SharesInWords {

    /**
     * The words a {@link #FRACTION} opens with, each alternative behind a word boundary: a hedge, a numerator or
     * "half". {@link #FRACTION_STARTS} is made of them, so the search for a share in words tries only where one
     * of them can start ({@link Starts}); a new alternative of {@link #FRACTION} must open with one of them, and
     * hold a word of {@code PARTS}: a text without one ({@code PART_HEADS}) is not searched.
     */
    private static final class FractionWords {
        static final String HEDGES = "about|around|roughly|nearly|almost|some|over|more than|less than|just over|just under|well over|perhaps";
        static final String NUMERATORS = "an|a|one|two|three|four|five|seven|nine";
        static final String PARTS = "half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?";
        /** The parts without their plural "s", of which every match holds one ("half" in both alternatives). */
        static final ListHits PART_HEADS = new ListHits(List.of(PARTS.replace("s?", "").split("\\|")));
        static final String HALF_HEDGES = "about|around|roughly|nearly|almost|over|more than|less than|just over|just under|well over";
    }

    /** A share in words: "two-thirds", "about a third", "nearly half", "one-fifth", "three quarters". */
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)\\b(?:(" + FractionWords.HEDGES + ") )?"
                    + "(" + FractionWords.NUMERATORS + ")[- ](" + FractionWords.PARTS + ")\\b"
                    + "|\\b(?:(" + FractionWords.HALF_HEDGES + ") )?(half)\\b(?![- ](?:a |an )?(?:million|thousand|hundred|dozen))");

    private static final Starts FRACTION_STARTS = Starts.ofEntries(java.util.stream.Stream.of(FractionWords.HEDGES,
            FractionWords.NUMERATORS, FractionWords.HALF_HEDGES, "half").flatMap(w -> java.util.Arrays.stream(w.split("\\|")))
            .toList(), true);

    /** What after a share in words makes it a fraction of a number: "half a million", "a third of a century". */
    private static final Pattern FRACTION_OF_A_NUMBER = Pattern.compile(
            "\\s+(?:an?|of an?)\\s+(?:million|thousand|hundred|dozen|century|year|day|month)\\b");

    /** "of these, " right before a fraction ("of these, about a third were Hui"): a share of the count before. */
    private static final Pattern OF_THESE_COMMA = Pattern.compile("\\bof (?:these|them|whom),?\\s+$");

    /** A copula right before a fraction: "was ", "is ". */
    private static final Pattern COPULA_BEFORE = Pattern.compile("\\b(?:were|was|is|are)\\s+$");

    /** A capitalised word right after a fraction, which may be a people: " Russian". */
    private static final Pattern PEOPLE_AFTER = Pattern.compile("\\s+((?-i:\\p{Lu})[\\p{L}-]+)\\b");

    /** A share in percent and a people right before a fraction, which lists that people's share: "40 per cent and Tajiks ". */
    private static final Pattern PEOPLE_AFTER_PERCENT = Pattern.compile(
            "(?:\\bper ?cent|%),? and (?:the )?((?-i:\\p{Lu})[\\p{L}-]+)\\s+$");

    /** A copula right after a fraction: " were", " was". */
    private static final Pattern COPULA_AFTER = Pattern.compile("\\s+(?:were|was)\\b");

    /** The word of a fraction's numerator, by its value ("a" and "one" are 1). */
    private static final List<String> FRACTION_WORDS = List.of("", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");

    /** The parts a whole is cut into, by the fraction's noun. */
    private static final Map<String, Integer> FRACTION_PARTS = Map.of("half", 2, "third", 3, "quarter", 4, "fifth", 5,
            "sixth", 6, "eighth", 8, "tenth", 10);

    /** What makes a fraction a share of a population: "… of the population", "… of its inhabitants", "… of them". */
    private final Pattern fractionOf;
    /** A verb of a share right before a fraction: "made up a third", "were about half". */
    private final Pattern fractionAfterVerb;

    SharesInWords(Lexicon lex) {
        this.fractionOf = lex.compile("(?-i:\\s+of\\s+(?:them|whom|these|(?:the\\s+(?:{admin_words}|{settlement_nouns}|{state_nouns})['’]s|the|its|their|\\p{Lu}[\\p{L}'’-]*['’]s)\\s+"
                + "(?:(?:{whole_modifiers})\\s+)?(?:{share_wholes}))\\b)");
        this.fractionAfterVerb = lex.compile("(?-i:\\b(?:{share_verbs})\\s+$)");
    }

    /**
     * The block's figures with the shares it writes in words, in order: "two-thirds of the population",
     * "Kazakhs made up about a third", "nearly half of them" are shares in percent (66.7, 33.3, 50), read as
     * figures of unit {@code percent}; "half a million" and "a third of the army" are not.
     */
    List<Quantity> withShares(Prose p) {
        List<Quantity> figures = p.block.quantities();
        if (!FractionWords.PART_HEADS.anyIn(p.text)) {
            return figures; // no "half", "third", …: no share in words
        }
        Matcher m = Starts.matcher(FRACTION, p.text);
        List<Quantity> out = null;
        for (int at = 0; (at = FRACTION_STARTS.find(m, p.text, at)) >= 0; ) { // FRACTION's matches, in order
            String after = p.text.substring(m.end(), Math.min(p.text.length(), m.end() + 60));
            String before = p.text.substring(Math.max(0, m.start() - 40), m.start());
            boolean ofThese = OF_THESE_COMMA.matcher(before).find() && COPULA_AFTER.matcher(after).lookingAt();
            Matcher people = PEOPLE_AFTER.matcher(after);
            // "Kazan itself was three-fifths Russian": a place's share of a people
            boolean ofPeople = COPULA_BEFORE.matcher(before).find() && people.lookingAt() && PlaceNames.isGroup(p, people.group(1));
            // "Pashtuns made up about 40 per cent and Tajiks roughly a quarter": the listed people's share
            Matcher listed = PEOPLE_AFTER_PERCENT.matcher(before);
            boolean listedPeople = listed.find() && PlaceNames.isGroup(p, listed.group(1));
            if (!(fractionOf.matcher(after).lookingAt() || fractionAfterVerb.matcher(before).find() || ofThese || ofPeople
                    || listedPeople)
                    || FRACTION_OF_A_NUMBER.matcher(after).lookingAt()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            int last = TextBlock.lastStartingAtOrBefore(figures.size(), i -> figures.get(i).start(), end - 1);
            if (last >= 0 && figures.get(last).end() > start) { // in order, not overlapping: only the last before end can
                continue; // already a figure
            }
            String numerator = (m.group(2) != null ? m.group(2) : "one").toLowerCase(Locale.ROOT);
            String top = numerator.equals("a") || numerator.equals("an") ? "one" : numerator;
            String part = (m.group(3) != null ? m.group(3) : m.group(5)).toLowerCase(Locale.ROOT);
            double share = 100.0 * FRACTION_WORDS.indexOf(top) / FRACTION_PARTS.get(
                    part.endsWith("s") ? part.substring(0, part.length() - 1) : part);
            String hedge = m.group(1) != null ? m.group(1) : m.group(4);
            org.etrkit.datasets.extract.Qualifier qualifier = hedge == null ? org.etrkit.datasets.extract.Qualifier.EXACT
                    : org.etrkit.datasets.extract.Qualifier.ABOUT;
            if (out == null) {
                out = new ArrayList<>(figures);
            }
            out.add(new Quantity(share, share, qualifier, "percent", "", m.group(), start, end));
        }
        if (out == null) {
            return figures;
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }
}
