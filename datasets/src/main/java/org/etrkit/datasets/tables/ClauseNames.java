package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a name before a figure in its clause is to the figure, for {@link SideFinder}: a name inside an appositive
 * between commas, which speaks of the name before it ("the Ili National Army, nominally a part of the provincial
 * forces, still had", {@link #inAppositive}), the known force that formed the people's force the figure counts ("the
 * Red Army garrison formed a Kazakh company", {@link #formerOf}), and the side holding the prisoners the figure
 * counts ("returned the 8,000 prisoners", {@link #heldPrisoners}).
 */
final class ClauseNames {

    /** The lexicon's {@code formation_verbs}: "formed", "raised". */
    private final Set<String> formationVerbs;
    /** "returned the 8,000 prisoners": verbs of holding prisoners. */
    private final Set<String> prisonerHolding;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;

    ClauseNames(Lexicon lexicon, NameRoles roles) {
        this.formationVerbs = lexicon.set("formation_verbs");
        this.prisonerHolding = lexicon.set("prisoner_holding_verbs");
        this.roles = roles;
    }

    /**
     * True when name {@code left[i]} stands in an appositive between commas right after an earlier name,
     * with the figure after the appositive: "the Ili National Army, nominally a part of the provincial
     * forces, still had 14,000 soldiers" speaks of the Ili National Army.
     */
    static boolean inAppositive(Prose p, List<Prose.Name> left, int i, int figure) {
        Prose.Name n = left.get(i);
        int close = p.text.indexOf(',', n.end());
        if (close < 0 || close >= figure) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            Prose.Name m = left.get(k);
            int open = m.end();
            if (open < p.text.length() && p.text.charAt(open) == ',' && p.text.indexOf(',', open + 1) >= n.end()) {
                java.util.regex.Matcher w = FIRST_WORD.matcher(p.text).region(open + 1, n.start());
                boolean participle = w.lookingAt() && (w.group(1).endsWith("ed") || w.group(1).endsWith("ing"));
                boolean joined = w.lookingAt() && CLAUSE_JOINERS.contains(w.group(1).toLowerCase(Locale.ROOT));
                // ", strengthened with Red Army units, that …" and ", and the Hui of Ma Lin, 1,200 strong" are no appositives
                return !m.isGroup() && !participle && !joined;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("\\s*(\\p{L}+)");
    /** Words that open a new clause after a comma, not an appositive. */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "or", "but", "while", "whereas", "although", "though");

    /**
     * The known force that formed the people's force {@code left[i]} names ("the Red Army garrison formed a Kazakh
     * company"): the last name of a listed side before it in its clause, not after a preposition, with a verb of
     * the lexicon's {@code formation_verbs} between them and no other name; null if none.
     */
    Prose.Name formerOf(Prose p, List<Prose.Name> left, int i) {
        Prose.Name group = left.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Prose.Name n = left.get(j);
            if (n.isGroup() || roles.afterPreposition(p, n)) {
                continue;
            }
            if (n.side().side().equals("Other")) {
                return null;
            }
            int w = n.end();
            String between = p.text.substring(n.end(), group.start());
            while (w < group.start()) {
                int a = w;
                while (a < group.start() && !Chars.isLetter(p.text.charAt(a))) {
                    a++;
                }
                int b = Chars.letterRunEnd(p.text, a, group.start());
                if (b > a && formationVerbs.contains(p.text.substring(a, b))) {
                    return between.indexOf(',') < 0 && between.indexOf(';') < 0 ? n : null;
                }
                w = b;
            }
            return null;
        }
        return null;
    }

    /** "leaving behind", "left behind", "abandoning": what the subject left to the other side. */
    private static final java.util.regex.Pattern LEFT_BEHIND = java.util.regex.Pattern.compile(
            "\\b(?:leaving behind|left behind|abandoning|abandoned)\\b");
    /** " taken by ", " captured by " right after a figure of prisoners. */
    private static final java.util.regex.Pattern TAKEN_BY = java.util.regex.Pattern.compile(" (?:taken|captured) by ");

    /** "returned the 8,000 prisoners", "took only 14 prisoners", "reported 101,000 prisoners taken": prisoners held by the side named before them belong to the side that did not take them. */
    boolean heldPrisoners(Prose p, int start, int end, String unit) {
        if (unit == null || !(unit.equalsIgnoreCase("prisoners") || unit.equalsIgnoreCase("captives"))) {
            return false;
        }
        if (prisonerHolding.contains(PeopleGroups.wordAfter(p, end))) {
            // "reported 101,000 prisoners taken"; not "leaving behind their dead and 60 prisoners taken by the defenders":
            // prisoners a clause's subject left behind, taken by others, are its own men
            return !LEFT_BEHIND.matcher(p.text).region(p.clauseStart(start), start).find()
                    || !TAKEN_BY.matcher(p.text).region(end, Math.min(p.text.length(), end + 20)).lookingAt();
        }
        List<String> before = p.wordsBefore(start, 2);
        if (before.isEmpty()) {
            return false;
        }
        String verb = before.get(before.size() - 1);
        if (Set.of("the", "its", "their", "his", "all", "only", "just").contains(verb) && before.size() > 1) {
            verb = before.get(before.size() - 2);
        }
        return prisonerHolding.contains(verb);
    }
}
