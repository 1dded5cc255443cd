package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

import tech.tablesaw.api.Table;

/**
 * Quantified transfers from one side to another: each figure of materiel, money or personnel in a
 * clause with a transfer verb or noun of the lexicon ("supplied", "lent", "received", "were sent",
 * "deliveries"), and each figure of personnel that a service verb ties to another side ("140 advisers
 * worked with Chinese headquarters", "3,665 servicemen passed through China", advisers or pilots who
 * "arrived in" a place of the other side; troops arriving are no aid, losses are no gift). A figure in a
 * relative clause after the items ("40 aircraft, which flew 3,200 soldiers") is not an item unless that
 * clause lists them ("units that included 500 officers"). The donor is the subject of an active verb, the "by"/"from"/"with" phrase of a passive
 * one or of "received", or the side named in the item ("Soviet advisers"); the recipient is the object
 * ("lent the Mongolian government"), the "to" phrase, or the subject of "received". A pronoun, or a
 * transfer noun without names ("There followed big arms deliveries"), takes the donor and recipient of
 * the paragraph's previous transfer; a transfer noun after a verb of transfer in the same sentence
 * ("kept arming the Ili forces; deliveries included …") takes that verb's parties, and one that names no
 * party anywhere takes the pair of three in four of the article's transfers. A verb joined by "and" to an
 * earlier one keeps its subject ("Moscow cancelled the debts and lent …"), and ", which sent" takes the name
 * before it. A pronoun party ("supplied it with", "seconded … to it") takes the counterpart of the article's
 * other transfers; items left with one party take the other from those completed first. Materiel arriving
 * ("arrived from X", "went to Y") is given. A name without a side is {@code Other}. Money is in USD where the
 * text writes {@code $}; other currencies keep their unit as written ("gold rubles", "tugriks").
 * A giver after ", of which" gives to the receiver of the whole ("the rebels received missiles, of which X delivered
 * 2,300"), and a place without a side as receiver after a receiver whose giver is unsaid is that receiver.
 * The worth of goods a giving verb of the sentence before passed on ("China shipped consumer goods. These goods, worth
 * some $200 million, …") is given by that verb's subject ({@link GoodsValues}).
 * The period is the dates of the clause, else the date earlier in the paragraph up to a later sentence
 * of the paragraph that ends the aid ("was halted", "ceased").
 */
