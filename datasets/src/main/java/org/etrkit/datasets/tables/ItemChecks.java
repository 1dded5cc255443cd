package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * Checks on a figure of a transfer's clause that decide whether it is an item given: sent against a target, a count of
 * formations (unless their equipment), the object of a giving verb, an aid said to have ended, money asked for or
 * advised, money paid as reparations, the size of each item counted ("12 trawlers of up to 2,500 tons") and a calibre
 * ("122 mm howitzers").
 */
final class ItemChecks {

    private final Set<String> materiel;
    /** Units of weight (lexicon {@code weight_units}). */
    private final Set<String> weights;
    private final Set<String> collective;
    private final Set<String> endWords;
    /** "recommended", "asked for" ({@code request_verbs}): money asked for or advised, not given. */
    private final Pattern requestVerbs;
    /** "reparations" ({@code reparation_nouns}): money a state owes for a war, no gift. */
    private final Pattern reparationsAfter;
    private final Pattern reparationsBefore;

    ItemChecks(Lexicon lex) {
        this.materiel = lex.set("materiel");
        this.weights = lex.set("weight_units");
        this.collective = lex.set("collective");
        this.endWords = lex.set("aid_end_words");
        this.requestVerbs = lex.compile("\\b(?:{request_verbs})\\b");
        this.reparationsAfter = lex.compile("\\s+(?:in|as|of)\\s+(?:\\p{Ll}+\\s+)?(?:{reparation_nouns})\\b");
        this.reparationsBefore = lex.compile("\\b(?:{reparation_nouns})\\s+(?:of|worth|totalling|amounting\\s+to)\\s+"
                + "(?:(?:some|about|nearly|over|almost)\\s+)?$");
    }

    /**
     * True when the figure is money paid as reparations ({@code reparation_nouns}): "paid $300 million in war
     * reparations", "paid reparations of $45 million". A state paying for a war is no gift.
     */
    boolean reparations(Prose p, Quantity q) {
        return reparationsAfter.matcher(p.text).region(q.end(), p.clauseEnd(q.end())).lookingAt()
                || reparationsBefore.matcher(p.text).region(Math.max(p.clauseStart(q.start()), q.start() - 40), q.start()).find();
    }

    /**
     * True when "against" follows the figure in its sentence, before a semicolon, with no "to", "with" or "for"
     * between ("sent some 120 bombers against the airfields"; not "sent 7,000 men to serve with Sheng against"), nor a
     * relative clause with its own subject ("supplied 20 carriers that the army used against the rising": a gift).
     */
    static boolean sentAgainst(Prose p, Quantity q) {
        int end = p.sentence(p.sentenceIndex(q.start())).end();
        int semicolon = p.indexOf(";", q.end(), end); // within the sentence, not the paragraph
        end = semicolon >= 0 ? semicolon : end;
        if (p.indexOf("against", q.end(), end) < 0) {
            return false; // an exact pre-test: no "against" between the figure and the statement's end
        }
        Matcher m = AGAINST.matcher(p.text).region(q.end(), end);
        return m.find() && !RECIPIENT_WORD.matcher(p.text).region(q.end(), m.start()).find()
                && !RELATIVE_WITH_SUBJECT.matcher(p.text).region(q.end(), m.start()).find();
    }

    /** "that the army", "which Mali": a relative clause with a subject of its own, whose verb is the receiver's doing. */
    static final Pattern RELATIVE_WITH_SUBJECT = Pattern.compile("\\b(?:that|which)\\s+(?:the|its|their|\\p{Lu})");

    static final Pattern AGAINST = Pattern.compile("\\bagainst\\b");
    static final Pattern RECIPIENT_WORD = Pattern.compile("\\b(?:to|with|for)\\b");

    /**
     * True when "of" or "for" stands right before the figure at {@code start} ("the equipment of 64 divisions"), or
     * before the figure of formations that this one follows in a list ("of 64 infantry divisions and 22 air divisions").
     */
    boolean ofOrForBefore(Prose p, int start) {
        List<String> before = p.wordsBefore(start, 1);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(0);
        if (w.equals("of") || w.equals("for")) {
            return true;
        }
        if (w.equals("and") || w.equals(",")) {
            List<Quantity> earlier = p.quantitiesIn(Math.max(0, start - 60), start);
            Quantity prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            return prev != null && collective.contains(prev.unit().toLowerCase(Locale.ROOT))
                    && ofOrForBefore(p, prev.start());
        }
        return false;
    }

