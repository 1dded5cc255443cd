package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidTable.POINTED;
import static org.etrkit.datasets.tables.AidTable.UNNAMED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Sentence;

/**
 * The receiver of a transfer as the text names it for {@link TransferParties}: the object between an active verb and
 * its first item ("lent the Mongolian government", a pronoun "supplied it with", an unnamed "gave the rebels", a
 * definite unit "issued the Sibe battalion", whose side its earlier mention gives), the "to", "for" or "towards"
 * phrase after the items (not what money buys, "for the purchase of"), the object of a verb of help ("the loan
 * helped the government pay"), and a sea's name that is no party. Moved unchanged out of {@link TransferParties}.
 */
final class TransferReceivers {

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern LIST_END = Pattern.compile(".*[,;]\\s*(?:and\\s+)?$");
        static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");
        /** "a battalion of", "a total of some": an indefinite noun and "of" right before the figure, the item's measure. */
        static final Pattern MEASURE_OF = Pattern.compile("^an?\\s+(?:\\p{L}+\\s+){0,2}of(?:\\s+" + Hedges.WORD + ")?$");
    }

    /** "rebels", "guerrillas": a force without a name of its own ({@code irregular_nouns}). */
    private final Set<String> irregular;
    /** "purchase", "pay", "buy": a "to" or "for" phrase with them says what money buys ({@code purchase_words}). */
    private final Set<String> purchaseWords;
    /** "the Sibe battalion", "the new army": nouns of a unit whose side its earlier mention gives ({@code force_nouns}). */
    private final Set<String> forceNouns;
    /** "helped", "help": verbs whose object is the side a transfer serves ("the loan helped the government pay"). */
    private final Set<String> helpVerbs;
    /** "visit", "trip": a "to" phrase after one says where someone travelled, no receiver ({@code travel_nouns}). */
    private final Set<String> travelNouns;
    /** "Sea", "Ocean": a name right before one is part of a sea's name, no party ({@code water_nouns}). */
    private final Set<String> waterNouns;
    /** The subjects of transfer verbs and what pronouns point back to. */
    private final TransferSubjects transferSubjects;

    TransferReceivers(Lexicon lex, TransferSubjects transferSubjects) {
        this.irregular = lex.set("irregular_nouns");
        this.purchaseWords = lex.set("purchase_words");
        this.forceNouns = lex.set("force_nouns");
        this.helpVerbs = lex.set("help_verbs");
        this.waterNouns = lex.set("water_nouns");
        this.travelNouns = lex.set("travel_nouns");
        this.transferSubjects = transferSubjects;
    }

    /** A people's noun, then "to" and a verb: " firms to build", the subject of an infinitive after "for". */
    private static final Pattern INFINITIVE_SUBJECT = Pattern.compile("(?: (?-i:\\p{Ll})[\\p{L}-]*)? to (?-i:\\p{Ll})[\\p{L}-]*\\b(?<!\\bto the)");

    private static final Pattern TO = Pattern.compile("\\b(?:to|towards|toward|for) ((?:the |their |his |its )?)");

    /**
     * The side of the object of a verb of help ({@code help_verbs}) after the figure, in {@code [from, to)}: a name
     * right after it ("helped the Kuomintang"), else a definite noun that an earlier name ends in ("its $25 million
     * loan helped the government pay": the "Nationalist government"); null when there is none.
     */
    String helpedObject(Prose p, int from, int to, LocalDate day) {
        String text = p.text;
        int k = from;
        while (k < to) {
            while (k < to && !Chars.isLetter(text.charAt(k))) {
                k++;
            }
            int j = Chars.letterRunEnd(text, k, to);
            if (j == k) {
                return null;
            }
            if (helpVerbs.contains(text.substring(k, j).toLowerCase(Locale.ROOT))) {
                List<Prose.Name> names = p.namesIn(j, Math.min(to, j + 40));
                String between = names.isEmpty() ? null : p.text.substring(j, names.get(0).start()).strip();
                if (between != null && !names.get(0).isGroup() && (between.isEmpty() || between.equalsIgnoreCase("the"))) {
                    return transferSubjects.sideOf(names.get(0), day);
                }
                // "the government": the second word, or the third ("the new government")
                int w = j;
                for (int n = 0; n < 3 && w < to; n++) {
                    while (w < to && !Chars.isLetter(text.charAt(w))) {
                        w++;
                    }
                    w = Chars.letterRunEnd(text, w, to);
                    if (n >= 1 && w < text.length() && text.charAt(w) == ' ') {
                        String side = transferSubjects.definiteAntecedent(p, j, w + 1, day);
                        if (side != null) {
                            return side;
                        }
                    }
                }
                return null;
            }
            k = j;
        }
        return null;
    }

    /** The side of a name right after a verb, with at most an article between ("arming the Ili forces"), or null. */
    String objectRightAfter(Prose p, int from, int to, LocalDate day) {
        List<Prose.Name> names = p.namesIn(from, Math.min(to, from + 40));
        if (names.isEmpty() || names.get(0).isGroup()) {
            return null;
        }
        String between = p.text.substring(from, names.get(0).start()).strip().toLowerCase(Locale.ROOT);
        return between.isEmpty() || between.equals("the") ? transferSubjects.sideOf(names.get(0), day) : null;
    }

    /** "it a monthly allowance of": an object pronoun, then the item's noun phrase opened by "a" or "an". */
    private static boolean pronounBeforeItem(String lower) {
        return lower.startsWith("it a ") || lower.startsWith("it an ") || lower.startsWith("them a ")
                || lower.startsWith("them an ");
    }

    /** An object that is only a pronoun, with at most a preposition after it ("it with", "them"). */
    private static final Pattern POINTER = Pattern.compile("(?:it|them|him|her)(?:\\s+(?:with|by|in))?");

    /** The side of the object between an active verb and its first item ("lent the Mongolian government"). */
    String objectSide(Prose p, int from, int to, LocalDate day) {
        if (to <= from) {
            return null;
        }
        StringBuilder undated = new StringBuilder(p.text.substring(from, to));
        List<DateMention> ds = p.datesIn(from, to);
        for (int k = ds.size() - 1; k >= 0; k--) {
            DateMention d = ds.get(k);
            if (d.end() <= to) {
                undated.replace(d.start() - from, d.end() - from, " ");
            }
        }
        String between = undated.toString().strip();
        String lower = between.toLowerCase(Locale.ROOT);
        if (between.isEmpty() || lower.startsWith("to ") || lower.startsWith("for ")) {
            return null;
        }
        if (between.endsWith(",") || Once.LIST_END.matcher(lower).matches()) {
            return null; // "supplied drilling rigs, 200 trucks": a list of items, no recipient
        }
        String side = null;
        for (Prose.Name n : p.namesIn(from, to)) {
            if (!n.isGroup() && !TransferSubjects.POSSESSIVE.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 2)).lookingAt()) {
                side = transferSubjects.sideOf(n, day); // not "the Kwantung Army's captured stock": a possessor is no recipient
                break;
            }
        }
        if (side != null) {
            return side;
        }
        boolean noun = false;
        // "sent a battalion of 1,000 men": the formation the figure fills is the item, not a unit of the article's that receives
        boolean measure = Once.MEASURE_OF.matcher(lower).find();
        for (String w : Once.NOT_WORD.split(lower)) {
            noun |= !w.isEmpty() && !TransferWords.NOT_AN_OBJECT.contains(w);
            String byDefault = measure ? null : p.article.nounDefault(w);
            if (byDefault != null) {
                return byDefault; // "gave the rebels": the side the article gives its rebels
            }
        }
        String unit = definiteUnit(p, from, lower, day);
        if (unit != null) {
            return unit; // "issued the Sibe battalion 400 rifles": the side of the battalion raised before
        }
        if (noun && (POINTER.matcher(lower).matches() || pronounBeforeItem(lower))) {
            return POINTED; // "supplied it with", "paid it a monthly allowance of"
        }
        return noun ? UNNAMED : null; // "sent upwards of 10,000": no object, only a hedge
    }

    /**
     * The side of a definite unit that no name of a side marks ({@code phrase}: "the Sibe battalion", "the new
     * army", lower case), from its nearest earlier mention in the article, before {@code before} in {@code p} or in
     * an earlier block: the name of a side that holds that mention ("the Ili National Army"), else the nearest
     * such name before it in its sentence ("the Three Districts raised a Sibe cavalry battalion"), else the first
     * after it there; null when the phrase is no definite unit or its mention names no side.
     */
    private String definiteUnit(Prose p, int before, String phrase, LocalDate day) {
        if (!phrase.startsWith("the ")) {
            return null;
        }
        int last = phrase.length();
        String noun = "";
        while (last > 4) { // the last word that is no hedge ("the new army about")
            while (last > 0 && !Chars.isLetter(phrase.charAt(last - 1))) {
                last--;
            }
            int first = last;
            while (first > 0 && Chars.isLetter(phrase.charAt(first - 1))) {
                first--;
            }
            noun = phrase.substring(first, last);
            if (!TransferWords.NOT_AN_OBJECT.contains(noun)) {
                break;
            }
            last = first;
        }
        if (!forceNouns.contains(noun) || phrase.indexOf(',') >= 0 || phrase.indexOf(" and ") >= 0) {
            return null;
        }
        List<Prose> blocks = p.article.prose;
        int at = blocks.indexOf(p);
        int limit = before;
        for (int b = at; b >= 0; ) {
            Prose q = blocks.get(b);
            int o = lastWord(q.text, noun, limit);
            if (o < 0) {
                b--;
                limit = b >= 0 ? blocks.get(b).text.length() : 0;
                continue;
            }
            Sentence s = q.sentence(q.sentenceIndex(o));
            boolean inName = false;
            for (Prose.Name n : q.namesIn(s.start(), s.end())) {
                inName |= !n.isGroup() && n.start() <= o && o < n.end();
            }
            if (!inName && !indefinite(q, o)) {
                limit = o; // "sent rifles to the Tibetan army": a mention of it, not where it was formed; read on
                continue;
            }
            String after = null;
            String nearest = null;
            for (Prose.Name n : q.namesIn(s.start(), s.end())) {
                if (n.isGroup()) {
                    continue;
                }
                String side = transferSubjects.sideOf(n, day);
                if (n.start() <= o && o < n.end()) {
                    return side.equals("Other") ? null : side; // "the Ili National Army": the mention is a name
                }
                if (side.equals("Other")) {
                    continue;
                }
                if (n.end() <= o) {
                    nearest = side;
                } else if (after == null) {
                    after = side;
                }
            }
            return nearest != null ? nearest : after;
        }
        return null;
    }

    /** True when "a" or "an" opens the noun phrase of the noun at {@code o} ("raised a Sibe cavalry battalion"). */
    private static boolean indefinite(Prose q, int o) {
        List<String> words = q.wordsBefore(o, 4);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (w.equals("the") || w.length() == 1 && !Chars.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Where the last whole word {@code word} (lower case) starts in {@code text} before {@code before}, or -1. */
    private static int lastWord(String text, String word, int before) {
        int from = Math.min(before, text.length()) - word.length();
        while (from >= 0) {
            int o = text.regionMatches(true, from, word, 0, word.length()) ? from : -1;
            if (o >= 0 && (o == 0 || !Chars.isLetter(text.charAt(o - 1)))
                    && (o + word.length() >= text.length() || !Chars.isLetter(text.charAt(o + word.length())))) {
                return o;
            }
            from--;
        }
        return -1;
    }

    /** The words that make the "to" after them no receiver's: "according to", "due to", "owing to", "thanks to". */
    private static final Set<String> NOT_RECEIVING_TO = Set.of("according", "due", "owing", "thanks");

    /** " to " before a figure ("up to 90 engineers", "300 to 400 men") or after "up": a hedge or a range. */
    private static boolean opensAFigure(Prose p, int start, int at) {
        return at < p.text.length() && Character.isDigit(p.text.charAt(at)) || p.wordBefore(start).equals("up");
    }

    /** The side of "to Y" / "for Y" / "towards Y" after the items, or Other for a named party without a side. */
    String recipientAfter(Prose p, int from, int to, LocalDate day) {
        String rest = p.text.substring(from, Math.min(to, from + 160));
        Matcher m = TO.matcher(rest);
        while (m.find()) {
            int at = from + m.end();
            String pre = rest.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            if (paysFor(p.text, from + m.start(), at)) {
                continue; // "for the purchase of Soviet machinery", "to pay for Soviet lorries": what is bought, not who
            }
            if (pre.startsWith("to") && travelNouns.contains(p.wordBefore(from + m.start()))) {
                continue; // "after the premier's visit to Moscow": where someone went, not who received
            }
            if (pre.startsWith("to") && NOT_RECEIVING_TO.contains(p.wordBefore(from + m.start()))) {
                continue; // "according to later Soviet accounts", "owing to": a source or a cause, not who received
            }
            if (pre.startsWith("to") && opensAFigure(p, from + m.start(), at)) {
                continue; // "and up to 90 Soviet technicians", "from 300 to 400 men": a hedge or a range, not who received
            }
            List<Prose.Name> names = p.namesIn(from + m.start(1), Math.min(to, at + 60));
            if (!names.isEmpty() && names.get(0).start() - at < 25
                    && p.text.substring(Math.min(at, names.get(0).start()), names.get(0).start()).indexOf(',') < 0
                    && !StudyPlaces.qualifiesAnInstitution(p.text, at, names.get(0).start(), names.get(0).end())) {
                Prose.Name n = names.get(0);
                if (waterNounAfter(p.text, n.end())) {
                    return null; // "sent into the South China Sea": a sea's name is no party
                }
                if (pre.startsWith("for") && n.isGroup() && INFINITIVE_SUBJECT.matcher(p.text)
                        .region(n.end(), Math.min(p.text.length(), n.end() + 40)).lookingAt()) {
                    continue; // "provided for Korean firms to build a dam": the subject of "to build", not who receives
                }
                return n.isGroup() ? "Other" : transferSubjects.sideOf(n, day);
            }
            String word = rest.substring(m.end()).split("[^\\p{L}'’]+", 2)[0];
            if (!word.isEmpty() && (Chars.isUpperCase(word.charAt(0)) || pre.contains("their")
                    || pre.contains("his") || pre.contains("its"))) {
                // "to Ghulja", "to their allies"; "toward its upkeep" points at a body, the article's counterpart
                return !Chars.isUpperCase(word.charAt(0)) && pre.contains("its") ? POINTED : UNNAMED;
            }
            if (pre.strip().equals("to") && (word.equals("it") || word.equals("them"))) {
                return POINTED; // "seconded a dozen instructors to it"
            }
            if (irregular.contains(word)) {
                // "to the rebels": the force an earlier name ends in ("the Ili rebels"), else a party without a name
                int end = from + m.end() + word.length();
                String side = end < p.text.length() ? transferSubjects.definiteAntecedent(p, from, end + 1, day) : null;
                return side != null ? side : UNNAMED;
            }
        }
        return null;
    }

    /**
     * True for a "to" or "for" phrase at {@code [start, at)} that says what money buys ({@code purchase_words}): "for
     * the purchase of …", "to pay for …", "to buy …".
     */
    private boolean paysFor(String text, int start, int at) {
        int k = Chars.letterRunEnd(text, at, text.length());
        if (purchaseWords.contains(text.substring(at, k).toLowerCase(Locale.ROOT))) {
            return true; // "for the purchase of", "to pay for", "to buy"
        }
        if (!text.startsWith("for", start)) {
            return false;
        }
        int j = start - 1;
        while (j > 0 && text.charAt(j) == ' ') {
            j--;
        }
        int i = j + 1;
        while (i > 0 && Chars.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return purchaseWords.contains(text.substring(i, j + 1).toLowerCase(Locale.ROOT));
    }

    /** True when a word of {@code water_nouns} ("Sea") follows the name ending at {@code end}. */
    boolean waterNounAfter(String text, int end) {
        String w = ArticleContext.nextWord(text, end);
        return w != null && Chars.isUpperCase(text.charAt(end + 1)) && waterNouns.contains(w);
    }
}
