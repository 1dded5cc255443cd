package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.AidTable.Row;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The bullets right after a lead-in that ends with a colon and names a transfer ("Principal categories of American
 * aid:"): their figures are the lead-in's items, with its parties where it names them, else the article's.
 */
final class LeadInLists {

    private final Set<String> materiel;
    private final FigureItem figureItems;
    private final TransferWords transferWords;
    private final TransferParties transferParties;
    private final AidPeriod aidPeriod;

    LeadInLists(Lexicon lex, FigureItem figureItems, TransferWords transferWords, TransferParties transferParties,
                AidPeriod aidPeriod) {
        this.materiel = lex.set("materiel");
        this.figureItems = figureItems;
        this.transferWords = transferWords;
        this.transferParties = transferParties;
        this.aidPeriod = aidPeriod;
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
    void listItem(int order, Prose p, Prose leadIn, String[] frame, List<Row> rows, List<Row> pending) {
        LocalDate day = p.article.fallbackDay();
        // the lead-in's last sentence, else the one before it where that names no party ("… lent the navy 60
        // ships. The boats handed over comprised:")
        String[] parties = transferParties.earlierTransfer(leadIn, leadIn.sentenceCount(), -1, 2, day);
        String donor = parties[0] == null || AidTable.unnamed(parties[0]) ? null : parties[0];
        String recipient = parties[1] == null || AidTable.unnamed(parties[1]) ? null : parties[1];
        if (parties[0] == null) {
            // "Under the agreement Czechoslovakia supplied Egypt with:": the lead-in's own subject gives, a state
            // outside the list too, not the article's giver
            String[] own = transferParties.leadInParties(leadIn, transferWords.transfers(leadIn), day);
            if (own[0] != null && !AidTable.unnamed(own[0])) {
                donor = own[0];
                recipient = recipient != null ? recipient
                        : AidTable.resolve(own[1] == null ? AidTable.UNNAMED : own[1], null, null, frame, 1, donor);
            }
        }
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
            if (unit == null || q.start() < colon || FigureItem.modifier(p.text, q)) {
                continue;
            }
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            int[] period = aidPeriod.period(p, q, s);
            Row r = new Row(new Place(order, p.block.at().line(), q.start()), donor, recipient,
                    period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1],
                    !label.isEmpty() ? label : phrase != null ? phrase : figureItems.item(p, q, unit), q.value(), q.qualifier().code(), unit,
                    p.block.at().source(), p.block.at().line(), Quote.of(s, q.start(), q.end()), "list under a lead-in");
            (donor == null || recipient == null ? pending : rows).add(r);
        }
    }
}
