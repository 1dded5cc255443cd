package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Set;

/**
 * Whose losses a figure counts, for {@link SideFinder}: the name right before the loss noun (one of the lexicon's
 * measure words: "losses", "casualties", "dead") that a few linking words join to the figure ("Communist losses of
 * about 3,500", {@link #lossOwner}), or the side a capitalised word before it names with a force noun after it
 * ({@link #lossAdjective}).
 */
final class LossOwners {

    private final Lexicon lexicon;

    LossOwners(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Prepositions after which a name is where the men are ("advisers in Ethiopia"), not whose losses they are. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "into", "inside", "within");

    /** Words that may join a loss noun to its figure ("losses of", "casualties were put at"). */
    private static final Set<String> LOSS_LINKS = Set.of("of", "at", "were", "was", "put", "estimated", "numbered",
            "totalled", "totaled", "reached", "amounted", "to", "as", "are", "is");

    /**
     * The name right before a loss noun (one of the lexicon's {@code measures} words: "losses", "casualties", "dead")
     * that at most four linking words ({@link #LOSS_LINKS}) join to the figure ("Communist losses of about 3,500"); or
     * null.
     */
    Prose.Name lossOwner(Prose p, int start) {
        int at = lossNounAt(p, start);
        if (at < 0) {
            return null;
        }
        for (Prose.Name n : p.namesIn(Math.max(0, at - 60), at)) {
            String gap = p.text.substring(n.end(), at);
            if (gap.equals(" ") || gap.equals("'s ") || gap.equals("’s ")) {
                // "the number of Soviet advisers in Ethiopia fell to 600": a place after a preposition owns no losses
                return PLACE_PREPOSITIONS.contains(p.wordBefore(n.start())) ? null : n;
            }
        }
        return null;
    }

