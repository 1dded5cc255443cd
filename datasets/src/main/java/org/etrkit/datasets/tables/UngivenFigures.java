package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Figures that a clause of giving counts but nobody gave, read from the words right around the figure: the whole a
 * share is taken of ("3 percent of the $50 billion"), a debt ("the debt of 5 billion rubles passed to"), a rate ("0.7
 * rubles to the dollar"), what a plant can make ("a capacity of 85,000 tons", "able to handle 50 tons of fish a day"),
 * what the money given pays for ("to finance some two dozen projects"), what a side buys ("purchases of 40,000
 * tons"), the way crossed ("across some 2,000 yards"), a load per head ("each soldier carried 80 rounds") and the
 * trainees of a verb of training ("training some 2,400 militiamen"); and the men that arms are for ("rifles and machine
 * guns for 20,000 men").
 */
final class UngivenFigures {

    private UngivenFigures() {
    }

    /** True when the words around {@code q} make it a figure that counts something other than what was given. */
    static boolean countsNoGift(Prose p, Quantity q) {
        String text = p.text;
        return SHARE_OF.matcher(text).region(Math.max(0, q.start() - 24), q.start()).find()
                // "the debt of 5 billion rubles passed to": owed; "0.7 rubles to the dollar": a rate
                || DEBT_OF.matcher(text).region(Math.max(0, q.start() - 32), q.start()).find()
                || CAPACITY_OF.matcher(text).region(Math.max(0, q.start() - 32), q.start()).find()
                || A_RATE.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 32)).lookingAt()
                // "a complex able to handle 50 tons of fish a day": what a plant can do
                || CAPACITY_TO.matcher(text).region(Math.max(p.clauseStart(q.start()), q.start() - 60), q.start()).find()
                        && A_PERIOD.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 48)).lookingAt()
                // "credits worth 160 million roubles to finance some two dozen projects": what they paid for
                || PAID_FOR.matcher(text).region(Math.max(0, q.start() - 32), q.start()).find()
                // "provided for Soviet purchases of between 40,000 and 60,000 tons of tea": what a side buys
                || PURCHASES_OF.matcher(text).region(Math.max(0, q.start() - 40), q.start()).find()
                // "carried the assault waves across some 2,000 yards of mud flats": the way, not what is carried
                || ROUTE.matcher(text).region(Math.max(0, q.start() - 24), q.start()).find()
                // "each soldier carried … 80 rounds", ", each bearing 20 kilograms": a load per head
                || EACH.matcher(text).region(p.clauseStart(q.start()), q.start()).lookingAt()
                || EACH_PARTICIPLE.matcher(text).region(Math.max(0, q.start() - 40), q.start()).find()
                // "served with the militia, training some 2,400 militiamen": the trainees, the receiver's own
                || TRAINING.matcher(text).region(Math.max(0, q.start() - 24), q.start()).find();
    }

    /** "guns for ", "rifles for some ": a noun (group 1) and "for" right before a figure. */
    private static final Pattern NOUN_FOR = Pattern.compile("\\b(\\p{Ll}+)\\s+for\\s+(?:(?:" + Hedges.WORD + "|up to)\\s+)?$");

    /**
     * True when {@code q} counts men ({@code personnel}) right after "for" and a noun of materiel ("rifles and machine
     * guns for 20,000 men"): how many the arms given equip, the receiver's own men, not men given.
     */
    static boolean menTheArmsEquip(Prose p, Quantity q, Set<String> personnel, Set<String> materiel) {
        if (!personnel.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher m = NOUN_FOR.matcher(p.text).region(Math.max(p.clauseStart(q.start()), q.start() - 40), q.start());
        return m.find() && materiel.contains(m.group(1));
    }

    /** "to finance some ", "to pay for ": a figure after them is what the money given pays for, not a second item. */
    private static final Pattern PAID_FOR = Pattern.compile(
            "\\bto\\s+(?:finance|fund|pay\\s+for)\\s+(?:(?:some|about|around|roughly|nearly|over)\\s+)?$");

    /** "purchases of between ", "purchase of some ": what a side buys, right before a figure. */
    private static final Pattern PURCHASES_OF = Pattern.compile(
            "\\bpurchases?\\s+of\\s+(?:(?:between|some|about|around|roughly|nearly|over|up\\s+to)\\s+)?$");

    /** "across some", "along": a figure after them measures the way crossed or followed, not goods. */
    private static final Pattern ROUTE = Pattern.compile(
            "\\b(?:across|along)\\s+(?:some\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?$");

    /** A clause that opens with "each" ("each soldier carried", "each bearing"): what is said is per head or per piece. */
    private static final Pattern EACH = Pattern.compile("[\\s,;:]*[Ee]ach\\s+\\p{Ll}+");

    /** ", each bearing", ", each carrying some": a participle after "each" right before the figure. */
    private static final Pattern EACH_PARTICIPLE = Pattern.compile(
            ",\\s+each\\s+\\p{Ll}+ing\\s+(?:some\\s+|about\\s+|around\\s+|up to\\s+)?$");

    /** "training some", "trained about": a figure right after a verb of training counts the trainees. */
    private static final Pattern TRAINING = Pattern.compile(
            "\\b(?:training|trained|trains|train)\\s+(?:some\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|over\\s+|more than\\s+)?$");

    /** "the debt of about", "debts of": the words before a sum owed, which no verb of the clause gives. */
    private static final Pattern DEBT_OF = Pattern.compile(
            "\\bdebts?\\s+of\\s+(?:some\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?$");

    /** "a capacity of about": the words before what a plant or a line can make or carry, not what was given. */
    private static final Pattern CAPACITY_OF = Pattern.compile(
            "\\bcapacity\\s+of\\s+(?:some\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?$");

    /** "able to handle ", "designed to produce panels for ": what a plant is made to do, before a rate. */
    private static final Pattern CAPACITY_TO = Pattern.compile(
            "\\b(?:able|designed|built|intended)\\s+to\\s+\\p{L}+\\s+(?:[^,;.]{0,30}?\\s)?$");

    /** "a day", "of fish per year", "flats a year" after a figure: a rate. */
    private static final Pattern A_PERIOD = Pattern.compile(
            "(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:a|per|each)\\s+(?:year|day|month|week|annum)\\b");

    /** "to the dollar", "per pound" after a figure and its unit: an exchange rate, not a sum given. */
    private static final Pattern A_RATE = Pattern.compile(
            "(?:\\s+\\p{L}+)?\\s+(?:to|per)\\s+(?:the|a|one)\\s+(?:US\\s+)?(?:dollar|pound|ruble|rouble|yuan)\\b");

    /** "percent of the", "% of": the words before a whole that a share is taken of. */
    private static final Pattern SHARE_OF = Pattern.compile(
            "(?:percent|per cent|%)\\s+of\\s+(?:the\\s+|all\\s+)?$"
            + "|\\b(?:half|thirds?|quarters?|fifths?|tenths?)\\s+of\\s+(?:the|all)\\s+$"); // not "a third of $150 million"
}
