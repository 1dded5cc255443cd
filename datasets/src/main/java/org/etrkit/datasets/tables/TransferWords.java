package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.TextBlock;

/**
 * The transfers of a block of prose: each transfer verb or noun of the lexicon ("supplied", "lent", "received",
 * "were sent", "deliveries"), with its kind ({@link Kind}) and voice (a passive, or a reduced passive "experts
 * sent"); verbs of one side moving its own forces ("sent in troops", "sent reinforcements") and parts of compounds
 * ("Lend-Lease") are none. {@link #transferFor} finds the transfer that governs a figure: the nearest verb before
 * it in its clause, else a noun, else a passive verb after it, but not across a relative clause or a source
 * ("Chinese statistics give …").
 */
final class TransferWords {

    /** A transfer word in the text: where it stands, what it is, and whether it is passive ("were sent"). */
    record Transfer(int start, int end, String word, Kind kind, boolean passive) {
    }

    /**
     * GIVE: "sent", "supplied"; RECEIVE: "received"; NOUN: "deliveries", "a credit"; REINFORCE: "reinforced";
     * SERVE: personnel of one side serving another ("served with", "worked with", "passed through", "arrived in").
     */
    enum Kind { GIVE, RECEIVE, NOUN, REINFORCE, SERVE }

    /**
     * A comma and a relative pronoun: the start of a relative clause, whose figures are not items of the
     * transfer before it ("lent 40 aircraft, which flew 3,200 soldiers"), unless it lists what was given
     * ("Red Army units, that included up to 500 officers").
     */
    static final Pattern RELATIVE = Pattern.compile(
            ",\\s+(?:which|who|whose|that)\\b(?!\\s+(?:included|include|includes|comprised|consisted)\\b)");
    /** A comma and a conjunction after an item: a clause of its own, whose names are parties of another event. */
    static final Pattern NEXT_CLAUSE = Pattern.compile(
            ";|,\\s+(?:and|but|while|whereas)\\s|\\s(?:when|because|although|though|whereas|while|until)\\s");
    /** "with a Soviet ": a noun phrase opened by "with" that ends where the transfer noun stands. */
    private static final Pattern MEANS_BEFORE = Pattern.compile("\\bwith\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** " of ", " of about ": the figure right after a transfer noun ("a loan of 133 million rubles"). */
    private static final Pattern NOUN_OF = Pattern.compile("\\s+of\\s+(?:\\p{Ll}+\\s+)?");
    private static final Pattern LIST_OPENER = Pattern.compile(
            "\\s*(?:among them|among which|including|such as|notably|of which|in particular)\\b");

    /** The longest word {@link #transfers} looks up. */
    static final int LONGEST_WORD = 14;

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    }

    private static final Set<String> PASSIVE_BEFORE = Set.of("was", "were", "been", "being");
    private final Set<String> give;
    private final Set<String> materiel;
    /** "flew", "flown": a transfer only before "in" and goods ("flew in 400 tonnes of munitions"). */
    private final Set<String> carryIn;
    /** "released" ({@code release_verbs}): a transfer only right before "to" ("released to China 100 fighters"). */
    private final Set<String> releaseVerbs;
    /** "included", "consisted of" ({@code inclusion_verbs}). */
    private final Set<String> inclusion;
    private final Set<String> receive;
    private final Set<String> nouns;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    /** {@link #personnel} and {@link #aidPersonnel}: units that count people. */
    final Set<String> people;
    private final Set<String> pronouns;
    private final List<String> service;
    /** "help build", "helped with": giving help to build what is counted ("help build 304 enterprises"). */
    private final List<String> assist;
    private final Set<String> arrivalWords;
    /** "Chinese statistics give 10,800 experts": a source giving a figure is no transfer ({@code source_nouns}). */
    private final Set<String> sourceNouns;
    /** "sent in", "sent up": a verb with a particle moves a side's own forces ({@code verb_particles}). */
    private final Set<String> verbParticles;
    /** Words that follow a participle with no object: a direction or a route ("shipped north", "sent via"). */
    private final Set<String> participleComplements;
    /** "the mission grew to 60 officers": a body of one side's people serving another ({@code mission_nouns}). */
    private final Set<String> missionNouns;
    /** "committed", "disbursed" ({@code sum_verbs}): a transfer only in a clause with a figure of money. */
    private final Set<String> sumVerbs;
    private final Pattern passive;
    /** {@code transferShapes[n][c]}: some ASCII transfer word has n letters and starts with c. */
    private final boolean[][] transferShapes = new boolean[LONGEST_WORD + 1][128];
    /** The words {@link #transfers} looks up, for ASCII words looked up where they stand. */
    private final PhraseMatcher.WordTable<Boolean> lookedUp;
    /** The item, unit and currency of a figure. */
    private final FigureItem figureItems;