    /**
     * The side a capitalised word before the loss noun names when a force noun of the lexicon's {@code force_nouns}
     * follows it ("Communist losses of", as the gazetteer's "Communist forces"), when no name stands there; or null.
     */
    Gazetteer.Side lossAdjective(Prose p, int start) {
        int at = lossNounAt(p, start);
        if (at < 2 || p.text.charAt(at - 1) != ' ') {
            return null;
        }
        int i = at - 1;
        while (i > 0 && Chars.isLetter(p.text.charAt(i - 1))) {
            i--;
        }
        if (i == at - 1 || !Chars.isUpperCase(p.text.charAt(i)) || p.sentence(p.sentenceIndex(i)).start() == i
                || PLACE_PREPOSITIONS.contains(p.wordBefore(i))) {
            return null;
        }
        String word = p.text.substring(i, at - 1);
        for (String noun : lexicon.list("force_nouns")) {
            Gazetteer.Side side = p.article.gazetteer.firstIn(word + " " + noun);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    /**
     * The irregulars' noun of the lexicon's {@code irregular_nouns} (or its singular) right before the loss noun joined to
     * the figure ("guerrilla casualties were estimated at 150", "mujahideen losses are put at 75,000"), in its plural
     * form; or null.
     */
    String irregularOwner(Prose p, int start, Set<String> irregular) {
        int at = lossNounAt(p, start);
        if (at < 2) {
            return null;
        }
        String w = p.wordBefore(at);
        if (w == null || w.isEmpty() || !Chars.isLowerCase(w.charAt(0))) {
            return null;
        }
        return irregular.contains(w) ? w : irregular.contains(w + "s") ? w + "s" : null;
    }

    /** "its own", "their own": a reflexive owner of the loss noun after it. */
    private static final java.util.regex.Pattern OWN_BEFORE = java.util.regex.Pattern.compile("\\b(?:its|their|his|her) own\\s+$");

    /**
     * True when "its own", "their own" stands right before the loss noun joined to the figure ("gives its own losses
     * as 11,529", "put their own dead at 900"): the losses of the subject that gives them, not of the name nearest.
     */
    boolean reflexiveLosses(Prose p, int start) {
        int at = lossNounAt(p, start);
        return at > 0 && OWN_BEFORE.matcher(p.text).region(Math.max(0, at - 20), at).find();
    }

    /** Where the loss noun that the words before the figure join to it starts ({@link #lossOwner}), or -1. */
    private int lossNounAt(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 6);
        int k = words.size() - 1;
        int links = 0;
        while (k >= 0 && (LOSS_LINKS.contains(words.get(k)) || SideFinder.HEDGE_WORDS.contains(words.get(k))
                || words.get(k).length() > 4 && words.get(k).endsWith("ly")) && links < 4) { // "are usually put at"
            k--;
            links++;
        }
        if (links == 0 || k < 0 || lexicon.measureOf(words.get(k)) == null || !Chars.isLetter(words.get(k).charAt(0))) {
            return lossNounThemStandsFor(p, start);
        }
        int at = p.text.lastIndexOf(words.get(k), start);
        return at <= 0 ? -1 : at;
    }

    /** " put them at about ", " gave them as ": an estimate of "them" right before a figure. */
    private static final java.util.regex.Pattern THEM_AT = java.util.regex.Pattern.compile(
            "\\b(?:put|puts|putting|estimated|estimating|gave|giving|placed|reckoned|counted) them (?:at|as) "
                    + "(?:(?:some|about|around|nearly|roughly|over|more than|fewer than|at least|an estimated|almost) )?$");

    /**
     * "Chinese losses were far heavier: the regiment, counting bodies, put them at about 2,000 killed": where the loss noun
     * "them" stands for starts, the last loss noun of the sentence before "them" (a plural of the lexicon's measures:
     * "losses", "casualties"); or -1.
     */
    private int lossNounThemStandsFor(Prose p, int start) {
        java.util.regex.Matcher m = THEM_AT.matcher(p.text).region(Math.max(0, start - 40), start);
        if (!m.find()) {
            return -1;
        }
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        int at = -1;
        for (int i = sentenceStart; i < m.start(); i++) {
            if (Chars.isLetter(p.text.charAt(i)) && (i == 0 || !Chars.isLetter(p.text.charAt(i - 1)))) {
                int e = Chars.letterRunEnd(p.text, i, m.start());
                String w = p.text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
                if (w.endsWith("s") && lexicon.measureOf(w) != null) {
                    at = i;
                }
                i = e - 1;
            }
        }
        return at;
    }

    /** "inflicted more than 4,000 casualties": a verb of dealing losses, then at most three words, before the figure. */
    private static final java.util.regex.Pattern INFLICTED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:inflict(?:ed|ing|s)?|caus(?:ed|ing|es)|dealt|dealing)\\s+(?:[\\p{L}-]+\\s+){0,3}$");
    /** "casualties on a Soviet division", "losses to the 9th Army": the loss noun, then "on", "upon" or "to". */
    private static final java.util.regex.Pattern ON_AFTER = java.util.regex.Pattern.compile(
            "^(?:\\s+[\\p{Ll}-]+){0,2}?\\s+(?:on|upon|to)\\s+(?:(?:the|a|an|two|three)\\s+)?");

    /**
     * The name of the force losses were dealt to: "the Finns inflicted more than 4,000 casualties on a Soviet
     * division", "caused about 700 losses to the 9th Army" (a verb of dealing losses before the figure, "on", "upon"
     * or "to" after its noun, the first name of the next few words before a comma or stop); or null.
     */
    /**
     * "the Japanese said they had inflicted 9,000 casualties": where the verb of dealing losses before the figure starts,
     * when no name after "on", "upon" or "to" after its noun says whom they were dealt to ({@link #inflictedOn}; "and to
     * have taken 300 men" names none); or -1.
     */
    int inflictedWithoutTarget(Prose p, int clauseStart, int start, int end) {
        java.util.regex.Matcher verb = INFLICTED_BEFORE.matcher(p.text).region(Math.max(clauseStart, start - 60), start);
        return verb.find() && inflictedOn(p, clauseStart, start, end) == null ? verb.start() : -1;
    }

    Prose.Name inflictedOn(Prose p, int clauseStart, int start, int end) {
        if (!INFLICTED_BEFORE.matcher(p.text).region(Math.max(clauseStart, start - 60), start).find()) {
            return null;
        }
        java.util.regex.Matcher m = ON_AFTER.matcher(p.text).region(end, Math.min(p.text.length(), end + 40));
        if (!m.lookingAt()) {
            return null;
        }
        int stop = m.end();
        while (stop < p.text.length() && stop < m.end() + 50 && ",;:.()".indexOf(p.text.charAt(stop)) < 0) {
            stop++;
        }
        for (Prose.Name n : p.namesIn(m.end(), stop)) {
            return n;
        }
        return null;
    }
}
