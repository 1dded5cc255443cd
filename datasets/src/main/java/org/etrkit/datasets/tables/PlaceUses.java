package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The names an article uses as places, read once from all its prose with the lexicon's place patterns
 * ({@link Rules#placePatterns}): after a preposition ("at Changchun"), before a place verb ("Yixian fell"), or
 * joined by "and" to such a name ("Jinzhou and Yixian"), never as an owner ("Changchun's"). Moved unchanged out of
 * {@link ArticleContext}.
 */
final class PlaceUses {

    private final Rules rules;
    private final List<Prose> prose;

    PlaceUses(Rules rules, List<Prose> prose) {
        this.rules = rules;
        this.prose = prose;
    }

    private Set<String> placeNames;

    /**
     * True when the article uses {@code name} as a place: after a preposition of the lexicon's
     * {@code place_prepositions} ("at Changchun"), before a verb of its {@code place_verbs} ("Yixian fell"), or
     * joined by "and" to such a name ("Jinzhou and Yixian"), and never as an owner ("Changchun's").
     */
    boolean usesAsPlace(String name) {
        if (placeNames == null) {
            Rules.PlacePatterns pp = rules.placePatterns(); // compiled once per Rules, from the lexicon
            Set<String> places = new java.util.HashSet<>();
            Set<String> owners = new java.util.HashSet<>();
            // each pattern is tried only where its match can start (Starts): "joined" and "owner" only in the run
            // of name characters before each " and " or apostrophe; "before" only in a text with a place verb
            for (Prose p : prose) {
                Matcher a = Starts.matcher(pp.after(), p.text);
                for (int at = 0; (at = pp.afterStarts().find(a, p.text, at)) >= 0; ) {
                    places.add(a.group(1));
                }
                if (pp.mayUseVerb(p.text)) {
                    Matcher b = Starts.matcher(pp.before(), p.text);
                    for (int at = 0; (at = Starts.UPPERCASE.find(b, p.text, at)) >= 0; ) {
                        places.add(b.group(1));
                    }
                }
                String t = p.text;
                Matcher o = Starts.matcher(pp.owner(), t);
                NextApostrophe apostrophe = new NextApostrophe(t);
                for (int at = 0; (at = Starts.UPPERCASE.findBeforeMark(o, t, at, apostrophe)) >= 0; ) {
                    owners.add(o.group(1));
                }
            }
            for (Prose p : prose) {
                String t = p.text;
                Matcher m = Starts.matcher(pp.joined(), t);
                for (int at = 0; (at = Starts.UPPERCASE.findBeforeMark(m, t, at, i -> t.indexOf(" and ", i))) >= 0; ) {
                    if (places.contains(m.group(1)) || places.contains(m.group(2))) {
                        places.add(m.group(1));
                        places.add(m.group(2));
                    }
                }
            }
            places.removeAll(owners);
            placeNames = places;
        }
        return placeNames.contains(name);
    }

    /**
     * Where the first apostrophe ("'" or "’") at or after an offset stands in a text, or -1; each kind's next one is
     * kept while it is still ahead, so that a text with one kind only is not read to its end from every mark of the
     * other (quadratic in a one-line article).
     */
    private static final class NextApostrophe implements java.util.function.IntUnaryOperator {
        private final String t;
        private int straightFrom = Integer.MAX_VALUE;
        private int straight;
        private int curlyFrom = Integer.MAX_VALUE;
        private int curly;

        NextApostrophe(String t) {
            this.t = t;
        }

        @Override
        public int applyAsInt(int from) {
            if (from < straightFrom || straight >= 0 && straight < from) {
                straight = t.indexOf('\'', from);
                straightFrom = from;
            }
            if (from < curlyFrom || curly >= 0 && curly < from) {
                curly = t.indexOf('’', from);
                curlyFrom = from;
            }
            return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
        }
    }
}
