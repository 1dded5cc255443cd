package org.etrkit.datasets.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.error.DatasetException;

/**
 * The knowledge the curated tables are built with, read from a JSON rule file ({@code rules.json}
 * next to this class by default). It holds no sentence of any article:
 * <ul>
 * <li>a lexicon: personnel and materiel nouns, money units, transfer verbs, population words,
 *     ethnic groups, government bodies, the words of each casualty measure;</li>
 * <li>a gazetteer from force, state, place and leader names to side codes;</li>
 * <li>a few generic clause patterns (which words before or after a figure make it a troop figure,
 *     which phrase names an aid recipient), written with {@code {list}} references to the lexicon;</li>
 * <li>named overrides: a pattern for one sentence the generic reading gets wrong, with the reason.</li>
 * </ul>
 * Every number, name and line in the tables comes from the text. Loading checks every key, list and
 * regular expression and reports a problem as {@code file:line: problem}.
 */
public final class Rules {

    /** The side codes of the shipped rules. */
    public static final Set<String> SIDE_CODES = Set.of("ETR", "USSR", "ROC", "PRC", "Japan", "Mongolia", "Other");

    private static final String DEFAULT = "rules.json";

    private final Set<String> sides;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Clauses clauses;
    private final List<Override> overrides;
    private final PhraseMatcher<String> groups;
    private final PhraseMatcher<String> outsideStates;
    private final PlacePatterns placePatterns;
    private final OfficerPatterns officerPatterns;

