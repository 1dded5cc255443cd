package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.TextBlock;

/**
 * Whether a giving verb of {@link TransferWords} moves a side's own force rather than giving: a particle after it
 * ("sent in troops", {@code verb_particles}; not "sent in 1950", "paid out 3.2 million gold rubles", "shipped in
 * replacements worth $500 million"), "reinforcements" after it; and whether a verb of carrying ({@code
 * carry_in_verbs}) carries materiel in ("flew in 400 tonnes of munitions"), or a verb of money only
 * ({@code sum_verbs}) has money in its clause. Moved unchanged out of {@link TransferWords}.
 */
final class OwnForceMoves {

    private final Set<String> give;
    private final Set<String> materiel;
    /** "doctors", "engineers": civilian staff ({@code civilian_staff}), carried in like goods, not a force moved. */
    private final Set<String> civilianStaff;
    /** "sent in", "sent up": a verb with a particle moves a side's own forces ({@code verb_particles}). */
    private final Set<String> verbParticles;
    /** "year", "spring", "March": nouns of a time, which make an "in" before them a preposition ({@code time_nouns}). */
    private final Set<String> timeNouns;
    /** The item, unit and currency of a figure. */
    private final FigureItem figureItems;

    OwnForceMoves(Lexicon lex, FigureItem figureItems) {
        this.give = lex.set("transfer_verbs");
        this.materiel = lex.set("materiel");
        this.civilianStaff = lex.set("civilian_staff");
        this.verbParticles = lex.set("verb_particles");
        this.timeNouns = lex.set("time_nouns");
        this.figureItems = figureItems;
    }

