package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Set;

/**
 * The words around a name that make it no force, for {@link SideFinder}: a preposition before it that makes it no
 * subject ("agreement with Chiang Kai-shek", {@link #afterPreposition}), a place moved through or to ("passed
 * through China", {@link #placePassed}), a time phrase it only dates ("after the Soviet invasion",
 * {@link #inTimePhrase}), a source noun after it ("Tibetan sources", {@link #isSource}); and the nearest name
 * before a point that is none of these ({@link #nearestBefore}).
 */
final class NameRoles {

    /** Prepositions and verbs of passage after which a name is no subject ({@link #afterPreposition}). */
    final Set<String> notSubject;
    /** "Tibetan sources", "Soviet official histories", "veterans' accounts": a name that only attributes a figure. */
    private final java.util.regex.Pattern sourceAfter;
    private final java.util.regex.Pattern sourceWord;
    /** "a report of the ", "figures from ": a source noun and "of the", "by" or "from" right before a name (not "estimates of Chinese losses"). */
    private final java.util.regex.Pattern sourceOf;
    /** "by the time of the", "after": the words of a time phrase before a name ({@link #inTimePhrase}). */
    private final java.util.regex.Pattern timePhraseBefore;
    /** " surrender", " invasion": an event noun after a name ({@link #inTimePhrase}). */
    private final java.util.regex.Pattern eventAfter;
    private final Set<String> passed;
    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;

    NameRoles(Lexicon lexicon, AttackWords attacks) {
        this.attacks = attacks;
        this.sourceAfter = lexicon.compile("^(?:['’]s?)?(?:\\s+[\\p{Ll}-]+['’]?){0,2}?\\s+(?:{source_nouns})\\b");
        this.sourceWord = lexicon.compile("\\b(?:{source_nouns})\\b");
        this.sourceOf = lexicon.compile("\\b(?:{source_nouns})\\s+(?:of\\s+the|by|from)\\s+(?:the\\s+)?$");
        this.timePhraseBefore = lexicon.compile("\\b(?:{time_prepositions})\\s+(?:the\\s+)?$");
        this.eventAfter = lexicon.compile("^\\s+(?:{event_nouns})\\b");
        Set<String> passage = lexicon.set("passage_verbs");
        this.notSubject = SideFinder.union(NOT_SUBJECT_PREPOSITIONS, passage);
        this.passed = SideFinder.union(PASSED_PREPOSITIONS, passage);
    }

    /** Prepositions after which a name is no subject; with the lexicon's {@code passage_verbs}, {@link #notSubject}. */
    private static final Set<String> NOT_SUBJECT_PREPOSITIONS = Set.of("with", "to", "against", "toward", "towards",
            "into", "at", "near", "onto", "through", "via", "across", "opposite", "between");

    /** Prepositions of a place passed; with the lexicon's {@code passage_verbs}, {@link #passed}. */
    private static final Set<String> PASSED_PREPOSITIONS = Set.of("through", "via", "across", "into", "onto", "toward",
            "towards");

    /**
     * A name with a side before {@code to} and after {@code from}, skipping finished brackets and groups, and
     * the attacked unless {@code attackedToo} ("drove the Soviet defenders from both hills; of the 300 border
     * troops …" speaks of the attacked; "it was wiped out" of the attacker).
     */
    Prose.Name nearestBefore(Prose p, int from, int to, boolean attackedToo) {
        List<Prose.Name> names = p.namesIn(from, to);
        int depth = 0;
        int scan = to - 1;
        for (int i = names.size() - 1; i >= 0; i--) {
            Prose.Name n = names.get(i);
            for (; scan >= n.end(); scan--) {
                char c = p.text.charAt(scan);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0 || n.isGroup() || n.side().side().equals("Other") || !attackedToo && attacks.isAttacked(p, n)
                    || placePassed(p, n) || inTimePhrase(p, n) || inSourcePhrase(p, n)) {
                continue; // "passed through China": a place passed, not a force
            }
            return n;
        }
        return null;
    }

    /**
     * True when the name attributes a figure to a source: a source noun follows it, after at most two words
     * ("Tibetan sources", "Soviet official histories", "Chinese veterans' accounts"), or "ones" after such a
     * source in its sentence ("by Tibetan sources at 2,000 and by Chinese ones at 1,500").
     */
    boolean isSource(Prose p, Prose.Name n) {
        int to = Math.min(p.text.length(), n.end() + 60);
        if (sourceAfter.matcher(p.text).region(n.end(), to).lookingAt()) {
            return true;
        }
        int sentenceStart = p.sentence(p.sentenceIndex(n.start())).start();
        return p.text.startsWith(" ones", n.end())
                && sourceWord.matcher(p.text).region(sentenceStart, n.start()).find();
    }

    /**
     * True when the name is the author of a source that opens its sentence: after a source noun and "of", "by" or
     * "from" ("According to a report of the Soviet consulate in X, it numbered …"), or inside an opening "According to
     * …," phrase; who counted, not whose men.
     */
    boolean inSourcePhrase(Prose p, Prose.Name n) {
        if (sourceOf.matcher(p.text).region(Math.max(0, n.start() - 40), n.start()).find()) {
            return true;
        }
        int sentenceStart = p.sentence(p.sentenceIndex(n.start())).start();
        String opening = p.text.substring(sentenceStart, n.start()).stripLeading();
        return (opening.startsWith("According to ") || opening.startsWith("according to "))
                && opening.indexOf(',') < 0;
    }

    /** True when a source noun follows {@code end} ("Eighth Army intelligence", "Western estimates"): who counted. */
    boolean sourceAfter(Prose p, int end) {
        return sourceAfter.matcher(p.text).region(end, Math.min(p.text.length(), end + 60)).lookingAt();
    }

    /** True when the name is a place moved through or to ("passed through China", "crossed the Amur"). */
    boolean placePassed(Prose p, Prose.Name n) {
        return passed.contains(p.wordBefore(n.start()));
    }

    /** True when the name follows a preposition that makes it no subject ("agreement with Chiang Kai-shek"). */
    boolean afterPreposition(Prose p, Prose.Name n) {
        return notSubject.contains(p.wordBefore(n.start()));
    }

    /**
     * True when the name only dates something: it stands before an event noun of the lexicon's {@code event_nouns}
     * in a time phrase opened by one of its {@code time_prepositions} ("By the time of the Japanese surrender", "after
     * the Soviet invasion"), so it names no force.
     */
    boolean inTimePhrase(Prose p, Prose.Name n) {
        return eventAfter.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 30)).lookingAt()
                && timePhraseBefore.matcher(p.text).region(Math.max(0, n.start() - 30), n.start()).find();
    }
}
