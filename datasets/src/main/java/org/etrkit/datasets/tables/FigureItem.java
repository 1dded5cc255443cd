package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The item, unit and currency of a figure of aid: USD for money written with {@code $}, a currency of the
 * lexicon as written ("gold rubles", "tugriks"), else the counted noun ("aircraft", "advisers"), taken from the
 * noun phrase after the figure ("[14 cranes] for the port"), a type designation ("P-40s"), the noun right before
 * it, the unit of the item before it ("a further 32,000"), or a currency given earlier in the sentence.
 */
final class FigureItem {

    private final Lexicon lex;
    private final Set<String> materiel;
    private final Set<String> personnel;
    private final Set<String> collective;
    private final Set<String> aidPersonnel;
    private final Set<String> moneyNouns;
    /** "this number", "a figure": nouns that take up the figure before. */
    private final Set<String> backReferences;
    private final Set<String> give;
    private final Set<String> nouns;
    /** "included", "consisted of": what a transfer noun before them included are its items ({@code inclusion_verbs}). */
    private final Set<String> inclusionVerbs;
    /** "taught", "served": verbs of service ({@code service_verbs}), no noun of a figure. */
    private final Set<String> serviceVerbs;
    private final List<String> currencies;
    private final TroopsTable.Reader troops;

    FigureItem(Lexicon lex, TroopsTable.Reader troops) {
        this.lex = lex;
        this.materiel = lex.set("materiel");
        this.personnel = lex.set("personnel");
        this.collective = lex.set("collective");
        this.aidPersonnel = lex.set("aid_personnel");
        this.moneyNouns = lex.set("money_nouns");
        this.backReferences = lex.set("back_reference_nouns");
        this.give = lex.set("transfer_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.inclusionVerbs = lex.set("inclusion_verbs");
        this.serviceVerbs = lex.set("service_verbs");
        this.currencies = lex.list("currencies").stream()
                .sorted((x, y) -> y.length() - x.length()).toList();
        this.troops = troops;
    }

    /** True for money: written with $ or in a currency of the lexicon. */
    boolean isMoney(Quantity q) {
        String unit = unitOf(q);
        return unit.equals("USD") || isCurrency(unit);
    }

    /** True for a currency of the lexicon, in any case. */
    private boolean isCurrency(String unit) {
        return currencies.stream().anyMatch(c -> c.equalsIgnoreCase(unit));
    }

    /** USD for money written with $, the currency as written, else the counted noun. */
    String unitOf(Quantity q) {
        if (q.unit().equalsIgnoreCase("usd")) {
            return "USD";
        }
        String currency = currencyOf(q);
        return currency != null ? currency : q.unit();
    }

    /**
     * The currency of the lexicon that the figure's counted noun ends in, as the noun writes it (the longest
     * currency first); with no noun, the one its unit ends in ("Rs 40 crore": the sign's currency); or null.
     */
    private String currencyOf(Quantity q) {
        String noun = q.noun().isEmpty() ? q.unit() : q.noun(); // "Rs 40 crore": the sign's currency, no noun
        for (String c : currencies) {
            if (noun.toLowerCase(Locale.ROOT).endsWith(c.toLowerCase(Locale.ROOT))) {
                return noun.substring(noun.length() - c.length());
            }
        }
        return null;
    }

    /**
     * The last word of the noun phrase that goes on after {@code from} ("[two floating] docks"), or "" where the
     * words after {@code from} are no noun phrase ("[14 cranes] for the port").
     */
    static String phraseHead(String text, int from) {
        int end = phraseEnd(text, from);
        int k = from;
        int last = from;
        while (k < end) {
            if (!Chars.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int j = Chars.letterRunEnd(text, k, end);
            String w = text.substring(k, j).toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(w) || DETERMINERS.contains(w)) {
                return "";
            }
            last = k;
            k = j;
        }
        return last < end && Chars.isLetter(text.charAt(end - 1)) ? text.substring(last, end) : "";
    }

    /**
     * True when {@code q} stands after a verb of inclusion ({@code inclusion_verbs}: "included", "consisted of")
     * whose subject, earlier in the sentence, is a transfer noun ("Soviet deliveries to the port in 1951 included
     * 14 gantry cranes and two floating docks"), with no semicolon or colon between the verb and the figure.
     */
    private boolean includedInATransfer(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        if (p != inclusionProse || si != inclusionSentence) {
            inclusionProse = p;
            inclusionSentence = si;
            readInclusion(p.text, p.sentence(si).start(), p.sentence(si).end());
        }
        return inclusionVerbEnd >= 0 && inclusionVerbEnd <= q.start()
                && (inclusionSemicolon < 0 || inclusionSemicolon > q.start());
    }

    /** The block and sentence {@link #readInclusion} last read; the answer is the same for all its figures. */
    private Prose inclusionProse;
    private int inclusionSentence = -1;
    /** Where the sentence's verb of inclusion after a transfer noun ends, or -1 (none, or a ";" or ":" first). */
    private int inclusionVerbEnd = -1;
    /** The first ";" at or after that verb's end, or -1. */
    private int inclusionSemicolon = -1;

    /**
     * Reads a sentence once for {@link #includedInATransfer}: the first transfer noun, then the first verb of
     * inclusion or ";"/":" after it (a figure before that point, or after a ";"/":", is included in no transfer).
     * Once per sentence, not once per figure: a scan from the sentence's start for every figure was quadratic in one
     * long sentence.
     */
    private void readInclusion(String t, int start, int end) {
        inclusionVerbEnd = -1;
        inclusionSemicolon = -1;
        boolean noun = false;
        int k = start;
        while (k < end) {
            if (!Chars.isLetter(t.charAt(k))) {
                if (noun && (t.charAt(k) == ';' || t.charAt(k) == ':')) {
                    return;
                }
                k++;
                continue;
            }
            int j = Chars.letterRunEnd(t, k, end);
            String w = t.substring(k, j).toLowerCase(Locale.ROOT);
            if (nouns.contains(w)) {
                noun = true;
            } else if (noun && (inclusionVerbs.contains(w) || t.startsWith(" of ", j) && inclusionVerbs.contains(w + " of"))) {
                inclusionVerbEnd = j;
                inclusionSemicolon = t.indexOf(';', j);
                return;
            }
            k = j;
        }
    }

    /**
     * Where the noun phrase starting at {@code from} ends: at a comma, semicolon, colon, parenthesis, full stop,
     * " of ", " and " or the end.
     */
    static int phraseEnd(String text, int from) {
        // one pass up to the first stop: a search for each stop to the end of the text was quadratic in a long
        // paragraph without a semicolon, colon or parenthesis (a line of 400 KB took half a minute, 5 MB an hour)
        int end = Math.min(Math.max(from, 0), text.length());
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '.'
                    || c == ' ' && (text.startsWith(" of ", end) || text.startsWith(" and ", end))) {
                break;
            }
            end++;
        }
        while (end > from && !Chars.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** "more" or "further" and the noun after a figure ("15 more projects", "91 further enterprises"). */
    private static final Pattern MORE_NOUN = Pattern.compile("\\s+(?:more|further)\\s+(\\p{L}+)\\b");

    /** The unit of an item of aid (USD, a currency as written, or the counted noun), or null when it is none. */
    /**
     * The personnel noun ({@code personnel} without a measure of its own, or {@code aid_personnel}) that ends a noun
     * phrase joined by "and" right after a figure's own ("120 forward observers and liaison officers"): the figure
     * counts a list of people; else null.
     */
    String peopleJoinedAfter(String text, int end) {
        return peopleJoinedAfter(text, end, lex, personnel, aidPersonnel);
    }

    /** As {@link #peopleJoinedAfter(String, int)}, with the lexicon's sets given. */
    static String peopleJoinedAfter(String text, int end, Lexicon lex, Set<String> personnel, Set<String> aidPersonnel) {
        Matcher m = PEOPLE_JOINED.matcher(text).region(end, Math.min(text.length(), end + 48));
        if (!m.lookingAt()) {
            return null;
        }
        for (String w : m.group(1).split(" ")) {
            if (personnel.contains(w) && lex.measureOf(w) == null || aidPersonnel.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** " and liaison officers": "and" and up to three lower-case words (group 1). */
    private static final Pattern PEOPLE_JOINED = Pattern.compile("\\s+and\\s+((?:\\p{Ll}+ ){0,2}\\p{Ll}+)");

    String itemUnit(Prose p, Quantity q) {
        String u = q.unit().toLowerCase(Locale.ROOT);
        if (u.equals("usd")) {
            return "USD";
        }
        String written = currencyOf(q);
        if (written != null) {
            return written;
        }
        if (materiel.contains(u) || personnel.contains(u) && lex.measureOf(u) == null || collective.contains(u)
                || aidPersonnel.contains(u)) {
            return q.unit();
        }
        if (!u.isEmpty() && !q.noun().isEmpty() && Character.isUpperCase(q.noun().charAt(0))) {
            // "1,200 Americans were still serving as advisers": people of a nation counted by the post they serve in
            Matcher as = SERVING_AS.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 48));
            if (as.lookingAt()) {
                for (int g = 1; g <= 2; g++) {
                    if (as.group(g) != null && aidPersonnel.contains(as.group(g).toLowerCase(Locale.ROOT))) {
                        return as.group(g);
                    }
                }
            }
        }
        if (!u.isEmpty() && u.chars().allMatch(Character::isLetter) && !lex.set("civilians").contains(u)
                && RESTATED_IN_DOLLARS.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24)).lookingAt()) {
            return q.unit(); // "granted 800 million riels (about $22.4 million)": a currency the brackets restate in dollars
        }
        int hyphen = u.lastIndexOf('-');
        if (hyphen > 0 && materiel.contains(u.substring(hyphen + 1))) {
            return q.unit(); // "180 fighter-bombers", "24 dive-bombers": a compound whose head is materiel
        }
        if (DESIGNATION.matcher(u).matches()) {
            return q.noun().isEmpty() ? q.unit() : q.noun(); // "400 P-40s", "200 T-34s": machines of a type
        }
        int space = q.noun().indexOf(' ');
        if (space > 0 && !u.isEmpty() && u.chars().allMatch(Character::isLetter)
                && MODEL.matcher(q.noun().substring(0, space)).matches()) {
            return q.unit(); // "eight MiG-15UTI trainers": a noun after a model's designation counts machines of it
        }
        if (MAKER_AND_MODEL.matcher(q.noun()).matches()) {
            // "1,200 IFA W50 trucks", read as the figure of "IFA W": a maker's and model's name, and the noun after it
            Matcher rest = MODEL_REST.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 32));
            String noun = rest.lookingAt() ? rest.group(1).toLowerCase(Locale.ROOT) : "";
            if (materiel.contains(noun) || personnel.contains(noun) && lex.measureOf(noun) == null) {
                return rest.group(1); // "64 Mirage F1 fighters": after a model's name, "fighters" are machines too
            }
        }
        String joined = peopleJoinedAfter(p.text, q.end());
        if (joined != null) {
            return joined; // "120 forward observers and liaison officers": a list of people whose last noun is known
        }
        if (u.equals("members") && troops.isPersonnel(p, q)) {
            return q.unit();
        }
        if (!u.isEmpty() && !u.equals("percent") && !lex.set("civilians").contains(u) && u.chars().allMatch(Character::isLetter)
                && (materielAfterOf(p.text, q.end())
                        || q.noun().contains(" of ") && materielAfterOf(q.noun(), q.noun().indexOf(" of "))
                        || listedWithMateriel(p, q))) {
            return q.unit(); // "12,000 sacks of flour"; "1,400 buildings, 12 coastal batteries and 63 ships"
        }
        if (!u.equals("percent") && !lex.set("civilians").contains(u) && u.chars().allMatch(Character::isLetter)
                && includedInATransfer(p, q)) {
            // "Soviet deliveries in 1951 included 14 gantry cranes and two floating docks": what a transfer
            // included, counted by the head of its noun phrase where the figure's word is an adjective
            String head = phraseHead(p.text, q.end());
            if (!head.isEmpty() && !lex.set("civilians").contains(head.toLowerCase(Locale.ROOT))) {
                return head;
            }
            if (!u.isEmpty()) {
                return q.unit();
            }
        }
        String relative = u.isEmpty() ? countedByTheRelativeBefore(p, q) : null;
        if (relative != null) {
            return relative; // "with 27 Soviet lecturers, who numbered 64 by 1989"
        }
        String served = servedOpening(p, q, u);
        if (served != null) {
            return served; // "Soviet advisers were few. About 200 served with the general staff"
        }
        if (u.isEmpty()) {
            Matcher more = MORE_NOUN.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 40));
            if (more.lookingAt() && materiel.contains(more.group(1).toLowerCase(Locale.ROOT))) {
                return more.group(1); // "help with 15 more projects": the noun after "more" or "further"
            }
            String counted = nounRightBefore(p.text, q.start());
            if (counted != null) {
                return counted; // "sent advisers; some 300 were serving", "sent engineers, no more than 20, to"
            }
            String byNumber = countedByTheNumberBefore(p, q);
            if (byNumber != null) {
                return byNumber; // "the number of Soviet advisers …, some 500 before the war, rose to about 3,000"
            }
            String antecedent = nounBeforeOfWhich(p, q);
            if (antecedent != null) {
                return antecedent; // "received Stinger missiles, of which the United States delivered 2,300"
            }
            String currency = q.value() >= 1000 ? currencyGivenBefore(p, q) : null;
            currency = currency == null && q.value() >= 1000 ? currencyFromBefore(p, q) : currency;
            if (currency != null) {
                return currency; // "asked for credits of 5 billion yuan; Beijing granted only about 1 billion"
            }
            String elided = elidedNoun(p, q);
            if (elided != null) {
                return elided; // "Norway sent 30 nurses, Denmark a dozen", "sent 900 workers, with up to 400 on site"
            }
            if (THOSE_NUMBERED.matcher(p.text).region(p.sentence(p.sentenceIndex(q.start())).start(), q.start()).matches()) {
                String before = nounOfTheSentenceBefore(p, p.sentenceIndex(q.start()));
                if (before != null) {
                    return before; // "Soviet advisers came with the weapons. Those serving with the army numbered about 150"
                }
            }
            String restated = unitOfTheFigureRestated(p, q);
            if (restated != null) {
                return restated; // "1,000 officers served in 1977; the figure rose to some 1,500 … and peaked at 2,000"
            }
            if (numberBroughtTo(p.text, q.start())) {
                List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
                String previous = before.isEmpty() ? null : itemUnit(p, before.get(before.size() - 1));
                if (previous != null && !previous.equals("USD")) {
                    return previous; // "1,000 engineers worked there, a number cut to about 200 by 1950"
                }
            }
        }
        // "donated a further 32,000 outright": a figure adding to the item before it, whatever word follows
        // "312 volunteers, of whom 41 taught", "20 scholarships, 6 of which went to": a part of the figure before, also
        // where the verb after it was read as the figure's noun ("41 taught Korean")
        if (PART_BEFORE.matcher(p.text).region(Math.max(0, q.start() - 24), q.start()).find()
                && (u.isEmpty() || verbAsNoun(q.noun()))) {
            List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
            String whole = before.isEmpty() ? null : itemUnit(p, before.get(before.size() - 1));
            if (whole != null && (aidPersonnel.contains(whole.toLowerCase(Locale.ROOT))
                    || materiel.contains(whole.toLowerCase(Locale.ROOT)))) {
                return whole;
            }
        }
        if (u.isEmpty() || FURTHER.matcher(p.text).region(Math.max(0, q.start() - 16), q.start()).find()) {
            Matcher ofThem = OF_THEM_NOUN.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 40));
            if (ofThem.lookingAt() && (personnel.contains(ofThem.group(1).toLowerCase(Locale.ROOT))
                    || aidPersonnel.contains(ofThem.group(1).toLowerCase(Locale.ROOT)))) {
                return ofThem.group(1); // "3,665 servicemen …, more than 2,000 of them pilots"
            }
            String renamed = p.renamedNoun(q.start());
            if (renamed != null && (materiel.contains(renamed) || aidPersonnel.contains(renamed))) {
                return renamed; // "their remaining aircraft, about 100 in number"
            }
            boolean ofUnnamed = OF_THEM.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 12)).lookingAt();
            if (ofUnnamed || MORE.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 12)).lookingAt()
                    || FURTHER.matcher(p.text).region(Math.max(0, q.start() - 16), q.start()).find()) {
                List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
                if (before.isEmpty() && ofUnnamed) {
                    List<String> verb = p.wordsBefore(q.start(), 1);
                    if (!verb.isEmpty() && give.contains(verb.get(0))) {
                        // "The scholarships lasted longest. Moscow granted some 850 of them": what the sentence before
                        // opened with, its subject
                        int si = p.sentenceIndex(q.start());
                        String noun = nounOfTheSentenceBefore(p, si);
                        return noun != null && OPENING_SUBJECT.matcher(p.text).region(p.sentence(si - 1).start(),
                                p.sentence(si - 1).end()).lookingAt() && p.text.startsWith(noun, p.text.indexOf(' ',
                                p.sentence(si - 1).start()) + 1) ? noun : null;
                    }
                    return nounOfTheSentenceBefore(p, q); // "Chinese technicians came …. Some 120 of them arrived"
                }
                if (before.isEmpty() && MORE_OPENING.matcher(p.text).region(p.sentence(p.sentenceIndex(q.start())).start(),
                        q.start()).matches() && p.text.startsWith(" more", q.end())) {
                    // "… when advisers were attached to every brigade. About 150 more served with the air force"
                    return nounOfTheSentenceBefore(p, p.sentenceIndex(q.start()));
                }
                if (!before.isEmpty()) {
                    String previous = itemUnit(p, before.get(before.size() - 1));
                    if (ofUnnamed && previous != null && !aidPersonnel.contains(previous.toLowerCase(Locale.ROOT))
                            && !materiel.contains(previous.toLowerCase(Locale.ROOT))) {
                        return null; // "Five men received the title …, three of them posthumously"
                    }
                    return previous == null || previous.equals("USD") ? null : previous; // "140 advisers …, and 90 more"
                }
            }
        }
        // "120 Lee–Enfield rifles", "30 large landing craft": the figure's word is a modifier, the noun phrase's
        // head is what it counts
        String head = phraseHead(p.text, q.end());
        return !head.isEmpty() && materiel.contains(head.toLowerCase(Locale.ROOT)) ? head : null;
    }

    /**
     * The noun of the figure before {@code q} in its sentence, an aid personnel or materiel noun, for a figure with no
     * noun that stands where a clause leaves its verb and noun out: right after a name ("Norway sent 30 nurses,
     * Denmark a dozen and Iceland six", the giver of its own share) or after "with" and a hedge ("sent 900 workers,
     * with as many as 400 on site at once"); else null.
     */
    /** "The scholarships ", "These ": a sentence that opens with a definite noun phrase. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("\\s*(?:The|These|Those)\\s");

    /**
     * For a figure that opens its sentence with "of them" after it ("Some 120 of them arrived in 1958"): the first
     * aid personnel or materiel noun of the sentence before ("Chinese technicians came to install the plants"); else
     * null.
     */
    private String nounOfTheSentenceBefore(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        Sentence s = p.sentence(si);
        if (si == 0 || !"".equals(Chars.strippedIfAtMost(p.text, s.start(), q.start(), 0))) {
            return null;
        }
        return nounOfTheSentenceBefore(p, si);
    }

    /**
     * "Those serving with the army numbered about ", "They numbered some ": a sentence whose subject is a pronoun,
     * with at most a participle's phrase after it, and "numbered" up to the figure.
     */
    private static final Pattern THOSE_NUMBERED = Pattern.compile(
            "\\s*(?:Those|They|These)(?:\\s+(?-i:\\p{Ll})\\p{L}*ing\\b[^,;.]{0,60})?\\s+numbered\\s+(?:" + Hedges.WORD + "\\s+)?");

    /**
     * The aid personnel a sentence opening with a bare figure and a verb of service counts ("Soviet military advisers
     * were fewer than in X. About 200 served with the general staff"): the noun of aid personnel of the sentence
     * before, or null.
     */
    private String servedOpening(Prose p, Quantity q, String u) {
        int si = p.sentenceIndex(q.start());
        if (!MORE_OPENING.matcher(p.text).region(p.sentence(si).start(), q.start()).matches()) {
            return null;
        }
        Matcher next = NEXT_WORD.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24));
        boolean serves = u.isEmpty() ? next.lookingAt() && serviceVerbs.contains(next.group(1).toLowerCase(Locale.ROOT))
                : serviceVerbs.contains(u);
        String before = serves ? nounOfTheSentenceBefore(p, si) : null;
        return before != null && aidPersonnel.contains(before.toLowerCase(Locale.ROOT)) ? before : null;
    }

    /**
     * The aid personnel or materiel of the figure right before a relative clause that counts them again ("with 27 Soviet
     * lecturers, who numbered 64 by 1989"), or null.
     */
    private String countedByTheRelativeBefore(Prose p, Quantity q) {
        List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
        if (before.isEmpty()) {
            return null;
        }
        Quantity last = before.get(before.size() - 1);
        if (!RELATIVE_COUNT.matcher(p.text).region(last.end(), q.start()).matches()) {
            return null;
        }
        String unit = itemUnit(p, last);
        return unit != null && (aidPersonnel.contains(unit.toLowerCase(Locale.ROOT))
                || materiel.contains(unit.toLowerCase(Locale.ROOT))) ? unit : null;
    }

    /** ", who numbered ", ", which had grown to about ": a relative clause counting the noun before it again. */
    private static final Pattern RELATIVE_COUNT = Pattern.compile("[^,;.]*,\\s+(?:who|which)\\s+(?:had\\s+)?"
            + "(?:numbered|grew\\s+to|grown\\s+to|rose\\s+to|risen\\s+to|reached)\\s+(?:(?i:" + Hedges.WORD + ")\\s+)?");

    /** The word right after a figure: " served" of "About 200 served with". */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)\\b");

    /** The first noun of aid personnel or materiel in the sentence before sentence {@code si}, as written, or null. */
    private String nounOfTheSentenceBefore(Prose p, int si) {
        if (si == 0) {
            return null;
        }
        Sentence before = p.sentence(si - 1);
        int k = before.start();
        while (k < before.end()) {
            if (!Chars.isLetter(p.text.charAt(k))) {
                k++;
                continue;
            }
            int j = Chars.letterRunEnd(p.text, k, before.end());
            String w = p.text.substring(k, j).toLowerCase(Locale.ROOT);
            if (aidPersonnel.contains(w) || materiel.contains(w)) {
                return p.text.substring(k, j);
            }
            k = j;
        }
        return null;
    }

    private String elidedNoun(Prose p, Quantity q) {
        int at = q.start();
        boolean afterGive = false;
        for (String w : p.wordsBefore(at, 2)) {
            afterGive |= give.contains(w.toLowerCase(Locale.ROOT)); // "by 1962 China had sent up to 500, the peak"
        }
        afterGive &= phraseHead(p.text, q.end()).isEmpty(); // not "given some two dozen landing ships"
        Matcher hedge = ELIDED_BEFORE.matcher(p.text).region(Math.max(0, at - 40), at);
        boolean afterWith = hedge.find();
        // "13,000 Cuban troops were serving there in 1980, about 5,000 in 1984 and fewer than 3,000 in 1987": a series
        // of the same count at later dates, which counts people too
        boolean series = SERIES_BEFORE.matcher(p.text).region(Math.max(0, at - 24), at).find()
                && SERIES_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24)).lookingAt();
        // "by 1951 it had 58 advisers serving …, and at its peak in 1955 it numbered about 80": the pronoun's level
        boolean pronounLevel = PRONOUN_LEVEL.matcher(p.text).region(Math.max(0, at - 40), at).find();
        // "the mission grew from some 250 officers in 1969 to about 1,000 in 1972": a new level of the same count
        boolean level = TO_BEFORE.matcher(p.text).region(Math.max(0, at - 24), at).find() && fromBefore(p, at);
        if (!afterWith && !series && !afterGive && !pronounLevel && !CAPITALISED_BEFORE.matcher(p.text).region(Math.max(0, at - 40), at).find()
                && !AND_THEN_BEFORE.matcher(p.text).region(Math.max(0, at - 48), at).find()
                && !level
                && !(OF_WHOM_BEFORE.matcher(p.text).region(Math.max(0, at - 24), at).find())
                && !SUBJECT_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24)).lookingAt()) {
            return null;
        }
        // the last figure before it that counts an item ("50,000 workers …, over the six years, with": not "six")
        List<Quantity> earlier = p.quantitiesIn(p.sentence(p.sentenceIndex(at)).start(), at);
        if (level) {
            // "the number of Soviet advisers rose from about 300 to more than 1,000": the figure after "from", not the
            // last one before it ("shipping 50 fighters, and the number of advisers rose from …")
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (afterFrom(p, earlier.get(i))) {
                    String from = itemUnit(p, earlier.get(i));
                    String u = from == null ? "" : from.toLowerCase(Locale.ROOT);
                    return aidPersonnel.contains(u) || materiel.contains(u) || personnel.contains(u) ? from : null;
                }
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String previous = itemUnit(p, earlier.get(i));
            if (previous != null) {
                return aidPersonnel.contains(previous.toLowerCase(Locale.ROOT))
                        || materiel.contains(previous.toLowerCase(Locale.ROOT))
                        || (series || level) && personnel.contains(previous.toLowerCase(Locale.ROOT)) ? previous : null;
            }
        }
        return null;
    }

    /**
     * True when a figure of the sentence before {@code at} stands right after "from" ("fell from 2.7 million tonnes in
     * 1988 to about 1.3 million"): the figure after "to" is a new level of the same noun.
     */
    private static boolean fromBefore(Prose p, int at) {
        for (Quantity earlier : p.quantitiesIn(p.sentence(p.sentenceIndex(at)).start(), at)) {
            if (afterFrom(p, earlier)) {
                return true;
            }
        }
        return false;
    }

    /** True when "from" stands right before the figure, or before a hedge right before it ("from some 250 officers"). */
    private static boolean afterFrom(Prose p, Quantity q) {
        List<String> w = p.wordsBefore(q.start(), 2);
        return !w.isEmpty() && (w.get(w.size() - 1).equals("from")
                || w.size() == 2 && w.get(0).equals("from") && HEDGE_WORD.matcher(w.get(1)).matches());
    }

    /** The hedges a figure whose noun is left out may have right before it. */
    private static final String HEDGE = "(?:as many as\\s+|up to\\s+|some\\s+|about\\s+|around\\s+|roughly\\s+|over\\s+"
            + "|more than\\s+|fewer than\\s+|nearly\\s+|almost\\s+)?";

    /** ", and by mid-1953 about", ", and in 1960": a clause whose verb and noun are left out, with a time phrase. */
    private static final Pattern AND_THEN_BEFORE = Pattern.compile(
            ",\\s+and\\s+(?:by|in)\\s+[\\p{L}\\d–-]+(?:\\s+[\\p{L}\\d–-]+){0,3}\\s+" + HEDGE + "$");

    /** "it numbered", "they stood at" and a hedge right before a figure: a new level of what the pronoun counts. */
    private static final Pattern PRONOUN_LEVEL = Pattern.compile("\\b(?:it|they)\\s+(?:numbered|totalled|totaled|stood\\s+at"
            + "|peaked\\s+at|reached|rose\\s+to|fell\\s+to|grew\\s+to)\\s+" + HEDGE + "$");

    /** ", about", "and fewer than": a figure that goes on a series of the figure before it. */
    private static final Pattern SERIES_BEFORE = Pattern.compile("(?:,|\\band)\\s+" + HEDGE + "$");

    /** " in 1984", " by mid-1962" right after a figure with no noun: the date of one figure of a series. */
    private static final Pattern SERIES_AFTER = Pattern.compile("\\s+(?:in|by)\\s+(?:mid-|early\\s+|late\\s+)?\\d{4}\\b");

    /** "to about", "to fewer than": a new level right before a figure. */
    private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s+" + HEDGE + "$");

    /** ", of whom about": a part of the figure before. */
    private static final Pattern OF_WHOM_BEFORE = Pattern.compile(",\\s+of\\s+whom\\s+" + HEDGE + "$");

    /** " had served", " were sent": a figure with no noun as the subject of a verb with an auxiliary. */
    private static final Pattern SUBJECT_AFTER = Pattern.compile("\\s+(?:had|have|were)\\s+\\p{Ll}+ed\\b");

    /** ", with" and a hedge right before a figure: "…, with as many as", "…, with some". */
    private static final Pattern ELIDED_BEFORE = Pattern.compile(
            ",\\s+with\\s+(?:as many as\\s+|up to\\s+|some\\s+|about\\s+|over\\s+|more than\\s+)?$");

    /** ", Name" or "and Name" right before a figure: a clause whose verb and noun are left out ("…, Denmark a dozen"). */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile(
            "(?:,|\\band)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+$");

    /**
     * The aid personnel or materiel noun that ends the clause right before a figure with no noun of its own
     * ("advisers; some 300 were serving", "engineers, no more than 20, to"), as written, or null.
     */
    private String nounRightBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != ';' && text.charAt(end - 1) != ',') {
            return null;
        }
        int wordEnd = end - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && Chars.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        return !word.isEmpty() && (aidPersonnel.contains(lower) || materiel.contains(lower)) ? word : null;
    }

    /**
     * True when the clause before a figure is "a number cut to", "the figure rising to": a back-reference noun
     * ({@code back_reference_nouns}) that the figure gives a new value of.
     */
    /**
     * The currency of the last money figure before {@code q} in its sentence, when a transfer verb stands among
     * the two words right before {@code q} ("… granted only about 1 billion"); else null.
     */
    private String currencyGivenBefore(Prose p, Quantity q) {
        boolean afterGive = false;
        for (String w : p.wordsBefore(q.start(), 2)) {
            afterGive |= give.contains(w.toLowerCase(Locale.ROOT));
        }
        if (!afterGive) {
            return null;
        }
        List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            String unit = itemUnit(p, before.get(i));
            if (unit != null) {
                return isMoney(before.get(i)) || unit.equals("USD") ? unit : null;
            }
        }
        return null;
    }

    /**
     * The currency of the money figure after "from" that a bare figure after "to" ends ("deliveries fell from about 200
     * million rubles in 1988 to 120 million in 1989": rubles), or null.
     */
    private String currencyFromBefore(Prose p, Quantity q) {
        List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
        if (before.isEmpty()) {
            return null;
        }
        Quantity from = before.get(before.size() - 1);
        if (!isMoney(from) || !FROM_BEFORE.matcher(p.text).region(Math.max(0, from.start() - 24), from.start()).find()
                || !TO_AFTER.matcher(p.text).region(from.end(), q.start()).matches()) {
            return null;
        }
        return itemUnit(p, from);
    }

    /** "from about " right before the first figure of a change of level. */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:(?i:" + Hedges.WORD + ")\\s+)?$");
    /** " in 1988 to ", " to about ": what stands between the two figures of "from … to …". */
    private static final Pattern TO_AFTER = Pattern.compile("(?:\\s+in\\s+\\d{4})?\\s+to\\s+(?:(?i:" + Hedges.WORD + ")\\s+)?");

    /**
     * For a figure without a noun in a clause that opens after a semicolon with "the figure" or "the number"
     * ({@link GiftPhrases#restatesTheFigureBefore}): the item unit of the last figure of its sentence before the
     * semicolon ("About 1,000 officers served …; the figure rose to some 1,500 in 1983 and peaked at around 2,000"),
     * money aside; else null.
     */
    private String unitOfTheFigureRestated(Prose p, Quantity q) {
        int cs = p.clauseStart(q.start());
        int sentence = p.sentence(p.sentenceIndex(q.start())).start();
        if (cs <= sentence || p.text.charAt(cs - 1) != ';' || !GiftPhrases.restatesTheFigureBefore(p.text, cs, q.start())) {
            return null;
        }
        List<Quantity> before = p.quantitiesIn(sentence, cs - 1);
        String previous = before.isEmpty() ? null : itemUnit(p, before.get(before.size() - 1));
        return previous == null || previous.equals("USD") ? null : previous;
    }

    /** "some", "about": a hedge word ({@link Hedges#WORD}). */
    private static final Pattern HEDGE_WORD = Pattern.compile(Hedges.WORD);

    /** Only a hedge, if anything, before a figure that opens its sentence ("About 150 more"). */
    private static final Pattern MORE_OPENING = Pattern.compile("\\s*(?:(?i:" + Hedges.WORD + ")\\s+)?");

    private boolean numberBroughtTo(String text, int start) {
        int clause = start - 1; // the last comma or semicolon before start, looked for only as far as it may be
        while (clause >= 0 && start - clause <= 40 && text.charAt(clause) != ',' && text.charAt(clause) != ';') {
            clause--;
        }
        if (clause < 0 || start - clause > 40) {
            return false;
        }
        String before = text.substring(clause + 1, start).strip().toLowerCase(Locale.ROOT);
        if (!before.endsWith(" to")) {
            return false;
        }
        int from = before.startsWith("a ") ? 2 : before.startsWith("the ") ? 4 : -1;
        int space = from < 0 ? -1 : before.indexOf(' ', from);
        return space > from && backReferences.contains(before.substring(from, space));
    }

    /** A type designation counted as a noun ("p-40s", "t-34s", "yak-7b"): letters, a hyphen and a number. */
    private static final Pattern DESIGNATION = Pattern.compile("\\p{L}{1,4}-\\d+\\p{L}?s?");

    /**
     * " (about $22.4 million": a sum in dollars in brackets right after a figure, restating it; the figure's noun is
     * then a currency, whether the lexicon knows it or not.
     */
    private static final Pattern RESTATED_IN_DOLLARS = Pattern.compile(
            "\\s*\\((?:about|some|roughly|around|nearly|approximately|then|or)?\\s*(?:US\\s?)?\\$\\s?\\d");

    /** "MiG-15UTI", "Tu-16KS", "F-86F": a model's designation, capitalised, a hyphen and digits. */
    private static final Pattern MODEL = Pattern.compile("\\p{Lu}\\p{L}{0,3}-\\d+[\\p{L}\\d]*");

    /** " were still serving as advisers", " worked as military doctors": the post people of a nation served in. */
    private static final Pattern SERVING_AS = Pattern.compile("\\s+(?:were\\s+|was\\s+|had\\s+)?(?:still\\s+|then\\s+|also\\s+)?"
            + "(?:serving|served|working|worked|acting|acted|employed)\\s+as\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");

    /** Prepositions that open a phrase of time before a sentence's subject ("By 1957 the number of …"). */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("by", "in", "after", "from", "until", "since");

    /** "IFA W": capitalised words only, a maker's and model's name cut before the model's number. */
    private static final Pattern MAKER_AND_MODEL = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*)*");

    /** "50 trucks": the rest of a model's designation and the noun after it. */
    private static final Pattern MODEL_REST = Pattern.compile("[\\p{L}\\d-]*\\d[\\p{L}\\d-]*\\s+(\\p{L}+)\\b");

    /** " of flour", " of seed grain": a container or measure of the goods after it. */
    private static final Pattern OF_GOODS = Pattern.compile(" of (?:\\p{L}+ )?\\p{L}+\\b");

    /** Only a list separator between two items (", ", " and ", ", and "). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)");

    /** The word that {@link #OF_GOODS} ends on after {@code end}, lower case. */
    /**
     * The materiel noun right before ", of which" earlier in the figure's sentence ("Stinger missiles, of which …
     * delivered roughly 2,300"), or null: what a bare figure after the relative counts.
     */
    private String nounBeforeOfWhich(Prose p, Quantity q) {
        int from = p.sentence(p.sentenceIndex(q.start())).start();
        int at = p.lastIndexOf(", of which ", q.start() - 1, from); // only within the sentence
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > from && Chars.isLetter(p.text.charAt(start - 1))) {
            start--;
        }
        String word = p.text.substring(start, at);
        return materiel.contains(word.toLowerCase(Locale.ROOT)) ? word : null;
    }

    /**
     * The people or materiel that "the number of …" opening the figure's sentence counts ("The number of Soviet
     * advisers serving …, some 500 before the war, rose to about 3,000"), with no other figure between; else null.
     */
    private String countedByTheNumberBefore(Prose p, Quantity q) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        if (p.quantitiesIn(s.start(), q.start()).size() > 1) {
            return null; // the figure before this one is the earlier level ("some 500 …, rose to about 3,000")
        }
        List<String> words = new java.util.ArrayList<>(8);
        int k = s.start();
        while (words.size() < 8 && k < q.start()) {
            while (k < q.start() && !Chars.isLetter(p.text.charAt(k))) {
                k++;
            }
            int j = Chars.letterRunEnd(p.text, k, q.start());
            if (j > k) {
                words.add(p.text.substring(k, j).toLowerCase(Locale.ROOT));
            }
            k = j;
        }
        // "By 1957 the number of advisers …", "In early 1958 the number of …": after an opening phrase of time
        int the = !words.isEmpty() && OPENING_PREPOSITIONS.contains(words.get(0)) ? words.indexOf("the") : 0;
        the = the < 0 || the > 2 ? 0 : the;
        if (words.size() < the + 4 || !words.get(the).equals("the") || !backReferences.contains(words.get(the + 1))
                || !words.get(the + 2).equals("of")) {
            return null;
        }
        for (int i = the + 3; i < words.size() && i < the + 6; i++) {
            String w = words.get(i);
            if (personnel.contains(w) && lex.measureOf(w) == null || aidPersonnel.contains(w) || materiel.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * True when a word of the one or two words after " of " at {@code end} is materiel: "of seed grain", and "of
     * munitions to the army", where the second word is the preposition after the goods.
     */
    private boolean materielAfterOf(String text, int end) {
        Matcher m = OF_GOODS.matcher(text).region(end, Math.min(text.length(), end + 30));
        if (!m.lookingAt()) {
            return false;
        }
        for (String w : m.group().strip().split(" ")) {
            if (!w.equals("of") && materiel.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code q} stands in a list of items, next to a figure of materiel with only a separator between
     * them ("around 1,400 buildings, 12 coastal batteries and 63 ships"): what the list counts is given too.
     */
    private boolean listedWithMateriel(Prose p, Quantity q) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        List<Quantity> all = p.quantitiesIn(s.start(), s.end());
        int i = all.indexOf(q);
        if (i < 0) {
            return false;
        }
        for (int k = i + 1; k < all.size(); k++) { // the list runs on to a materiel item
            Quantity next = all.get(k);
            Quantity prev = all.get(k - 1);
            if (!LIST_SEPARATOR.matcher(p.text).region(prev.end(), next.start()).matches()) {
                break;
            }
            if (materiel.contains(next.unit().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = i - 1; k >= 0; k--) { // or from one
            Quantity prev = all.get(k);
            Quantity next = all.get(k + 1);
            if (!LIST_SEPARATOR.matcher(p.text).region(prev.end(), next.start()).matches()) {
                break;
            }
            if (materiel.contains(prev.unit().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MORE = Pattern.compile(
            " (?:more|others|were|was)\\b(?! than)");

    private static final Pattern OF_THEM = Pattern.compile(" of (?:them|whom|which)\\b");

    /**
     * True when the noun read for a figure opens with a verb in lower case, a service verb ({@code service_verbs}:
     * "taught") or a form in -ed ("41 taught Korean", "9 returned home"): no noun of its own.
     */
    private boolean verbAsNoun(String noun) {
        int space = noun.indexOf(' ');
        String first = space < 0 ? noun : noun.substring(0, space);
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0))
                && (first.endsWith("ed") || serviceVerbs.contains(first));
    }

    /** ", of whom ", ", of which some ": a part of the whole before opens right before a figure. */
    private static final Pattern PART_BEFORE = Pattern.compile(",\\s+of\\s+(?:whom|which)\\s+(?:" + Hedges.WORD + "\\s+)?$");

    /** "donated a further 32,000 outright": a figure without a noun that adds to the item before it. */
    private static final Pattern FURTHER = Pattern.compile("\\b(?:a further|another|an additional|a further some)\\s+$");

    private static final Pattern OF_THEM_NOUN = Pattern.compile(" of (?:them|whom|these) (\\p{L}+)\\b");

    String item(Prose p, Quantity q, String unit) {
        if (verbAsNoun(q.noun()) && !unit.equalsIgnoreCase(q.unit())) {
            return unit; // "of whom 41 taught Korean": the whole's noun, not the verb read as one
        }
        if (!unit.equalsIgnoreCase(q.unit()) && unit.equals(phraseHead(p.text, q.end()))) {
            // "120 Lee–Enfield rifles", counted by the head of its noun phrase: the whole phrase
            return (q.noun() + p.text.substring(q.end(), phraseEnd(p.text, q.end()))).strip();
        }
        if (!q.noun().isEmpty() && !unit.equals("USD") && !q.noun().equalsIgnoreCase(unit)) {
            return q.noun();
        }
        if (unit.equals("USD") || !q.noun().isEmpty() && q.noun().equalsIgnoreCase(unit)
                && isCurrency(unit)) {
            List<String> before = p.wordsBefore(q.start(), 5);
            for (int i = before.size() - 1; i >= 0; i--) {
                if (moneyNouns.contains(before.get(i))) {
                    return before.get(i);
                }
            }
            return unit.equals("USD") ? "money" : unit;
        }
        return q.noun().isEmpty() ? unit : q.noun();
    }

    /** Words after which a word that is both a transfer verb and a transfer noun ("grant") is the noun. */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "further", "another", "new", "first",
            "second", "third", "this", "that", "its", "their", "his", "her", "one", "each", "every");

    static final Set<String> PREPOSITIONS = Set.of("in", "to", "with", "from", "by", "of", "against", "into",
            "at", "on", "for", "under", "between", "after", "before", "during", "through");

    /**
     * True when a hyphen joins the figure to the word after it ("175-megawatt turbines", "a 40-tonne crane"): the
     * figure qualifies a noun as a modifier and counts nothing.
     */
    static boolean modifier(String text, Quantity q) {
        int e = q.end();
        return e + 1 < text.length() && text.charAt(e) == '-' && Chars.isLetter(text.charAt(e + 1));
    }
}
