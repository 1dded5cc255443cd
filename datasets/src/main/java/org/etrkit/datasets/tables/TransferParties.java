package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidTable.POINTED;
import static org.etrkit.datasets.tables.AidTable.UNNAMED;
import static org.etrkit.datasets.tables.AidTable.unnamed;
import static org.etrkit.datasets.tables.TransferWords.NEXT_CLAUSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The giver and the receiver of a transfer ({@link #parties}): the subject of an active verb
 * ({@link TransferSubjects}), the "by"/"from"/"with" phrase of a passive one or of "received", or the side named in
 * the item ("Soviet advisers"); the object ("lent the Mongolian government"), the "to" phrase, or the subject of
 * "received". A unit named by a definite noun ("the Sibe battalion") takes the side of its earlier mention; a
 * pronoun party is {@link AidTable#UNNAMED} or {@link AidTable#POINTED}, for the reader to resolve. Also the
 * parties of a sentence's earlier transfer, and the one other side a sentence names.
 */
final class TransferParties {

    private static final Pattern FROM = Pattern.compile("\\s+from\\s+(?:the\\s+)?");

    /**
     * "by China under an ", "by the Soviet Union with a ": the agent of a passive before a transfer noun that names the
     * means it worked with (group 1 opens the agent's name).
     */
    private static final Pattern AGENT_BEFORE_MEANS = Pattern.compile(
            "\\bby\\s+(?:the\\s+)?(\\p{Lu}[^,;]{1,40}?)\\s+(?:under|with|through)\\s+(?:an?\\s+|the\\s+|its\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,3}$");

    /**
     * The side of the agent of a passive right before the transfer noun at {@code noun}, when the noun names the means
     * ("the highway was built by China under an interest-free loan of $110 million"): the agent gave the money it
     * worked with, not the article's giver; null for an agent the gazetteer gives no side.
     */
    private String agentBeforeMeans(Prose p, int clauseStart, int noun, LocalDate day) {
        Matcher by = AGENT_BEFORE_MEANS.matcher(p.text).region(Math.max(clauseStart, noun - 80), noun);
        if (!by.find()) {
            return null;
        }
        List<Prose.Name> agent = p.namesIn(by.start(1), by.end(1));
        return agent.isEmpty() || agent.get(0).start() != by.start(1) || agent.get(0).isGroup() ? null
                : transferSubjects.sideOf(agent.get(0), day);
    }
    /** A people's noun, then "to" and a verb: " firms to build", the subject of an infinitive after "for". */
    private static final Pattern INFINITIVE_SUBJECT = Pattern.compile("(?: (?-i:\\p{Ll})[\\p{L}-]*)? to (?-i:\\p{Ll})[\\p{L}-]*\\b(?<!\\bto the)");

    /** ", but", ", while", ", whereas": the opening of a clause that contrasts with the one before. */
    private static final Pattern CONTRAST = Pattern.compile(",\\s+(?:but|while|whereas)\\s");
    private static final Pattern TO = Pattern.compile("\\b(?:to|towards|toward|for) ((?:the |their |his |its )?)");
    private static final Pattern AGENT = Pattern.compile("\\b(?:by|from|with) (?:the |regular )?");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern LIST_END = Pattern.compile(".*[,;]\\s*(?:and\\s+)?$");
        static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");
        static final Pattern LETTERS = Pattern.compile("\\p{L}+");
        /** "a battalion of", "a total of some": an indefinite noun and "of" right before the figure, the item's measure. */
        static final Pattern MEASURE_OF = Pattern.compile("^an?\\s+(?:\\p{L}+\\s+){0,2}of(?:\\s+" + Hedges.WORD + ")?$");
    }

    private final Analysis a;
    private final TroopsTable.Reader troops;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    private final Set<String> give;
    private final Set<String> receive;
    private final Set<String> nouns;
    private final Set<String> arrivalWords;
    /** Words before a name that make it where items came from, not a party ("from captured Japanese stocks"). */
    private final Set<String> originWords;
    /** "rebels", "guerrillas": a force without a name of its own ({@code irregular_nouns}). */
    private final Set<String> irregular;
    /** "purchase", "pay", "buy": a "to" or "for" phrase with them says what money buys ({@code purchase_words}). */
    private final Set<String> purchaseWords;
    /** "the Sibe battalion", "the new army": nouns of a unit whose side its earlier mention gives ({@code force_nouns}). */
    private final Set<String> forceNouns;
    /** "helped", "help": verbs whose object is the side a transfer serves ("the loan helped the government pay"). */
    private final Set<String> helpVerbs;
    /** "Sea", "Ocean": a name right before one is part of a sea's name, no party ({@code water_nouns}). */
    private final Set<String> waterNouns;
    /** The subjects of transfer verbs and what pronouns point back to. */
    private final TransferSubjects transferSubjects;

    TransferParties(Analysis a, TroopsTable.Reader troops, TransferSubjects transferSubjects) {
        this.a = a;
        Lexicon lex = a.rules.lexicon();
        this.troops = troops;
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.give = lex.set("transfer_verbs");
        this.receive = lex.set("receive_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.arrivalWords = lex.set("arrival_verbs");
        this.originWords = lex.set("origin_words");
        this.irregular = lex.set("irregular_nouns");
        this.purchaseWords = lex.set("purchase_words");
        this.forceNouns = lex.set("force_nouns");
        this.helpVerbs = lex.set("help_verbs");
        this.waterNouns = lex.set("water_nouns");
        this.transferSubjects = transferSubjects;
    }

    /**
     * True when the figure counts people ({@code personnel}, {@code aid_personnel}) and a word of a state outside the
     * list ({@code outside_state_words}) stands in its own noun phrase, between the figure and its noun ("some 11,000
     * French teachers", "twelve American officers"): that state's people.
     */
    private boolean outsidePeople(Prose p, Quantity q) {
        String unit = q.unit().toLowerCase(Locale.ROOT);
        if (!personnel.contains(unit) && !aidPersonnel.contains(unit) && FigureItem.peopleJoinedAfter(p.text, q.end(), a.rules.lexicon(), personnel, aidPersonnel) == null) {
            return false; // nor "120 American forward observers and liaison officers"
        }
        if (p.namesIn(q.start(), q.end()).stream().anyMatch(Prose.Name::isGroup)) {
            return false; // "14,000 Korean soldiers" of a people the article counts: not a state's
        }
        return !a.rules.outsideStates().find(p.text, q.start(), q.end()).isEmpty();
    }

    /**
     * True when "of" and a word of a state outside the list ({@code outside_state_words}) follow the figure, with
     * at most its noun between ("$8.5 million of American goods").
     */
    private boolean ofAnOutsideState(Prose p, Quantity q) {
        String text = p.text;
        int end = Math.min(text.length(), q.end() + 24);
        int of = text.indexOf(" of ", q.end());
        if (of < 0 || of >= end) {
            return false;
        }
        List<PhraseMatcher.Hit<String>> hits = a.rules.outsideStates().find(text, of + 4, Math.min(text.length(), of + 40));
        return !hits.isEmpty() && hits.get(0).start() == of + 4;
    }

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

    /** {donor, recipient} read around the transfer word; null where the text does not say. */
    String[] parties(Prose p, Quantity q, Transfer t, LocalDate day) {
        String text = p.text;
        int cs = p.clauseStart(t.start());
        int ce = p.clauseEnd(Math.max(t.end(), q.end()));
        // "had provided $400 million since 1950, but … pushed Jakarta towards Moscow": a clause of contrast after the
        // item is another event, and its "to" phrase no receiver of this one
        Matcher contrast = CONTRAST.matcher(text).region(Math.max(t.end(), q.end()), ce);
        String to = recipientAfter(p, Math.max(t.end(), q.end()), contrast.find() ? contrast.start() : ce, day);
        String byPhrase = agentAfter(p, t.end(), ce, day);
        String inItem = sideIn(p, q.start(), q.end(), day);
        if (inItem == null && outsidePeople(p, q)) {
            inItem = "Other"; // "some 11,000 French teachers were serving": a state outside the list sends its own people
        }
        String subject = transferSubjects.subject(p, cs, t.start(), day);
        switch (t.kind()) {
            case SERVE -> {
                if (inItem == null && q.unit().isEmpty()) {
                    inItem = sideOfSeries(p, q, day); // "13,000 Cuban troops …, about 5,000 in 1984": the series' men
                }
                if (inItem == null && t.start() >= q.end() && GiftPhrases.apposedService(text, q.end(), t.start())) {
                    inItem = sideIn(p, q.end(), t.start(), day); // "2,200 KATUSA soldiers, South Korean recruits serving"
                }
                boolean people = personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                        || aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT));
                String from = arrivalWords.contains(t.word()) ? agentAfter(p, t.end(), ce, day) : null;
                String donor = from != null ? from : inItem != null ? inItem
                        : subject != null && !unnamed(subject) && q.start() > t.end() ? subject // "the Red Army had seconded 12 instructors"
                        : people ? a.sides.find(p, q.start(), q.end(), q.unit(), day).side() : null;
                // the verb's own clause, also where the figure comes later ("were teaching physics and Russian in
                // Malian schools, a figure that rose to 140": no receiver after the comma)
                int comma = text.indexOf(',', t.end());
                int upTo = Math.min(ce, t.end() + 60);
                upTo = comma >= 0 && comma < upTo ? comma : upTo; // "… to it, and Soviet schools …": not past the clause
                if (q.start() > t.end() && q.start() < upTo) {
                    upTo = q.start(); // "arrived in 1961 with six Soviet advisers": the item's own side receives nothing
                }
                String recipient = sideNotOfOrigin(p, t.end(), upTo, day);
                if (recipient == null && to != null && POINTED.equals(to)) {
                    recipient = to; // "had seconded a dozen instructors to it"
                }
                // "3,000 officers attached to Chinese units": people serving a side are not that side's gift to itself
                boolean toItself = donor != null && donor.equals(recipient) && inItem == null && from == null
                        && q.end() <= t.start();
                // "13,000 Cuban troops were serving with …": a state outside the list that the item names gives them
                // or aid personnel anywhere; troops "served in Angola" as their own force are no gift
                boolean namedOutside = "Other".equals(inItem) && from == null
                        && (aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT)) || t.word().endsWith(" with")
                                || t.word().endsWith(" alongside") || WITH_AFTER.matcher(text)
                                .region(t.end(), Math.min(text.length(), t.end() + 20)).lookingAt());
                if (recipient == null && namedOutside && "Other".equals(donor) && withAnUnnamedForce(p, t.end())) {
                    recipient = UNNAMED; // "twelve American officers served with the division": the force the text meant
                }
                if (recipient == null && namedOutside && IN_ITS_RANKS.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 20)).lookingAt()) {
                    recipient = POINTED; // "South Korean recruits serving in its ranks": the force "its" points at receives
                }
                return new String[] {donor == null || donor.equals("Other") && !namedOutside || toItself ? null : donor, recipient};
            }
            case RECEIVE -> {
                String from = byPhrase != null ? byPhrase : sideIn(p, t.end(), ce, day);
                if (from == null && inItem == null && ofAnOutsideState(p, q)) {
                    from = "Other"; // "received $8.5 million of American goods": goods of a state outside the list
                }
                return new String[] {from != null ? from : inItem, subject};
            }
            case NOUN -> {
                if (to == null && t.end() < q.start()) {
                    to = recipientAfter(p, t.end(), q.start(), day); // "Soviet deliveries to China … came to 120 tons"
                }
                if (GiftPhrases.inNounAfter(text, q.end(), t.start())) {
                    // "Congress voted $40 million in military aid to Laos": the clause's subject gives
                    String giver = transferSubjects.subject(p, cs, q.start(), day);
                    String named = sideRightBefore(p, t.start(), day);
                    if (named != null && giver != null && !unnamed(giver) && !named.equals(giver)) {
                        // "Ghana had used only some 30 million roubles of the Soviet credits": the noun names its own
                        // giver, and the subject that uses a part of them is their receiver
                        return new String[] {named, to != null ? to : giver};
                    }
                    return new String[] {giver != null ? giver : inItem, to};
                }
                String donor = sideRightBefore(p, t.start(), day);
                if (donor == null) {
                    Matcher from = FROM.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 8));
                    List<Prose.Name> after = from.lookingAt() ? p.namesIn(from.end(), Math.min(ce, from.end() + 40)) : List.of();
                    if (!after.isEmpty() && after.get(0).start() == from.end() && !after.get(0).isGroup()) {
                        donor = transferSubjects.sideOf(after.get(0), day); // "a loan from Moscow", "aid from the Soviet Union"
                    }
                }
                if (donor == null && inItem == null) {
                    donor = agentBeforeMeans(p, cs, t.start(), day); // "was built by China under an interest-free loan"
                }
                return new String[] {donor != null ? donor : inItem, to};
            }
            case REINFORCE -> {
                String donor = byPhrase != null ? byPhrase : inItem;
                String recipient = null;
                for (Quantity other : p.quantitiesIn(cs, t.start())) {
                    if (troops.isPersonnel(p, other)) {
                        recipient = a.sides.find(p, other.start(), other.end(), other.unit(), day).side();
                    }
                }
                return new String[] {donor, recipient};
            }
            default -> {
                if (t.passive()) {
                    // "The Red Army was given 1,000 camels by …": with the items after the verb, its subject receives
                    String toBefore = q.start() > t.end() && !NEXT_CLAUSE.matcher(p.text).region(t.end(), q.start()).find()
                            ? recipientAfter(p, t.end(), q.start(), day) : null;
                    // "the arms sent to Canton at 3 million rubles": the "to" phrase between verb and figure
                    String recipient = toBefore != null ? toBefore
                            : to == null && q.start() >= t.end() ? transferSubjects.subject(p, cs, t.start(), day) : to;
                    String donor = byPhrase != null ? byPhrase : inItem;
                    if (donor == null && q.end() <= t.start() && PREDICATE.matcher(text).region(q.end(), t.start()).matches()) {
                        // "of whom some 1,800 were South Korean soldiers assigned by their army": the predicate noun
                        // names whose men they are, and that side lends them
                        donor = sideIn(p, q.end(), t.start(), day);
                        Matcher ofWhom = OF_WHOM.matcher(text).region(cs, q.start());
                        if (donor != null && recipient == null && ofWhom.find()) {
                            // "it counted nearly 16,000 men, of whom …": the force that counts the whole receives them
                            String whole = transferSubjects.subject(p, p.sentence(p.sentenceIndex(q.start())).start(), ofWhom.start(), day);
                            recipient = whole != null ? whole : transferSubjects.antecedent(p, ofWhom.start(), day);
                            recipient = recipient != null ? recipient : UNNAMED; // "it counted": a force without a side
                        }
                    }
                    if (donor == null) {
                        // "Soviet commanders passed to the Communists …", "Soviet arms sent to China": the side
                        // named right before the participle gives
                        String before = sideOfNounBefore(p, t.start(), day);
                        donor = before != null && !before.equals("Other") && !before.equals(recipient) ? before : null;
                    }
                    return new String[] {donor, recipient};
                }
                int item = firstItemAfter(p, t.end(), q);
                String object = objectSide(p, t.end(), item, day);
                String turnedTo = transferSubjects.receiverOfRelative(p, t.start(), day);
                if (turnedTo != null && (object == null || unnamed(object))) {
                    // "Iraq turned to France, which supplied 64 fighters …, and to China": the relative clause ends at
                    // its comma; with no receiver of its own, the subject that turned to the giver receives
                    int comma = text.indexOf(',', Math.max(t.end(), q.end()));
                    String own = recipientAfter(p, Math.max(t.end(), q.end()), comma >= 0 && comma < ce ? comma : ce, day);
                    to = own != null ? own : turnedTo;
                }
                // "the Soviet Union shipped to China small arms …, and … handed over to the Region": with the giver
                // named, the "to" phrase between the verb and its first item names the receiver, not a later clause's
                String toBefore = object == null && subject != null && !unnamed(subject) && item > t.end() && !NEXT_CLAUSE.matcher(text).region(t.end(), item).find()
                        ? recipientAfter(p, t.end(), item, day) : null;
                to = toBefore != null && !unnamed(toBefore) ? toBefore : to;
                if ((object == null || unnamed(object)) && item > t.end() && TO_POINTER.matcher(text).region(t.end(), item).matches()) {
                    to = POINTED; // "released to it 100 fighters, built for the RAF": the pronoun between verb and item receives
                }
                String donor = subject != null ? subject : inItem;
                if (inItem == null && t.kind() == Kind.GIVE && transferSubjects.carrierSubject(text, t.start())) {
                    // "the Soviet Union mounted a sealift. … ships delivered 63,000 tons": the craft carry what the side
                    // named before them sends
                    donor = transferSubjects.antecedent(p, t.start(), day);
                }
                return new String[] {donor, object != null && !unnamed(object) ? object : to != null ? to : object};
            }
        }
    }

    /**
     * {giver, receiver} of the last active giving verb of a lead-in's last sentence ("Under the agreement
     * Czechoslovakia supplied Egypt with:"): its subject, and the object between the verb and "with" or the colon;
     * null where not said, {@link AidTable#UNNAMED} for an object without a name.
     */
    String[] leadInParties(Prose leadIn, List<Transfer> transfers, LocalDate day) {
        Sentence last = leadIn.sentence(leadIn.sentenceCount() - 1);
        Transfer verb = null;
        for (Transfer t : transfers) {
            if (t.kind() == Kind.GIVE && !t.passive() && t.start() >= last.start() && t.end() <= last.end()) {
                verb = t;
            }
        }
        if (verb == null) {
            return new String[] {null, null};
        }
        String subject = transferSubjects.subject(leadIn, leadIn.clauseStart(verb.start()), verb.start(), day);
        int end = leadIn.text.lastIndexOf(':');
        end = end < verb.end() ? last.end() : end;
        int with = leadIn.text.indexOf(" with", verb.end());
        end = with >= 0 && with < end ? with : end;
        return new String[] {subject, objectSide(leadIn, verb.end(), end, day)};
    }

    private int firstItemAfter(Prose p, int from, Quantity q) {
        List<Quantity> between = p.quantitiesIn(from, q.end());
        return between.isEmpty() ? q.start() : Math.min(between.get(0).start(), q.start());
    }

    /** The one side other than {@code known} that the sentence names, or null when it names none or several. */
    String otherSideInSentence(Prose p, Sentence s, Quantity q, String known, LocalDate day) {
        int end = Math.min(s.end(), s.start() + 2 * Prose.WINDOW);
        String other = otherSideIn(p, s.start(), end, known, day);
        // only in the item's clause: "gave Nanjing a credit of …, and it unravelled after Japan invaded China"
        // names a party of another event there
        Matcher next = NEXT_CLAUSE.matcher(p.text).region(Math.min(q.end(), end), end);
        if (other != null && next.find() && !other.equals(otherSideIn(p, s.start(), next.start(), known, day))) {
            return null;
        }
        return other;
    }

    private String otherSideIn(Prose p, int from, int to, String known, LocalDate day) {
        String other = null;
        for (Prose.Name n : p.namesIn(from, to)) {
            if (n.isGroup() || originWords.contains(p.wordBefore(n.start()))) {
                continue; // "rifles from captured Japanese stocks": an origin is no party
            }
            if (IN_ORIGIN.matcher(p.text).region(Math.max(from, n.start() - 48), n.start()).find()) {
                continue; // "shipped from American depots in Japan": where the origin stands is no party either
            }
            if (waterNounAfter(p.text, n.end())) {
                continue; // "sent into the South China Sea": a sea's name is no party
            }
            if (transferSubjects.inInstrumentAside(p, n, to)) {
                continue; // "Hungary, acting without Moscow's leave, delivered": the aside names no party
            }
            String side = transferSubjects.sideOf(n, day);
            if (side.equals(known) || side.equals("Other")) {
                continue;
            }
            if (other != null && !other.equals(side)) {
                return null;
            }
            other = side;
        }
        return other;
    }

    /**
     * {donor, recipient} of a transfer named without figures in the two sentences before sentence {@code si}
     * ("Soviet aid to the province grew. Deliveries for 1945 included …"); null where not said.
     */
    String[] earlierTransfer(Prose p, int si, LocalDate day) {
        return earlierTransfer(p, si, -1, 2, day);
    }

    /**
     * As {@link #earlierTransfer(Prose, int, LocalDate)}, looking first at the part of sentence {@code si}
     * before {@code upTo} ("The Soviet Union kept arming the Ili forces; deliveries included …"), when
     * {@code upTo} is not -1, then at the {@code back} sentences before it.
     */
    String[] earlierTransfer(Prose p, int si, int upTo, int back, LocalDate day) {
        for (int i = upTo >= 0 ? si : si - 1; i >= Math.max(0, si - back); i--) {
            Sentence s = p.sentence(i);
            int sEnd = i == si ? Math.min(s.end(), upTo) : s.end();
            int from = Math.max(s.start(), sEnd - Prose.WINDOW);
            String text = p.text;
            int k = from;
            while (k < sEnd) {
                if (!Chars.isLetter(text.charAt(k)) || k > 0 && Chars.isLetter(text.charAt(k - 1))) {
                    k++;
                    continue;
                }
                int j = Chars.letterRunEnd(text, k, sEnd);
                String w = text.substring(k, j).toLowerCase(Locale.ROOT);
                if ((give.contains(w) || nouns.contains(w) || receive.contains(w)) && !TransferWords.compoundPart(text, k, j)) {
                    String donor = null;
                    String recipient = recipientAfter(p, j, sEnd, day);
                    if (recipient == null && give.contains(w)) {
                        recipient = objectRightAfter(p, j, sEnd, day); // "kept arming the Ili forces"
                    }
                    List<Prose.Name> before = p.namesIn(from, k);
                    String right = nouns.contains(w) && !give.contains(w) ? sideRightBefore(p, k, day) : null;
                    if (right != null && !right.equals("Other")) {
                        before = List.of(); // "by which Soviet aid reached": the side named with the noun gives
                        donor = right;
                    }
                    for (int n = before.size() - 1; n >= 0; n--) {
                        Prose.Name name = before.get(n);
                        if (!name.isGroup() && !transferSubjects.isObjectOfTransfer(p, name)) {
                            donor = transferSubjects.sideOf(name, day);
                            break;
                        }
                    }
                    if (receive.contains(w)) {
                        String from2 = agentAfter(p, j, sEnd, day);
                        return new String[] {from2, donor};
                    }
                    if (donor != null || recipient != null) {
                        return new String[] {donor, recipient};
                    }
                }
                k = j;
            }
        }
        return new String[] {null, null};
    }

    /** The side of a name right after a verb, with at most an article between ("arming the Ili forces"), or null. */
    private String objectRightAfter(Prose p, int from, int to, LocalDate day) {
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

    /** "from American depots in ": a place phrase inside a phrase of origin, right before a name. */
    private static final Pattern IN_ORIGIN = Pattern.compile(
            "\\bfrom\\s+(?:[\\p{L}-]+\\s+){1,3}(?:in|at|near)\\s+(?:the\\s+)?$");

    /** "to it", "to them" between a verb and its first item. */
    private static final Pattern TO_POINTER = Pattern.compile("\\s+(?:over\\s+)?to\\s+(?:it|them)\\s+");

    /** An object that is only a pronoun, with at most a preposition after it ("it with", "them"). */
    private static final Pattern POINTER = Pattern.compile("(?:it|them|him|her)(?:\\s+(?:with|by|in))?");

    /** The side of the object between an active verb and its first item ("lent the Mongolian government"). */
    private String objectSide(Prose p, int from, int to, LocalDate day) {
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

    /** The side of "to Y" / "for Y" / "towards Y" after the items, or Other for a named party without a side. */
    private String recipientAfter(Prose p, int from, int to, LocalDate day) {
        String rest = p.text.substring(from, Math.min(to, from + 160));
        Matcher m = TO.matcher(rest);
        while (m.find()) {
            int at = from + m.end();
            String pre = rest.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            if (paysFor(p.text, from + m.start(), at)) {
                continue; // "for the purchase of Soviet machinery", "to pay for Soviet lorries": what is bought, not who
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

    /** The side of a "by X", "from X" or "with X" phrase after the verb. */
    private String agentAfter(Prose p, int from, int to, LocalDate day) {
        String rest = p.text.substring(from, Math.min(to, from + 160));
        Matcher m = AGENT.matcher(rest);
        while (m.find()) {
            int at = from + m.end();
            List<Prose.Name> names = p.namesIn(at, Math.min(to, at + 40));
            if (!names.isEmpty() && names.get(0).start() - at < 15 && !names.get(0).isGroup()) {
                return transferSubjects.sideOf(names.get(0), day);
            }
        }
        return null;
    }

    /**
     * The side of a name right before the one noun before a participle ("Soviet commanders passed", "Soviet arms
     * sent"), or null; not across an auxiliary ("Mongolia were shipped") or another word.
     */
    private String sideOfNounBefore(Prose p, int verbStart, LocalDate day) {
        List<String> before = p.wordsBefore(verbStart, 1);
        if (before.isEmpty() || TransferWords.NOT_A_NOUN.contains(before.get(0))) {
            return null;
        }
        List<Prose.Name> names = p.namesIn(Math.max(0, verbStart - 40), verbStart);
        if (names.isEmpty() || names.get(names.size() - 1).isGroup()) {
            return null;
        }
        Prose.Name n = names.get(names.size() - 1);
        String between = p.text.substring(n.end(), verbStart).strip();
        return Once.LETTERS.matcher(between).matches() ? transferSubjects.sideOf(n, day) : null;
    }

    /** The side named right before a transfer noun ("a Soviet loan", "Soviet aid"), or null. */
    private String sideRightBefore(Prose p, int nounStart, LocalDate day) {
        List<Prose.Name> names = p.namesIn(Math.max(0, nounStart - 30), nounStart);
        if (names.isEmpty()) {
            return null;
        }
        Prose.Name n = names.get(names.size() - 1);
        String between = p.text.substring(n.end(), nounStart).strip();
        if (Chars.words(between).length > 2) {
            return null;
        }
        return n.isGroup() ? "Other" : transferSubjects.sideOf(n, day); // "Tuvan aid": a people without a state of the gazetteer
    }

    /** The side of the first gazetteer name in {@code [from, to)} not after "from" ("arrived from Moscow"), or null. */
    private String sideNotOfOrigin(Prose p, int from, int to, LocalDate day) {
        for (Prose.Name n : p.namesIn(from, to)) {
            if (!n.isGroup() && !originWords.contains(p.wordBefore(n.start()))) {
                return transferSubjects.sideOf(n, day);
            }
        }
        return null;
    }

    /** True when a word of {@code water_nouns} ("Sea") follows the name ending at {@code end}. */
    private boolean waterNounAfter(String text, int end) {
        String w = ArticleContext.nextWord(text, end);
        return w != null && Chars.isUpperCase(text.charAt(end + 1)) && waterNouns.contains(w);
    }

    /** " with", " alongside" right after a verb of service: the people serve another side's force. */
    /** ", of whom some": the part of a whole counted before. */
    private static final Pattern OF_WHOM = Pattern.compile(",\\s+of\\s+whom\\b");

    /** " were South Korean soldiers ": a figure's predicate noun phrase, up to the participle after it. */
    private static final Pattern PREDICATE = Pattern.compile("\\s+(?:were|was)\\s+[^,;.]{1,60}\\s+");

    /** " in its ranks", " in their ranks" right after a verb of service: the ranks of a force a pronoun points at. */
    /**
     * True when "with the" and a force noun ({@code force_nouns}) among the three lower-case words after it follow
     * {@code at} ("with the division as advisers"; "with the South Korean battalions" has a name and is read by name):
     * a force the text names no side of.
     */
    private boolean withAnUnnamedForce(Prose p, int at) {
        Matcher m = WITH_THE_FORCE.matcher(p.text).region(at, Math.min(p.text.length(), at + 60));
        if (!m.lookingAt()) {
            return false;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (forceNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** " with the division", " with the armoured units": "with the" and up to three lower-case words. */
    private static final Pattern WITH_THE_FORCE = Pattern.compile("\\s+with\\s+the\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)");

    private static final Pattern IN_ITS_RANKS = Pattern.compile("\\s+in\\s+(?:its|their)\\s+ranks\\b");

    private static final Pattern WITH_AFTER = Pattern.compile("\\s+(?:with|alongside|in\\s+(?:its|their)\\s+ranks)\\b");

    /**
     * The side named in the nearest figure with a noun before {@code q} in its sentence, for a figure without a noun of
     * its own that goes on a series ("13,000 Cuban troops were serving in 1980, about 5,000 in 1984"), or null.
     */
    private String sideOfSeries(Prose p, Quantity q, LocalDate day) {
        List<Quantity> before = p.quantitiesIn(p.sentence(p.sentenceIndex(q.start())).start(), q.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).unit().isEmpty()) {
                return sideIn(p, before.get(i).start(), before.get(i).end(), day);
            }
        }
        return null;
    }

    /** The side of the first gazetteer name in {@code [from, to)}, or null. */
    String sideIn(Prose p, int from, int to, LocalDate day) {
        for (Prose.Name n : p.namesIn(from, to)) {
            if (!n.isGroup()) {
                return transferSubjects.sideOf(n, day);
            }
        }
        return null;
    }
}
