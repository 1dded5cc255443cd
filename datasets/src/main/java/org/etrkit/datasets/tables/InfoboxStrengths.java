package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.tables.TroopsTable.Row;

/**
 * The troops figures of the infobox, for {@link TroopsTable}: the {@code Strength…}, {@code Size…} and
 * {@code Casualties…} entries and the keys that name people under arms ("Military Specialists",
 * {@link #personnelKey}), each figure with the side of a name before it in its part of the entry (not in
 * brackets, which name a source, {@link #nameOfFigure}), else of a force the bracket after it names, of the party
 * of the {@code Combatant…} of the same number that its words name, of that combatant, of the commander, of the
 * donor or recipient ({@link #partySide}), or of the article's subject; its measure from its words, else from the
 * key; and the infobox's date.
 */
final class InfoboxStrengths {

    private static final Pattern INFOBOX_KEY = Pattern.compile(
            "(?i)(?:[\\p{L}-]+\\s+){0,2}?(strength|size|casualties(?: and losses)?|losses|troops|personnel|manpower)\\s*(\\d*)");
    private static final Pattern LOSSES = Pattern.compile("casualties.*|losses");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*\\([^()]*");

    private final Analysis a;
    private final Lexicon lex;
    private final Set<String> personnel;
    private final Set<String> collective;
    private final Set<String> civilians;
    private final Set<String> materiel;
    private final Set<String> strengthHeaders;
    private final Set<String> aidPersonnel;
    private final Set<String> sources;
    /** Words before a counted noun that make people of it under arms ("armed herders", "military specialists"). */
    private final Set<String> armed;
    /** The infobox's combatant parties that a figure's words name. */
    private final FigureParties parties;
    /** The measure a figure's words give. */
    private final FigureMeasures measures;
    /** The donor and recipient of an article on aid, whose recipient's are the trainees of a key. */
    private final ArticleParties frames;

    InfoboxStrengths(Analysis a, FigureParties parties, FigureMeasures measures) {
        this.a = a;
        this.lex = a.rules.lexicon();
        this.personnel = lex.set("personnel");
        this.collective = lex.set("collective");
        this.civilians = lex.set("civilians");
        this.materiel = lex.set("materiel");
        this.strengthHeaders = lex.set("strength_headers");
        this.aidPersonnel = lex.set("aid_personnel");
        this.sources = lex.set("source_nouns");
        this.armed = lex.set("armed_modifiers");
        this.parties = parties;
        this.measures = measures;
        this.frames = new ArticleParties(lex);
    }

    /** The figures of the infobox's strength, size and casualties entries, added to {@code rows}. */
    void read(ArticleContext ac, int order, List<Row> rows) {
        Corpus.Entry entry = a.corpus.entries().get(a.order(ac.article.source()));
        Map<Integer, TextBlock> byLine = new HashMap<>();
        for (TextBlock b : entry.blocks()) {
            if (b.kind().equals("infobox")) {
                byLine.put(b.at().line(), b);
            }
        }
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            Matcher m = INFOBOX_KEY.matcher(e.key());
            TextBlock b = byLine.get(e.at().line());
            if (b == null || !m.matches() && !personnelKey(e.key())) {
                continue;
            }
            if (DeportedPeople.deathsOfDeportees(ac, e.key())) {
                continue; // "Deaths: about 16,000" in the infobox of a deportation: deportees, no losses
            }
            boolean trainees = traineesKey(e.key());
            if (!m.matches()) { // "Military Specialists: upwards of 7,000": a count of people named by the key
                m = PERSONNEL_KEY.matcher(e.key());
                m.matches();
            }
            String keyWord = m.group(1).toLowerCase(Locale.ROOT);
            boolean losses = LOSSES.matcher(keyWord).matches();
            String keyMeasure = lex.measureOf(keyWord.substring(keyWord.lastIndexOf(' ') + 1));
            for (Quantity q : b.quantities()) {
                String u = q.unit().toLowerCase(Locale.ROOT);
                if (u.equals("usd") || u.equals("percent") || materiel.contains(u) || civilians.contains(u)
                        || collective.contains(u) && q.value() < 100) {
                    continue;
                }
                LocalDate day = ac.fallbackDay();
                String side = null;
                String force = "";
                String basis;
                PhraseMatcher.Hit<Gazetteer.Side> h = nameOfFigure(ac, b.text(), q);
                if (h != null) {
                    side = h.value().at(day);
                    force = h.text();
                    basis = "a name before the figure in the infobox entry";
                } else if (ac.combatants.containsKey(m.group(2)) && (h = forceInBracketAfter(ac, b.text(), q)) != null
                        && !ac.combatants.get(m.group(2)).equals(h.value().at(day))) {
                    // "10,000–12,000 (Chinese garrisons, late 1920)": another of a Combatant's several forces
                    side = h.value().at(day);
                    force = h.text();
                    basis = "the force the bracket after the figure names";
                } else if (ac.combatants.containsKey(m.group(2))
                        && (force = parties.partyOfFigure(ac, b.text(), q, m.group(2))) != null) {
                    // "16,000 Cubans", "55,000 Afghan Army regulars" beside "Combatant1: Soviet Union;
                    // Democratic Republic of Afghanistan": the party the figure's own words name
                    side = FigureParties.partySideOf(ac, force, day);
                    basis = "the party of the infobox's Combatant" + m.group(2) + " the figure names";
                } else if (ac.combatants.containsKey(m.group(2))
                        && (force = parties.unknownNameOfFigure(ac, b.text(), q, m.group(2))) != null) {
                    // "about 12,000 Kurdish fighters" beside "Combatant2: Soviet Union; Republic of Mahabad":
                    // a name no listed party has and the gazetteer does not know
                    side = "Other";
                    basis = "a name in the figure's words that the gazetteer and the infobox's Combatant"
                            + m.group(2) + " do not know";
                } else if (ac.combatants.containsKey(m.group(2))
                        && ac.combatantParties.getOrDefault(m.group(2), List.of()).size() > 1) {
                    // "47,000 regulars" beside "Combatant1: Ethiopia, Cuba, Soviet Union": the first listed
                    force = "";
                    side = FigureParties.partySideOf(ac, ac.combatantParties.get(m.group(2)).get(0), day);
                    basis = "the first party of the infobox's Combatant" + m.group(2);
                } else if (ac.combatants.containsKey(m.group(2))) {
                    force = "";
                    side = ac.combatants.get(m.group(2));
                    basis = "the infobox's Combatant" + m.group(2);
                } else if (ac.commanderSides.containsKey(m.group(2))) {
                    side = ac.commanderSides.get(m.group(2));
                    basis = "the infobox's Commander" + m.group(2) + ", with no Combatant" + m.group(2);
                } else if ((h = forceInBracketAfter(ac, b.text(), q)) != null) {
                    side = h.value().at(day);
                    force = h.text();
                    basis = "the force the bracket after the figure names";
                } else if (trainees && ac.combatants.isEmpty()) {
                    // "Ruritanian Trainees: about 900" in an article on aid: the men of the side the key names, else of
                    // the recipient the donor trained, else Other; never the donor's
                    h = nameInKey(ac, e.key());
                    String[] frame = frames.frameOf(ac);
                    side = h != null ? h.value().at(day) : frame[1] != null ? frame[1] : "Other";
                    force = h != null ? h.text() : "";
                    basis = h != null ? "the name in the entry's key of trainees" : "the trainees of an entry's key: "
                            + (frame[1] != null ? "the infobox's recipient" : "no side named");
                } else if (ac.combatants.isEmpty() && (h = nameInKey(ac, e.key())) != null) {
                    // "Cuban Troops: some 16,000" in an article on Soviet aid: the men of the side the key names
                    side = h.value().at(day);
                    force = h.text();
                    basis = "the name in the entry's key";
                } else if (ac.combatants.isEmpty() && (side = partySide(ac, m.group(2), day)) != null) {
                    basis = "the infobox's " + (m.group(2).equals("1") ? "donor" : "recipient")
                            + ", with no Combatant" + m.group(2);
                } else if (ac.combatants.isEmpty() && ac.ownSide != null) {
                    side = ac.ownSide;
                    basis = "the side of the article's subject (" + ac.ownSideBasis + ")";
                } else {
                    side = "Other";
                    basis = "no combatant of the same number in the infobox";
                }
                String measure = trainees ? "trained" : measures.measureAfter(b.text(), q);
                if (measure == null) {
                    measure = keyMeasure != null && !losses ? keyMeasure : losses ? "casualties" : "strength";
                }
                String quote = e.key() + ": " + e.value();
                rows.add(new Row(new Place(order, e.at().line(), q.start()), force, side, ac.infoboxDate,
                        ac.infoboxDate == null ? "" : "infobox", Math.round(q.value()), Math.round(q.high()),
                        q.qualifier().code(), q.unit(), measure, e.at().source(), e.at().line(),
                        Quote.of(Sentence.whole(quote), e.key().length() + 2 + q.start(),
                                e.key().length() + 2 + q.end()), basis, "infobox"));
            }
        }
    }

