package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;
import static org.etrkit.datasets.tables.TransferWords.NEXT_CLAUSE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
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
                    leadIn = reader.leadsInAList(p) ? p : null;
                } else if (leadIn != null && p.block.at().line() != lastLine + 1) {
                    leadIn = null; // a list that does not follow the lead-in right away
                }
                lastLine = p.block.at().line();
                if (item && leadIn != null && reader.takesTheLeadInsParties(p)) {
                    reader.listItem(order, p, leadIn, ofArticle, pending);
                } else {
                    reader.read(order, p, ofArticle, pending);
                }
            }
            reader.tables(ac, order, ofArticle, pending);
            ofArticle.addAll(Reader.completeFromArticle(ofArticle, pending, reader.frame, reader.receive, reader.people));
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

    private static final Pattern FROM = Pattern.compile("\\s+from\\s+(?:the\\s+)?");
    private static final Pattern TO = Pattern.compile("\\b(?:to|towards|toward|for) ((?:the |their |his |its )?)");
    private static final Pattern AGENT = Pattern.compile("\\b(?:by|from|with) (?:the |regular )?");
    /**
     * A party the text points at without a name the gazetteer knows ("the rebels", "it", "Ghulja"): the
     * paragraph's or the article's party of that role, see {@code Reader.resolve}.
     */
    static final String UNNAMED = "Other?";
    /**
     * An {@link #UNNAMED} party that a pronoun points at ("supplied it with", "toward its upkeep"): with no
     * party of that role elsewhere, the article's counterpart of the other party.
     */
    private static final String POINTED = "Other?it";

    private static boolean unnamed(String party) {
        return party != null && party.startsWith(UNNAMED);
    }

    /** The reading of transfers, paragraph by paragraph. */
    static final class Reader {
        private final Analysis a;
        private final Lexicon lex;
        private final Set<String> give;
        private final Set<String> receive;
        private final Set<String> nouns;
        private final Set<String> materiel;
        private final Set<String> personnel;
        private final Set<String> collective;
        private final Set<String> aidPersonnel;
        /** {@link #personnel} and {@link #aidPersonnel}: units that count people. */
        final Set<String> people;
        private final Set<String> endWords;
        /** Verbs that pass on only money ("advanced a loan"); with men they move them ("advanced with 20,000 men"). */
        private final Set<String> moneyVerbs;
        /** Verbs that pass on goods or men, never money: money "issued" is printed ("issued notes of 6 billion yuan"). */
        private final Set<String> goodsVerbs;
        private final Set<String> arrivalWords;
        /** Words before a name that make it where items came from, not a party ("from captured Japanese stocks"). */
        private final Set<String> originWords;
        /** "helped", "help": verbs whose object is the side a transfer serves ("the loan helped the government pay"). */
        private final Set<String> helpVerbs;
        /** "the Sibe battalion", "the new army": nouns of a unit whose side its earlier mention gives ({@code force_nouns}). */
        private final Set<String> forceNouns;
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
        /**
         * {donor, recipient} of the article as a whole, where it says: its infobox's {@code Donor} and
         * {@code Recipient} (keys of the lexicon's {@code donor_keys}, {@code recipient_keys}), else a title that
         * names a transfer ("Soviet aid to the East Turkestan Republic"); null entries where it does not.
         */
        String[] frame = {null, null};

        Reader(Analysis a) {
            this.a = a;
            this.lex = a.rules.lexicon();
            this.give = lex.set("transfer_verbs");
            this.receive = lex.set("receive_verbs");
            this.nouns = lex.set("transfer_nouns");
            this.materiel = lex.set("materiel");
            this.personnel = lex.set("personnel");
            this.collective = lex.set("collective");
            this.aidPersonnel = lex.set("aid_personnel");
            Set<String> both = new java.util.HashSet<>(personnel);
            both.addAll(aidPersonnel);
            this.people = Set.copyOf(both);
            this.endWords = lex.set("aid_end_words");
            this.moneyVerbs = lex.set("money_verbs");
            this.goodsVerbs = lex.set("goods_verbs");
            this.arrivalWords = lex.set("arrival_verbs");
            this.originWords = lex.set("origin_words");
            this.helpVerbs = lex.set("help_verbs");
            this.forceNouns = lex.set("force_nouns");
            this.currencies = lex.list("currencies").stream()
                    .sorted((x, y) -> y.length() - x.length()).toList();
            this.passive = a.rules.clauses().aidPassive();
            this.troops = new TroopsTable.Reader(a);
            this.articleParties = new ArticleParties(lex);
            this.figureItems = new FigureItem(lex, troops);
            this.aidInfobox = new AidInfobox(lex, figureItems);
            this.aidPipeTables = new AidPipeTables(lex, figureItems);
            this.transferWords = new TransferWords(lex, passive, figureItems);
            this.transferSubjects = new TransferSubjects(lex);
        }

        /**
         * Items of transfers that name only one party ("the USSR delivered 1,250 aircraft"), given the other
         * party the article's complete transfers most often pair with it; items of a transfer noun that names
         * neither ("a second credit of $60 million"), given the pair of three in four of the article's complete
         * transfers (at least three); items that stay incomplete are left out.
         */
        static List<Row> completeFromArticle(List<Row> complete, List<Row> pending, String[] frame,
                Set<String> receive, Set<String> people) {
            List<Row> out = completeOnce(complete, List.of(), List.of(), pending, frame, receive, people);
            if (!out.isEmpty()) {
                // read again with what the first reading completed, each row for the party the text named in it:
                // "the party received 2,000 rifles" (from Moscow, completed) makes the party the recipient of a
                // later "Moscow shipped 5,000 rifles" that names none
                Map<Place, Row> asRead = new java.util.HashMap<>();
                pending.forEach(r -> asRead.put(r.place(), r));
                List<Row> namedRecipient = new ArrayList<>();
                List<Row> namedDonor = new ArrayList<>();
                for (Row r : out) {
                    Row read = asRead.get(r.place());
                    boolean donorNamed = read.donor() != null && !unnamed(read.donor());
                    boolean recipientNamed = read.recipient() != null && !unnamed(read.recipient());
                    if (recipientNamed && !donorNamed) {
                        namedRecipient.add(r);
                    } else if (donorNamed && !recipientNamed) {
                        namedDonor.add(r);
                    }
                }
                if (!namedRecipient.isEmpty() || !namedDonor.isEmpty()) {
                    out = completeOnce(complete, namedRecipient, namedDonor, pending, frame, receive, people);
                }
            }
            if (!out.isEmpty() && out.size() < pending.size()) {
                // a second round with the items completed in the first: "a squadron was sent" after "instructors
                // seconded to it" (the counterpart) takes the recipient that one was given
                Set<Place> done = new java.util.HashSet<>();
                out.forEach(r -> done.add(r.place()));
                List<Row> known = new ArrayList<>(complete);
                known.addAll(out);
                out.addAll(completeOnce(known, List.of(), List.of(), pending.stream().filter(r -> !done.contains(r.place())).toList(),
                        frame, receive, people));
            }
            // "Moscow added 3,000 tonnes of seed grain for the returnees": goods or money a named side gave, and no side
            // the article names takes them nor pairs with the giver: a side outside the list (its own men moved are no
            // aid); a guess, so it pairs no other item
            Set<Place> done = new java.util.HashSet<>();
            out.forEach(r -> done.add(r.place()));
            for (Row r : pending) {
                if (!done.contains(r.place()) && r.recipient() == null && r.donor() != null && !unnamed(r.donor())
                        && !r.donor().equals("Other") && !people.contains(r.unit().toLowerCase(Locale.ROOT))) {
                    out.add(new Row(r.place(), r.donor(), "Other", r.yearStart(), r.yearEnd(), r.item(), r.quantity(),
                            r.qualifier(), r.unit(), r.source(), r.line(), r.quote(),
                            r.rule() + "; recipient outside the list: the article names none"));
                }
            }
            return out;
        }

        /**
         * One reading of the {@code pending} items: a missing party is the one the {@code complete} rows pair most
         * often with the named one; rows an earlier reading completed count for the party the text named in
         * them only: those of {@code namedRecipient} as recipients of their (completed) donor, those of
         * {@code namedDonor} as donors to their (completed) recipient.
         */
        private static List<Row> completeOnce(List<Row> complete, List<Row> namedRecipient, List<Row> namedDonor,
                List<Row> pending, String[] frame, Set<String> receive, Set<String> people) {
            Map<String, Map<String, Integer>> recipientsOf = new java.util.HashMap<>();
            Map<String, Map<String, Integer>> donorsTo = new java.util.HashMap<>();
            for (Row r : complete) {
                recipientsOf.computeIfAbsent(r.donor(), k -> new java.util.HashMap<>()).merge(r.recipient(), 1, Integer::sum);
                donorsTo.computeIfAbsent(r.recipient(), k -> new java.util.HashMap<>()).merge(r.donor(), 1, Integer::sum);
            }
            for (Row r : namedRecipient) {
                recipientsOf.computeIfAbsent(r.donor(), k -> new java.util.HashMap<>()).merge(r.recipient(), 1, Integer::sum);
            }
            for (Row r : namedDonor) {
                donorsTo.computeIfAbsent(r.recipient(), k -> new java.util.HashMap<>()).merge(r.donor(), 1, Integer::sum);
            }
            Map<String, Integer> pairs = new java.util.HashMap<>();
            for (Row r : complete) {
                pairs.merge(r.donor() + ">" + r.recipient(), 1, Integer::sum);
            }
            String dominant = mostFrequent(pairs);
            boolean onePair = dominant != null && complete.size() >= 3 && pairs.get(dominant) * 4 >= complete.size() * 3;
            List<Row> out = new ArrayList<>();
            for (Row pendingRow : pending) {
                boolean unnamedDonor = unnamed(pendingRow.donor());
                boolean unnamedRecipient = unnamed(pendingRow.recipient());
                boolean pointedDonor = POINTED.equals(pendingRow.donor());
                boolean pointedRecipient = POINTED.equals(pendingRow.recipient());
                Row r = unnamedDonor || unnamedRecipient ? new Row(pendingRow.place(), unnamedDonor ? null : pendingRow.donor(),
                        unnamedRecipient ? null : pendingRow.recipient(), pendingRow.yearStart(), pendingRow.yearEnd(),
                        pendingRow.item(), pendingRow.quantity(), pendingRow.qualifier(), pendingRow.unit(),
                        pendingRow.source(), pendingRow.line(), pendingRow.quote(), pendingRow.rule()) : pendingRow;
                // an article whose giver and receiver are both outside the list ("Donor: India; United States",
                // "Recipient: refugee settlements"): its items between two parties outside the list
                boolean outsideFrame = "Other".equals(frame[0]) && "Other".equals(frame[1]);
                if (r.donor() == null && r.recipient() == null && frame[0] != null && frame[1] != null
                        && (!frame[0].equals(frame[1]) || outsideFrame)) {
                    out.add(new Row(r.place(), frame[0], frame[1], r.yearStart(), r.yearEnd(), r.item(), r.quantity(),
                            r.qualifier(), r.unit(), r.source(), r.line(), r.quote(),
                            r.rule() + "; donor and recipient of the article (infobox or title)"));
                    continue;
                }
                if (r.donor() == null && r.recipient() == null) {
                    if (unnamedDonor && unnamedRecipient) {
                        out.add(new Row(r.place(), "Other", "Other", r.yearStart(), r.yearEnd(), r.item(), r.quantity(),
                                r.qualifier(), r.unit(), r.source(), r.line(), r.quote(), r.rule()));
                        continue;
                    }
                    if (!onePair) {
                        continue;
                    }
                    String[] pair = dominant.split(">");
                    out.add(new Row(r.place(), pair[0], pair[1], r.yearStart(), r.yearEnd(), r.item(), r.quantity(),
                            r.qualifier(), r.unit(), r.source(), r.line(), r.quote(),
                            r.rule() + "; donor and recipient of the article's other transfers"));
                    continue;
                }
                // with such a frame a named giver outside the list gives to the article's receiver
                boolean framed = r.donor() == null ? frame[0] != null && !frame[0].equals(r.recipient())
                        : frame[1] != null && (!frame[1].equals(r.donor()) || outsideFrame);
                String donor = r.donor() != null ? r.donor() : framed ? frame[0] : counterpart(donorsTo.get(r.recipient()), r.recipient());
                String recipient = r.recipient() != null ? r.recipient()
                        : framed ? frame[1] : counterpart(recipientsOf.get(r.donor()), r.donor());
                if (donor == null && r.donor() == null && !unnamedDonor && !framed
                        && receive.contains(r.rule().split("[ ;]")[0])) {
                    // "the party received …" from no one named, and no complete transfer to it: the article's giver
                    Map<String, Integer> donors = new java.util.HashMap<>();
                    for (Row c : complete) {
                        if (!c.donor().equals(r.recipient()) && !c.donor().equals("Other")) {
                            donors.merge(c.donor(), 1, Integer::sum);
                        }
                    }
                    donor = mostFrequent(donors);
                }
                if (donor == null && pointedDonor) {
                    donor = mostFrequent(recipientsOf.get(r.recipient())); // "it sent": the recipient's counterpart
                }
                if (recipient == null && pointedRecipient) {
                    recipient = mostFrequent(donorsTo.get(r.donor())); // "supplied it with": the donor's counterpart
                }
                donor = donor == null && unnamedDonor ? "Other" : donor; // "the United Nations refugee office paid"
                recipient = recipient == null && unnamedRecipient ? "Other" : recipient; // "sent 400 advisers to Urumqi"
                if (donor != null && recipient != null && !(donor.equals(recipient) && !donor.equals("Other"))) {
                    out.add(new Row(r.place(), donor, recipient, r.yearStart(), r.yearEnd(), r.item(), r.quantity(),
                            r.qualifier(), r.unit(), r.source(), r.line(), r.quote(),
                            r.rule() + "; " + (r.donor() == null ? "donor" : "recipient")
                                    + (framed ? " of the article (infobox or title)" : " from the article's other transfers")));
                }
            }
            return out;
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
         * A party read as {@link #UNNAMED} ("gave the rebels", "shipped it", "to Ghulja"): the paragraph's last
         * stated party of that role when that transfer had the same other party, else the article's
         * ({@link #frame}) when the other party is the article's too; else {@code Other}.
         */
        private String resolve(String party, String paragraph, String paragraphOther, String[] article, int role,
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
            return POINTED.equals(party) ? party : "Other"; // a pronoun: the article's counterpart (completeFromArticle)
        }

        /**
         * The party the article's transfers most often pair with {@code known}; for {@code Other}, which stands for
         * any state outside the list, a named side where one pairs with it: Other with Other only where none does.
         */
        private static String counterpart(Map<String, Integer> counts, String known) {
            if (counts != null && "Other".equals(known) && counts.containsKey("Other") && counts.size() > 1) {
                Map<String, Integer> named = new java.util.HashMap<>(counts);
                named.remove("Other");
                return mostFrequent(named);
            }
            return mostFrequent(counts);
        }

        private static String mostFrequent(Map<String, Integer> counts) {
            if (counts == null) {
                return null;
            }
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }

        /**
         * True for a paragraph that ends with a colon and names a transfer ("Principal categories of American aid,
         * 1941–1945:"): the bullets right after it list what was given.
         */
        boolean leadsInAList(Prose p) {
            String text = p.text.strip();
            return text.endsWith(":") && !transferWords.transfers(p).isEmpty();
        }

        /**
         * True for a bullet with no transfer word of its own, or only transfer nouns and no name of a side ("- a
         * credit of $50 million …" under "the Soviet Union delivered:"): its items are the lead-in's.
         */
        boolean takesTheLeadInsParties(Prose p) {
            List<Transfer> own = transferWords.transfers(p);
            if (own.isEmpty()) {
                return true;
            }
            for (Transfer t : own) {
                if (t.kind() != Kind.NOUN) {
                    return false;
                }
            }
            for (Prose.Name n : p.namesIn(0, p.text.length())) {
                if (!n.isGroup() && !n.side().side().equals("Other")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The figures of a bullet with no transfer word of its own under a {@link #leadsInAList lead-in} ("- Military
         * equipment: about $1.34 billion"): items of the lead-in's transfer, with its parties where it names them,
         * else the article's; labelled by the bullet's words before a colon.
         */
        void listItem(int order, Prose p, Prose leadIn, List<Row> rows, List<Row> pending) {
            LocalDate day = p.article.fallbackDay();
            // the lead-in's last sentence, else the one before it where that names no party ("… lent the navy 60
            // ships. The boats handed over comprised:")
            String[] parties = earlierTransfer(leadIn, leadIn.sentenceCount(), -1, 2, day);
            String donor = parties[0] == null || unnamed(parties[0]) ? null : parties[0];
            String recipient = parties[1] == null || unnamed(parties[1]) ? null : parties[1];
            if (donor != null && donor.equals(recipient) && !donor.equals("Other")) {
                return; // a side's own outlay is no aid
            }
            int colon = p.text.indexOf(':');
            String label = colon > 0 ? p.text.substring(0, colon).strip() : "";
            for (Quantity q : p.block.quantities()) {
                String unit = figureItems.itemUnit(p, q);
                String phrase = null;
                if (unit == null && q.start() > colon) {
                    // "- 30 small landing craft": the bullet's figure counts its noun phrase, whose head is materiel
                    String head = FigureItem.phraseHead(p.text, q.end());
                    if (materiel.contains(head.toLowerCase(Locale.ROOT))) {
                        unit = head;
                        phrase = p.text.substring(q.end(), FigureItem.phraseEnd(p.text, q.end())).strip();
                    }
                }
                if (unit == null || q.start() < colon) {
                    continue;
                }
                Sentence s = p.sentence(p.sentenceIndex(q.start()));
                int[] period = period(p, q, s);
                Row r = new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                        period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1],
                        !label.isEmpty() ? label : phrase != null ? phrase : figureItems.item(p, q, unit), q.value(), q.qualifier().code(), unit,
                        p.block.at().source(), p.block.at().line(), Quote.of(s, q.start(), q.end()), "list under a lead-in");
                (donor == null || recipient == null ? pending : rows).add(r);
            }
        }

        void read(int order, Prose p, List<Row> rows, List<Row> pending) {
            List<Transfer> transfers = transferWords.transfers(p);
            if (transfers.isEmpty()) {
                return;
            }
            String lastDonor = null;
            String lastRecipient = null;
            for (Quantity q : p.block.quantities()) {
                String unit = figureItems.itemUnit(p, q);
                if (unit == null) {
                    continue;
                }
                if (collective.contains(unit.toLowerCase(Locale.ROOT)) && !ofOrForBefore(p, q.start())) {
                    continue; // "sent two brigades": formations are counted, not given ("the equipment of 64 divisions" is)
                }
                Transfer t = transferWords.transferFor(p, q, transfers);
                if (t == null || SHARE_OF.matcher(p.text).region(Math.max(0, q.start() - 24), q.start()).find()) {
                    continue; // "3 percent of the $50 billion": the whole a share is taken of, not an item
                }
                if (personnel.contains(unit.toLowerCase(Locale.ROOT)) || aidPersonnel.contains(unit.toLowerCase(Locale.ROOT))) {
                    String measure = troops.measure(p, q);
                    if (!measure.equals("strength") && !measure.equals("sent") && !measure.equals("deployed")
                            && !measure.equals("enlisted")) {
                        continue; // "227 of them lost their lives": a loss, not a gift
                    }
                    if (t.kind() == Kind.SERVE && arrivalWords.contains(t.word())
                            && !aidPersonnel.contains(unit.toLowerCase(Locale.ROOT))) {
                        continue; // troops arriving somewhere are no aid; advisers and pilots arriving are
                    }
                    if (moneyVerbs.contains(t.word())) {
                        continue; // "advanced on the lines with 20,000 men": the men move, nobody is given them
                    }
                } else if (t.kind() == Kind.SERVE && !arrivalWords.contains(t.word())) {
                    continue; // only people serve; materiel arrives ("60 trucks arrived from the Soviet Union")
                }
                if (t.kind() == Kind.NOUN && endsAfter(p, q)) {
                    continue; // "the subsidy of 3 million taels, on which it depended, ceased": what stopped, not a gift
                }
                if (goodsVerbs.contains(t.word()) && figureItems.isMoney(q)) {
                    continue; // "the bank issued notes of 900 million yuan": money printed, not given
                }
                Sentence s = p.sentence(p.sentenceIndex(q.start()));
                LocalDate day = dayOf(p, q);
                String[] parties = parties(p, q, t, day);
                if (parties[1] == null || unnamed(parties[1])) {
                    String helped = helpedObject(p, q.end(), p.clauseEnd(q.end()), day);
                    parties[1] = helped != null && !helped.equals(parties[0]) ? helped : parties[1]; // "… loan helped the government pay"
                }
                if (parties[0] != null && parties[1] == null && lastRecipient == null) {
                    parties[1] = otherSideInSentence(p, s, q, parties[0], day); // "the Soviet Union and China set up …"
                } else if (parties[1] != null && parties[0] == null && lastDonor == null) {
                    parties[0] = otherSideInSentence(p, s, q, parties[1], day);
                }
                if ((parties[0] == null || parties[1] == null) && t.kind() == Kind.NOUN) {
                    String[] here = earlierTransfer(p, p.sentenceIndex(q.start()), p.clauseStart(t.start()), 0, day);
                    parties[0] = parties[0] != null ? parties[0] : here[0]; // "X kept arming Y; deliveries included …"
                    parties[1] = parties[1] != null ? parties[1] : unnamed(here[1]) ? null : here[1];
                }
                if ((parties[0] == null || parties[1] == null) && lastDonor == null) {
                    String[] earlier = earlierTransfer(p, p.sentenceIndex(q.start()), day);
                    // "China received too little: it was allotted …" names one side twice: it gives nothing to itself
                    lastDonor = earlier[0] != null && earlier[0].equals(earlier[1]) && !earlier[0].equals("Other")
                            ? null : earlier[0];
                    lastRecipient = earlier[1];
                }
                if (parties[0] == null && t.passive() && (personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                        || collective.contains(q.unit().toLowerCase(Locale.ROOT)))) {
                    String side = a.sides.find(p, q.start(), q.end(), q.unit(), day).side(); // "a Soviet squadron of 150 men was sent"
                    parties[0] = side == null || side.equals("Other") ? null : side;
                }
                boolean receiver = t.kind() == Kind.RECEIVE && !t.passive(); // "he obtained": the pronoun receives
                if (parties[0] == null && lastDonor != null && t.kind() == Kind.GIVE && !t.passive()) {
                    // "The Kuomintang sent no advisers, but it paid …": a pronoun whose name opens its own sentence,
                    // not the giver of the paragraph's transfer before
                    String own = transferSubjects.pronounAntecedent(p, t.start(), day, parties[1], 0);
                    parties[0] = own != null && !own.equals(parties[1]) ? own : null;
                }
                String donor = parties[0] != null ? parties[0] : lastDonor != null ? lastDonor
                        : t.passive() && frame[0] != null && !frame[0].equals(parties[1]) ? frame[0] // "experts sent": no agent
                        : receiver ? null // "China received …", "he obtained": the giver is unsaid
                        : transferSubjects.pronounAntecedent(p, t.start(), day, parties[1] != null ? parties[1] : lastRecipient);
                String recipient = parties[1] != null ? parties[1] : lastRecipient != null || !receiver ? lastRecipient
                        : transferSubjects.antecedent(p, t.start(), day);
                if (POINTED.equals(recipient) && donor != null && !unnamed(donor) && TransferSubjects.objectPronounAfter(p.text, t.end())) {
                    String pointed = transferSubjects.objectAntecedent(p, t.start(), day, donor); // "shipped it 6,000 rifles"
                    recipient = pointed != null ? pointed : recipient;
                }
                if (unnamed(donor)) {
                    donor = resolve(donor, lastDonor, lastRecipient, frame, 0, unnamed(recipient) ? null : recipient);
                }
                recipient = resolve(recipient, lastRecipient, lastDonor, frame, 1, donor);
                if (donor != null && donor.equals(recipient) && !donor.equals("Other") && !unnamed(donor)) {
                    continue; // a side moving its own men or money is no aid
                }
                String own = personnel.contains(q.unit().toLowerCase(Locale.ROOT)) ? sideIn(p, q.start(), q.end(), day) : null;
                if (own != null && own.equals(recipient) && !own.equals(donor)) {
                    continue; // "carried some 500,000 Nationalist troops": the recipient's own men are no gift
                }
                if (donor == null || recipient == null || unnamed(donor) || unnamed(recipient)) {
                    if (donor != null || recipient != null || t.kind() == Kind.NOUN && !personnel.contains(q.unit()
                            .toLowerCase(Locale.ROOT)) || frame[0] != null && frame[1] != null) {
                        int[] period = period(p, q, s);
                        pending.add(new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                                period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1], figureItems.item(p, q, unit),
                                q.value(), q.qualifier().code(), unit, p.block.at().source(), p.block.at().line(),
                                Quote.of(s, q.start(), q.end()), t.word() + (t.passive() ? " (passive)" : "")));
                    }
                    continue;
                }
                lastDonor = donor;
                lastRecipient = recipient;
                int[] period = period(p, q, s);
                rows.add(new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                        period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1], figureItems.item(p, q, unit),
                        q.value(), q.qualifier().code(), unit, p.block.at().source(), p.block.at().line(),
                        Quote.of(s, q.start(), q.end()), t.word() + (t.passive() ? " (passive)" : "")));
            }
        }

        /**
         * True when "of" or "for" stands right before the figure at {@code start} ("the equipment of 64 divisions"), or
         * before the figure of formations that this one follows in a list ("of 64 infantry divisions and 22 air divisions").
         */
        private boolean ofOrForBefore(Prose p, int start) {
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
        private String helpedObject(Prose p, int from, int to, LocalDate day) {
            String text = p.text;
            int k = from;
            while (k < to) {
                while (k < to && !Chars.isLetter(text.charAt(k))) {
                    k++;
                }
                int j = k;
                while (j < to && Chars.isLetter(text.charAt(j))) {
                    j++;
                }
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
                        while (w < to && Chars.isLetter(text.charAt(w))) {
                            w++;
                        }
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

        /** True when the clause of a figure goes on to say it ended ("…, ceased after 1911"; {@code aid_end_words}). */
        private boolean endsAfter(Prose p, Quantity q) {
            int end = p.sentence(p.sentenceIndex(q.start())).end();
            int semicolon = p.text.indexOf(';', q.end());
            return p.anyWordIn(q.end(), semicolon >= 0 && semicolon < end ? semicolon : end, endWords);
        }

        /** "percent of the", "% of": the words before a whole that a share is taken of. */
        private static final Pattern SHARE_OF = Pattern.compile(
                "(?:percent|per cent|%)\\s+of\\s+(?:the\\s+|all\\s+)?$"
                + "|\\b(?:half|thirds?|quarters?|fifths?|tenths?)\\s+of\\s+(?:the|all)\\s+$"); // not "a third of $150 million"
        /** {donor, recipient} read around the transfer word; null where the text does not say. */
        private String[] parties(Prose p, Quantity q, Transfer t, LocalDate day) {
            String text = p.text;
            int cs = p.clauseStart(t.start());
            int ce = p.clauseEnd(Math.max(t.end(), q.end()));
            String to = recipientAfter(p, Math.max(t.end(), q.end()), ce, day);
            String byPhrase = agentAfter(p, t.end(), ce, day);
            String inItem = sideIn(p, q.start(), q.end(), day);
            String subject = transferSubjects.subject(p, cs, t.start(), day);
            switch (t.kind()) {
                case SERVE -> {
                    boolean people = personnel.contains(q.unit().toLowerCase(Locale.ROOT))
                            || aidPersonnel.contains(q.unit().toLowerCase(Locale.ROOT));
                    String from = arrivalWords.contains(t.word()) ? agentAfter(p, t.end(), ce, day) : null;
                    String donor = from != null ? from : inItem != null ? inItem
                            : subject != null && !unnamed(subject) && q.start() > t.end() ? subject // "the Red Army had seconded 12 instructors"
                            : people ? a.sides.find(p, q.start(), q.end(), q.unit(), day).side() : null;
                    int comma = text.indexOf(',', Math.max(t.end(), q.end()));
                    int upTo = Math.min(ce, t.end() + 60);
                    upTo = comma >= 0 && comma < upTo ? comma : upTo; // "… to it, and Soviet schools …": not past the clause
                    String recipient = sideNotOfOrigin(p, t.end(), upTo, day);
                    if (recipient == null && to != null && POINTED.equals(to)) {
                        recipient = to; // "had seconded a dozen instructors to it"
                    }
                    // "3,000 officers attached to Chinese units": people serving a side are not that side's gift to itself
                    boolean toItself = donor != null && donor.equals(recipient) && inItem == null && from == null
                            && q.end() <= t.start();
                    return new String[] {donor == null || donor.equals("Other") || toItself ? null : donor, recipient};
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
                    if (TransferWords.inNounAfter(text, q.end(), t.start())) {
                        // "Congress voted $40 million in military aid to Laos": the clause's subject gives
                        String giver = transferSubjects.subject(p, cs, q.start(), day);
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
                        if (donor == null) {
                            // "Soviet commanders passed to the Communists …", "Soviet arms sent to China": the side
                            // named right before the participle gives
                            String before = sideOfNounBefore(p, t.start(), day);
                            donor = before != null && !before.equals("Other") && !before.equals(recipient) ? before : null;
                        }
                        return new String[] {donor, recipient};
                    }
                    String object = objectSide(p, t.end(), firstItemAfter(p, t.end(), q), day);
                    String donor = subject != null ? subject : inItem;
                    return new String[] {donor, object != null && !unnamed(object) ? object : to != null ? to : object};
                }
            }
        }

        private int firstItemAfter(Prose p, int from, Quantity q) {
            List<Quantity> between = p.quantitiesIn(from, q.end());
            return between.isEmpty() ? q.start() : Math.min(between.get(0).start(), q.start());
        }

        /** The one side other than {@code known} that the sentence names, or null when it names none or several. */
        private String otherSideInSentence(Prose p, Sentence s, Quantity q, String known, LocalDate day) {
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
        private String[] earlierTransfer(Prose p, int si, LocalDate day) {
            return earlierTransfer(p, si, -1, 2, day);
        }

        /**
         * As {@link #earlierTransfer(Prose, int, LocalDate)}, looking first at the part of sentence {@code si}
         * before {@code upTo} ("The Soviet Union kept arming the Ili forces; deliveries included …"), when
         * {@code upTo} is not -1, then at the {@code back} sentences before it.
         */
        private String[] earlierTransfer(Prose p, int si, int upTo, int back, LocalDate day) {
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
                    int j = k;
                    while (j < sEnd && Chars.isLetter(text.charAt(j))) {
                        j++;
                    }
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
            for (String w : Once.NOT_WORD.split(lower)) {
                noun |= !w.isEmpty() && !TransferWords.NOT_AN_OBJECT.contains(w);
                String byDefault = p.article.nounDefault(w);
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
                List<Prose.Name> names = p.namesIn(from + m.start(1), Math.min(to, at + 60));
                if (!names.isEmpty() && names.get(0).start() - at < 25
                        && p.text.substring(Math.min(at, names.get(0).start()), names.get(0).start()).indexOf(',') < 0) {
                    Prose.Name n = names.get(0);
                    return n.isGroup() ? "Other" : transferSubjects.sideOf(n, day);
                }
                String word = rest.substring(m.end()).split("[^\\p{L}'’]+", 2)[0];
                String pre = rest.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && (Chars.isUpperCase(word.charAt(0)) || pre.contains("their")
                        || pre.contains("his") || pre.contains("its"))) {
                    // "to Ghulja", "to their allies"; "toward its upkeep" points at a body, the article's counterpart
                    return !Chars.isUpperCase(word.charAt(0)) && pre.contains("its") ? POINTED : UNNAMED;
                }
                if (pre.strip().equals("to") && (word.equals("it") || word.equals("them"))) {
                    return POINTED; // "seconded a dozen instructors to it"
                }
            }
            return null;
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

        /** The side of the first gazetteer name in {@code [from, to)}, or null. */
        private String sideIn(Prose p, int from, int to, LocalDate day) {
            for (Prose.Name n : p.namesIn(from, to)) {
                if (!n.isGroup()) {
                    return transferSubjects.sideOf(n, day);
                }
            }
            return null;
        }

        private LocalDate dayOf(Prose p, Quantity q) {
            Prose.Dated d = p.dateOf(q.start());
            if (d != null) {
                return Period.of(d.date().iso()).from();
            }
            return p.article.fallbackDay();
        }

        /** {first year, last year} of the transfer, 0 where unknown. */
        private int[] period(Prose p, Quantity q, Sentence s) {
            List<DateMention> inSentence = p.datesIn(Math.max(s.start(), q.start() - Prose.WINDOW),
                    Math.min(s.end(), q.end() + Prose.WINDOW));
            DateMention before = null;
            DateMention after = null;
            for (DateMention d : inSentence) {
                if (d.end() <= q.start()) {
                    before = d;
                } else if (after == null && d.start() >= q.end()) {
                    after = d;
                }
            }
            DateMention d = before != null ? before : after;
            if (d != null) {
                Period per = Period.of(d.iso());
                int start = per.from().getYear();
                int idx = inSentence.indexOf(d);
                if (idx > 0 && Once.AND_OR.matcher(p.text.substring(inSentence.get(idx - 1).end(), d.start())).matches()) {
                    start = Period.of(inSentence.get(idx - 1).iso()).from().getYear();
                }
                return new int[] {start, per.to().getYear()};
            }
            DateMention earlier = p.lastDateBefore(s.start());
            int start = earlier == null ? 0 : Period.of(earlier.iso()).from().getYear();
            int end = start;
            int first = p.sentenceIndex(s.start()) + 1;
            for (int i = first; i < p.sentenceCount() && i < first + 8; i++) {
                Sentence later = p.sentence(i);
                if (p.anyWordIn(later.start(), later.end(), endWords)
                        && p.anyWordIn(later.start(), later.end(), nouns)) {
                    List<DateMention> ds = p.datesIn(later.start(), later.end());
                    if (!ds.isEmpty()) {
                        end = Period.of(ds.get(ds.size() - 1).iso()).to().getYear();
                    }
                    break;
                }
            }
            return new int[] {start, end == 0 ? start : end};
        }
    }

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern LIST_END = Pattern.compile(".*[,;]\\s*(?:and\\s+)?$");
        static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");
        static final Pattern LETTERS = Pattern.compile("\\p{L}+");
        static final Pattern AND_OR = Pattern.compile("\\s*(?:and|,|or)\\s*");
    }
}
