package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The noun phrase a figure renames, for {@link SideFinder}: the force noun before its comma ("surrendered the
 * garrison, some 80,000 men", {@link #renamedForce}) and the irregulars it names ("irregular bands …, up to 10,000
 * strong", {@link #irregularsRenamed}), the side of the whole phrase ("Red Army and OGPU troops, some 8,000 in all",
 * {@link #renamedPhrase}), and the force a definite force noun refers to ("the army counted 1,300 men",
 * {@link #definiteForce}): the force the paragraph first names with that noun ({@link #forceFirstNamed}).
 */
final class RenamedPhrases {

    /** The basis of a figure that renames a force the gazetteer does not know. */
    static final String UNKNOWN_RENAMED = "an unknown force the figure renames";

    private final Set<String> forceNouns;
    /** "garrison", "defenders": the men holding a place, which a figure may rename ({@code garrison_nouns}). */
    private final Set<String> garrisonNouns;
    private final Set<String> personnel;
    private final Set<String> irregular;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The owner a possessive gives a figure ({@link PossessiveOwners}). */
    private final PossessiveOwners owners;

    RenamedPhrases(Set<String> forceNouns, Set<String> personnel, Set<String> irregular, NameRoles roles,
            ForceNames forces, PossessiveOwners owners, Set<String> garrisonNouns) {
        this.forceNouns = forceNouns;
        this.garrisonNouns = garrisonNouns;
        this.personnel = personnel;
        this.irregular = irregular;
        this.roles = roles;
        this.forces = forces;
        this.owners = owners;
    }

    /**
     * "garrison" in "surrendered the garrison, some 80,000 men, to", "defenders" in "The remaining defenders, some 2,800
     * men,": the force or garrison noun the figure renames, or null.
     */
    String renamedForce(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 3);
        int k = words.size() - 1;
        while (k >= 0 && SideFinder.HEDGE_WORDS.contains(words.get(k))) {
            k--;
        }
        if (k >= 1 && words.get(k).equals(",")
                && (forceNouns.contains(words.get(k - 1)) || garrisonNouns.contains(words.get(k - 1)))) {
            return words.get(k - 1);
        }
        return null;
    }

    /** "His troops, " opening a sentence: a possessive pronoun, at most two words, the renamed noun and its comma. */
    private static final java.util.regex.Pattern POSSESSIVE_OPENING = java.util.regex.Pattern.compile(
            "(?:His|Its|Their|Her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}]+),\\s*(?:[\\p{Ll}]+\\s+){0,3}?");

    /**
     * True when the force noun the figure renames stands in a noun phrase that opens its sentence with a possessive
     * pronoun ("His troops, no fewer than 5,000 strong, took …"): the force of whoever the previous sentence is about.
     */
    boolean possessiveOpening(Prose p, int start, String renamed) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        java.util.regex.Matcher m = POSSESSIVE_OPENING.matcher(p.text).region(sentenceStart, start);
        return m.matches() && m.group(1).equals(renamed);
    }

    /**
     * The irregular noun ("bands", "rebels") of the noun phrase a figure renames, back to the punctuation or the
     * start of the clause before its comma, when the phrase names no side; or null.
     */
    String irregularsRenamed(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 12);
        int comma = words.lastIndexOf(",");
        for (int i = comma - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.length() == 1 && !Chars.isLetter(w.charAt(0))) {
                break;
            }
            if (irregular.contains(w)) {
                int from = p.clauseStart(start);
                return p.namesIn(from, start).isEmpty() ? w : null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern RENAMED = java.util.regex.Pattern.compile(
            "([^,;:()]{1,80}?),\\s*(?:(?:by then|then|at first|in all|now|still)\\s+)?$");

    /**
     * The side of the noun phrase a figure renames after a comma ("Red Army and OGPU troops, some 8,000 in
     * all"): a known name in it, an unknown name (Other), or for a definite force noun ("the army, by then
     * 1,500 strong") the force the paragraph first names with that noun; or null.
     */
    Reading renamedPhrase(Prose p, int start, LocalDate date) {
        int from = Math.max(p.clauseStart(start), start - 100);
        String before = p.text.substring(from, start);
        // the match's comma is the text's last (only blanks and "then" follow it), and at most 80 characters
        // follow the match's start to it: the search starts there, where it finds what it finds from the start
        int comma = before.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        java.util.regex.Matcher m = RENAMED.matcher(before).region(Math.max(0, comma - 80), before.length());
        if (!m.find()) {
            return null;
        }
        int npEnd = from + m.end(1);
        String np = m.group(1).strip();
        String head = SideFinder.lastWord(Once.POSSESSIVE.matcher(np).replaceAll(""));
        if (!forceNouns.contains(head) && !personnel.contains(head)) {
            return null;
        }
        int npStart = Math.max(from + m.start(1), npEnd - 60);
        java.util.regex.Matcher conjunct = AND_PREPOSITION.matcher(p.text).region(npStart, npEnd);
        int lastConjunct = -1;
        while (conjunct.find()) {
            lastConjunct = conjunct.end();
        }
        if (lastConjunct >= 0) { // "backed by Soviet troops and by the Workers' Militia, some 30,000 strong": the last
            npStart = lastConjunct;
            np = p.text.substring(npStart, npEnd).strip();
            if (p.namesIn(npStart, npEnd).stream().allMatch(Prose.Name::isGroup)) {
                return new Reading("Other", np, UNKNOWN_RENAMED);
            }
        }
        String npLower = np.toLowerCase(Locale.ROOT);
        if (npLower.matches("(?:.*\\s)?the " + java.util.regex.Pattern.quote(head))) {
            Reading first = forceFirstNamed(p, head, npEnd - head.length(), date, "the " + head);
            if (first != null) {
                return first; // "When Tuva joined the USSR the army, by then 1,500 strong": the army named before
            }
        }
        if (npLower.matches("(?:.*\\s)?(?:its|their) (?:[\\p{L}-]+ )?" + java.util.regex.Pattern.quote(head) + "(?:['’]s)?")) {
            int own = npEnd - np.length() + npLower.lastIndexOf(npLower.contains("their ") ? "their " : "its ");
            Prose.Name owner = roles.nearestBefore(p, Math.max(0, own - 2 * Prose.WINDOW), own, true);
            if (owner != null) {
                return forces.reading(p, owner, date, "the owner of '" + np + "', which the figure renames");
            }
            List<Prose.Actor> xs = p.actorsIn(p.sentence(p.sentenceIndex(own)).start(), own);
            for (int i = xs.size() - 1; i >= 0; i--) { // "Shenyang … units of its garrison": the "Shenyang garrison"
                String named = xs.get(i).text() + " " + head;
                List<PhraseMatcher.Hit<Gazetteer.Side>> hits = p.article.gazetteer.all(named);
                if (hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == named.length()) {
                    return new Reading(hits.get(0).value().at(date), named, "the force the article names '" + named
                            + "', which '" + np + "' stands for");
                }
            }
        }
        List<Prose.Name> names = p.namesIn(npStart, npEnd);
        for (int i = names.size() - 1; i >= 0; i--) {
            Prose.Name n = names.get(i);
            if (!n.isGroup() && !roles.afterPreposition(p, n)) {
                Prose.Name owner = owners.knownOwner(p, n);
                return owner != null ? forces.reading(p, owner, date, "the owner in the noun phrase the figure renames")
                        : forces.reading(p, n, date, "the noun phrase the figure renames");
            }
        }
        List<Prose.Actor> xs = p.actorsIn(npStart, npEnd);
        if (!xs.isEmpty() && Once.OWNER_TAIL.matcher(p.text.substring(xs.get(xs.size() - 1).end(), npEnd)).matches()) {
            return new Reading("Other", xs.get(xs.size() - 1).text(), UNKNOWN_RENAMED);
        }
        if (np.toLowerCase(Locale.ROOT).matches("(?:.*\\s)?the " + java.util.regex.Pattern.quote(head))) {
            return forceFirstNamed(p, head, npEnd - head.length(), date, "the " + head);
        }
        return null;
    }

    /** " and by ", " and with ": a second phrase of the same preposition, which the figure after it alone renames. */
    private static final java.util.regex.Pattern AND_PREPOSITION = java.util.regex.Pattern.compile(
            "\\band\\s+(?:by|with|from|under|of)\\s+");

    private static final java.util.regex.Pattern DEFINITE_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)(?:^\\s*|^\\s*(?:by|at|that|this|before|after|until) [a-z]+\\s+|[,;:]\\s+|\\d{4}\\s+)the (\\p{L}+) (?:(?:had|has|was|were|then|still|now|by then)\\s+)?(?:counted|numbered|had|mustered|fielded|grew|comprised|consisted|kept|lost|suffered|was|were)\\b");

    /** "The brigade lost ", ", and the regiment reported ": a definite force noun opening its clause before a verb of loss. */
    private static final java.util.regex.Pattern DEFINITE_LOSER = java.util.regex.Pattern.compile(
            "(?i)(?:^\\s*|,\\s+and\\s+)the (\\p{L}+) (?:had\\s+)?(?:lost|suffered|reported)\\s+$");

    /**
     * "By June 1941 the army counted …", "…: the division suffered some 1,800 casualties": a definite force noun as the
     * clause subject refers to the force first named with it.
     */
    Reading definiteForce(Prose p, int clauseStart, int start, LocalDate date) {
        java.util.regex.Matcher m = DEFINITE_SUBJECT.matcher(p.text).region(Math.max(clauseStart, start - 200), start);
        Reading found = null;
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (forceNouns.contains(noun)) {
                found = forceFirstNamed(p, noun, m.start(1), date, "the " + noun);
            }
        }
        return found;
    }

    /**
     * "The brigade lost 11 killed", ", and the regiment reported 15 killed": whether a definite force noun ({@code
     * force_nouns}) opens the figure's sentence, or a clause after ", and", as the subject of a verb of loss right before
     * the figure ({@link #DEFINITE_LOSER}), whatever the paragraph names with it.
     */
    boolean definiteLoser(Prose p, int clauseStart, int start) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        java.util.regex.Matcher m = DEFINITE_LOSER.matcher(p.text).region(Math.max(sentenceStart, start - 200), start);
        return m.find() && forceNouns.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** "credited the division with a total of ": a verb of crediting, a definite force noun and "with" right before the figure. */
    private static final java.util.regex.Pattern CREDITED_DEFINITE = java.util.regex.Pattern.compile(
            "\\bcredit(?:ed|s)? the (\\p{L}+) with (?:a total of |an estimated )?$");

    /**
     * "Western intelligence credited the division with a total of 9,000 troops": the force the paragraph named first with
     * the definite force noun a source credits with the figure ({@link #forceFirstNamed}), not the source's side; or null.
     */
    Reading creditedForce(Prose p, int from, int start, LocalDate date) {
        java.util.regex.Matcher m = CREDITED_DEFINITE.matcher(p.text).region(Math.max(from, start - 80), start);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        return forceNouns.contains(noun) ? forceFirstNamed(p, noun, m.start(1), date, "the " + noun) : null;
    }

    /** "The company, 160 strong,": a definite force noun and a comma right before the figure. */
    private static final java.util.regex.Pattern DEFINITE_RENAMED = java.util.regex.Pattern.compile(
            "(?i)\\bthe (\\p{L}+),\\s+(?:(?:some|about|around|nearly|roughly|over|by then|then|only|no more than)\\s+)?$");

    /**
     * "The company, 160 strong, held …": a figure renaming a definite force noun refers to the force its paragraph named
     * first with that noun ({@link #forceFirstNamed}), a name opening with it ("Company F") included; or null.
     */
    Reading definiteRenamed(Prose p, int start, LocalDate date) {
        java.util.regex.Matcher m = DEFINITE_RENAMED.matcher(p.text).region(Math.max(0, start - 40), start);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        return forceNouns.contains(noun) ? forceFirstNamed(p, noun, m.start(1), date, "the " + noun) : null;
    }

    /**
     * The side of the force the paragraph first names with {@code noun} ("the Tuvan People's Revolutionary
     * Army" for "the army"), before {@code before}: a known name (its side), an unknown one ({@code Other});
     * or null.
     */
    private Reading forceFirstNamed(Prose p, String noun, int before, LocalDate date, String what) {
        Prose.Name known = null;
        for (Prose.Name n : p.namesIn(0, Math.max(0, before))) {
            if (!n.isGroup() && (SideFinder.lastWord(n.text()).equals(noun) || SideFinder.lastWord(forces.forceName(p, n)).equals(noun))) {
                known = n;
                break;
            }
        }
        for (Prose.Actor x : p.actorsIn(0, Math.max(0, before))) {
            boolean opens = x.text().toLowerCase(Locale.ROOT).startsWith(noun + " "); // "Company F" for "the company"
            if ((SideFinder.lastWord(x.text()).equals(noun) || opens) && (known == null || x.start() < known.start())) {
                return new Reading("Other", x.text(), what + ": " + x.text() + ", which the gazetteer does not know");
            }
            break; // only the paragraph's first unknown name
        }
        if (known == null) { // "By 2 May the 9th Infantry Division …; …: the division suffered": a numbered formation
            // within a bounded reach back, so a long paragraph is not searched from its start for every figure
            java.util.regex.Matcher m = NUMBERED.matcher(p.text).region(Math.max(0, before - 4 * Prose.WINDOW), Math.max(0, before));
            while (m.find()) {
                if (SideFinder.lastWord(m.group()).equals(noun) && p.namesIn(m.start(), m.end()).isEmpty()
                        && p.text.startsWith("the ", m.start() - 4) && !p.text.startsWith("of the ", Math.max(0, m.start() - 7))) {
                    return new Reading("Other", m.group(), what + ": " + m.group() + ", a numbered formation the gazetteer"
                            + " does not know");
                }
            }
        }
        if (known == null) {
            // "By dawn the regiment had lost …": the unit of the infobox's Units entries of one combatant headed by the noun
            String side = InfoboxUnitNouns.sideOf(p.article, noun);
            return side == null ? null : new Reading(side, what, what + ": the unit of one combatant's infobox Units"
                    + " entry headed by '" + noun + "'");
        }
        return forces.reading(p, known, date, what + ": the force the paragraph names first with '" + noun + "'");
    }

    /** "the 9th Infantry Division": a numbered formation ({@link ClauseSubjects}'s form). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])\\d+(?:st|nd|rd|th)(?: \\p{Lu}[\\p{L}-]*)+");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");
        static final java.util.regex.Pattern OWNER_TAIL = java.util.regex.Pattern.compile("(?:['’]s(?:\\s+[\\p{L}-]+){0,3})?\\s*");
    }
}
