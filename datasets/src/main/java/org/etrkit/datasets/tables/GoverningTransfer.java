package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TransferWords.NEXT_CLAUSE;
import static org.etrkit.datasets.tables.TransferWords.RELATIVE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The transfer word of {@link TransferWords#transfers} that governs a figure ({@link #transferFor}): the nearest verb
 * before it in its clause, else a noun, else a passive verb after it, but not across a relative clause or a source
 * ("Chinese statistics give …"); a list after a colon, "among them" or a restatement in brackets takes the clause
 * before. Moved unchanged out of {@link TransferWords}.
 */
final class GoverningTransfer {

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    }

    private final Set<String> give;
    private final Set<String> receive;
    /** "included", "consisted of" ({@code inclusion_verbs}). */
    private final Set<String> inclusion;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    private final Set<String> arrivalWords;
    /** "Chinese statistics give 10,800 experts": a source giving a figure is no transfer ({@code source_nouns}). */
    private final Set<String> sourceNouns;
    /** "the mission grew to 60 officers": a body of one side's people serving another ({@code mission_nouns}). */
    private final Set<String> missionNouns;

    GoverningTransfer(Lexicon lex) {
        this.give = lex.set("transfer_verbs");
        this.receive = lex.set("receive_verbs");
        this.inclusion = lex.set("inclusion_verbs");
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.arrivalWords = lex.set("arrival_verbs");
        this.sourceNouns = lex.set("source_nouns");
        this.missionNouns = lex.set("mission_nouns");
    }

    /** "with a Soviet ": a noun phrase opened by "with" that ends where the transfer noun stands. */
    private static final Pattern MEANS_BEFORE = Pattern.compile("\\bwith\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** " of ", " of about ": the figure right after a transfer noun ("a loan of 133 million rubles"). */
    private static final Pattern NOUN_OF = Pattern.compile("\\s+of\\s+(?:\\p{Ll}+\\s+)?");
    private static final Pattern LIST_OPENER = Pattern.compile(
            "\\s*(?:among them|among which|including|such as|notably|of which|in particular)\\b");

    /** True when a word of {@code [from, to)} is a source noun ("accounts", "estimates"). */
    private boolean namesASource(Prose p, int from, int to) {
        for (String w : Once.NOT_LETTERS.split(p.text.substring(from, to).toLowerCase(Locale.ROOT))) {
            if (sourceNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The transfer word governing {@code q}: the nearest verb before it in its clause (else noun), or a passive verb after it. */
    Transfer transferFor(Prose p, Quantity q, List<Transfer> all) {
        int cs = p.clauseStart(q.start());
        int listed = q.start(); // where a list of what the clause before gave begins ("; they included")
        int sentenceStart = p.sentence(p.sentenceIndex(q.start())).start();
        cs = ItemClauses.beforeAsides(p, cs, sentenceStart);
        if (cs > 0 && p.text.charAt(cs - 1) == ':' && !nounBefore(all, cs, q.start())) {
            // "handed over … depots: 700,000 rifles, …": the list after a colon; not a clause after the colon with a
            // transfer noun of its own ("…, so aid stayed small: Moscow's loans totalled 30 million rubles")
            cs = p.clauseStart(cs - 1);
        } else if (cs > 0 && p.text.charAt(cs - 1) == ';' && pronounIncluded(p.text, cs, q.start())) {
            listed = cs - 1;
            cs = p.clauseStart(cs - 1); // "deliveries peaked in 1981; they included 200 fighters": what was given before
        } else if (cs == sentenceStart && cs > 0 && pronounIncluded(p.text, cs, q.start())) {
            // "… had reached Iraq. They included some 1,000 tanks": the sentence lists what the sentence before gave
            int end = cs;
            while (end > 0 && Character.isWhitespace(p.text.charAt(end - 1))) {
                end--;
            }
            listed = Math.max(0, end - 1);
            cs = p.clauseStart(listed);
        } else if (cs > 0 && p.text.charAt(cs - 1) == ';' && GiftPhrases.restatesTheFigureBefore(p.text, cs, q.start())) {
            listed = cs - 1;
            cs = p.clauseStart(cs - 1); // "delivered arms worth $1.2 billion; the figure for 1981–1985 was $3.1 billion"
        } else if (cs > 0 && p.text.charAt(cs - 1) == ';' && namesASource(p, cs, q.start())) {
            // "handed over much of the army's stock; Chinese accounts give 300,000 rifles, …": a source's
            // count of what the clause before gave
            cs = p.clauseStart(cs - 1);
        }
        if (cs > 0 && (p.text.charAt(cs - 1) == '(' || LIST_OPENER.matcher(p.text).region(cs, q.start()).lookingAt())) {
            // "a credit of 520 million rubles (about US$130 million)", "supplied most of its weapons, among
            // them 60,000 rifles": a restatement or a list of what the clause before gave
            int before = cs - 1;
            int aside = cs;
            while (before > 0 && (p.text.charAt(before - 1) == ' ' || p.text.charAt(before - 1) == ',')) {
                before--;
            }
            cs = p.clauseStart(Math.max(0, before));
            if (cs > sentenceStart && p.text.charAt(cs - 1) == ')' && ItemClauses.datedAsideGap(p.text, cs, aside)) {
                // "credits followed in 1972 (about 30 million rubles), in 1974 (45 million rubles)": a list of years, each
                // with its sum in brackets, resumes the clause of the first
                cs = ItemClauses.beforeAsides(p, cs, sentenceStart);
            }
        }
        int ce = p.clauseEnd(q.end());
        int acronym = ItemClauses.shortFormEnd(p.text, ce);
        if (acronym > ce) {
            ce = p.clauseEnd(acronym); // "officers of the Military Advisory Group (KMAG) served with": a name's short form
        }
        int lo = TextBlock.lastStartingAtOrBefore(all.size(), i -> all.get(i).start(), cs - 1) + 1;
        Transfer best = null;
        Transfer bestVerb = null;
        boolean resumed = false;
        boolean people = personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                || aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT));
        for (int k = lo; k < all.size() && all.get(k).start() < ce; k++) {
            Transfer t = all.get(k);
            if (!people && missionNouns.contains(t.word())) {
                continue; // "the mission was financed from credits of $250 million": a mission counts people
            }
            if (t.start() < q.start()) {
                if (!people && t.kind() == Kind.SERVE && arrivalWords.contains(t.word())
                        && p.text.substring(t.end(), q.start()).strip().indexOf(' ') < 0) {
                    // "credits that reached $250 million": goods and money arrive before the verb; a figure right
                    // after it is a level, not an arrival ("arrived in May, and a further twelve in June" is one)
                    continue;
                }
                if (t.kind() == Kind.SERVE && arrivalWords.contains(t.word()) && levelReachedBefore(p, t, q)) {
                    // "trade reached $310 million, and about 1,500 workers were admitted": the verb's figure is the level
                    // it reached, and a figure of a later clause is not its
                    continue;
                }
                if (RELATIVE.matcher(p.text).region(t.end(), q.start()).find()) {
                    if (!ItemClauses.resumesAfterRelative(p.text, t.end(), q.start())) {
                        continue; // "lent the PLA 40 aircraft, which flew 3,200 soldiers": the relative clause's own figure
                    }
                    resumed = true; // "sent 700 advisers, who trained the militia, and some 300 doctors": the list goes on
                }
                if (t.kind() == Kind.GIVE && !t.passive() && TOTAL_TO.matcher(p.text).region(t.end(), q.start()).matches()) {
                    continue; // "brought the total of Soviet credits to $1.1 billion": a level, the noun names the gift
                }
                if (t.kind() == Kind.GIVE && appositiveParticiple(p.text, t, q.start())) {
                    continue; // "Orlov, sent to Urga in 1928, signed … a loan of 2 million": the participle describes him
                }
                if (t.kind() == Kind.NOUN && inParticipleAside(p.text, t, q.start())) {
                    continue; // "the station, built with Soviet credits in 1960, had four turbines": what it had, no gift
                }
                if (ownVerbBefore(p.text, t.end(), Math.max(t.end(), Math.min(listed, q.start())))) {
                    best = null; // "supplied 1,000 rifles, and instructors trained about 30 of them": not given
                    bestVerb = null;
                    continue;
                }
                best = t; // the nearest before the item
                if (t.kind() != Kind.NOUN) {
                    bestVerb = t;
                }
            } else if (t.kind() == Kind.SERVE && t.start() >= q.end() && GiftPhrases.apposedService(p.text, q.end(), t.start())) {
                return t; // "some 2,200 KATUSA soldiers, South Korean recruits serving in its ranks": whom they serve
            } else if (t.kind() == Kind.SERVE && best != null && t.start() >= q.end()
                    && NEXT_CLAUSE.matcher(p.text).region(best.end(), q.start()).find()
                    && !(resumed && RELATIVE.matcher(p.text).region(q.end(), t.start()).find())) {
                // "the envoy arrived with a staff of 30, and a group of specialists, no more than 12, advised the
                // fleet": the verb of the figure's own clause, not the one of the clause before
                return t;
            } else if (bestVerb == null && t.passive() || best == null && t.kind() == Kind.SERVE
                    || t.passive() && t.start() >= q.end() && t.start() - q.end() <= 1
                    || t.passive() && people && t.start() >= q.end() && nounPhraseOnly(p.text, q.end(), t.start())) {
                // "an advance party of 116 officers and enlisted men sent to advise the army": the participle after
                // the people's noun phrase governs them, not the verb before ("arrived with")
                // "Chinese statistics give 10,800 experts sent between …": the participle after the item governs
                return t; // "... were sent to China", "140 advisers worked with Chinese headquarters"
            } else if (bestVerb == null && t.kind() == Kind.NOUN && GiftPhrases.inNounAfter(p.text, q.end(), t.start())) {
                return t; // "Congress voted $40 million in military aid to Laos": the noun names what the money is
            } else if (t.kind() == Kind.NOUN && t.start() >= q.end() && ItemClauses.insideCapitalisedName(p.text, t)) {
                continue; // "officers of the Military Advisory Group served with": part of a name, read on
            } else if (t.kind() == Kind.NOUN && t.start() >= q.end() && t.start() - q.end() <= 1) {
                continue; // "the $500 million loan granted by Congress": the noun the figure qualifies, read on
            } else if (t.kind() == Kind.GIVE && !t.passive() && t.start() >= q.end() && contactRelative(p, q.end(), t.start())) {
                return t; // "the 4,000 guns the Soviet Union had shipped to the CPV": a relative clause without "that"
            } else if (t.kind() == Kind.GIVE && !t.passive() && t.start() >= q.end() && listedBeforeRelative(p, q.end(), t.start())) {
                return t; // "45 T-26 tanks and 36 field guns that the Soviet Union had shipped": the list shares the clause
            } else if (t.start() >= q.end()) {
                break;
            }
        }
        if (bestVerb != null && best != null && best.kind() == Kind.NOUN && best.start() > bestVerb.end()
                && MEANS_BEFORE.matcher(p.text).region(bestVerb.end(), best.start()).find()
                && NOUN_OF.matcher(p.text).region(best.end(), q.start()).matches()) {
            return best; // "financed the dam with a Soviet loan of 133 million rubles": the means, and its own giver
        }
        return bestVerb != null ? bestVerb : best; // "received credits for $250 million": the verb governs
    }

    /** True when a transfer noun of {@code all} starts in [{@code from}, {@code to}). */
    private static boolean nounBefore(List<Transfer> all, int from, int to) {
        for (Transfer t : all) {
            if (t.kind() == Kind.NOUN && t.start() >= from && t.start() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a figure other than {@code q} stands right after the verb of arrival {@code t} ("reached $310 million")
     * and a clause of its own ({@code NEXT_CLAUSE}) opens between it and {@code q}: the level the verb reached.
     */
    private static boolean levelReachedBefore(Prose p, Transfer t, Quantity q) {
        List<Quantity> after = p.quantitiesIn(t.end(), q.start());
        return !after.isEmpty() && p.text.substring(t.end(), after.get(0).start()).isBlank()
                && NEXT_CLAUSE.matcher(p.text).region(after.get(0).end(), q.start()).find();
    }

    /**
     * True when {@code [from, to)}, between a figure and an active verb, holds the figure's noun in lower case (one to
     * four words), then a name that ends right before the verb or its auxiliary ("had", "has", "have"): " artillery
     * pieces the Soviet Union had ", a relative clause without "that" whose subject gave the figure's items.
     */
    private static boolean contactRelative(Prose p, int from, int to) {
        Matcher m = CONTACT_RELATIVE.matcher(p.text).region(from, to);
        if (!m.matches()) {
            return false;
        }
        return nameEndsAt(p, from, to, m.start(1));
    }

    /**
     * True when {@code [from, to)}, between a figure and an active giving verb, holds its noun phrase, "and", one more
     * figure and its noun, then "that" or "which" and a name that ends right before the verb or its auxiliary ("45 T-26
     * and BT-5 tanks and 36 field guns that the Soviet Union had shipped"): the relative clause's subject gave every
     * item of the list, not only the last.
     */
    private static boolean listedBeforeRelative(Prose p, int from, int to) {
        List<Quantity> between = p.quantitiesIn(from, to);
        if (between.size() != 1 || !LISTED_BEFORE.matcher(p.text).region(from, between.get(0).start()).matches()) {
            return false;
        }
        Matcher m = RELATIVE_AFTER_LIST.matcher(p.text).region(between.get(0).end(), to);
        return m.matches() && nameEndsAt(p, from, to, m.start(1));
    }

    /** True when a name (not a group) or an actor in {@code [from, to)} ends at {@code nameEnd}. */
    private static boolean nameEndsAt(Prose p, int from, int to, int nameEnd) {
        for (Prose.Name n : p.namesIn(from, to)) {
            if (n.end() == nameEnd && !n.isGroup()) {
                return true;
            }
        }
        for (Prose.Actor a : p.actorsIn(from, to)) {
            if (a.end() == nameEnd) {
                return true;
            }
        }
        return false;
    }

    /** " and ", " tanks and ": the rest of a noun phrase without a clause mark, then "and" right before the next figure. */
    private static final Pattern LISTED_BEFORE = Pattern.compile("[^,;:()]{0,60}?\\sand\\s+");

    /** " that the Soviet Union had ": the rest of the noun, "that" or "which", the subject, the auxiliary (group 1). */
    private static final Pattern RELATIVE_AFTER_LIST = Pattern.compile(
            "[^,;:()]{0,40}?\\s+(?:that|which)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}'’ -]*?(\\s+(?:had|has|have)\\s+|\\s+)");

    /** " guns the Soviet Union had ": the noun in lower case, the subject (letters, spaces), the auxiliary (group 1). */
    private static final Pattern CONTACT_RELATIVE = Pattern.compile(
            "(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){1,4}\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}'’ -]*?(\\s+(?:had|has|have)\\s+|\\s+)");

    /** " the total of Soviet military credits to about ": a total a verb brings to the figure after "to". */
    private static final Pattern TOTAL_TO = Pattern.compile(
            "\\s+the\\s+(?:total|figure|sum)\\b[^,;]{0,60}?\\bto\\s+(?:\\p{Ll}+\\s+)?");

    /**
     * True when {@code [from, to)} holds one to five words in lower case and nothing else ("officers and enlisted men
     * "): the noun phrase of a figure up to the word after it.
     */
    private static boolean nounPhraseOnly(String text, int from, int to) {
        return NOUN_PHRASE.matcher(text).region(from, to).matches();
    }

    private static final Pattern NOUN_PHRASE = Pattern.compile("(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){1,5}\\s+");

    /**
     * True when the clause at {@code [from, to)} opens with "they" or "these" and a verb of inclusion ({@code
     * inclusion_verbs}: "they included", "These comprised"): its figures list what the clause or sentence before names.
     */
    private boolean pronounIncluded(String text, int from, int to) {
        Matcher m = PRONOUN_VERB.matcher(text).region(from, to);
        return m.lookingAt() && (inclusion.contains(m.group(1).toLowerCase(Locale.ROOT))
                || inclusion.contains(m.group(1).toLowerCase(Locale.ROOT) + " of"));
    }

    private static final Pattern PRONOUN_VERB = Pattern.compile("\\s*(?:[Tt]hey|[Tt]hese)\\s+(\\p{L}+)");

    /**
     * True when the transfer noun stands in a phrase set off by commas that a past participle and a preposition open
     * (", built with Soviet credits between 1960 and 1967,") and that closes before the figure at {@code to}: the
     * phrase describes the name before it, and the figure belongs to the clause that goes on.
     */
    private static boolean inParticipleAside(String text, Transfer t, int to) {
        int open = text.lastIndexOf(',', t.start());
        int close = text.indexOf(',', t.end());
        if (open < 0 || t.start() - open > 60 || close < 0 || close >= to) {
            return false;
        }
        Matcher m = PARTICIPLE_OPENING.matcher(text).region(open + 1, t.start());
        return m.lookingAt() && FigureItem.PREPOSITIONS.contains(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** " built with ", " financed by ": a past participle (group 1) and the word after it (group 2). */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("\\s*(\\p{Ll}+ed|built|made|paid|lent|given|sent)\\s+(\\p{L}+)\\b");

    /**
     * True when the transfer word is a participle opening a phrase set off by commas (", sent to Urga at the
     * head of a mission,") and that phrase closes before the figure at {@code to}: it describes the name before
     * it, and the figure belongs to the clause that goes on.
     */
    private static boolean appositiveParticiple(String text, Transfer t, int to) {
        String w = t.word();
        if (!(w.endsWith("ed") || w.equals("sent") || w.equals("lent") || w.equals("given") || w.equals("sold"))) {
            return false;
        }
        int k = t.start() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 1 || text.charAt(k) != ',' || !Chars.isLetter(text.charAt(k - 1))) {
            return false;
        }
        int n = t.end() + 1;
        int ne = Chars.letterRunEnd(text, n, text.length());
        if (n >= text.length() || text.charAt(t.end()) != ' ' || !FigureItem.PREPOSITIONS.contains(text.substring(n, ne))) {
            return false; // "…, for its part, delivered 600 rifles, 20 machine guns": the verb takes its objects
        }
        int close = text.indexOf(',', t.end());
        return close >= 0 && close < to;
    }

    /** Verbs of a level that a pronoun subject reaches ("it numbered about 80"): no clause of its own. */
    private static final Set<String> LEVEL_VERBS = Set.of("numbered", "totalled", "totaled", "peaked", "reached");

    /**
     * True when a clause of its own ("…, and instructors trained about 30", "… while a fund raised $3.5
     * million") begins between a transfer word ending at {@code from} and the figure at {@code to}, and a past
     * verb of that clause that is no transfer or receiving verb ("trained", "raised"; not "an estimated",
     * "donated") stands before the figure: no transfer word
     * stands there (the nearest one is before the clause), so the figure is that verb's, not a gift.
     */
    private boolean ownVerbBefore(String text, int from, int to) {
        Matcher m = NEXT_CLAUSE.matcher(text).region(from, to);
        int clause = -1;
        while (m.find()) {
            clause = m.end();
        }
        if (clause < 0) {
            return false;
        }
        String previous = "";
        int i = clause;
        while (i < to) {
            while (i < to && !Chars.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Chars.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i == start) {
                break;
            }
            String w = text.substring(start, i);
            if (w.length() >= 5 && w.endsWith("ed") && Chars.isLowerCase(w.charAt(0))
                    && !previous.equals("a") && !previous.equals("an") && !previous.equals("the")
                    && !give.contains(w) && !receive.contains(w)
                    && !((previous.equals("it") || previous.equals("they")) && LEVEL_VERBS.contains(w))) {
                return true; // not "…, and at its peak it numbered about 80": the pronoun counts what was given
            }
            previous = w.toLowerCase(Locale.ROOT);
        }
        return false;
    }
}