    /**
     * For an infobox figure numbered 1 or 2 ("Strength2") in an article whose infobox names one donor and one
     * recipient (keys of the lexicon's {@code donor_keys}, {@code recipient_keys}) and no combatants: the donor's
     * side for 1, the recipient's for 2, {@code Other} when the gazetteer knows no side in its value; else null.
     */
    private String partySide(ArticleContext ac, String number, LocalDate day) {
        if (!number.equals("1") && !number.equals("2")) {
            return null;
        }
        java.util.Set<String> keys = lex.set(number.equals("1") ? "donor_keys" : "recipient_keys");
        String value = null;
        int found = 0;
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            if (keys.contains(e.key().toLowerCase(Locale.ROOT))) {
                value = e.value();
                found++;
            }
        }
        if (found != 1 || value.indexOf(';') >= 0) {
            return null;
        }
        Gazetteer.Side s = ac.gazetteer.firstIn(value);
        return s == null ? "Other" : s.at(day);
    }

    /** The first name of the article's gazetteer in an infobox key ("Cuban Troops", "Soviet Advisers"), or null. */
    private static PhraseMatcher.Hit<Gazetteer.Side> nameInKey(ArticleContext ac, String key) {
        List<PhraseMatcher.Hit<Gazetteer.Side>> hits = ac.gazetteer.find(key, 0, key.length());
        return hits.isEmpty() ? null : hits.get(0);
    }

    private static final Pattern PERSONNEL_KEY = Pattern.compile("(?i)(.*?)\\s*(\\d*)");

    /** True for an infobox key whose last word counts trainees ("Ruritanian Trainees", "Military Trainees2"). */
    private static boolean traineesKey(String key) {
        String k = TRAILING_DIGITS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        return k.equals("trainees") || k.endsWith(" trainees");
    }

    /**
     * True for an infobox key that names people under arms ("Military Specialists", "Soviet Advisers"), trainees
     * ("Ruritanian Trainees": men trained, of the trainees' side) or the plural of a strength header ("Forces").
     */
    private boolean personnelKey(String key) {
        if (traineesKey(key)) {
            return true;
        }
        String[] words = Chars.words(
                TRAILING_DIGITS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("").strip());
        String last = words[words.length - 1];
        return personnel.contains(last)
                || aidPersonnel.contains(last) && words.length > 1 && armed.contains(words[0])
                || last.endsWith("s") && strengthHeaders.contains(last.substring(0, last.length() - 1)); // "Forces"
    }

    /**
     * The name of the force an infobox figure counts: the last name before it, or in its noun, within its
     * part of the entry (up to ";"), outside brackets, which name a source ("(Soviet estimate)"); or null.
     */
    private PhraseMatcher.Hit<Gazetteer.Side> nameOfFigure(ArticleContext ac, String text, Quantity q) {
        int from = text.lastIndexOf(';', q.start()) + 1;
        int after = q.start(); // past the figure's digits: the span may hold its noun ("900 North Koreans")
        while (after < q.end() && !Character.isDigit(text.charAt(after))) {
            after++;
        }
        while (after < text.length() && (Character.isDigit(text.charAt(after)) || ",.–- ".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        if (after < text.length() && Character.isUpperCase(text.charAt(after))) {
            // "about 250 Chinese and 900 North Koreans captured": a name right after the figure is its own, not
            // the name of the figure before it; when the gazetteer does not know it the other readings decide
            Matcher np = OWN_NOUN_PHRASE_END.matcher(text).region(after, text.length());
            int npEnd = np.find() ? np.start() : text.length();
            List<PhraseMatcher.Hit<Gazetteer.Side>> own = ac.gazetteer.find(text, after, npEnd);
            return own.isEmpty() || own.get(0).start() != after ? null : ac.peoplesForce(text, own.get(0), ac.gazetteer);
        }
        PhraseMatcher.Hit<Gazetteer.Side> last = null;
        for (PhraseMatcher.Hit<Gazetteer.Side> h : ac.gazetteer.find(text, from, q.end())) {
            if (!inBrackets(text, from, h.start()) && !sources.contains(wordAfter(text, h.end()))) {
                last = h; // not "Chinese claims of over 98,000": the claimant is no side of the figure
            }
        }
        return last == null ? null : ac.peoplesForce(text, last, ac.gazetteer); // "some 6,000 Greek National Army"
    }

    /** The end of the words after an infobox figure that are its own: a comma, semicolon, bracket or "and". */
    private static final Pattern OWN_NOUN_PHRASE_END = Pattern.compile("[,;(]|\\s(?:and|or)\\s");

    /** The word after {@code end} past white space, lower case; "" when none. */
    private static String wordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = Chars.letterRunEnd(text, i, text.length());
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /**
     * The force a bracket right after an infobox figure names ("about 15,000 (Ili National Army, 1945)"),
     * unless it names a source ("(Soviet estimate)"); or null.
     */
    private static PhraseMatcher.Hit<Gazetteer.Side> forceInBracketAfter(ArticleContext ac, String text, Quantity q) {
        int close = text.indexOf(')', q.end());
        int semi = text.indexOf(';', q.end());
        String after = close < 0 || semi >= 0 && semi < close ? "" : text.substring(q.end(), close);
        if (OPEN_BRACKET.matcher(after).matches() && !SOURCE.matcher(after).find()) {
            List<PhraseMatcher.Hit<Gazetteer.Side>> in = ac.gazetteer.find(text, q.end(), close);
            return in.isEmpty() ? null : in.get(0);
        }
        return null;
    }

    private static final Pattern SOURCE = Pattern.compile(
            "(?i)\\b(?:estimates?|figures?|sources?|claims?|claimed|according|reports?|reported|data|count)\\b");

    /** True when {@code at} stands inside brackets opened after {@code from}. */
    private static boolean inBrackets(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