final class AidTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("aid", "Aid",
            "Quantified aid: who gave what to whom, over which years, with the article's hedge (qualifier).",
            List.of(Field.string("donor", "The giving side: ETR, USSR, ROC, PRC, Japan, Mongolia or Other."),
                    Field.string("recipient", "The receiving side, same codes as donor."),
                    new Field("year_start", INTEGER, "First year of the aid period, where the article gives it."),
                    new Field("year_end", INTEGER, "Last year of the aid period, where the article gives it."),
                    Field.string("item", "What was given, as written (aircraft, rifles, credits, ...)."),
                    new Field("quantity", NUMBER, "How many or how much; money in units of the currency."),
                    CommonFields.QUALIFIER,
                    Field.string("unit", "The counted noun, USD for money written with $, or the currency as written "
                            + "(gold rubles, tugriks)."),
                    CommonFields.SOURCE, CommonFields.LINE, CommonFields.QUOTE,
                    Field.string("rule", "How donor and recipient were read: the verb or noun of the transfer.")));

    /** One quantified item. */
    record Row(Place place, String donor, String recipient, Integer yearStart, Integer yearEnd, String item,
               double quantity, String qualifier, String unit, String source, int line, String quote, String rule) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Reader reader = new Reader(a);
        List<Row> rows = new ArrayList<>();
        for (ArticleContext ac : a.articles) {
            int order = a.order(ac.article.source());
            List<Row> ofArticle = new ArrayList<>();
            List<Row> pending = new ArrayList<>();
            reader.frame = reader.articleParties.frameOf(ac);
            reader.transferSubjects.place = reader.articleParties.placeOf(ac);
            reader.infobox(ac, order, ofArticle);
            Prose leadIn = null;
            int lastLine = -1;
            for (Prose p : ac.prose) {
                boolean item = p.block.kind().equals("item");
                if (!item) {
                    leadIn = reader.leadInLists.leadsInAList(p) ? p : null;
                } else if (leadIn != null && p.block.at().line() != lastLine + 1) {
                    leadIn = null; // a list that does not follow the lead-in right away
                }
                lastLine = p.block.at().line();
                if (item && leadIn != null && reader.leadInLists.takesTheLeadInsParties(p)) {
                    reader.leadInLists.listItem(order, p, leadIn, reader.frame, ofArticle, pending);
                } else {
                    reader.read(order, p, ofArticle, pending);
                }
            }
            reader.tables(ac, order, ofArticle, pending);
            ofArticle.addAll(ArticlePairs.completeFromArticle(ofArticle, pending, reader.frame, reader.receive, reader.people));
            rows.addAll(ofArticle);
        }
        rows.sort((x, y) -> x.place().compareTo(y.place()));
        Table t = SPEC.newTable();
        for (Row r : rows) {
            Cells.string(t, "donor", r.donor());
            Cells.string(t, "recipient", r.recipient());
            Cells.integer(t, "year_start", r.yearStart());
            Cells.integer(t, "year_end", r.yearEnd());
            Cells.string(t, "item", r.item());
            Cells.number(t, "quantity", r.quantity());
            Cells.string(t, "qualifier", r.qualifier());
            Cells.string(t, "unit", r.unit());
            Cells.string(t, "source", r.source());
            Cells.integer(t, "line", r.line());
            Cells.string(t, "quote", r.quote());
            Cells.string(t, "rule", r.rule());
        }
        return Cells.checkRectangular(t);
    }

    /**
     * A party the text points at without a name the gazetteer knows ("the rebels", "it", "Ghulja"): the
     * paragraph's or the article's party of that role, see {@link #resolve}.
     */
    static final String UNNAMED = "Other?";
    /**
     * An {@link #UNNAMED} party that a pronoun points at ("supplied it with", "toward its upkeep"): with no
     * party of that role elsewhere, the article's counterpart of the other party.
     */
    static final String POINTED = "Other?it";

    static boolean unnamed(String party) {
        return party != null && party.startsWith(UNNAMED);
    }

    /**
     * A party read as {@link #UNNAMED} ("gave the rebels", "shipped it", "to Ghulja"): the paragraph's last
     * stated party of that role when that transfer had the same other party, else the article's
     * ({@link Reader#frame}) when the other party is the article's too; else {@code Other}.
     */
    static String resolve(String party, String paragraph, String paragraphOther, String[] article, int role,
                           String other) {
        if (!unnamed(party)) {
            return party;
        }
        if (paragraph != null && !unnamed(paragraph) && !paragraph.equals(other)
                && (other == null || other.equals(paragraphOther))) {
            return paragraph;
        }
        String mine = article[role];
        if (mine != null && !mine.equals(other) && (other == null || other.equals(article[1 - role]))) {
            return mine;
        }
        return POINTED.equals(party) ? party : "Other"; // a pronoun: the article's counterpart (ArticlePairs)
    }

    /**
     * The reading of transfers, paragraph by paragraph: the article's parties ({@link ArticleParties}), the items
     * of its infobox ({@link AidInfobox}) and pipe tables ({@link AidPipeTables}), the transfer words of prose
     * ({@link TransferWords}), their giver and receiver ({@link TransferParties}, {@link TransferSubjects}) and the
     * item and unit of each figure ({@link FigureItem}), the checks that make a figure of a transfer's clause an item
     * ({@link ItemChecks}, {@link PeopleNotGiven}, {@link UngivenFigures}), the bullets after a lead-in
     * ({@link LeadInLists}) and the years of a transfer ({@link AidPeriod}); the reader resolves unnamed parties and
     * completes those the text leaves out.
     */
    static final class Reader {
        private final Analysis a;
        private final Lexicon lex;
        private final Set<String> receive;
        private final Set<String> materiel;
        private final Set<String> personnel;
        private final Set<String> collective;
        private final Set<String> aidPersonnel;
        /** {@link #personnel} and {@link #aidPersonnel}: units that count people ({@link TransferWords#people}). */
        final Set<String> people;
        /** Verbs that pass on only money ("advanced a loan"); with men they move them ("advanced with 20,000 men"). */
        private final Set<String> moneyVerbs;
        /** Verbs that give only money ("committed 90 million rubles"); men and arms "committed" go to a fight. */
        private final Set<String> sumVerbs;
        /** Verbs that pass on goods or men, never money: money "issued" is printed ("issued notes of 6 billion yuan"). */
        private final Set<String> goodsVerbs;
        private final Set<String> arrivalWords;
        private final List<String> currencies;
        private final Pattern passive;
        private final TroopsTable.Reader troops;
        /** The article's parties: its frame and the side of its place. */
        private final ArticleParties articleParties;
        /** The item, unit and currency of a figure. */
        private final FigureItem figureItems;
        /** The items of the infobox. */
        private final AidInfobox aidInfobox;
        /** The items of the pipe tables. */
        private final AidPipeTables aidPipeTables;
        /** The transfer verbs and nouns of prose. */
        private final TransferWords transferWords;
        /** The subjects of transfer verbs and what pronouns point back to. */
        private final TransferSubjects transferSubjects;
        /** The giver and the receiver of a transfer. */
        private final TransferParties transferParties;
        /** Counts of the donor's civilian staff at work for the receiver. */
        private final DonorStaff donorStaff;
        /** The years of a transfer. */
        private final AidPeriod aidPeriod;
        /** The checks that decide whether a figure of a transfer's clause is an item given. */
        private final ItemChecks itemChecks;
        /** Weights of what a plant given makes, and what a thing built holds: no item. */
        private final OutputFigures outputFigures;
        /** Words of a state outside the list near a transfer. */
        private final OutsideStateWords outsideStateWords;
        /** The bullets after a lead-in that names a transfer. */
        final LeadInLists leadInLists;
        /** Giving verbs whose subject is a state's budget or plan. */
        private final OwnOutlays ownOutlays;
        /**
         * {donor, recipient} of the article as a whole, where it says: its infobox's {@code Donor} and
         * {@code Recipient} (keys of the lexicon's {@code donor_keys}, {@code recipient_keys}), else a title that
         * names a transfer ("Soviet aid to the East Turkestan Republic"); null entries where it does not.
         */
        String[] frame = {null, null};

        Reader(Analysis a) {
            this.a = a;
            this.lex = a.rules.lexicon();
            this.receive = lex.set("receive_verbs");
            this.materiel = lex.set("materiel");
            this.personnel = lex.set("personnel");
            this.collective = lex.set("collective");
            this.aidPersonnel = lex.set("aid_personnel");
            this.moneyVerbs = lex.set("money_verbs");
            this.sumVerbs = lex.set("sum_verbs");
            this.goodsVerbs = lex.set("goods_verbs");
            this.arrivalWords = lex.set("arrival_verbs");
            this.currencies = lex.list("currencies").stream()
                    .sorted((x, y) -> y.length() - x.length()).toList();
            this.passive = a.rules.clauses().aidPassive();
            this.troops = new TroopsTable.Reader(a);
            this.articleParties = new ArticleParties(lex);
            this.figureItems = new FigureItem(lex, troops);
            this.aidInfobox = new AidInfobox(lex, figureItems);
            this.aidPipeTables = new AidPipeTables(lex, figureItems);
            this.transferWords = new TransferWords(lex, passive, figureItems);
            this.people = transferWords.people;
            this.transferSubjects = new TransferSubjects(lex);
            this.transferParties = new TransferParties(a, troops, transferSubjects);
            this.donorStaff = new DonorStaff(lex, troops);
            this.aidPeriod = new AidPeriod(lex);
            this.itemChecks = new ItemChecks(lex);
            this.outputFigures = new OutputFigures(lex);
            this.outsideStateWords = new OutsideStateWords(lex);
            this.ownOutlays = new OwnOutlays(lex);
            this.leadInLists = new LeadInLists(lex, figureItems, transferWords, transferParties, aidPeriod);
        }

        /** The items of the article's pipe tables: see {@link AidPipeTables}. */
        void tables(ArticleContext ac, int order, List<Row> rows, List<Row> pending) {
            aidPipeTables.tables(a, ac, order, frame, rows, pending);
        }

        /** The items of the article's infobox: see {@link AidInfobox}. */
        void infobox(ArticleContext ac, int order, List<Row> rows) {
            aidInfobox.infobox(a, ac, order, frame, rows);
        }

        /**
         * The items of the transfers of {@code p} ({@link #readItems}), after a pre-check that skips a block that
         * cannot give one ({@link #mayGiveItems}).
         */
        void read(int order, Prose p, List<Row> rows, List<Row> pending) {
            if (mayGiveItems(p)) {
                readItems(order, p, rows, pending);
            }
        }

        /**
         * Whether {@link #readItems} may give an item of {@code p}: every item it reads is one of the block's figures
         * ({@code p.block.quantities()}), so a block without a figure gives none, and its transfer words need not be
         * looked for. Most blocks of prose have no figure.
         */
        static boolean mayGiveItems(Prose p) {
            return !p.block.quantities().isEmpty();
        }

        /** The items of the transfers of {@code p}, each a figure of the block, added to {@code rows} or {@code pending}. */
        void readItems(int order, Prose p, List<Row> rows, List<Row> pending) {
            List<Transfer> transfers = transferWords.transfers(p);
            boolean staffed = DonorStaff.applies(frame);
            if (transfers.isEmpty() && !staffed) {
                return;
            }
            String lastDonor = null;
            String lastRecipient = null;
            // "the army received 3,000 rifles" from a giver left unsaid: the paragraph's receiver all the same
            String unsaidGiversRecipient = null;
            for (Quantity q : p.block.quantities()) {
                String unit = transfers.isEmpty() && !staffed ? null : figureItems.itemUnit(p, q);
                if (staffed && donorStaff.countsStaff(p, q, unit) && (unit == null || transfers.isEmpty()
                        || transferWords.transferFor(p, q, transfers) == null) && donorStaff(order, p, q, unit, rows)) {
                    // "built by 86 Chinese technicians": the giver's staff at work for the receiver, also where a verb of
                    // service governs a staff noun that is no item of its own ("300 Chinese builders worked on it")
                    continue;
                }
                if (transfers.isEmpty()) {
                    continue;
                }
                if (unit == null || FigureItem.modifier(p.text, q)) {
                    continue; // "twelve 175-megawatt turbines": 175 qualifies the noun, twelve counts it
                }
                if (collective.contains(unit.toLowerCase(Locale.ROOT)) && !itemChecks.ofOrForBefore(p, q.start())) {
                    continue; // "sent two brigades": formations are counted, not given ("the equipment of 64 divisions" is)
                }
                Transfer t = transferWords.transferFor(p, q, transfers);
                t = t != null ? t : AppositeGifts.after(p, q, transfers); // "5,000 tonnes of rice at Conakry, a donation"
                Transfer valued = t == null && figureItems.isMoney(q) ? GoodsValues.givenBefore(p, q, transfers) : null;
                t = valued != null ? valued : t; // "China shipped consumer goods. These goods, worth $200 million"
                if (t == null || UngivenFigures.countsNoGift(p, q)) {
                    continue; // a share's whole, a debt, a rate, a capacity, what money pays for, a route, a load, trainees
                }
                if (sumVerbs.contains(t.word()) && !figureItems.isMoney(q)
                        || UngivenFigures.menTheArmsEquip(p, q, personnel, materiel)) {
                    continue; // "the army committed 40 armoured cars": to a fight; "rifles for 9,000 men": whom they arm
                }
                if (ItemChecks.calibre(p, q)) {
                    continue; // "122 mm howitzers": the bore names the model, it counts no guns
                }
                if (itemChecks.sizeOfCountedItems(p, q) || outputFigures.madeOrHeld(p.text, p.sentence(p.sentenceIndex(q.start())).start(), q, transfers)) {
                    continue; // "12 trawlers of up to 2,500 tons": each one's size; "output from 300,000 tonnes": what is made
                }
                if (itemChecks.requestedBefore(p, q, transfers)) {
                    continue; // "recommended $250 million in grants", "asked for credits of 5 billion yuan": never given
                }
                if (UnkeptOffers.unkept(p, t)) {
                    continue; // "offered to reduce", "offered a reward of", "offered 4,000 rifles if he would rise": no gift
                }
                if (itemChecks.reparations(p, q)) {
                    continue; // "paid $300 million in war reparations": owed for a war, no gift
                }
                if (ownOutlays.budgetGives(p, t)) {
                    continue; // "Ceylon's 1963 budget allotted 900 million rupees to irrigation": a state's own outlay
                }
                if (t.kind() == Kind.GIVE && t.end() <= q.start() && !figureItems.isMoney(q) && ItemChecks.sentAgainst(p, q)) {
                    continue; // "sent some 120 bombers against the airfields": an attack, not a gift
                }
                if (personnel.contains(unit.toLowerCase(Locale.ROOT)) || aidPersonnel.contains(unit.toLowerCase(Locale.ROOT))) {
                    // "handed over all 39 fighters to the air force and trained …": the object of a giving verb is
                    // given, whatever verb follows it; other people are given only where the figure's own measure is
                    // the force's strength or its sending ("227 of them lost their lives" is a loss, not a gift)
                    if (!ItemChecks.objectOfGiving(p, q, t)) {
                        String measure = troops.measure(p, q);
                        if (!measure.equals("strength") && !measure.equals("sent") && !measure.equals("deployed")
                                && !measure.equals("enlisted")) {
                            continue;
                        }
                    }
                    if (t.kind() == Kind.SERVE && arrivalWords.contains(t.word())
                            && !aidPersonnel.contains(unit.toLowerCase(Locale.ROOT))
                            && !PeopleNotGiven.TO_ADVISE.matcher(p.text).region(q.end(), Math.min(p.clauseEnd(q.end()), q.end() + 60)).find()) {
                        // troops arriving somewhere are no aid; advisers and pilots arriving are, and so are officers
                        // arriving "to advise" or "to train" another's army
                        continue;
                    }
                    if (t.kind() == Kind.SERVE && t.word().endsWith(" through") && t.start() > q.end()
                            && PeopleNotGiven.throughInstitutions(p, p.text.indexOf(" through", t.start()) + 8)) {
                        continue; // "900 Indian engineers passed through Soviet plants": trainees, not a gift
                    }
                    if (moneyVerbs.contains(t.word())) {
                        continue; // "advanced on the lines with 20,000 men": the men move, nobody is given them
                    }
                    if (PeopleNotGiven.TRAINED_AFTER.matcher(p.text).region(q.end(), p.clauseEnd(q.end())).lookingAt()) {
                        continue; // "about 190 Ghanaian officers had completed courses there": trained, not given
                    }
                    if (PeopleNotGiven.FORCE_OF_BEFORE.matcher(p.text).region(Math.max(0, q.start() - 40), q.start()).find()) {
                        continue; // "to expand the army, then 4,000 strong, to a force of 10,000 men": a size, not a gift
                    }
                    if (t.start() >= q.end() && ItemClauses.providedWith(p.text, t)) {
                        continue; // "grew to some 100,000 and was equipped almost entirely with Soviet weapons": they receive
                    }
                } else if (t.kind() == Kind.SERVE && (!arrivalWords.contains(t.word()) || t.start() > q.end()
                        && TransferWords.NEXT_CLAUSE.matcher(p.text).region(q.end(), t.start()).find())) {
                    continue; // only people serve; materiel arrives ("60 trucks arrived"), in its own clause, not ", and …
                }
                if (t.kind() == Kind.NOUN && itemChecks.endsAfter(p, q)) {
                    continue; // "the subsidy of 3 million taels, on which it depended, ceased": what stopped, not a gift
                }
                if (goodsVerbs.contains(t.word()) && figureItems.isMoney(q)) {
                    continue; // "the bank issued notes of 900 million yuan": money printed, not given
                }
                Sentence s = p.sentence(p.sentenceIndex(q.start()));
                LocalDate day = AidPeriod.dayOf(p, q);
                String[] parties = valued == null ? transferParties.parties(p, q, t, day)
                        : new String[] {transferSubjects.subject(p, p.clauseStart(t.start()), t.start(), day), null};
                if (parties[0] == null && t.kind() != Kind.RECEIVE && outsideStateWords.outsideStateRightBefore(p.text, t.start())) {
                    parties[0] = "Other"; // "financed by an American grant of $15 million": a state outside the list gave
                }
                if (parties[1] == null || unnamed(parties[1])) {
                    String helped = transferParties.helpedObject(p, q.end(), p.clauseEnd(q.end()), day);
                    parties[1] = helped != null && !helped.equals(parties[0]) ? helped : parties[1]; // "… loan helped the government pay"
                }
                if (parties[0] != null && parties[1] == null && lastRecipient == null
                        && !(t.kind() == Kind.GIVE && TransferSubjects.afterRelativePronoun(p.text, t.start())) // "and Libya, which gave"
                        && !(t.kind() == Kind.RECEIVE && p.wordsBefore(t.start(), 3).stream().anyMatch(SUBJECT_PRONOUNS::contains))) {
                    // "… to Beijing, three months after he had obtained a grant from the Soviet Union": he receives, not
                    // another side the sentence names
                    parties[1] = transferParties.otherSideInSentence(p, s, q, parties[0], day); // "the Soviet Union and China set up …"
                } else if (parties[1] != null && parties[0] == null && lastDonor == null) {
                    parties[0] = transferParties.otherSideInSentence(p, s, q, parties[1], day);
                }
                if ((parties[0] == null || parties[1] == null) && t.kind() == Kind.NOUN) {
                    String[] here = transferParties.earlierTransfer(p, p.sentenceIndex(q.start()), p.clauseStart(t.start()), 0, day);
                    parties[0] = parties[0] != null ? parties[0] : here[0]; // "X kept arming Y; deliveries included …"
                    parties[1] = parties[1] != null ? parties[1] : unnamed(here[1]) ? null : here[1];
                }
                if ((parties[0] == null || parties[1] == null) && lastDonor == null) {
                    String[] earlier = transferParties.earlierTransfer(p, p.sentenceIndex(q.start()), day);
                    // "China received too little: it was allotted …" names one side twice: it gives nothing to itself
                    lastDonor = earlier[0] != null && earlier[0].equals(earlier[1]) && !earlier[0].equals("Other")
                            ? null : earlier[0];
                    lastRecipient = earlier[1];
                }
                if (parties[0] == null && t.passive() && (personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                        || collective.contains(q.unit().toLowerCase(Locale.ROOT)))) {
                    String side = a.sides.find(p, q.start(), q.end(), q.unit(), day).side(); // "a Soviet squadron of 150 men was sent"
                    // "116 officers sent to advise the Nationalist army": men sent to a side are not that side's gift
                    parties[0] = side == null || side.equals("Other") || side.equals(parties[1]) ? null : side;
                }
                if ((parties[1] == null || unnamed(parties[1])) && t.kind() == Kind.GIVE && !t.passive()
                        && GiftPhrases.partOfWhatCameBefore(p, s.start(), t.start())) {
                    // "the rebels received Stinger missiles, of which the United States delivered 2,300": the part
                    // goes to the receiver of the whole
                    String whole = receiverBefore(p, transfers, s.start(), p.text.lastIndexOf(", of which ", t.start()), day);
                    parties[1] = whole != null && (!whole.equals(parties[0]) || whole.equals("Other")) ? whole : parties[1];
                }
                boolean receiver = t.kind() == Kind.RECEIVE && !t.passive(); // "he obtained": the pronoun receives
                if (parties[0] == null && receiver && GiftPhrases.partOfWhatCameBefore(p, s.start(), t.start())) {
                    // "arms sent to China, of which Ningxia received 3,000 rifles": the part's giver is the whole's
                    String[] whole = transferParties.earlierTransfer(p, p.sentenceIndex(q.start()), t.start(), 0, day);
                    if (whole[0] == null && outsideStateWords.outsideStateBefore(p.text, s.start(), p.text.lastIndexOf(", of which ", t.start()))) {
                        whole[0] = "Other"; // "American arms sent to China, of which …": a state outside the list gave
                    }
                    parties[0] = whole[0] != null && !unnamed(whole[0]) && !whole[0].equals(parties[1]) ? whole[0] : null;
                }
                if (parties[0] == null && lastDonor != null && t.kind() == Kind.GIVE && !t.passive()) {
                    // "The Kuomintang sent no advisers, but it paid …": a pronoun whose name opens its own sentence,
                    // not the giver of the paragraph's transfer before
                    // "… the Chinese side agreed to … . It further granted": a pronoun opening its sentence is the
                    // subject of the sentence right before
                    boolean opens = opensWithPronoun(p.text, p.sentence(p.sentenceIndex(t.start())).start(), t.start());
                    String own = transferSubjects.pronounAntecedent(p, t.start(), day, parties[1], opens ? 1 : 0);
                    parties[0] = own != null && !own.equals(parties[1]) ? own : null;
                }
                // "the Soviet side paid 200,000 rubles …; the arms were handed over to the Soviet consul": a passive
                // gift without agent to the paragraph's last giver comes back from its last receiver
                boolean back = t.kind() == Kind.GIVE && t.passive() && parties[0] == null && parties[1] != null && !parties[1].equals("Other")
                        && parties[1].equals(lastDonor) && lastRecipient != null && !unnamed(lastRecipient);
                String donor = parties[0] != null ? parties[0] : back ? lastRecipient : lastDonor != null ? lastDonor
                        : t.passive() && frame[0] != null && !frame[0].equals(parties[1]) ? frame[0] // "experts sent": no agent
                        : receiver ? null // "China received …", "he obtained": the giver is unsaid
                        : transferSubjects.pronounAntecedent(p, t.start(), day, parties[1] != null ? parties[1] : lastRecipient);
                String recipient = parties[1] != null ? parties[1] : lastRecipient != null || !receiver ? lastRecipient
                        : UnnamedReceivers.definiteSubjectBefore(p.text, p.clauseStart(t.start()), t.start()) ? UNNAMED // "the air force received"
                        : transferSubjects.antecedent(p, t.start(), day);
                if (POINTED.equals(recipient) && donor != null && !unnamed(donor) && TransferSubjects.objectPronounAfter(p.text, t.end())) {
                    String pointed = transferSubjects.objectAntecedent(p, t.start(), day, donor); // "shipped it 6,000 rifles"
                    recipient = pointed != null ? pointed : recipient;
                }
                if (unnamed(donor)) {
                    donor = resolve(donor, lastDonor, lastRecipient, frame, 0, unnamed(recipient) ? null : recipient);
                }
                if (unnamed(recipient) && !POINTED.equals(recipient) && lastRecipient == null && unsaidGiversRecipient != null
                        && donor != null && !unnamed(donor) && !donor.equals(unsaidGiversRecipient)) {
                    recipient = unsaidGiversRecipient; // "… received 3,000 rifles. 40 instructors were sent to Tsetserleg"
                }
                recipient = resolve(recipient, lastRecipient, lastDonor, frame, 1, donor);
                if (donor != null && donor.equals(recipient) && !donor.equals("Other") && !unnamed(donor)) {
                    continue; // a side moving its own men or money is no aid
                }
                String own = personnel.contains(q.unit().toLowerCase(Locale.ROOT)) ? transferParties.sideIn(p, q.start(), q.end(), day) : null;
                if (own != null && own.equals(recipient) && !own.equals(donor)) {
                    continue; // "carried some 500,000 Nationalist troops": the recipient's own men are no gift
                }
                if (donor == null && recipient != null && !unnamed(recipient) && t.kind() == Kind.RECEIVE) {
                    unsaidGiversRecipient = recipient;
                }
                if (donor == null || recipient == null || unnamed(donor) || unnamed(recipient)) {
                    if (donor != null || recipient != null || t.kind() == Kind.NOUN && !personnel.contains(q.unit()
                            .toLowerCase(Locale.ROOT)) || frame[0] != null && frame[1] != null) {
                        int[] period = aidPeriod.period(p, q, s);
                        pending.add(new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                                period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1], figureItems.item(p, q, unit),
                                q.value(), q.qualifier().code(), unit, p.block.at().source(), p.block.at().line(),
                                Quote.of(s, q.start(), q.end()), t.word() + (t.passive() ? " (passive)" : "")));
                    }
                    continue;
                }
                lastDonor = donor;
                lastRecipient = recipient;
                int[] period = aidPeriod.period(p, q, s);
                rows.add(new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                        period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1], figureItems.item(p, q, unit),
                        q.value(), q.qualifier().code(), unit, p.block.at().source(), p.block.at().line(),
                        Quote.of(s, q.start(), q.end()), t.word() + (t.passive() ? " (passive)" : "")));
            }
        }

        /**
         * A row for a count of the frame donor's civilian staff with no transfer of its own ({@link DonorStaff}), from the
         * frame's donor to its recipient; true when the figure is one.
         */
        private boolean donorStaff(int order, Prose p, Quantity q, String item, List<Row> rows) {
            String unit = donorStaff.staffOf(p, q, item, frame, AidPeriod.dayOf(p, q));
            if (unit == null) {
                return false;
            }
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            int[] period = aidPeriod.period(p, q, s);
            rows.add(new Row(new Place(order, p.block.at().line(), q.start()), frame[0], frame[1],
                    period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1], figureItems.item(p, q, unit),
                    q.value(), q.qualifier().code(), unit, p.block.at().source(), p.block.at().line(),
                    Quote.of(s, q.start(), q.end()), "civilian staff of the article's donor"));
            return true;
        }

        /**
         * The subject of the last active receiving verb in {@code [from, to)} ("the rebels received"), {@link #UNNAMED}
         * for one without a name, or null.
         */
        private String receiverBefore(Prose p, List<Transfer> transfers, int from, int to, LocalDate day) {
            String out = null;
            for (Transfer r : transfers) {
                if (r.kind() == Kind.RECEIVE && !r.passive() && r.start() >= from && r.end() <= to) {
                    out = transferSubjects.subject(p, p.clauseStart(r.start()), r.start(), day);
                }
            }
            return out;
        }

        /** True when the sentence at {@code start} opens with a subject pronoun a few words before the verb ("It further granted"). */
        private static boolean opensWithPronoun(String text, int start, int verb) {
            int k = start;
            while (k < verb && !Chars.isLetter(text.charAt(k))) {
                k++;
            }
            int j = Chars.letterRunEnd(text, k, verb);
            return verb - k < 40 && SUBJECT_PRONOUNS.contains(text.substring(k, j).toLowerCase(Locale.ROOT));
        }

        /** Pronouns that stand as the subject of a verb ("he had obtained"). */
        private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they");

    }
}