    TransferWords(Lexicon lex, Pattern passive, FigureItem figureItems) {
        this.give = lex.set("transfer_verbs");
        this.receive = lex.set("receive_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.materiel = lex.set("materiel");
        this.carryIn = lex.set("carry_in_verbs");
        this.releaseVerbs = lex.set("release_verbs");
        Set<String> both = new java.util.HashSet<>(personnel);
        both.addAll(aidPersonnel);
        this.people = Set.copyOf(both);
        this.pronouns = lex.set("pronoun_subjects");
        this.inclusion = lex.set("inclusion_verbs");
        this.service = lex.list("service_verbs").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        // the words transfers() looks up: transfer words, and the first word of each service phrase
        List<String> looked = new ArrayList<>(give);
        looked.addAll(receive);
        looked.addAll(nouns);
        looked.addAll(carryIn);
        looked.addAll(releaseVerbs);
        looked.addAll(lex.set("sum_verbs"));
        looked.addAll(lex.set("mission_nouns"));
        service.forEach(phrase -> looked.add(phrase.split(" ", 2)[0]));
        this.assist = lex.list("assist_phrases").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        assist.forEach(phrase -> looked.add(phrase.split(" ", 2)[0]));
        Map<String, Boolean> words = new java.util.LinkedHashMap<>();
        for (String w : looked) {
            if (!w.isEmpty() && w.length() <= LONGEST_WORD && w.chars().allMatch(c -> c < 128)) {
                transferShapes[w.length()][w.charAt(0)] = true;
            }
            words.put(w, Boolean.TRUE);
        }
        this.lookedUp = new PhraseMatcher.WordTable<>(words);
        this.arrivalWords = lex.set("arrival_verbs");
        this.sourceNouns = lex.set("source_nouns");
        this.verbParticles = lex.set("verb_particles");
        this.participleComplements = lex.set("participle_complements");
        this.missionNouns = lex.set("mission_nouns");
        this.sumVerbs = lex.set("sum_verbs");
        this.passive = passive;
        this.figureItems = figureItems;
    }

    /** Every transfer word of the block, in order: one pass over its text. */
    List<Transfer> transfers(Prose p) {
        List<Transfer> out = new ArrayList<>();
        String text = p.text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = Chars.letterRunEnd(text, i, n);
            if (j - i >= 3 && j - i <= LONGEST_WORD && !compoundPart(text, i, j) && mayBeTransferWord(text, i, j)) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                String phrase = servicePhrase(service, text, w, j);
                String help = phrase == null ? servicePhrase(assist, text, w, j) : null;
                if (phrase != null && arrivalWords.contains(phrase) && serviceVerbAt(text, j + phrase.length() - w.length())) {
                    // "went to serve with the Chinese Air Force": the service verb after it governs, not an arrival
                } else if (phrase != null) {
                    out.add(new Transfer(i, j, phrase, Kind.SERVE, false));
                } else if (help != null) {
                    out.add(new Transfer(i, j, help, Kind.GIVE, false));
                } else if (nouns.contains(w) && give.contains(w) && (lastWordBefore(p, i) || nounAfterPreposition(p, i)
                        || w.endsWith("s") && pluralAfterModifier(p, i))) {
                    // "arranged a further grant of …", "most of it in grants", "sent 22 tonnes of medical supplies": the noun
                    out.add(new Transfer(i, j, w, Kind.NOUN, false));
                } else if (releaseVerbs.contains(w) && text.startsWith(" to ", j)
                        && !PASSIVE_BEFORE.contains(p.wordBefore(i).toLowerCase(Locale.ROOT))) {
                    // "the administration released to it 100 fighters": passed on; "released 2,000 prisoners" frees them
                    out.add(new Transfer(i, j, w, Kind.GIVE, false));
                } else if (carryIn.contains(w) && text.startsWith(" in", j) && (j + 3 == n
                        || !Chars.isLetter(text.charAt(j + 3)))) {
                    // "flew in 400 tonnes of munitions", "400 tonnes were flown in": goods carried in; men flown
                    // in are a force moved
                    boolean pass = PASSIVE_BEFORE.contains(p.wordBefore(i).toLowerCase(Locale.ROOT));
                    if (pass ? materielBefore(p, i) : materielRightAfter(p, j + 3)) {
                        out.add(new Transfer(i, j, w, Kind.GIVE, pass));
                    }
                } else if ((give.contains(w) || sumVerbs.contains(w) && moneyInClause(p, i)) // "committed two regiments": no gift
                        && !particleAfter(p, j) && !reinforcementsAfter(text, j)
                        && !sourceNouns.contains(p.wordBefore(i))
                        && !REFLEXIVE_AFTER.matcher(text).region(j, Math.min(n, j + 16)).lookingAt()) {
                    // not "gave himself up", "handed themselves over": a surrender, no gift
                    // "was supplying", "were handing": a verb in -ing after "was" is in progress, not passive
                    boolean pass = !w.endsWith("ing") && (passive.matcher(text.substring(Math.max(0, i - 28), j)).find()
                            || reducedPassive(p, i, j) || passiveJoined(p, out, i, w));
                    Kind kind = w.equals("strengthened") || w.equals("reinforced") ? Kind.REINFORCE : Kind.GIVE;
                    out.add(new Transfer(i, j, w, kind, pass));
                } else if (receive.contains(w) && !toBeBefore(text, i)) {
                    // "a credit of $300 million, to be drawn in instalments of $60 million": the terms of what the verb
                    // before gave, not a receiving of its own
                    out.add(new Transfer(i, j, w, Kind.RECEIVE, false));
                } else if (nouns.contains(w) || missionNouns.contains(w)) {
                    out.add(new Transfer(i, j, w, Kind.NOUN, false));
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * True when the participle {@code w} at {@code at} follows "and" and a passive giving verb before it in its clause,
     * ("the navy was lent four destroyers and given some two dozen landing ships"): it shares that verb's auxiliary.
     */
    private static boolean passiveJoined(Prose p, List<Transfer> before, int at, String w) {
        if (before.isEmpty() || !(w.endsWith("ed") || w.endsWith("en") || w.equals("sent") || w.equals("lent"))) {
            return false;
        }
        Transfer last = before.get(before.size() - 1);
        List<String> word = p.wordsBefore(at, 1);
        return last.passive() && last.kind() == Kind.GIVE && !word.isEmpty() && word.get(0).equals("and")
                && at - last.end() <= 60 && !NEXT_CLAUSE_MARK.matcher(p.text).region(last.end(), at).find();
    }

    private static final Pattern NEXT_CLAUSE_MARK = Pattern.compile("[,;:]");

    /** A reflexive pronoun right after a verb ("gave himself up"): the subject gives itself, nothing to another. */
    private static final Pattern REFLEXIVE_AFTER = Pattern.compile("\\s+(?:himself|herself|themselves|itself)\\b");

    /** True when "to be" stands right before {@code at} ("to be drawn"). */
    private static boolean toBeBefore(String text, int at) {
        return at >= 6 && text.regionMatches(true, at - 6, "to be ", 0, 6);
    }

    /** "Lend-Lease", "Soviet-supplied": a part of a hyphenated compound is no verb or noun of its own. */
    static boolean compoundPart(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '-' || end < text.length() && text.charAt(end) == '-';
    }

    /** True when a service phrase that is no arrival starts at the word after {@code end}. */
    private boolean serviceVerbAt(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int k = Chars.letterRunEnd(text, end + 1, text.length());
        String phrase = servicePhrase(service, text, text.substring(end + 1, k).toLowerCase(Locale.ROOT), k);
        return phrase != null && !arrivalWords.contains(phrase);
    }

    /**
     * The service phrase of the lexicon that starts with word {@code w} (ending at {@code end}): "served"
     * alone, or "passed" only in "passed through"; else null.
     */
    private static String servicePhrase(List<String> phrases, String text, String w, int end) {
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            if (space < 0 ? phrase.equals(w)
                    : phrase.substring(0, space).equals(w) && text.regionMatches(true, end, phrase.substring(space),
                            0, phrase.length() - space)) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * False when the letters {@code text[i, j)} cannot be a transfer word, judged without making a
     * string: an ASCII word in lower case keeps its length and starts with its first letter in lower
     * case, and is its letters' ASCII lower case, which must be a word {@link #transfers} looks up.
     * Other words are not judged here (true).
     */
    private boolean mayBeTransferWord(String text, int i, int j) {
        for (int k = i; k < j; k++) {
            if (text.charAt(k) >= 128) {
                return true;
            }
        }
        return transferShapes[j - i][Character.toLowerCase(text.charAt(i))] && lookedUp.get(text, i, j, true) != null;
    }

    /**
     * A participle right after the noun it qualifies, with no object after it ("credits extended by Moscow",
     * "10,800 experts sent between 1950 and 1960", "Wool shipped north"): a passive without an auxiliary.
     * Not after a name or pronoun ("Moscow shipped"), nor before an object ("arats donated in excess of").
     */
    private boolean reducedPassive(Prose p, int i, int j) {
        String text = p.text;
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (!(w.endsWith("ed") || w.equals("sent") || w.equals("lent") || w.equals("given") || w.equals("sold"))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k > 0 && text.charAt(k) == ',') {
            return itemsBeforeComma(p, k, j); // "10 trawlers, handed over in 1975 to the ministry"
        }
        if (k < 0 || !Chars.isLetter(text.charAt(k))) {
            return false;
        }
        int ws = k;
        while (ws > 0 && Chars.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        String prev = text.substring(ws, k + 1).toLowerCase(Locale.ROOT);
        if (pronouns.contains(prev) || NOT_A_NOUN.contains(prev) || prev.endsWith("ly") || !p.namesIn(ws, k + 1).isEmpty()
                || Chars.isUpperCase(text.charAt(ws)) && !p.atSentenceStart(ws)) {
            return false;
        }
        Matcher next = NEXT_WORDS.matcher(text).region(j, Math.min(text.length(), j + 30));
        if (!next.lookingAt()) {
            return j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == ';'); // "… credits granted, …"
        }
        String first = next.group(1).toLowerCase(Locale.ROOT);
        String second = next.group(2) == null ? "" : next.group(2);
        return first.equals("by") || participleComplements.contains(first)
                || (first.equals("in") || first.equals("during") || first.equals("from") || first.equals("between"))
                && (second.isEmpty() ? false : Character.isDigit(second.charAt(0)) || second.equals("the"));
    }

    /**
     * True when the comma at {@code comma} follows a noun of materiel or people in lower case ("10 trawlers") and the
     * participle that ends at {@code end} after it goes on with "by", "to", a date or a direction, after "over" where
     * that stands first ("10 trawlers, handed over in 1975 to the ministry"): a reduced passive set off by a comma that
     * says how the items were given.
     */
    private boolean itemsBeforeComma(Prose p, int comma, int end) {
        String text = p.text;
        int e = Chars.backOverSpaces(text, comma);
        int b = Chars.letterRunStart(text, e);
        if (b >= e || !Character.isLowerCase(text.charAt(b))) {
            return false;
        }
        String noun = text.substring(b, e);
        if (!materiel.contains(noun) && !people.contains(noun)) {
            return false;
        }
        int from = text.startsWith(" over", end) && (end + 5 == text.length() || !Chars.isLetter(text.charAt(end + 5)))
                ? end + 5 : end;
        Matcher next = NEXT_WORDS.matcher(text).region(from, Math.min(text.length(), from + 30));
        if (!next.lookingAt()) {
            return false;
        }
        String first = next.group(1).toLowerCase(Locale.ROOT);
        String second = next.group(2) == null ? "" : next.group(2);
        return first.equals("by") || first.equals("to") || participleComplements.contains(first)
                || (first.equals("in") || first.equals("during") || first.equals("from") || first.equals("between"))
                && !second.isEmpty() && (Character.isDigit(second.charAt(0)) || second.equals("the"));
    }

    /**
     * True when a word in lower case that is no pronoun nor adverb stands right before {@code at} ("medical supplies",
     * "outright grants"): a form in -s there is a plural noun, not a verb of a subject ("it supplies", "Moscow grants").
     */
    private static boolean pluralAfterModifier(Prose p, int at) {
        List<String> before = p.wordsBefore(at, 1);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(0);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !SUBJECT_WORDS.contains(w) && !w.endsWith("ly") && !NOT_A_NOUN.contains(w);
    }

    private static final Set<String> SUBJECT_WORDS = Set.of("it", "he", "she", "they", "which", "who", "that", "also",
            "this", "one", "each");

    /** True when "in", "of", "as" or "by" stands right before {@code at} ("in grants"): a verb form there is a noun. */
    private static boolean nounAfterPreposition(Prose p, int at) {
        List<String> before = p.wordsBefore(at, 1);
        return !before.isEmpty() && NOUN_PREPOSITIONS.contains(before.get(0));
    }

    private static final Set<String> NOUN_PREPOSITIONS = Set.of("in", "of", "as", "by");

    private static boolean lastWordBefore(Prose p, int at) {
        List<String> before = p.wordsBefore(at, 1);
        return !before.isEmpty() && FigureItem.DETERMINERS.contains(before.get(0));
    }

    private static final Pattern NEXT_WORDS = Pattern.compile("\\s+([\\p{L}\\d$]+)(?:\\s+([\\p{L}\\d]+))?");

    /** Words after which a participle is an active verb, not a reduced passive. */
    static final Set<String> NOT_A_NOUN = Set.of("had", "has", "have", "was", "were", "is", "are", "be",
            "been", "and", "or", "but", "then", "also", "which", "who", "that", "later", "first", "not", "never",
            "once", "further", "again", "jointly", "together", "the", "a", "an");

    /** "sent in", "sent up", "brought forward": a verb with a particle moves a side's own forces. */
    private boolean particleAfter(Prose p, int end) { // "sent in troops", but not "sent in 1950"
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
     * more aircraft and some 40 tanks"): the verb and its particle carry goods, not a force.
     */
    private boolean materielRightAfter(Prose p, int at) {
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
        if (!materiel.contains(unit.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String between = p.text.substring(at, after.get(0).start()).strip();
        return between.isEmpty() || between.chars().allMatch(c -> Chars.isLetter((char) c) || c == ' ')
                && between.split(" ").length <= 2;
    }

    /** The first one or two lower-case words at a point (" more aircraft"). */
    private static final Pattern FIRST_WORDS = Pattern.compile("\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /** True when a figure of money stands in the clause of the word at {@code at}. */
    private boolean moneyInClause(Prose p, int at) {
        return p.quantitiesIn(p.clauseStart(at), p.clauseEnd(at)).stream().anyMatch(figureItems::isMoney);
    }

    /** True when the last figure of the clause before {@code at} counts materiel ("400 tonnes of fuel were"). */
    private boolean materielBefore(Prose p, int at) {
        List<Quantity> before = p.quantitiesIn(p.clauseStart(at), at);
        return !before.isEmpty()
                && materiel.contains(before.get(before.size() - 1).unit().toLowerCase(Locale.ROOT));
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
        if (NOT_AN_OBJECT.contains(noun) || give.contains(noun)) {
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
            if (++words > 3 || word.equals("and") || word.equals("or") || !NOT_AN_OBJECT.contains(word)) {
                return false;
            }
            w = e;
        }
        return true;
    }

    /** "sent reinforcements", "sent fresh reinforcements": a side moving its own forces. */
    private static boolean reinforcementsAfter(String text, int end) {
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

    static final Set<String> NOT_AN_OBJECT = Set.of("the", "a", "an", "some", "about", "around", "over",
            "upwards", "nearly", "almost", "roughly", "approximately", "more", "than", "up", "to", "as", "many",
            "no", "fewer", "less", "at", "least", "most", "estimated", "of", "with", "for", "in", "also", "further",
            "another", "only", "just", "in all", "total", "a total", "its", "their", "his", "from", "between",
            "during", "until", "by", "and", "all");

    /** The transfer word governing {@code q}: the nearest verb before it in its clause (else noun), or a passive verb after it. */
    /** True when a word of {@code [from, to)} is a source noun ("accounts", "estimates"). */
    private boolean namesASource(Prose p, int from, int to) {
        for (String w : Once.NOT_LETTERS.split(p.text.substring(from, to).toLowerCase(Locale.ROOT))) {
            if (sourceNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    Transfer transferFor(Prose p, Quantity q, List<Transfer> all) {
        int cs = p.clauseStart(q.start());
        int listed = q.start(); // where a list of what the clause before gave begins ("; they included")
        int sentenceStart = p.sentence(p.sentenceIndex(q.start())).start();
        cs = ItemClauses.beforeAsides(p, cs, sentenceStart);
        if (cs > 0 && p.text.charAt(cs - 1) == ':') {
            cs = p.clauseStart(cs - 1); // "handed over … depots: 700,000 rifles, …": the list after a colon
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
        int nameEnd = m.start(1);
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

    /**
     * True when a clause of its own ("…, and instructors trained about 30", "… while a fund raised $3.5
     * million") begins between a transfer word ending at {@code from} and the figure at {@code to}, and a past
     * verb of that clause that is no transfer or receiving verb ("trained", "raised"; not "an estimated",
     * "donated") stands before the figure: no transfer word
     * stands there (the nearest one is before the clause), so the figure is that verb's, not a gift.
     */
    /** Verbs of a level that a pronoun subject reaches ("it numbered about 80"): no clause of its own. */
    private static final Set<String> LEVEL_VERBS = Set.of("numbered", "totalled", "totaled", "peaked", "reached");

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
