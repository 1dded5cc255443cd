package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * The transfers of a block of prose: each transfer verb or noun of the lexicon ("supplied", "lent", "received",
 * "were sent", "deliveries"), with its kind ({@link Kind}) and voice (a passive, or a reduced passive "experts
 * sent"); verbs of one side moving its own forces ("sent in troops", "sent reinforcements") and parts of compounds
 * ("Lend-Lease") are none ({@link OwnForceMoves}). {@link #transferFor} finds the transfer that governs a figure
 * ({@link GoverningTransfer}): the nearest verb before it in its clause, else a noun, else a passive verb after it,
 * but not across a relative clause or a source ("Chinese statistics give …").
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

    /** The longest word {@link #transfers} looks up. */
    static final int LONGEST_WORD = 14;

    private static final Set<String> PASSIVE_BEFORE = Set.of("was", "were", "been", "being");
    private final Set<String> give;
    private final Set<String> materiel;
    /** "flew", "flown": a transfer only before "in" and goods ("flew in 400 tonnes of munitions"). */
    private final Set<String> carryIn;
    /** "released" ({@code release_verbs}): a transfer only right before "to" ("released to China 100 fighters"). */
    private final Set<String> releaseVerbs;
    /** "another ten fighters followed in 1971": items that followed, given like a passive without an agent. */
    private final FollowingItems following;
    private final Set<String> receive;
    private final Set<String> nouns;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    /** {@link #personnel} and {@link #aidPersonnel}: units that count people. */
    final Set<String> people;
    private final Set<String> pronouns;
    private final List<String> service;
    /** "support", "backing": a transfer noun only right after a side's name ({@code backing_nouns}). */
    private final Set<String> backing;
    /** "flew 1,200 tons of fuel … to the armies": goods carried to a receiver ({@link GoodsFlownTo}). */
    private final GoodsFlownTo flown;
    /** "help build", "helped with": giving help to build what is counted ("help build 304 enterprises"). */
    private final List<String> assist;
    private final Set<String> arrivalWords;
    /** "Chinese statistics give 10,800 experts": a source giving a figure is no transfer ({@code source_nouns}). */
    private final Set<String> sourceNouns;
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
    /** Whether a giving verb moves a side's own force or carries goods in ("sent in troops", "flew in 400 tonnes"). */
    private final OwnForceMoves moves;
    /** The transfer word that governs a figure ({@link #transferFor}). */
    private final GoverningTransfer governing;

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
        this.backing = lex.set("backing_nouns");
        this.service = lex.list("service_verbs").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        // the words transfers() looks up: transfer words, and the first word of each service phrase
        List<String> looked = new ArrayList<>(give);
        looked.addAll(receive);
        looked.addAll(nouns);
        looked.addAll(carryIn);
        looked.addAll(releaseVerbs);
        looked.addAll(lex.set("sum_verbs"));
        looked.add("followed");
        looked.addAll(lex.set("mission_nouns"));
        looked.addAll(backing);
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
        this.participleComplements = lex.set("participle_complements");
        this.missionNouns = lex.set("mission_nouns");
        this.sumVerbs = lex.set("sum_verbs");
        this.passive = passive;
        this.moves = new OwnForceMoves(lex, figureItems);
        this.governing = new GoverningTransfer(lex);
        this.following = new FollowingItems(lex);
        this.flown = new GoodsFlownTo(lex);
    }

    /**
     * True when a name with a side ends right before {@code at}, or before "'s" there: "Soviet support", "Moscow's
     * backing"; not "artillery support", "in support of".
     */
    private static boolean sideRightBefore(Prose p, int at) {
        List<Prose.Name> names = p.namesIn(Math.max(0, at - 60), at);
        if (names.isEmpty()) {
            return false;
        }
        Prose.Name n = names.get(names.size() - 1);
        String gap = p.text.substring(n.end(), at);
        return !n.isGroup() && !n.side().side().equals("Other") && (gap.equals(" ") || gap.equals("'s ") || gap.equals("’s "));
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
                    if (pass ? moves.materielBefore(p, i) : moves.materielRightAfter(p, j + 3)) {
                        out.add(new Transfer(i, j, w, Kind.GIVE, pass));
                    }
                } else if (flown.flownTo(p, w, j)) {
                    out.add(new Transfer(i, j, w, Kind.GIVE, false)); // "flew 1,200 tons of fuel over the mountains to …"
                } else if ((give.contains(w) || sumVerbs.contains(w) && moves.moneyInClause(p, i)) // "committed two regiments": no gift
                        && !seekingTurn(text, w, j)
                        && !moves.particleAfter(p, j) && !OwnForceMoves.reinforcementsAfter(text, j)
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
                } else if (following.itemsFollowed(p, i, j)) {
                    out.add(new Transfer(i, j, w, Kind.GIVE, true)); // "another ten fighters followed early in 1971"
                } else if (nouns.contains(w) || missionNouns.contains(w)) {
                    out.add(new Transfer(i, j, w, Kind.NOUN, false));
                } else if (backing.contains(w) && sideRightBefore(p, i)) {
                    out.add(new Transfer(i, j, w, Kind.NOUN, false)); // "Soviet support was real but limited": a side's aid
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

    /**
     * True when "turned" at {@code end} is followed by "to" ("Borduria turned to Moscow for arms"): the subject seeks a
     * giver and gives the name after "to" nothing; "turned over to" gives. The giver's relative clause ("turned to Italy,
     * which supplied 30 tanks") is read from the text by {@link RelativeGivers} and {@link TransferParties}.
     */
    static boolean seekingTurn(String text, String w, int end) {
        return w.equals("turned") && text.startsWith(" to ", end);
    }

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


    static final Set<String> NOT_AN_OBJECT = Set.of("the", "a", "an", "some", "about", "around", "over",
            "upwards", "nearly", "almost", "roughly", "approximately", "more", "than", "up", "to", "as", "many",
            "no", "fewer", "less", "at", "least", "most", "estimated", "of", "with", "for", "in", "also", "further",
            "another", "only", "just", "in all", "total", "a total", "its", "their", "his", "from", "between",
            "during", "until", "by", "and", "all");

    /**
     * The transfer word governing {@code q}: the nearest verb before it in its clause (else noun), or a passive verb
     * after it ({@link GoverningTransfer#transferFor}).
     */
    Transfer transferFor(Prose p, Quantity q, List<Transfer> all) {
        return governing.transferFor(p, q, all);
    }
}
