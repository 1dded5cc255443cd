package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * Offers that give nothing, read after a governing "offered" ({@code transfer_verbs}): an offer "to" do something
 * ("offered to reduce its garrison"), a reward offered for a deed ("offered a reward of 9,000 francs"), and an offer
 * made on a condition in its clause ("offered the chief 4,000 rifles if he would rise", "on condition that", "in return
 * for"). A plain offer ("offered some 60 scholarships a year") stays a gift. Used by {@link AidTable}.
 */
final class UnkeptOffers {

    private UnkeptOffers() {
    }

    /** True when the transfer {@code t} is an offer of one of the kinds above. */
    static boolean unkept(Prose p, TransferWords.Transfer t) {
        if (!OFFER.matcher(t.word()).matches()) {
            return false;
        }
        int end = p.sentence(p.sentenceIndex(t.start())).end();
        if (ACT_OR_REWARD.matcher(p.text).region(t.end(), end).lookingAt()) {
            return true;
        }
        int clause = end;
        java.util.regex.Matcher next = CLAUSE_END.matcher(p.text).region(t.end(), end);
        if (next.find()) {
            clause = next.start();
        }
        return CONDITION.matcher(p.text).region(t.end(), clause).find();
    }

    private static final Pattern OFFER = Pattern.compile("(?i)offer(?:ed|s)?");

    /**
     * " to reduce", " a reward", " him a bounty": an offer to act (not "to its ally", a receiver), or of a reward for a
     * deed.
     */
    private static final Pattern ACT_OR_REWARD = Pattern.compile(
            "\\s+(?:to\\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|some)\\b)\\p{Ll}+\\b|(?:\\p{Lu}\\p{L}+\\s+|him\\s+|them\\s+)?(?:a|the)\\s+(?:\\p{Ll}+\\s+)?"
                    + "(?:reward|bounty|ransom)\\b)");

    /** "; " or ", and" with a new clause: the end of the offer's clause. */
    private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+(?:and|but|while)\\s+");

    /** A condition on the offer: "if", "on condition", "in return for", "in exchange for", "provided that". */
    private static final Pattern CONDITION = Pattern.compile(
            "\\b(?:if|unless|on\\s+(?:the\\s+)?condition|in\\s+(?:return|exchange)\\s+for|provided\\s+that)\\b");
}
