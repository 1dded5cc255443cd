package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Figures that refer back to an earlier one, for {@link SideFinder}: "this number", "that force" shortly before
 * a figure ({@link #refersBack}, with the lexicon's {@code back_reference_nouns}), and a figure that is part of, or
 * continues, the figure before it ({@link #partOfEarlier}): "2,000 of them", "a further 300", a bare figure listed
 * after one ("72 killed and 125 wounded"), "Of the men who had crossed with him, 500 were killed".
 */
final class BackReferences {

    /** "this number", "that force": nouns that refer back to the figure before. */
    private final Set<String> backNouns;
    /** The lexicon's {@code measure_verbs}, lower case. */
    private final Set<String> measures;
    private final AttackWords attacks;

    BackReferences(Set<String> backNouns, Set<String> measures, AttackWords attacks) {
        this.backNouns = backNouns;
        this.measures = measures;
        this.attacks = attacks;
    }

    private static final Set<String> BACK_WORDS = Set.of("this", "that", "these", "the same");

    /** "a higher figure", "a lower number": a count compared with the one given before. */
    private static final Set<String> COMPARED = Set.of("higher", "lower", "larger", "smaller", "greater", "different");

    /**
     * True when "this number", "that figure", "this force", "the figure" or "their number" stands shortly before the
     * figure in its clause.
     */
    boolean refersBack(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 6);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (BACK_WORDS.contains(words.get(i)) && backNouns.contains(words.get(i + 1))) {
                return true;
            }
            if (words.get(i).equals("the") && words.get(i + 1).equals("figure")) {
                return true; // "by 1978 the figure was put at over 5,000": a count given before, whoever is named between
            }
            if (i + 2 < words.size() && (words.get(i).equals("a") || words.get(i).equals("an"))
                    && COMPARED.contains(words.get(i + 1)) && backNouns.contains(words.get(i + 2))) {
                return true; // "and the 9th Corps gave a higher figure of 2,310": another count of what was counted before
            }
        }
        // "A year later the British estimate was 9,000": a new count of what the figure before counted
        if (ESTIMATE_BEFORE.matcher(p.before(start, 60)).find()) {
            return true;
        }
        // "Later estimates put their number at about 90": the men the figure before counted, with no figure between
        return PersonnelFigures.POSSESSIVE_NUMBER.matcher(p.before(start, 60)).find();
    }

    /**
     * "the British estimate was ", "the official estimates were ": "the", at most one word, an estimate and a copula right
     * before a bare figure: another count of what the figure before counted ({@link PersonnelFigures} reads it as men
     * when that figure counts men).
     */
    static final java.util.regex.Pattern ESTIMATE_BEFORE = java.util.regex.Pattern.compile(
            "\\b[Tt]he (?:[\\p{L}-]+ )?estimates? (?:was|were|is|stood at) (?:(?:about|some|around|roughly|nearly|over|more than|up to)"
                    + " )?$");

    /** A figure's qualifier alone, or nothing ({@link #partOfEarlier}). */
    static final java.util.regex.Pattern QUALIFIER_ALONE = java.util.regex.Pattern.compile(
            "(?i)(?:at least|some|about|more than|over|nearly|roughly|up to)?");
    /** The length of the longest word {@link #QUALIFIER_ALONE} matches ("more than"). */
    static final int QUALIFIER_MAX = 9;

    /** A sentence opening "A further" or "Another" right before its figure. */
    private static final java.util.regex.Pattern FURTHER_OPENING = java.util.regex.Pattern.compile(
            "\\s*(?:A further|Another)\\s+");

    private static final java.util.regex.Pattern PART_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\bof (?:whom|them|these|those)|\\ba further|\\banother|\\bthe remaining|\\bthe rest of (?:the|them|whom)?|"
                    + "\\bthe other)\\s*(?:,\\s*)?$");
    /**
     * "among them", "among whom", ", including" opening the list the figure stands in, with no comma, semicolon or colon
     * after it.
     */
    private static final java.util.regex.Pattern AMONG = java.util.regex.Pattern.compile(
            "(?:\\bamong (?:them|whom)|, including)\\b(?:[^;:,]|,(?=\\d))*$");

    /** Where the noun phrase after a figure ends: the next comma, semicolon or full stop, at most 40 characters on. */
    /**
     * Where the figure's counted noun ends, when it follows within {@link #nounPhraseEnd}: a name after it ("about 400
     * pilots trained near Frunze") says where the men were, not whose they are; else {@link #nounPhraseEnd}.
     */
    private static int countedNounEnd(String text, int end, String unit) {
        int limit = nounPhraseEnd(text, end);
        if (unit == null || unit.isEmpty()) {
            return limit;
        }
        if (end >= unit.length() && text.regionMatches(true, end - unit.length(), unit, 0, unit.length())) {
            return end; // the figure's span ends with its noun ("about 400 pilots")
        }
        int at = text.indexOf(unit, end);
        return at >= 0 && at + unit.length() <= limit ? at + unit.length() : limit;
    }

    private static int nounPhraseEnd(String text, int end) {
        int limit = Math.min(text.length(), end + 40);
        for (int k = end; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == '.') {
                return k;
            }
        }
        return limit;
    }
    /** As {@link #LISTED_GAP}, with capitalised words (places, when no name of a side is among them). */
    private static final java.util.regex.Pattern LISTED_GAP_WITH_PLACES = java.util.regex.Pattern.compile(
            "^[\\p{L}\\s,'-]{0,60}?(?:,|\\band\\b|\\bwhile\\b|\\bthough\\b|\\bbut\\b)[\\s,]*"
                    + "(?:(?:some|about|around|nearly|roughly|over|more than|fewer than|at least|up to|no more than|"
                    + "as many as|an estimated|almost|perhaps)\\s+)?$");
    private static final java.util.regex.Pattern LISTED_GAP = java.util.regex.Pattern.compile(
            "^[\\p{Ll}\\s,'-]{0,60}?(?:,|\\band\\b|\\bwhile\\b|\\bthough\\b|\\bbut\\b)[\\s,]*"
                    + "(?:(?:some|about|around|nearly|roughly|over|more than|fewer than|at least|up to|no more than|"
                    + "as many as|an estimated|almost|perhaps)\\s+)?$");
    /** " by 1975 and between ", " in 1940 and ": a year between a level and the next one its sentence lists. */
    private static final java.util.regex.Pattern LISTED_AFTER_YEAR = java.util.regex.Pattern.compile(
            "\\s+(?:by|in)\\s+(?:(?:early|late|mid-)\\s*)?\\d{4}\\s+and\\s+(?:between\\s+)?");
    /** "Of the others, 15 were killed": nouns of the rest of the men counted before. */
    private static final Set<String> REST_NOUNS = Set.of("others", "rest", "remainder");

    private static final java.util.regex.Pattern OF_THE = java.util.regex.Pattern.compile(
            "(?i)^\\s*of the (\\p{L}+)\\b");

    /**
     * The reading of the figure an earlier one this figure is part of, or continues: "of them" after it or
     * "of whom", "a further", "another" before it (the figure before it, in its sentence or, at the start of
     * a sentence, the sentence before); a bare figure listed after a figure of its sentence with only verbs
     * between ("72 killed and 125 wounded", "40 rebels were killed and roughly 300 surrendered", "sixteen
     * thousand men, though no more than 7,000 were"); "Of the men who had crossed with him, 500 were killed"
     * (the last figure of men in the paragraph); or null.
     */
    Reading partOfEarlier(Prose p, int start, int end, String unit, List<Reading> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        Reading previous = earlier.get(earlier.size() - 1);
        if (previous.end() < 0 || previous.end() > start) {
            return null;
        }
        int si = p.sentenceIndex(start);
        int sentenceStart = p.sentence(si).start();
        boolean sameSentence = p.sentenceIndex(Math.max(0, previous.end() - 1)) == si;
        String lead = Chars.strippedIfAtMost(p.text, sentenceStart, start, QUALIFIER_MAX); // not the sentence copied
        boolean opensSentence = lead != null && QUALIFIER_ALONE.matcher(lead).matches();
        boolean previousSentence = p.sentenceIndex(Math.max(0, previous.end() - 1)) == si - 1;
        if ((sameSentence || opensSentence && previousSentence) && SideFinder.partOfBefore(p, end)) {
            return previous.asPart("a part of the figure before it ('of them')");
        }
        String before = p.text.substring(Math.max(sentenceStart, start - 30), start);
        if (sameSentence && PART_BEFORE.matcher(before).find() && p.namesIn(start, end).isEmpty()) { // not "a further 40
            // Cuban instructors": a noun phrase naming its own people or side
            return previous.asPart("a part of the figure before it ('of whom', 'a further')");
        }
        if (previousSentence && FURTHER_OPENING.matcher(p.text).region(sentenceStart, start).matches()
                && p.namesIn(start, nounPhraseEnd(p.text, end)).isEmpty()) {
            // "… were trained in the Soviet Union. A further 600 soldiers passed through …":
            // more of the men the sentence before counted, when its own noun phrase names no side
            return previous.asPart("more of the men the sentence before counted ('a further')");
        }
        java.util.regex.Matcher among = AMONG.matcher(p.text).region(Math.max(sentenceStart, start - 80), start);
        if (sameSentence && among.find() && p.namesIn(among.start(), countedNounEnd(p.text, end, unit)).isEmpty()) {
            // "among them about 2,000 pilots and 1,500 …", "…, including about 300 pilots", not "among them 8,000 Mongolian
            // cavalry" (its own side)
            return previous.asPart("listed among the figure before it ('among them')");
        }
        boolean bare = unit == null || unit.isEmpty() || measures.contains(unit.toLowerCase(Locale.ROOT));
        if (sameSentence && bare && (LISTED_GAP.matcher(p.text.substring(previous.end(), start)).find()
                || LISTED_GAP_WITH_PLACES.matcher(p.text.substring(previous.end(), start)).find()
                        && p.namesIn(previous.end(), start).isEmpty() // "were killed in Sinai and 6,000 …"
                || LISTED_AFTER_YEAR.matcher(p.text.substring(previous.end(), start)).matches())
                && (unit == null || unit.isEmpty() // "and 250 Chinese prisoners": its own side
                        || p.namesIn(start, countedNounEnd(p.text, end, unit)).isEmpty())
                && attacks.attackBetween(p, attacks.pastMeasureWord(p, previous.end(), start), start) < 0) { // "were killed and 300 surrendered" is no attack
            return previous.asPart("listed after the figure before it");
        }
        java.util.regex.Matcher of = OF_THE.matcher(p.text).region(sentenceStart, start);
        if (of.lookingAt() && p.text.indexOf(',', of.end()) < start && p.text.indexOf(',', of.end()) >= 0
                && p.namesIn(p.text.indexOf(',', of.end()), start).stream().allMatch(Prose.Name::isGroup)) {
            String noun = of.group(1).toLowerCase(Locale.ROOT);
            if (REST_NOUNS.contains(noun) && (sameSentence || previousSentence)) {
                // "… 9 of them wounded. Of the others, 15 were killed": the rest of the men the figure before counted
                return previous.asPart("of the " + noun + " of the men the figure before it counts");
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (earlier.get(i).unit().equalsIgnoreCase(noun)) {
                    return earlier.get(i).asPart("of the " + noun + " counted before it");
                }
            }
        }
        return null;
    }
}