    /**
     * True when the figure is the object of an active giving verb before it in its clause, with no other figure
     * between them ("sent 150 advisers to the army and landed …").
     */
    static boolean objectOfGiving(Prose p, Quantity q, Transfer t) {
        return t.kind() == Kind.GIVE && !t.passive() && t.end() <= q.start() && q.start() - t.end() <= 40
                && p.quantitiesIn(t.end(), q.start()).isEmpty()
                && !TransferWords.NEXT_CLAUSE.matcher(p.text).region(t.end(), q.start()).find();
    }

    /**
     * True when the clause of a figure goes on to say it ended ("…, ceased after 1911"; {@code aid_end_words}); not an
     * end in a subordinate clause of its own subject ("…, a donation made at a time when imports from France had
     * stopped").
     */
    boolean endsAfter(Prose p, Quantity q) {
        int end = p.sentence(p.sentenceIndex(q.start())).end();
        int semicolon = p.indexOf(";", q.end(), end); // in the sentence only
        end = semicolon >= 0 ? semicolon : end;
        Matcher sub = SUBORDINATE.matcher(p.text).region(q.end(), end);
        Matcher year = YEAR.matcher(p.text).region(q.end(), sub.find() ? sub.start() : end); // "fell to 300 by 1989 and was
        return p.anyWordIn(q.end(), year.find() ? year.start() : year.regionEnd(), endWords); // withdrawn": dated before its end
    }

    static final Pattern YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d{2}\\b");

    /** "when", "because", "although": a subordinate clause with a subject of its own. */
    static final Pattern SUBORDINATE = Pattern.compile("\\s(?:when|because|although|though|whereas|while)\\s");

    /**
     * True when a verb of asking or advising ({@code request_verbs}: "recommended", "asked for") stands before the
     * figure in its clause, within 60 characters, and no verb that gives or receives stands between them
     * ("recommended $250 million in grants and loans", "asked for credits of some 5 billion yuan"): money
     * asked for or advised, which the text does not say was given.
     */
    boolean requestedBefore(Prose p, Quantity q, List<Transfer> transfers) {
        int from = Math.max(p.clauseStart(q.start()), q.start() - 60);
        Matcher m = requestVerbs.matcher(p.text).region(from, q.start());
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return false;
        }
        for (Transfer t : transfers) {
            if (t.kind() != Kind.NOUN && t.start() >= end && t.end() <= q.start()) {
                return false; // "asked for and received $5 million"
            }
        }
        return true;
    }

    /** "12 trawlers of up to ": a count of items and "of" with a hedge right before a figure. */
    static final Pattern COUNTED_OF = Pattern.compile(
            "\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+)\\s+of\\s+(?:up to\\s+|some\\s+|about\\s+|over\\s+|nearly\\s+)?$");

    /**
     * True when a figure of a unit of weight (lexicon {@code weight_units}) stands right after "of" and a count of
     * materiel ("12 trawlers of up to 2,500 tons", "four ships of 3,000 tonnes"): the size of each item counted, not a
     * second item given.
     */
    boolean sizeOfCountedItems(Prose p, Quantity q) {
        String u = q.unit().toLowerCase(Locale.ROOT);
        if (!weights.contains(u)) {
            return false;
        }
        Matcher m = COUNTED_OF.matcher(p.text).region(Math.max(0, q.start() - 60), q.start());
        return m.find() && materiel.contains(m.group(1).toLowerCase(Locale.ROOT))
                && !m.group(1).equalsIgnoreCase(u);
    }

    /** "122 mm", "85-mm", "152 millimetre": a number and a unit of calibre. */
    static final Pattern CALIBRE = Pattern.compile("\\d[\\d,.]*(?:\\s*-\\s*|\\s+)(?:mm|cm|millimetres?|millimeters?)\\b");

    /**
     * True when a unit of calibre follows the figure's number ("122 mm howitzers", "85-mm guns"): the figure names
     * the model of the guns by their bore, it counts none of them.
     */
    static boolean calibre(Prose p, Quantity q) {
        int end = Math.min(p.text.length(), q.end());
        for (int i = q.start(); i < end; i++) {
            if (Character.isDigit(p.text.charAt(i))) {
                return CALIBRE.matcher(p.text).region(i, p.text.length()).lookingAt();
            }
        }
        return false;
    }
}