    /**
     * The patterns that find the names an article uses as places ({@link PlaceUses#usesAsPlace}), compiled
     * once from the lexicon: a name after a preposition of {@code place_prepositions} ({@code after}), before a
     * verb of {@code place_verbs} ({@code before}), two names joined by "and" ({@code joined}), and a name as an
     * owner ("Changchun's", {@code owner}). Each has the name in group 1 ({@code joined}: groups 1 and 2).
     * {@code afterStarts} holds where {@code after}'s matches can start, a preposition's first letter before
     * blanks and a capital ({@link Starts#ofWordsBeforeName}); the other three start at a capital ({@link Starts#UPPERCASE}). {@code verbWords}
     * holds, per verb, the text before its first space, one of which a text must hold for {@code before} to match
     * in it ({@link #mayUseVerb}).
     */
    record PlacePatterns(Pattern after, Pattern before, Pattern joined, Pattern owner, Starts afterStarts,
                         List<String> verbWords) {
        static PlacePatterns of(Lexicon lex) {
            String nameRe = "\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)*";
            List<String> verbs = lex.list("place_verbs");
            List<String> verbWords = verbs.isEmpty() ? List.of("") // an empty alternation matches anywhere
                    : verbs.stream().map(v -> v.split(" ", -1)[0]).toList();
            return new PlacePatterns(
                    Pattern.compile("\\b(?i:" + lex.alternation("place_prepositions") + ")\\s+(" + nameRe + ")"),
                    Pattern.compile("(?<![\\p{L}-])(" + nameRe + ")\\s+(?:" + lex.alternation("place_verbs") + ")\\b"),
                    Pattern.compile("(" + nameRe + ") and (" + nameRe + ")"),
                    Pattern.compile("(" + nameRe + ")['’]s\\b"),
                    Starts.ofWordsBeforeName(lex.list("place_prepositions")),
                    verbWords);
        }

        /**
         * False when {@code before} cannot match in {@code text}: it holds none of the verbs' first words
         * ({@code before} is case-sensitive, and the text before a verb's first space is matched as written).
         */
        boolean mayUseVerb(String text) {
            for (String w : verbWords) {
                if (text.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The patterns that find a person the text makes an officer of a side ({@link ArticleContext}), compiled once
     * from the lexicon's {@code person_roles}: a role and a capitalised name right after a side's name ("the
     * Nationalist general Sun Liren", {@code roleThenPerson}, the name in group 1), a role right after a side's
     * name ({@code roleAfter}), and a capitalised name, a comma and "a" or "the" right before it ("Oda Kenji, a
     * Japanese colonel", {@code personBeforeRole}, the name in group 1).
     */
    record OfficerPatterns(Pattern roleThenPerson, Pattern roleAfter, Pattern personBeforeRole, String roleFirsts) {
        private static final String PERSON = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})";

        static OfficerPatterns of(Lexicon lex) {
            String roles = lex.alternation("person_roles");
            return new OfficerPatterns(
                    Pattern.compile("\\s+(?i:" + roles + ")(?:\\s+(?i:" + roles + "))?\\s+" + PERSON + "(?![\\p{L}'’-])"),
                    Pattern.compile("\\s+(?i:" + roles + ")\\b"),
                    Pattern.compile(PERSON + ",\\s+(?:a|an|the)\\s+$"),
                    roleFirsts(lex.list("person_roles")));
        }

        /**
         * The first letters of the roles in both ASCII cases, or null when a role starts with something else
         * (then {@link #roleMayFollow} lets every place through).
         */
        private static String roleFirsts(List<String> roles) {
            StringBuilder out = new StringBuilder();
            for (String role : roles) {
                char c = role.isEmpty() ? ' ' : role.charAt(0);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    return null;
                }
                out.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
            }
            return out.toString();
        }

        /**
         * False when neither {@code roleThenPerson} nor {@code roleAfter} can match at {@code at}: both open with
         * blanks ({@code \s+}) and a role, compared ignoring case in ASCII only, so a match needs a blank at
         * {@code at} and, after the blanks, one of the roles' first letters in either case.
         */
        boolean roleMayFollow(String text, int at) {
            if (roleFirsts == null) {
                return true;
            }
            int i = at;
            while (i < text.length() && isRegexBlank(text.charAt(i))) {
                i++;
            }
            return i > at && i < text.length() && roleFirsts.indexOf(text.charAt(i)) >= 0;
        }

        /** The blanks of the regular expression {@code \s}: space, tab, newline, vertical tab, form feed, return. */
        private static boolean isRegexBlank(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    /**
     * A named correction for one sentence the generic reading gets wrong: the troop figure that
     * {@code pattern} finds at its {@code {figure}} gets {@code side} (and {@code force} and
     * {@code measure} where given). {@code why} says what the generic rules cannot read.
     */
    public record Override(String id, String why, Pattern pattern, String side, String force, String measure,
                           int line) {
    }

    /** The compiled clause patterns of the rule file, by role. */
    record Clauses(List<Pattern> personnelBefore, List<Pattern> personnelAfter, List<Pattern> notPersonnelAfter,
                   Pattern numberedSubject, Pattern aidPassive, Pattern aidToRecipient, Pattern aidFromDonor,
                   Pattern populationOfRegion) {
    }

    private Rules(Set<String> sides, Lexicon lexicon, Gazetteer gazetteer, Clauses clauses, List<Override> overrides) {
        this.sides = Set.copyOf(sides);
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.clauses = clauses;
        this.overrides = List.copyOf(overrides);
        Map<String, String> groupNames = new LinkedHashMap<>();
        for (String g : lexicon.list("groups")) {
            groupNames.put(g, g);
        }
        for (String entry : lexicon.list("group_aliases")) { // "Pole = Polish": "Poles" are the Polish group
            int eq = entry.indexOf(" = ");
            groupNames.putIfAbsent(entry.substring(0, eq).strip(), entry.substring(eq + 3).strip());
        }
        this.groups = new PhraseMatcher<>(groupNames, true);
        Map<String, String> outside = new LinkedHashMap<>();
        for (String w : lexicon.list("outside_state_words")) {
            outside.put(w, w);
        }
        this.outsideStates = new PhraseMatcher<>(outside, false);
        this.placePatterns = PlacePatterns.of(lexicon);
        this.officerPatterns = OfficerPatterns.of(lexicon);
    }

    /** The rules shipped with the builder. */
    public static Rules defaults() {
        return Default.RULES;
    }

    private static final class Default {
        static final Rules RULES = loadResource();

        private static Rules loadResource() {
            try (InputStream in = Rules.class.getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new DatasetException(DEFAULT, 0, "the built-in rules are missing from the classpath");
                }
                return read(JsonTree.read(in, DEFAULT));
            } catch (IOException e) {
                throw new DatasetException(DEFAULT, 0, "cannot read rules: " + e.getMessage(), e);
            }
        }
    }

    /** Rules from a file of the same form; any problem is a {@link DatasetException} naming the file and line. */
    public static Rules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(JsonTree.read(in, file.toString()));
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot read rules: " + DatasetException.reason(e), e);
        }
    }

    /** The side codes these rules allow. */
    public Set<String> sides() {
        return sides;
    }

    /** The named overrides, in file order. */
    public List<Override> overrides() {
        return overrides;
    }

    /** The same rules without overrides: what the generic reading alone gives. */
    public Rules withoutOverrides() {
        return new Rules(sides, lexicon, gazetteer, clauses, List.of());
    }

    Lexicon lexicon() {
        return lexicon;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The lexicon's ethnic groups ({@code groups}), each standing for itself, plurals matched. */
    PhraseMatcher<String> groups() {
        return groups;
    }

    /** The lexicon's words of states outside the side codes ({@code outside_state_words}: "American", "British"). */
    PhraseMatcher<String> outsideStates() {
        return outsideStates;
    }

    /** The patterns of names used as places, compiled once from the lexicon. */
    PlacePatterns placePatterns() {
        return placePatterns;
    }

    /** The patterns of officers named with a side, compiled once from the lexicon. */
    OfficerPatterns officerPatterns() {
        return officerPatterns;
    }

    Clauses clauses() {
        return clauses;
    }

    // ---- reading

    private static Rules read(JsonTree.Node root) {
        Map<String, JsonTree.Node> top = root.object("rules",
                List.of("sides", "lexicon", "gazetteer", "dated_names", "clauses", "overrides"));
        Set<String> sides = new LinkedHashSet<>(required(root, top, "sides").strings("sides"));
        if (!sides.contains("Other")) {
            throw required(root, top, "sides").error("sides must include 'Other', the side of unknown forces");
        }
        Lexicon lexicon = lexicon(required(root, top, "lexicon"));
        Gazetteer gazetteer = gazetteer(required(root, top, "gazetteer"), top.get("dated_names"), sides);
        Clauses clauses = clauses(required(root, top, "clauses"), lexicon);
        List<Override> overrides = new ArrayList<>();
        JsonTree.Node ov = top.get("overrides");
        if (ov != null) {
            Set<String> ids = new LinkedHashSet<>();
            for (JsonTree.Node n : ov.array("overrides")) {
                Override o = override(n, sides, lexicon);
                if (!ids.add(o.id())) {
                    throw n.error("override '" + o.id() + "' is given twice");
                }
                overrides.add(o);
            }
        }
        return new Rules(sides, lexicon, gazetteer, clauses, overrides);
    }

    private static JsonTree.Node required(JsonTree.Node parent, Map<String, JsonTree.Node> fields, String key) {
        JsonTree.Node n = fields.get(key);
        if (n == null) {
            throw parent.error("missing key '" + key + "'");
        }
        if (n.isNull()) {
            throw new DatasetException(n.file(), parent.lineOf(key), "'" + key + "' must not be null");
        }
        return n;
    }

    private static Lexicon lexicon(JsonTree.Node node) {
        List<String> allowed = new ArrayList<>(Lexicon.LISTS);
        allowed.add("measures");
        Map<String, JsonTree.Node> fields = node.object("lexicon", allowed);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String name : Lexicon.LISTS) {
            List<String> words = required(node, fields, name).strings("lexicon list '" + name + "'");
            if (words.isEmpty()) {
                throw fields.get(name).error("lexicon list '" + name + "' must not be empty");
            }
            lists.put(name, words);
        }
        for (String list : List.of("state_short_names", "admin_abbreviations", "group_aliases")) { // "Republic of Vietnam = South Vietnam", "ASSR = republic"
            for (String entry : lists.get(list)) {
                int eq = entry.indexOf(" = ");
                if (eq <= 0 || eq + 3 >= entry.length() || entry.indexOf(" = ", eq + 1) >= 0) {
                    throw fields.get(list).error("lexicon list '" + list + "': '" + entry
                            + "' must be written '" + (list.equals("admin_abbreviations") ? "abbreviation = noun" : list.equals("group_aliases") ? "name = group" : "full name = short name") + "'");
                }
            }
        }
        JsonTree.Node m = required(node, fields, "measures");
        Map<String, List<String>> measures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree.Node> e : m.anyObject("measures").entrySet()) {
            if (!e.getKey().matches("[a-z_]+")) {
                throw new DatasetException(m.file(), m.lineOf(e.getKey()),
                        "measure name '" + e.getKey() + "' must be lower-case letters and '_'");
            }
            measures.put(e.getKey(), e.getValue().strings("the words of measure '" + e.getKey() + "'"));
        }
        Lexicon lexicon = new Lexicon(lists, measures);
        Set<String> twice = lexicon.ambiguousMeasureWords();
        if (!twice.isEmpty()) {
            throw m.error("words given for more than one measure: " + String.join(", ", twice));
        }
        return lexicon;
    }

    private static Gazetteer gazetteer(JsonTree.Node node, JsonTree.Node dated, Set<String> sides) {
        Map<String, Gazetteer.Side> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree.Node> e : node.anyObject("gazetteer").entrySet()) {
            String side = e.getKey();
            if (!sides.contains(side)) {
                throw new DatasetException(node.file(), node.lineOf(side), "gazetteer: '" + side
                        + "' is not one of the sides " + sides);
            }
            for (String name : e.getValue().strings("gazetteer names of " + side)) {
                if (names.put(name, new Gazetteer.Side(side, null, null)) != null) {
                    throw e.getValue().error("gazetteer: the name '" + name + "' is given twice");
                }
            }
        }
        if (dated != null && !dated.isNull()) {
            for (JsonTree.Node d : dated.array("dated_names")) {
                Map<String, JsonTree.Node> f = d.object("dated name",
                        List.of("names", "side", "from", "then", "since", "earlier"));
                String side = side(d, f, "side", sides);
                String then = f.containsKey("from") || f.containsKey("then") ? side(d, f, "then", sides) : null;
                LocalDate from = then == null ? null : isoDate(d, f, "from");
                String earlier = f.containsKey("since") || f.containsKey("earlier") ? side(d, f, "earlier", sides) : null;
                LocalDate since = earlier == null ? null : isoDate(d, f, "since");
                if (then == null && earlier == null) {
                    throw d.error("a dated name needs 'from' and 'then', or 'since' and 'earlier'");
                }
                for (String name : required(d, f, "names").strings("names")) {
                    if (names.put(name, new Gazetteer.Side(side, from, then, since, earlier)) != null) {
                        throw d.error("gazetteer: the name '" + name + "' is given twice");
                    }
                }
            }
        }
        return new Gazetteer(names);
    }