    /** "sent in", "sent up", "brought forward": a verb with a particle moves a side's own forces. */
    boolean particleAfter(Prose p, int end) { // "sent in troops", but not "sent in 1950"
        String text = p.text;
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int k = Chars.letterRunEnd(text, end + 1, text.length());
        if (!verbParticles.contains(text.substring(end + 1, k).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (moneyRightAfter(p, k)) {
            return false; // "paid out 3.2 million gold rubles": money is no side's own force moved
        }
        if (goodsOfAValueAfter(p, k)) {
            return false; // "shipped in replacements worth $500 million": goods valued in money, no force moved
        }
        if (prepositionalPhraseBeforeFigure(p, k)) {
            return false; // "sent in rotation some 320,000 troops": "in" takes the noun, the figure is the object
        }
        if (text.regionMatches(true, end + 1, "in", 0, 2) && k == end + 3 && timeAfter(text, k)) {
            // "delivered in the same year", "sent in March": a preposition of time, not a particle; other particles
            // stay ("turned out each month 3,000 rifles": made)
            return false;
        }
        // "delivered in December 1957", "sent in 1950": a preposition before a date, not a particle
        List<DateMention> dated = p.datesIn(k, Math.min(text.length(), k + 30));
        return dated.isEmpty() || !onlyDateOpeners(text, k, dated.get(0).start());
    }

    /**
     * True when the figure right after {@code at} (past blanks) is money that ends its clause ("paid out 4.5
     * million gold rubles, and …"); not a sum whose purpose follows ("paid out $148,000 in bonuses", "… for
     * grain"): wages or a purchase.
     */
    private boolean moneyRightAfter(Prose p, int at) {
        String text = p.text;
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        List<Quantity> qs = p.block.quantities(); // in order: a binary search for the figure starting at k
        int i = TextBlock.lastStartingAtOrBefore(qs.size(), j -> qs.get(j).start(), k);
        if (i >= 0 && qs.get(i).start() == k) {
            Quantity q = qs.get(i);
            if (!figureItems.isMoney(q)) {
                return false;
            }
            int e = q.end();
            if (e >= text.length() || text.charAt(e) == ',' || text.charAt(e) == ';' || text.charAt(e) == '.') {
                return true;
            }
            return text.startsWith(" and ", e) || text.startsWith(" to ", e); // "… to the government"
        }
        return false;
    }

    /**
     * True when the first figure after {@code at} in its clause is money with at most three words and no comma
     * between ("replacements worth an estimated $500 million"): the object is goods, valued.
     */
    private boolean goodsOfAValueAfter(Prose p, int at) {
        int end = Math.min(p.clauseEnd(at), at + 60);
        List<Quantity> after = p.quantitiesIn(at, end);
        if (after.isEmpty() || !figureItems.isMoney(after.get(0))) {
            return false;
        }
        String between = p.text.substring(at, after.get(0).start()).strip();
        if (between.isEmpty() || between.indexOf(',') >= 0) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < between.length(); i++) {
            words += between.charAt(i) == ' ' ? 1 : 0;
        }
        return words <= 3;
    }

    /**
     * True when the first figure after {@code at}, with at most two words before it ("some", "about"), counts
     * materiel ("flew in some 400 tonnes of munitions"), or the first or second word after it is materiel ("hurried in
     * more aircraft and some 40 tanks"): the verb and its particle carry goods, not a force; so does a first figure of
     * civilian staff ({@code civilian_staff}: "flew in 15 doctors and nurses"), given like goods.
     */
    boolean materielRightAfter(Prose p, int at) {
        Matcher noun = FIRST_WORDS.matcher(p.text).region(at, Math.min(p.text.length(), at + 40));
        if (noun.lookingAt() && (materiel.contains(noun.group(1).toLowerCase(Locale.ROOT))
                || noun.group(2) != null && materiel.contains(noun.group(2).toLowerCase(Locale.ROOT)))) {
            return true; // "hurried in more aircraft and some 40 tanks": materiel without a figure, first
        }
        int end = Math.min(p.clauseEnd(at), at + 40);
        List<Quantity> after = p.quantitiesIn(at, end);
        if (after.isEmpty()) {
            return false;
        }
        // "twelve 8-inch howitzers": a figure without a unit of its own counts the head of its noun phrase
        String unit = after.get(0).unit().isEmpty() ? FigureItem.phraseHead(p.text, after.get(0).end()) : after.get(0).unit();
        String head = unit.toLowerCase(Locale.ROOT);
        if (!materiel.contains(head) && !civilianStaff.contains(head)) {
            return false; // "flew in 15 doctors and nurses": civilian staff are carried in like goods, not a force
        }
        String between = p.text.substring(at, after.get(0).start()).strip();
        return between.isEmpty() || between.chars().allMatch(c -> Chars.isLetter((char) c) || c == ' ')
                && between.split(" ").length <= 2;
    }

    /** The first one or two lower-case words at a point (" more aircraft"). */
    private static final Pattern FIRST_WORDS = Pattern.compile("\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /** True when a figure of money stands in the clause of the word at {@code at}. */
    boolean moneyInClause(Prose p, int at) {
        return p.quantitiesIn(p.clauseStart(at), p.clauseEnd(at)).stream().anyMatch(figureItems::isMoney);
    }

    /** True when the last figure of the clause before {@code at} counts materiel ("400 tonnes of fuel were"). */
    boolean materielBefore(Prose p, int at) {
        List<Quantity> before = p.quantitiesIn(p.clauseStart(at), at);
        return !before.isEmpty()
                && materiel.contains(before.get(before.size() - 1).unit().toLowerCase(Locale.ROOT));
    }

    /**
     * True when a noun of a time ({@code time_nouns}) comes right after {@code k}, past at most three lower-case
     * words ("the same", "the following", "that"): "in the same year", "in the following spring", "in March".
     */
    private boolean timeAfter(String text, int k) {
        int at = k;
        for (int n = 0; n < 4; n++) {
            if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Chars.isLetter(text.charAt(at + 1))) {
                return false;
            }
            int j = Chars.letterRunEnd(text, at + 1, text.length());
            String w = text.substring(at + 1, j);
            if (timeNouns.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Chars.isLowerCase(w.charAt(0))) {
                return false;
            }
            at = j;
        }
        return false;
    }

    /** True when {@code [from, to)} holds at most one word, "early", "late" or "the". */
    private static boolean onlyDateOpeners(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        return between.isEmpty() || between.equals("early") || between.equals("late") || between.equals("the");
    }

    /**
     * True when one lower-case word follows the particle-like word ending at {@code k} and a figure comes right
     * after it, with at most words like "some" or "about" between: "in rotation some 320,000 troops".
     */
    private boolean prepositionalPhraseBeforeFigure(Prose p, int k) {
        String text = p.text;
        if (k + 1 >= text.length() || text.charAt(k) != ' ' || !Chars.isLowerCase(text.charAt(k + 1))) {
            return false;
        }
        int j = Chars.letterRunEnd(text, k + 1, text.length());
        String noun = text.substring(k + 1, j);
        if (TransferWords.NOT_AN_OBJECT.contains(noun) || give.contains(noun)) {
            return false;
        }
        List<Quantity> after = p.quantitiesIn(j, Math.min(text.length(), j + 40));
        if (after.isEmpty()) {
            return false;
        }
        int w = j;
        int words = 0;
        while (w < after.get(0).start()) {
            if (!Chars.isLetter(text.charAt(w))) {
                if (text.charAt(w) != ' ') {
                    return false; // "in turn, 300 …": punctuation ends the phrase
                }
                w++;
                continue;
            }
            int e = Chars.letterRunEnd(text, w, text.length());
            String word = text.substring(w, e);
            if (++words > 3 || word.equals("and") || word.equals("or") || !TransferWords.NOT_AN_OBJECT.contains(word)) {
                return false;
            }
            w = e;
        }
        return true;
    }

    /** "sent reinforcements", "sent fresh reinforcements": a side moving its own forces. */
    static boolean reinforcementsAfter(String text, int end) {
        int to = Math.min(text.length(), end + 30);
        String after = text.substring(end, to).toLowerCase(Locale.ROOT);
        if (after.isEmpty() || !Character.isWhitespace(after.charAt(0))) {
            return false;
        }
        int at = after.indexOf("reinforcements");
        if (at < 0 || at + 14 < after.length() && Chars.isLetterOrDigit(after.charAt(at + 14))) {
            return false;
        }
        // at most one word between the verb and "reinforcements"
        String between = after.substring(0, at).strip();
        if (between.isEmpty()) {
            return Character.isWhitespace(after.charAt(at - 1));
        }
        for (int i = 0; i < between.length(); i++) {
            if (!Chars.isLetterOrDigit(between.charAt(i)) && between.charAt(i) != '_') {
                return false;
            }
        }
        return Character.isWhitespace(after.charAt(at - 1));
    }
}
