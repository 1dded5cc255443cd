package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The people that "their number" counts in an aid article, for the bare figures of its level after it ("Soviet advisers
 * followed the tanks. Their number rose from about 200 to some 1,200, of whom 800 served with the army, and reached
 * up to 2,000"; "About 40 Soviet advisers served there in 1970; their number grew to some 300 by 1978"; "The advisers
 * left in stages. By 1972 their number had fallen to fewer than 300"): the first noun of the donor's people
 * ({@code civilian_staff}, {@code aid_personnel}: advisers, instructors, specialists) earlier in the figure's sentence,
 * else in the sentence before, with the names of its noun phrase ("Soviet military advisers") and whether it is
 * definite without a name ("The advisers": the article donor's own). Used by {@link DonorStaff}.
 */
final class StaffLevels {

    /** The noun "their number" refers to, the names of its noun phrase and whether "the" opens it with no name. */
    record Antecedent(String noun, List<Prose.Name> names, boolean definite) {
    }

    private final Set<String> nouns = new TreeSet<>();

    StaffLevels(Lexicon lex) {
        nouns.addAll(lex.set("civilian_staff"));
        nouns.addAll(lex.set("aid_personnel"));
    }

    /**
     * The people a bare figure counts when "their number" and a level's change come before it in its sentence; else
     * null.
     */
    Antecedent of(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        Sentence s = p.sentence(si);
        Matcher m = THEIR_NUMBER.matcher(p.text).region(s.start(), q.start());
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0 || OTHER_SUBJECT.matcher(p.text).region(at, q.start()).find()) {
            return null; // "their number had fallen to 300, and spare parts had run out: only seven could fly"
        }
        Antecedent a = firstNoun(p, s.start(), at);
        if (a == null && si > 0) {
            Sentence before = p.sentence(si - 1);
            a = firstNoun(p, before.start(), Math.min(before.end(), s.start()));
        }
        return a;
    }

    /** The first people noun in {@code [from, to)} with its noun phrase's names, or null. */
    private Antecedent firstNoun(Prose p, int from, int to) {
        Matcher w = WORD.matcher(p.text).region(from, to);
        while (w.find()) {
            String word = w.group();
            if (!nouns.contains(word)) {
                continue;
            }
            // the noun phrase: up to three words before the noun, back to a name or an article
            int phrase = w.start();
            List<Prose.Name> names = List.of();
            List<Prose.Name> before = p.namesIn(Math.max(from, w.start() - 40), w.start());
            if (!before.isEmpty()) {
                Prose.Name last = before.get(before.size() - 1);
                if (LOWER_WORDS.matcher(p.text).region(last.end(), w.start()).matches()) {
                    names = List.of(last);
                    phrase = last.start();
                }
            }
            boolean definite = names.isEmpty() && DEFINITE.matcher(p.text).region(from, w.start()).find();
            return phrase >= from ? new Antecedent(word, names, definite) : null;
        }
        return null;
    }

    /** "their number rose", "their number had fallen": the level of the people named before. */
    private static final Pattern THEIR_NUMBER = Pattern.compile("\\b[Tt]heir\\s+numbers?\\s+(?:had\\s+|has\\s+)?"
            + "(?:rose|risen|grew|grown|fell|fallen|increased|decreased|declined|dropped|reached|climbed)\\b");

    /**
     * A clause with a subject of its own after "their number": a semicolon, a colon, or ", and" and a word that is no
     * verb going on with the level (", and reached a peak of" goes on; ", and deliveries had stopped" does not).
     */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("[;:]|,\\s+(?:and|but|while)\\s+"
            + "(?!(?:then\\s+|later\\s+)?(?:\\p{Ll}+ed|rose|grew|fell|stood|went|came|was|were)\\b)");

    private static final Pattern WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");

    /** Up to two lower-case words between a name and its noun (" military "). */
    private static final Pattern LOWER_WORDS = Pattern.compile("(?:\\s+[\\p{Ll}-]+){0,2}\\s+");

    /** "The " or "the " and up to two lower-case words right before the noun: a definite noun phrase. */
    private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he(?:\\s+[\\p{Ll}-]+){0,2}\\s+$");
}
