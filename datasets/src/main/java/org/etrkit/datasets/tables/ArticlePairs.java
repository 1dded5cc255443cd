package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidTable.POINTED;
import static org.etrkit.datasets.tables.AidTable.unnamed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.etrkit.datasets.tables.AidTable.Row;

/**
 * The aid reader's last step for an article: items whose transfer names one party or none get the other from the
 * article's complete transfers, the party they pair with most often; items that stay incomplete are left out.
 * Moved unchanged out of {@link AidTable}.
 */
final class ArticlePairs {

    private ArticlePairs() {
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
        // aid); a guess, so it pairs no other item. A giver outside the list too ("Norway donated 500 tonnes of grain for
        // the villages"): a state gives to another, and the text names neither on the list
        Set<Place> done = new java.util.HashSet<>();
        out.forEach(r -> done.add(r.place()));
        for (Row r : pending) {
            if (!done.contains(r.place()) && r.recipient() == null && r.donor() != null && !unnamed(r.donor())
                    && !people.contains(r.unit().toLowerCase(Locale.ROOT))) {
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
            // and a state outside the list that the text names as giver ("Poland handed over four chasers") gives to
            // the article's receiver outside the list too: two states outside the list are two sides
            boolean outsideGiver = "Other".equals(r.donor()) && "Other".equals(frame[1]) && frame[0] != null;
            // and in an article between two states outside the list, an item that names only a receiver outside
            // the list ("the navy was lent four frigates") is the article giver's, not a listed side's elsewhere
            boolean framed = r.donor() == null ? frame[0] != null && (!frame[0].equals(r.recipient()) || outsideFrame)
                    : frame[1] != null && (!frame[1].equals(r.donor()) || outsideFrame || outsideGiver);
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
}
