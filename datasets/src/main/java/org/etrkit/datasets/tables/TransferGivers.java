package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * The giver of a transfer as the text names it for {@link TransferParties}: the "by", "from" or "with" phrase after
 * the verb, the agent of a passive before a noun of the means ("built by China under a loan"), the side named in the
 * item ("Soviet advisers", also people of a state outside the list, "French teachers", and "of American goods"), the
 * side right before a transfer noun ("a Soviet loan") or before the one noun of a participle ("Soviet arms sent"),
 * and the side of a series a bare figure goes on. Moved unchanged out of {@link TransferParties}.
 */
final class TransferGivers {

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    }

    private final Analysis a;
    private final Set<String> personnel;
    private final Set<String> aidPersonnel;
    /** Words before a name that make it where items came from, not a party ("from captured Japanese stocks"). */
    private final Set<String> originWords;
    /** The subjects of transfer verbs and what pronouns point back to. */
    private final TransferSubjects transferSubjects;

    TransferGivers(Analysis a, TransferSubjects transferSubjects) {
        this.a = a;
        Lexicon lex = a.rules.lexicon();
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.originWords = lex.set("origin_words");
        this.transferSubjects = transferSubjects;
    }

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
    String agentBeforeMeans(Prose p, int clauseStart, int noun, LocalDate day) {
        Matcher by = AGENT_BEFORE_MEANS.matcher(p.text).region(Math.max(clauseStart, noun - 80), noun);
        if (!by.find()) {
            return null;
        }
        List<Prose.Name> agent = p.namesIn(by.start(1), by.end(1));
        return agent.isEmpty() || agent.get(0).start() != by.start(1) || agent.get(0).isGroup() ? null
                : transferSubjects.sideOf(agent.get(0), day);
    }

    private static final Pattern AGENT = Pattern.compile("\\b(?:by|from|with) (?:the |regular )?");

    /**
     * True when the figure counts people ({@code personnel}, {@code aid_personnel}) and a word of a state outside the
     * list ({@code outside_state_words}) stands in its own noun phrase, between the figure and its noun ("some 11,000
     * French teachers", "twelve American officers"): that state's people.
     */
    boolean outsidePeople(Prose p, Quantity q) {
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
    boolean ofAnOutsideState(Prose p, Quantity q) {
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
     * The side that gave a transfer noun its clause's active subject paid or built with ("In 1990 it paid for a school
     * with a grant of $4 million", {@link TransferSubjects#subjectOfMeans}): "with", "a" or "an" and at most two words
     * right before the noun; null in a passive clause ("the dam was built with a loan"), where the clause names no
     * subject, or where no such phrase stands there.
     */
    String subjectBeforeMeans(Prose p, int clauseStart, int noun, LocalDate day) {
        Matcher with = WITH_MEANS.matcher(p.text).region(Math.max(clauseStart, noun - 40), noun);
        if (!with.find() || PASSIVE_WORD.matcher(p.text).region(clauseStart, with.start()).find()) {
            return null;
        }
        return transferSubjects.subjectOfMeans(p, clauseStart, with.start(), day);
    }

    /** "with a ", "with an interest-free ": the indefinite noun phrase of a means, up to the transfer noun. */
    private static final Pattern WITH_MEANS = Pattern.compile("\\bwith\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** "was", "were", "been", "being": an auxiliary of the passive. */
    private static final Pattern PASSIVE_WORD = Pattern.compile("\\b(?:was|were|been|being)\\b");

    /** The side of a "by X", "from X" or "with X" phrase after the verb. */
    String agentAfter(Prose p, int from, int to, LocalDate day) {
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
    String sideOfNounBefore(Prose p, int verbStart, LocalDate day) {
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
    String sideRightBefore(Prose p, int nounStart, LocalDate day) {
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
    String sideNotOfOrigin(Prose p, int from, int to, LocalDate day) {
        for (Prose.Name n : p.namesIn(from, to)) {
            if (!n.isGroup() && !originWords.contains(p.wordBefore(n.start()))) {
                return transferSubjects.sideOf(n, day);
            }
        }
        return null;
    }

    /**
     * The side named in the nearest figure with a noun before {@code q} in its sentence, for a figure without a noun of
     * its own that goes on a series ("13,000 Cuban troops were serving in 1980, about 5,000 in 1984"), or null.
     */
    String sideOfSeries(Prose p, Quantity q, LocalDate day) {
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
