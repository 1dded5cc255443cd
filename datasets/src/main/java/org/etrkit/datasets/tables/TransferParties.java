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

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The giver and the receiver of a transfer ({@link #parties}): the subject of an active verb
 * ({@link TransferSubjects}), the "by"/"from"/"with" phrase of a passive one or of "received", or the side named in
 * the item ("Soviet advisers") ({@link TransferGivers}); the object ("lent the Mongolian government"), the "to"
 * phrase ({@link TransferReceivers}), or the subject of "received". A unit named by a definite noun ("the Sibe battalion") takes the side of its earlier mention; a
 * pronoun party is {@link AidTable#UNNAMED} or {@link AidTable#POINTED}, for the reader to resolve. Also the
 * parties of a sentence's earlier transfer, and the one other side a sentence names.
 */
final class TransferParties {

    private static final Pattern FROM = Pattern.compile("\\s+from\\s+(?:the\\s+)?");

    /** ", but", ", while", ", whereas": the opening of a clause that contrasts with the one before. */
    private static final Pattern CONTRAST = Pattern.compile(",\\s+(?:but|while|whereas)\\s");


    private final Analysis a;
    private final TroopsTable.Reader troops;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    private final Set<String> give;
    private final Set<String> receive;
    private final Set<String> nouns;
    /** "support", "backing": a transfer noun only right after a side's name ({@code backing_nouns}). */
    private final Set<String> backing;
    private final Set<String> arrivalWords;
    /** Words before a name that make it where items came from, not a party ("from captured Japanese stocks"). */
    private final Set<String> originWords;
    /** "the Sibe battalion", "the new army": nouns of a unit whose side its earlier mention gives ({@code force_nouns}). */
    private final Set<String> forceNouns;
    /** The subjects of transfer verbs and what pronouns point back to. */
    private final TransferSubjects transferSubjects;
    /** The receiver's phrases: "to Y", the object of a giving verb, a definite unit. */
    private final TransferReceivers receivers;
    /** The giver's phrases: "by X", "from X", the side named in the item or right before a transfer noun. */
    private final TransferGivers givers;

    TransferParties(Analysis a, TroopsTable.Reader troops, TransferSubjects transferSubjects) {
        this.a = a;
        Lexicon lex = a.rules.lexicon();
        this.troops = troops;
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.give = lex.set("transfer_verbs");
        this.receive = lex.set("receive_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.backing = lex.set("backing_nouns");
        this.arrivalWords = lex.set("arrival_verbs");
        this.originWords = lex.set("origin_words");
        this.forceNouns = lex.set("force_nouns");
        this.transferSubjects = transferSubjects;
        this.receivers = new TransferReceivers(lex, transferSubjects);
        this.givers = new TransferGivers(a, transferSubjects);
    }

    /**
     * The side of the object of a verb of help ({@code help_verbs}) after the figure ({@link
     * TransferReceivers#helpedObject}); null when there is none.
     */
    String helpedObject(Prose p, int from, int to, LocalDate day) {
        return receivers.helpedObject(p, from, to, day);
    }

    /** The side of the first gazetteer name in {@code [from, to)}, or null ({@link TransferGivers#sideIn}). */
    String sideIn(Prose p, int from, int to, LocalDate day) {
        return givers.sideIn(p, from, to, day);
    }

    /** {donor, recipient} read around the transfer word; null where the text does not say. */
    String[] parties(Prose p, Quantity q, Transfer t, LocalDate day) {
        String text = p.text;
        int cs = p.clauseStart(t.start());
        int ce = p.clauseEnd(Math.max(t.end(), q.end()));
        // "had provided $400 million since 1950, but … pushed Jakarta towards Moscow": a clause of contrast after the
        // item is another event, and its "to" phrase no receiver of this one
        Matcher contrast = CONTRAST.matcher(text).region(Math.max(t.end(), q.end()), ce);
        String to = receivers.recipientAfter(p, Math.max(t.end(), q.end()), contrast.find() ? contrast.start() : ce, day);
        String byPhrase = givers.agentAfter(p, t.end(), ce, day);
        String inItem = givers.sideIn(p, q.start(), q.end(), day);
        if (inItem == null && givers.outsidePeople(p, q)) {
            inItem = "Other"; // "some 11,000 French teachers were serving": a state outside the list sends its own people
        }
        String subject = transferSubjects.subject(p, cs, t.start(), day);
        switch (t.kind()) {
            case SERVE -> {
                if (inItem == null && q.unit().isEmpty()) {
                    inItem = givers.sideOfSeries(p, q, day); // "13,000 Cuban troops …, about 5,000 in 1984": the series' men
                }
                if (inItem == null && t.start() >= q.end() && GiftPhrases.apposedService(text, q.end(), t.start())) {
                    inItem = givers.sideIn(p, q.end(), t.start(), day); // "2,200 KATUSA soldiers, South Korean recruits serving"
                }
                boolean people = personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                        || aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT));
                String from = arrivalWords.contains(t.word()) ? givers.agentAfter(p, t.end(), ce, day) : null;
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
                String recipient = givers.sideNotOfOrigin(p, t.end(), upTo, day);
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
                String from = byPhrase != null ? byPhrase : givers.sideIn(p, t.end(), ce, day);
                if (from == null && inItem == null && givers.ofAnOutsideState(p, q)) {
                    from = "Other"; // "received $8.5 million of American goods": goods of a state outside the list
                }
                return new String[] {from != null ? from : inItem, subject};
            }
            case NOUN -> {
                if (to == null && t.end() < q.start()) {
                    to = receivers.recipientAfter(p, t.end(), q.start(), day); // "Soviet deliveries to China … came to 120 tons"
                }
                if (GiftPhrases.inNounAfter(text, q.end(), t.start())) {
                    // "Congress voted $40 million in military aid to Laos": the clause's subject gives
                    String giver = transferSubjects.subject(p, cs, q.start(), day);
                    String named = givers.sideRightBefore(p, t.start(), day);
                    if (named != null && giver != null && !unnamed(giver) && !named.equals(giver)) {
                        // "Ghana had used only some 30 million roubles of the Soviet credits": the noun names its own
                        // giver, and the subject that uses a part of them is their receiver
                        return new String[] {named, to != null ? to : giver};
                    }
                    return new String[] {giver != null ? giver : inItem, to};
                }
                String donor = givers.sideRightBefore(p, t.start(), day);
                if (donor == null) {
                    Matcher from = FROM.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 8));
                    List<Prose.Name> after = from.lookingAt() ? p.namesIn(from.end(), Math.min(ce, from.end() + 40)) : List.of();
                    if (!after.isEmpty() && after.get(0).start() == from.end() && !after.get(0).isGroup()) {
                        donor = transferSubjects.sideOf(after.get(0), day); // "a loan from Moscow", "aid from the Soviet Union"
                    }
                }
                if (donor == null && inItem == null) {
                    donor = givers.agentBeforeMeans(p, cs, t.start(), day); // "was built by China under an interest-free loan"
                }
                if (donor == null && inItem == null) {
                    donor = givers.subjectBeforeMeans(p, cs, t.start(), day); // "it paid for a school with a grant of"
                }
                String[] relative = donor == null && inItem == null ? RelativeGivers.ofNoun(p, t.start(), transferSubjects, day) : null;
                if (relative != null) {
                    // "turned to China, which had promised a loan of $40 million during his visit to Beijing"
                    return new String[] {relative[0], relative[1] != null ? relative[1] : "Other".equals(relative[0]) ? to : null};
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
                            ? receivers.recipientAfter(p, t.end(), q.start(), day) : null;
                    // "the arms sent to Canton at 3 million rubles": the "to" phrase between verb and figure
                    String recipient = toBefore != null ? toBefore
                            : to == null && q.start() >= t.end() ? transferSubjects.subject(p, cs, t.start(), day) : to;
                    String donor = byPhrase != null ? byPhrase : inItem;
                    if (donor == null && q.end() <= t.start() && PREDICATE.matcher(text).region(q.end(), t.start()).matches()) {
                        // "of whom some 1,800 were South Korean soldiers assigned by their army": the predicate noun
                        // names whose men they are, and that side lends them
                        donor = givers.sideIn(p, q.end(), t.start(), day);
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
                        String before = givers.sideOfNounBefore(p, t.start(), day);
                        if (before != null && before.equals(recipient) && !before.equals("Other") && toBefore == null && to == null
                                && q.start() >= t.end()) {
                            // "the value of all Soviet arms supplied … at $340 million": the side the participle's own
                            // noun names gives them, and is no receiver too
                            recipient = null;
                        }
                        donor = before != null && !before.equals("Other") && !before.equals(recipient) ? before : null;
                    }
                    return new String[] {donor, recipient};
                }
                int item = firstItemAfter(p, t.end(), q);
                String object = receivers.objectSide(p, t.end(), item, day);
                String turnedTo = transferSubjects.receiverOfRelative(p, t.start(), day);
                if (turnedTo != null && (object == null || unnamed(object))) {
                    // "Iraq turned to France, which supplied 64 fighters …, and to China": the relative clause ends at
                    // its comma; with no receiver of its own, the subject that turned to the giver receives
                    int comma = text.indexOf(',', Math.max(t.end(), q.end()));
                    String own = receivers.recipientAfter(p, Math.max(t.end(), q.end()), comma >= 0 && comma < ce ? comma : ce, day);
                    to = own != null ? own : turnedTo;
                }
                // "the Soviet Union shipped to China small arms …, and … handed over to the Region": with the giver
                // named, the "to" phrase between the verb and its first item names the receiver, not a later clause's
                String toBefore = object == null && subject != null && !unnamed(subject) && item > t.end() && !NEXT_CLAUSE.matcher(text).region(t.end(), item).find()
                        ? receivers.recipientAfter(p, t.end(), item, day) : null;
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
        return new String[] {subject, receivers.objectSide(leadIn, verb.end(), end, day)};
    }

    private int firstItemAfter(Prose p, int from, Quantity q) {
        List<Quantity> between = p.quantitiesIn(from, q.end());
        return between.isEmpty() ? q.start() : Math.min(between.get(0).start(), q.start());
    }

    /** The one side other than {@code known} that the sentence names, or null when it names none or several. */
    String otherSideInSentence(Prose p, Sentence s, Quantity q, String known, LocalDate day) {
        int end = Math.min(s.end(), s.start() + 2 * Prose.WINDOW);
        int cut = ownClauseStart(p, s.start(), q.start(), known, day);
        String other = otherSideIn(p, s.start(), end, known, cut, day);
        // only in the item's clause: "gave Nanjing a credit of …, and it unravelled after Japan invaded China"
        // names a party of another event there
        Matcher next = NEXT_CLAUSE.matcher(p.text).region(Math.min(q.end(), end), end);
        int clauseEnd = next.find() ? next.start() : -1;
        Matcher result = RESULT_CLAUSE.matcher(p.text).region(Math.min(q.end(), end), end);
        if (result.find() && (clauseEnd < 0 || result.start() < clauseEnd)) {
            clauseEnd = result.start(); // "lent $25 million, so that Soviet and Chinese projects …": what followed
        }
        if (other != null && clauseEnd >= 0 && !other.equals(otherSideIn(p, s.start(), clauseEnd, known, cut, day))) {
            return null;
        }
        return other;
    }

    /**
     * Where the item's own clause starts for {@link #otherSideInSentence}: after the last clause boundary before the
     * item ("; ", ", and ", ", while ") when that clause names the known party itself ("… were trained in A and B, and B
     * sent 45 instructors": a place of the event before, "in A", is no party of this one); else the sentence's start.
     */
    private int ownClauseStart(Prose p, int start, int item, String known, LocalDate day) {
        Matcher next = NEXT_CLAUSE.matcher(p.text).region(start, item);
        int last = -1;
        while (next.find()) {
            last = next.end();
        }
        if (last < 0) {
            return start;
        }
        for (Prose.Name n : p.namesIn(last, item)) {
            if (!n.isGroup() && transferSubjects.sideOf(n, day).equals(known)) {
                return last;
            }
        }
        return start;
    }

    /** " in the ", " at ": the preposition of a place right before a name. */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?$");

    /** ", so that": a clause of what followed from the transfer, whose names are no party of it. */
    private static final Pattern RESULT_CLAUSE = Pattern.compile(",\\s+so\\s+that\\s");

    /** "signed in ", "concluded at ": the place where a document was signed, no party to what it gave. */
    private static final Pattern SIGNED_IN = Pattern.compile("\\b(?:signed|concluded|initialled|ratified)\\s+(?:in|at)\\s+$");

    /** The one side other than {@code known} named in {@code [from, to)}, skipping places ("in A") before {@code cut}. */
    private String otherSideIn(Prose p, int from, int to, String known, int cut, LocalDate day) {
        String other = null;
        for (Prose.Name n : p.namesIn(from, to)) {
            if (n.isGroup() || originWords.contains(p.wordBefore(n.start()))) {
                continue; // "rifles from captured Japanese stocks": an origin is no party
            }
            if (n.start() < cut && PLACE_BEFORE.matcher(p.text).region(Math.max(from, n.start() - 12), n.start()).find()) {
                continue; // "had been trained in A and B, and B sent": where an earlier clause's event took place
            }
            if (IN_ORIGIN.matcher(p.text).region(Math.max(from, n.start() - 48), n.start()).find()) {
                continue; // "shipped from American depots in Japan": where the origin stands is no party either
            }
            if (receivers.waterNounAfter(p.text, n.end())) {
                continue; // "sent into the South China Sea": a sea's name is no party
            }
            if (SIGNED_IN.matcher(p.text).region(Math.max(from, n.start() - 24), n.start()).find()) {
                continue; // "a second agreement, signed in Moscow, added $50 million": where it was signed
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
                boolean backed = backing.contains(w) && !"Other".equals(givers.sideRightBefore(p, k, day))
                        && givers.sideRightBefore(p, k, day) != null; // "Soviet support was real but limited"
                if ((give.contains(w) || nouns.contains(w) || receive.contains(w) || backed)
                        && !TransferWords.compoundPart(text, k, j)
                        && !TransferWords.seekingTurn(text, w, j)) { // "turned to Moscow for arms": no transfer to Moscow
                    String donor = null;
                    String recipient = receivers.recipientAfter(p, j, sEnd, day);
                    if (recipient == null && give.contains(w)) {
                        recipient = receivers.objectRightAfter(p, j, sEnd, day); // "kept arming the Ili forces"
                    }
                    List<Prose.Name> before = p.namesIn(from, k);
                    String right = (nouns.contains(w) || backed) && !give.contains(w) ? givers.sideRightBefore(p, k, day) : null;
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
                        String from2 = givers.agentAfter(p, j, sEnd, day);
                        return new String[] {from2, donor};
                    }
                    if (donor == null && give.contains(w) && PASSIVE_AUX_BEFORE.matcher(text).region(from, k).find()) {
                        // "The army was equipped from Soviet stocks.": the agent or source of a passive gift gives, and
                        // its subject, no name, is the receiver the text leaves unsaid
                        donor = givers.agentAfter(p, j, sEnd, day);
                        if (donor != null && recipient == null) {
                            recipient = UNNAMED;
                        }
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

    /** "was ", "were ", "had been ": the auxiliary of a passive right before its participle. */
    private static final Pattern PASSIVE_AUX_BEFORE = Pattern.compile("\\b(?:was|were|been)\\s+$");

    /** "from American depots in ": a place phrase inside a phrase of origin, right before a name. */
    private static final Pattern IN_ORIGIN = Pattern.compile(
            "\\bfrom\\s+(?:[\\p{L}-]+\\s+){1,3}(?:in|at|near)\\s+(?:the\\s+)?$");

    /** "to it", "to them" between a verb and its first item. */
    private static final Pattern TO_POINTER = Pattern.compile("\\s+(?:over\\s+)?to\\s+(?:it|them)\\s+");


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

}