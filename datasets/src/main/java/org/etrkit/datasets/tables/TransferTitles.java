package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title that names a transfer ("Soviet aid to the East Turkestan Republic"): the words before its transfer noun
 * (the giver) and what follows "to" (the receiver), for the article's frame ({@link ArticleParties}) and for the state
 * such an article is about ({@link ArticleNames}: the receiver, not the whole title).
 */
final class TransferTitles {

    /** "Soviet aid to Xinjiang …": the words before a noun, the noun, and what follows "to". */
    private static final Pattern TITLE_TRANSFER = Pattern.compile("^(.*?)\\b(\\p{L}+) to (.+)$");

    private TransferTitles() {
    }

    /** {giver, receiver} of a title whose noun before "to" is one of {@code transferNouns}, else null. */
    static String[] partiesOf(String title, Set<String> transferNouns) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_TRANSFER.matcher(title.strip());
        if (m.find() && transferNouns.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return new String[] {m.group(1).strip(), m.group(3).strip()};
        }
        return null;
    }
}
