package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of an infobox combatant entry, for {@link ArticleContext}: the parts between a separator outside
 * brackets ({@link #topLevelParts}), and whether a name stands as a state listed by commas of its own
 * ({@link #listedState}), and the one side a caption names ({@link #onlySide}).
 */
final class CombatantParts {

    private CombatantParts() {
    }

    /**
     * "Soviet Union, Poland, Hungary": whether the name {@code h} of {@code party} stands in a part of it between commas
     * that names no other side and no force (no word of the lexicon's {@code force_nouns}): a state listed as an ally
     * of its own, which keeps the side of {@code gazetteer}, unlike "White Russian units" fighting for a combatant.
     */
    static boolean listedState(String party, PhraseMatcher.Hit<Gazetteer.Side> h, Gazetteer gazetteer,
            Set<String> forceNouns) {
        int from = 0;
        for (String part : topLevelParts(party, ',')) {
            int to = from + part.length();
            if (h.start() >= from && h.end() <= to) {
                if (from == 0 && to == party.length() || ArticleContext.hasWord(part, forceNouns)) {
                    return false; // the party is not a list, or the part names a force
                }
                for (PhraseMatcher.Hit<Gazetteer.Side> o : gazetteer.all(part)) {
                    if (!o.value().side().equals("Other")) {
                        return false;
                    }
                }
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    /** The parts of {@code text} between {@code sep} outside brackets. */
    static List<String> topLevelParts(String text, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * The one side the names of {@code gazetteer} in {@code text} give on {@code day} ("Soviet forces in Operation
     * Whirlwind"), as a name's gazetteer side; null when they give none, only {@code Other}, or two sides.
     */
    static Gazetteer.Side onlySide(Gazetteer gazetteer, String text, java.time.LocalDate day) {
        Gazetteer.Side only = null;
        for (PhraseMatcher.Hit<Gazetteer.Side> h : gazetteer.all(text)) {
            if (h.value().side().equals("Other")) {
                continue;
            }
            if (only != null && !only.at(day).equals(h.value().at(day))) {
                return null;
            }
            only = only == null ? h.value() : only;
        }
        return only;
    }

    /** A {@code StrengthN} or {@code CasualtiesN} entry's key: its number is the combatant's. */
    static final java.util.regex.Pattern FIGURES_KEY = java.util.regex.Pattern.compile(
            "(?i)(?:strength|casualties|losses|size)\\s*(\\d+)");

    /**
     * The formations an infobox figure entry names in brackets ("25,000–30,000 (63rd Army)"): each bracket whose
     * words start with a capital or a numeral and end in a force noun of {@code forceNouns} and that the gazetteer does
     * not know; a leading "the" is dropped.
     */
    static List<String> bracketedFormations(String value, Set<String> forceNouns, Gazetteer gazetteer) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = BRACKET.matcher(value);
        while (m.find()) {
            String name = m.group(1).strip().replaceFirst("^(?:the|The) ", "");
            int sp = name.lastIndexOf(' ');
            if (sp < 0 || !(Character.isDigit(name.charAt(0)) || Chars.isUpperCase(name.charAt(0)))
                    || !forceNouns.contains(name.substring(sp + 1).toLowerCase(java.util.Locale.ROOT))
                    || gazetteer.firstIn(name) != null) {
                continue;
            }
            out.add(name);
        }
        return out;
    }

    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)");
}
