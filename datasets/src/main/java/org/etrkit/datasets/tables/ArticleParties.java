package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.parse.Element;

/**
 * The parties of an aid article as a whole: its frame, {donor, recipient}, from the infobox's {@code Donor} and
 * {@code Recipient} entries (keys of the lexicon's {@code donor_keys}, {@code recipient_keys}; "Donor1",
 * "Donor2" count as one key), else from a title that names a transfer ("Soviet aid to the East Turkestan
 * Republic"); and the side of the place the article is about, from its infobox's country ({@code own_side_keys}).
 */
final class ArticleParties {

    private final Lexicon lex;
    private final Set<String> nouns;

    ArticleParties(Lexicon lex) {
        this.lex = lex;
        this.nouns = lex.set("transfer_nouns");
    }

    /** The article's {donor, recipient}, null where it does not say: see the class comment. */
    String[] frameOf(ArticleContext ac) {
        LocalDate day = ac.fallbackDay();
        String donor = null;
        String recipient = null;
        Set<String> givers = new java.util.HashSet<>();
        Set<String> takers = new java.util.HashSet<>();
        boolean severalDonors = false;
        boolean severalRecipients = false;
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            String key = withoutNumber(e.key().strip().toLowerCase(Locale.ROOT)); // "Donor1", "Donor2"
            // "Donor: India; United States; Taiwan": the first party listed, not the first name of a side
            String first = firstPart(e.value());
            Gazetteer.Side s = ac.gazetteer.firstIn(first);
            String side = s == null ? (first.isBlank() ? null : "Other") : s.at(day);
            if (lex.set("donor_keys").contains(key)) {
                severalDonors |= donor != null && !donor.equals(side);
                donor = donor == null ? side : donor;
                givers.addAll(partsOf(e.value()));
            } else if (lex.set("recipient_keys").contains(key)) {
                severalRecipients |= recipient != null && !recipient.equals(side);
                recipient = recipient == null ? side : recipient;
                takers.addAll(partsOf(e.value()));
            }
        }
        givers.retainAll(takers);
        if (!givers.isEmpty()) {
            return new String[] {null, null}; // "Donor: A; B", "Recipient: B; C": aid both ways, no one direction
        }
        if (severalDonors || severalRecipients) {
            // "Donor1: China", "Donor2: Soviet Union": no one giver for the article; an entry may name its own
            return new String[] {severalDonors ? null : donor, severalRecipients ? null : recipient};
        }
        String title = ac.article.title() == null ? "" : ac.article.title();
        String[] parties = TransferTitles.partiesOf(title, nouns);
        if ((donor == null || recipient == null) && parties != null) {
            Gazetteer.Side d = ac.gazetteer.firstIn(parties[0]);
            Gazetteer.Side r = ac.gazetteer.firstIn(parties[1]);
            donor = donor != null ? donor : d == null ? null : d.at(day);
            recipient = recipient != null ? recipient : r == null ? null : r.at(day);
        }
        return new String[] {donor, recipient};
    }

    /** The first party an infobox value lists ("A; B"): A. */
    private static String firstPart(String value) {
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                return part;
            }
        }
        return "";
    }

    /** An infobox key without a number at its end: "donor1" is "donor". */
    private static String withoutNumber(String key) {
        int end = key.length();
        while (end > 0 && Character.isDigit(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end).strip();
    }

    /** The parties an infobox value lists ("A; B"), lower-cased. */
    private static List<String> partsOf(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The side of the first party the article's infobox names under a key of {@code own_side_keys}, or null. */
    String placeOf(ArticleContext ac) {
        for (String key : lex.list("own_side_keys")) {
            for (Element.InfoboxEntry e : ac.article.infobox()) {
                if (e.key().strip().equalsIgnoreCase(key)) {
                    Gazetteer.Side s = ac.gazetteer.firstIn(firstPart(e.value()));
                    return s == null ? null : s.at(ac.fallbackDay());
                }
            }
        }
        return null;
    }
}