    private static LocalDate isoDate(JsonTree.Node parent, Map<String, JsonTree.Node> f, String key) {
        try {
            return LocalDate.parse(required(parent, f, key).string(key));
        } catch (DateTimeParseException ex) {
            throw f.get(key).error("'" + key + "' must be an ISO date like 1949-10-01");
        }
    }

    private static String side(JsonTree.Node parent, Map<String, JsonTree.Node> f, String key, Set<String> sides) {
        JsonTree.Node n = required(parent, f, key);
        String side = n.string(key);
        if (!sides.contains(side)) {
            throw n.error("'" + key + "': '" + side + "' is not one of the sides " + sides);
        }
        return side;
    }

    private static Clauses clauses(JsonTree.Node node, Lexicon lexicon) {
        Map<String, JsonTree.Node> f = node.object("clauses", List.of("personnel_before", "personnel_after",
                "not_personnel_after", "numbered_subject", "aid_passive", "aid_to_recipient", "aid_from_donor",
                "population_of_region"));
        return new Clauses(patterns(node, f, "personnel_before", lexicon), patterns(node, f, "personnel_after", lexicon),
                patterns(node, f, "not_personnel_after", lexicon), pattern(required(node, f, "numbered_subject"), lexicon),
                pattern(required(node, f, "aid_passive"), lexicon), pattern(required(node, f, "aid_to_recipient"), lexicon),
                pattern(required(node, f, "aid_from_donor"), lexicon),
                pattern(required(node, f, "population_of_region"), lexicon));
    }

    private static List<Pattern> patterns(JsonTree.Node parent, Map<String, JsonTree.Node> f, String key,
                                          Lexicon lexicon) {
        List<Pattern> out = new ArrayList<>();
        for (JsonTree.Node n : required(parent, f, key).array(key)) {
            out.add(pattern(n, lexicon));
        }
        return out;
    }

    private static Pattern pattern(JsonTree.Node n, Lexicon lexicon) {
        String template = n.string("a clause pattern");
        try {
            return lexicon.compile(template);
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    /** Where {@code {figure}} stands: a run of up to six words, of which a recognized figure must start the first. */
    static final String FIGURE = "(?<figure>\\S+(?:\\s\\S+){0,5}?)";

    private static Override override(JsonTree.Node n, Set<String> sides, Lexicon lexicon) {
        Map<String, JsonTree.Node> f = n.object("override", List.of("id", "table", "why", "pattern", "side",
                "force", "measure"));
        String id = required(n, f, "id").string("id");
        String table = required(n, f, "table").string("table");
        if (!table.equals("troops")) {
            throw f.get("table").error("override '" + id + "': only 'troops' rows can be overridden, not '" + table + "'");
        }
        String why = required(n, f, "why").string("why");
        JsonTree.Node p = required(n, f, "pattern");
        String template = p.string("pattern");
        int at = template.indexOf("{figure}");
        if (at < 0 || template.indexOf("{figure}", at + 1) >= 0) {
            throw p.error("override '" + id + "': the pattern must hold {figure} exactly once");
        }
        Pattern pattern;
        try {
            pattern = lexicon.compile(template.replace("{figure}", FIGURE));
        } catch (IllegalArgumentException e) {
            throw p.error("override '" + id + "': " + e.getMessage());
        }
        String side = side(n, f, "side", sides);
        String force = f.containsKey("force") ? f.get("force").string("force") : null;
        String measure = null;
        if (f.containsKey("measure")) {
            measure = f.get("measure").string("measure");
            if (!measure.equals("strength") && !lexicon.measures().containsKey(measure)) {
                throw f.get("measure").error("override '" + id + "': measure '" + measure + "' is not strength or one of "
                        + lexicon.measures().keySet());
            }
        }
        return new Override(id, why, pattern, side, force, measure, n.line());
    }
}
