package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Dates;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;

/**
 * What the curated tables know about one article beyond single sentences, learned from that article
 * only (so adding an article never changes another article's rows):
 * <ul>
 * <li>aliases: a name the article ties to a side by writing a side's adjective before it
 *     ("the Soviet Amur Flotilla" makes "Amur Flotilla" USSR), or in brackets after a combatant in the
 *     infobox ("Republic of China (Northeastern Army)") or after a combatant's figure ("Strength2: 25,000 (63rd
 *     Army)");</li>
 * <li>the combatants of the infobox ({@code Combatant1}, {@code Combatant2}, ...), each with its side;</li>
 * <li>the article's default side for a generic force noun ("rebels" is ETR when the article writes
 *     "Ili rebels" and no other side's rebels);</li>
 * <li>the infobox's date (its first entry under a key of the lexicon's {@code date_keys}: Date, Signed,
 *     Formed, …), for figures the text does not date otherwise.</li>
 * </ul>
 */
final class ArticleContext {

    private static final Pattern COMBATANT = Pattern.compile("(?i)(?:combatants?|belligerents?|side)\\s*(\\d*)");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]+)\\)");

    final Article article;
    final Rules rules;
    /** The names the article uses as places ({@link PlaceUses#usesAsPlace}). */
    final PlaceUses placeUses;
    final Gazetteer gazetteer;
    private final PhraseMatcher<String> groups;
    /** The lexicon's {@code force_nouns}. */
    private final Set<String> forceNouns;
    /** Infobox combatant number ("" when unnumbered) to side. */
    final Map<String, String> combatants = new LinkedHashMap<>();
    /**
     * Infobox combatant number to the parties its entry lists, split at ";" and "," outside brackets, in order
     * ("Ethiopia, Cuba, Soviet Union" is three parties).
     */
    final Map<String, List<String>> combatantParties = new HashMap<>();
    private final Map<String, String> nounDefaults = new HashMap<>();
    final DateMention infoboxDate;

    final List<Prose> prose = new ArrayList<>();
    /**
     * The words of each prose block's text (by identity), found once for the gazetteer, the article's gazetteer and
     * the groups, which each read them.
     */
    private final Map<String, PhraseMatcher.Words> proseWords = new java.util.IdentityHashMap<>();
    /** The ethnic groups of each prose block's text (by identity), found once for the aliases and {@link #names}. */
    private final Map<String, List<PhraseMatcher.Hit<String>>> proseGroups = new java.util.IdentityHashMap<>();
    /**
     * The pass of the gazetteer of the infobox's names over each prose block's words (by identity), which
     * {@link #names} reads again only where the article's final gazetteer may find other names.
     */
    private final Map<String, PhraseMatcher.Pass<Gazetteer.Side>> proseKnown = new java.util.IdentityHashMap<>();

    ArticleContext(Article article, List<TextBlock> blocks, Rules rules) {
        this.article = article;
        this.rules = rules;
        this.placeUses = new PlaceUses(rules, prose);
        Lexicon lex = rules.lexicon();
        this.groups = rules.groups().withFirst(LearnedGroups.of(article.title(), blocks, rules)); // "The Balanta formed 30 percent"

        Map<String, Gazetteer.Side> aliases = new LinkedHashMap<>();
        Set<String> conflicting = new java.util.HashSet<>();
        DateMention date = null;
        for (String key : lex.list("date_keys")) { // "Date", else "Signed", "Formed", …
            for (Element.InfoboxEntry e : article.infobox()) {
                if (date == null && e.key().equalsIgnoreCase(key)) {
                    for (DateMention d : Dates.find(e.value())) {
                        if (d.hasYear()) {
                            date = d;
                            break;
                        }
                    }
                }
            }
        }
        List<Integer> years = new ArrayList<>();
        for (TextBlock b : blocks) {
            for (DateMention d : b.dates()) {
                if (d.hasYear()) {
                    years.add(d.year());
                }
            }
        }
        years.sort(null);
        this.medianYear = years.isEmpty() ? 0 : years.get(years.size() / 2);
        this.infoboxDate = date;
        LocalDate day = fallbackDay(); // a combatant "China" is the PRC in an article on 1969
        tieSharedForceNames(blocks, lex.list("shared_force_names"), aliases, conflicting);
        conflicting.forEach(retied::remove);
        for (Element.InfoboxEntry e : article.infobox()) {
            Matcher m = COMBATANT.matcher(e.key());
            if (m.matches() && !e.value().isBlank() && !combatants.containsKey(m.group(1))) {
                combatant(m.group(1), e.value(), day, aliases, conflicting);
            }
        }
        for (Element.InfoboxEntry e : article.infobox()) {
            Matcher m = MEMBERS.matcher(e.key());
            if (m.matches() && combatants.containsKey(m.group(2)) && !mixedCombatants.contains(m.group(2))) {
                members(m.group(1).toLowerCase(Locale.ROOT).startsWith("commander"), e.value(),
                        combatantSides.get(m.group(2)), aliases, conflicting);
            }
        }
        ChineseParties.words(combatantSides.values(), lex.list("chinese_party_words"), day)
                .forEach((name, side) -> addAlias(aliases, conflicting, name, side)); // "Communist" beside the ROC
        for (Element.InfoboxEntry e : article.infobox()) { // "Strength2: 25,000–30,000 (63rd Army)": combatant 2's army
            Matcher m = CombatantParts.FIGURES_KEY.matcher(e.key());
            if (m.matches() && combatants.containsKey(m.group(1)) && !mixedCombatants.contains(m.group(1))) {
                for (String name : CombatantParts.bracketedFormations(e.value(), lex.set("force_nouns"), rules.gazetteer())) {
                    addAlias(aliases, conflicting, name, combatantSides.get(m.group(1)));
                }
            }
        }
        for (Element.InfoboxEntry e : article.infobox()) { // "Commander2: Chiang Kai-shek" without a Combatant2
            Matcher m = MEMBERS.matcher(e.key());
            if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).startsWith("commander")
                    && !combatants.containsKey(m.group(2)) && !commanderSides.containsKey(m.group(2))) {
                for (String person : e.value().split("[;,]")) {
                    Gazetteer.Side s = rules.gazetteer().firstIn(person);
                    if (s != null && !s.side().equals("Other")) {
                        commanderSides.put(m.group(2), s.at(day));
                        break;
                    }
                }
            }
        }
        this.statusSide = combatants.isEmpty() ? OwnSides.statusSide(article, rules, lex) : null;
        if (statusSide != null) { // "Leader1: Yan Xishan" of a province of the Republic of China
            for (Element.InfoboxEntry e : article.infobox()) {
                Matcher m = MEMBERS.matcher(e.key());
                if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).startsWith("leader")) {
                    members(true, e.value(), statusSide, aliases, conflicting);
                }
            }
        }

        this.forceNouns = lex.set("force_nouns");
        SideWithBasis own = OwnSides.ownSide(article, rules, lex, day);
        if (own == null && statusSide != null) {
            own = new SideWithBasis(statusSide.at(day), "the infobox's Status");
        }
        this.ownSide = own == null ? null : own.side();
        this.ownSideBasis = own == null ? null : own.basis();
        this.aboutAForce = ownSide != null && combatants.isEmpty() && OwnSides.headNoun(article.title(), forceNouns);
        Set<String> unaligned = lex.set("unaligned_force_words");
        aliases.keySet().removeIf(a -> hasWord(a, unaligned)); // "Chinese collaborationist forces" serve no side
        Gazetteer infoboxKnown = rules.gazetteer().with(new LinkedHashMap<>(aliases), retied);
        for (TextBlock b : blocks) {
            if (!b.isProse() && !b.kind().equals("table")) {
                continue; // an order-of-battle row "PLA 52nd Division" ties the division as prose does
            }
            PhraseMatcher.Words words = PhraseMatcher.Words.of(b.text());
            List<PhraseMatcher.Hit<String>> groupHits = groups.find(words);
            PhraseMatcher.Pass<Gazetteer.Side> known = infoboxKnown.pass(words);
            if (b.isProse()) {
                proseWords.put(b.text(), words);
                proseGroups.put(b.text(), groupHits);
                proseKnown.put(b.text(), known);
            }
            for (PhraseMatcher.Hit<Gazetteer.Side> h : known.hits()) {
                if (b.isProse() && !h.value().side().equals("Other")) {
                    String officer = officerNamed(b.text(), h);
                    Set<String> roles = lex.set("person_roles");
                    while (officer != null && officer.indexOf(' ') > 0
                            && roles.contains(officer.substring(0, officer.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                        officer = officer.substring(officer.indexOf(' ') + 1); // "Colonel Oda Kenji, a Japanese …"
                    }
                    if (officer != null && !roles.contains(officer.toLowerCase(Locale.ROOT))) {
                        // "the Nationalist general Sun Liren", "Oda Kenji, a Japanese colonel"
                        members(true, officer, h.value(), aliases, conflicting);
                    }
                }
                String alias = NamedForcesAfter.regionWordBefore(b.text(), h.start()) ? null // "Central China Expeditionary Army"
                        : NamedForcesAfter.capitalisedPhraseAfter(b.text(), h.end(), forceNouns);
                if (alias != null && !forceNouns.contains(alias.toLowerCase(Locale.ROOT))) { // not "Army" of "Red Banner Army"
                    addAlias(aliases, conflicting, alias, h.value());
                }
            }
            for (PhraseMatcher.Hit<String> o : rules.outsideStates().find(words)) {
                // "American Volunteer Group": a force named after a state outside the list is Other, so that the same
                // name after a side ("Soviet Volunteer Group") ties it to no side
                String alias = NamedForcesAfter.capitalisedPhraseAfter(b.text(), o.end(), forceNouns);
                if (alias != null && !forceNouns.contains(alias.toLowerCase(Locale.ROOT))) {
                    addAlias(aliases, conflicting, alias, new Gazetteer.Side("Other", null, null));
                }
            }
            for (PhraseMatcher.Hit<String> g : groupHits) { // "Tibetan 3rd Regiment": a people's, no side
                if (infoboxKnown.firstIn(g.text()) != null) {
                    continue; // "Japanese" names a side
                }
                String alias = NamedForcesAfter.capitalisedPhraseAfter(b.text(), g.end(), forceNouns);
                if (alias != null && !forceNouns.contains(alias.toLowerCase(Locale.ROOT)) // not "Regiment" of "Malay Regiment"
                        && infoboxKnown.firstIn(alias) == null) {
                    addAlias(aliases, conflicting, alias, new Gazetteer.Side("Other", null, null));
                }
            }
        }
        learnTableUnits(aliases, conflicting, forceNouns, infoboxKnown, day);
        this.articleNames = new ArticleNames(article, blocks, rules.gazetteer(), lex, proseWords::get);
        learnNamedStates(aliases, conflicting);
        conflicting.forEach(aliases::remove);
        aliases.keySet().removeIf(a -> hasWord(a, unaligned));
        this.gazetteer = rules.gazetteer().with(aliases, retied);

        for (TextBlock b : blocks) {
            if (b.isProse()) {
                prose.add(new Prose(b, this));
            }
        }
        boolean unknownState = unknownState(lex.set("state_name_keys"), rules.gazetteer());
        if (!unknownState || !combatants.isEmpty()) { // the occupier's "Soviet troops" leave "troops" untied
            learnNounDefaults(forceNouns, lex.set("personnel"), lex.list("garrison_nouns"));
        }
        this.sideOfNoneNamed = sideOfNoneNamed(article.title(), lex.set("personnel"), forceNouns, unknownState);
    }

    private final int medianYear;

    /**
     * The side of each infobox number that has no combatant but a commander the gazetteer knows, by its number
     * ("Commander2: Chiang Kai-shek" makes number 2 ROC): the side of the first such person of the entry.
     */
    final Map<String, String> commanderSides = new HashMap<>();

    /**
     * The person the text makes an officer of the side of {@code h}: "the Nationalist general Sun Liren" (a role
     * of the lexicon's {@code person_roles} and a capitalised name after the side's name), "Oda Kenji, a Japanese
     * colonel" (a capitalised name, a comma and "a" or "the" before it, a role after it); or null.
     */
    private String officerNamed(String text, PhraseMatcher.Hit<Gazetteer.Side> h) {
        Rules.OfficerPatterns op = rules.officerPatterns(); // compiled once per Rules, from the lexicon
        if (!op.roleMayFollow(text, h.end())) {
            return null; // no blank and role after the name: neither pattern can match
        }
        Matcher after = op.roleThenPerson().matcher(text).region(h.end(), text.length());
        if (after.lookingAt()) {
            return after.group(1);
        }
        if (op.roleAfter().matcher(text).region(h.end(), text.length()).lookingAt()) {
            Matcher before = op.personBeforeRole().matcher(text).region(Math.max(0, h.start() - 60), h.start());
            if (before.find()) {
                return before.group(1);
            }
        }
        return null;
    }

    /**
     * The infobox numbers whose combatant lists, beside a party of a known side, a party the gazetteer does not
     * know, which stays {@code Other}: their commanders and units may serve either, so none takes a side.
     */
    private final Set<String> mixedCombatants = new java.util.HashSet<>();

    /** The side of each infobox combatant, by its number, as a gazetteer side (for aliases). */
    private final Map<String, Gazetteer.Side> combatantSides = new HashMap<>();

    private static final Pattern MEMBERS = Pattern.compile("(?i)(commanders?|leaders?|units?|forces?)\\s*(\\d*)");
    /** What a member entry's parts are split on, a leading article, a person's name; compiled once. */
    private static final Pattern MEMBER_SEPARATOR = Pattern.compile("[;,]|\\s+of\\s+(?:the\\s+)?");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s†‡*]+$");
    /** What a unit cell of an order-of-battle table is split into names on; runs of characters that are no letter. */
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[,;()]|\\s+of\\s+(?:the\\s+)?|\\s+and\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
    /** Capitalised words that name no party by themselves ("Army", "the Republic"). */
    private static final Pattern PARTY_NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*|\\d+(?:st|nd|rd|th))(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*");

    /**
     * One {@code CombatantN} entry: its parties are the parts between ";" ("Mongol Military Government;
     * Empire of Japan (advisers)"). The combatant's side is its first party's: the side of the first name of
     * the gazetteer in it, else {@code Other}. A later party takes its own name's side; a party the gazetteer
     * does not know, and a name the gazetteer leaves {@code Other} ("White Russian units" beside "Xinjiang
     * provincial government"), take the combatant's side, as aliases; so does what brackets after a party say
     * ("Republic of China (Northeastern Army)").
     */
    /**
     * The side of a force the gazetteer knows, named in brackets after a combatant's name ("National Revolutionary
     * Army (Eighth Route Army)"), the whole bracket its name, or null: the narrower name of the force that fought.
     */
    private static Gazetteer.Side bracketedForce(String party, List<PhraseMatcher.Hit<Gazetteer.Side>> hits) {
        int open = party.indexOf('(');
        int close = party.indexOf(')', open + 1);
        if (open <= 0 || close < 0) {
            return null;
        }
        String inside = party.substring(open + 1, close).strip();
        for (PhraseMatcher.Hit<Gazetteer.Side> h : hits) {
            // the whole bracket is the force's name: not "(Communist Party of China)", whose "China" is a state
            if (h.text().equals(inside) && !h.value().side().equals("Other")) {
                return h.value();
            }
        }
        return null;
    }

    private void combatant(String number, String value, LocalDate day, Map<String, Gazetteer.Side> aliases,
                           Set<String> conflicting) {
        Gazetteer base = rules.gazetteer();
        Gazetteer.Side side = null;
        for (String party : CombatantParts.topLevelParts(value, ';')) {
            List<PhraseMatcher.Hit<Gazetteer.Side>> hits = base.all(party);
            Gazetteer.Side own = null;
            for (PhraseMatcher.Hit<Gazetteer.Side> h : hits) {
                if (retied.contains(h.text())) { // "Chinese Workers' and Peasants' Red Army" of the Chinese Communists
                    own = aliases.get(h.text());
                    break;
                }
            }
            for (PhraseMatcher.Hit<Gazetteer.Side> h : hits) {
                if (own != null) {
                    break;
                }
                if (!h.value().side().equals("Other")) {
                    own = h.value();
                    break;
                }
            }
            Gazetteer.Side bracketed = bracketedForce(party, hits);
            if (own != null && bracketed != null && !bracketed.side().equals(own.side())) {
                // "National Revolutionary Army (Eighth Route Army)": the force in brackets is the one that fought
                own = bracketed;
            }
            boolean later = side != null;
            if (side == null) {
                side = own != null ? own : new Gazetteer.Side("Other", null, null);
            }
            Gazetteer.Side partySide = own != null ? own : side;
            if (own == null && later && hits.isEmpty() && !side.side().equals("Other")) {
                // "Soviet Union; Azerbaijan People's Government": a state of its own beside a known side
                partySide = new Gazetteer.Side("Other", null, null);
                mixedCombatants.add(number);
            }
            if (!partySide.side().equals("Other")) {
                for (PhraseMatcher.Hit<Gazetteer.Side> h : hits) {
                    if (h.value().side().equals("Other") && !CombatantParts.listedState(party, h, rules.gazetteer(), rules.lexicon().set("force_nouns"))) { // "White Russian units" fighting for the province
                        for (Map.Entry<String, Gazetteer.Side> form : base.names().entrySet()) {
                            if (form.getValue().side().equals("Other") && (form.getKey().startsWith(h.text())
                                    || h.text().startsWith(form.getKey()))) {
                                addAlias(aliases, conflicting, form.getKey(), partySide); // "White Russians", "Manchukuoan"
                            }
                        }
                    }
                }
            }
            Matcher paren = PAREN.matcher(party);
            while (paren.find()) {
                addAlias(aliases, conflicting, paren.group(1).strip(), partySide);
                for (String name : partyNames(paren.group(1))) { // "(Suiyuan and Shanxi provincial armies)"
                    if (base.firstIn(name) == null) {
                        addAlias(aliases, conflicting, name, partySide);
                    }
                }
            }
            if (own == null) {
                for (String name : partyNames(party.replaceAll("\\([^()]*\\)", " "))) {
                    if (name.indexOf(' ') > 0 || !partySide.side().equals("Other")) {
                        addAlias(aliases, conflicting, name, partySide); // not a lone word without a side ("Basmachi")
                    }
                }
            }
        }
        combatants.put(number, side.at(day));
        combatantSides.put(number, side);
        List<String> parties = new ArrayList<>();
        for (String part : CombatantParts.topLevelParts(value, ';')) {
            for (String party : CombatantParts.topLevelParts(part, ',')) {
                if (!party.isBlank()) {
                    parties.add(party.strip());
                }
            }
        }
        combatantParties.put(number, List.copyOf(parties));
    }

    /**
     * A {@code CommanderN} or {@code UnitsN} entry: each person or unit listed (between ";" or ",") takes the
     * side of combatant N, unless the gazetteer knows it; a person also by the first and the last word of the
     * name ("Ma" and "Zhongying" of "Ma Zhongying", "Blyukher" of "Vasily Blyukher"), a unit by each part of
     * "157th Regiment of the 53rd Division" that starts with a capital or a numeral.
     */
    private void members(boolean persons, String value, Gazetteer.Side side, Map<String, Gazetteer.Side> aliases,
                         Set<String> conflicting) {
        Gazetteer base = rules.gazetteer();
        for (String part : MEMBER_SEPARATOR.split(value.replace('(', ';').replace(')', ';'))) {
            // "Masao Nakamura †": a mark after a commander's name (killed) is no part of it
            String name = TRAILING_MARKS.matcher(LEADING_THE.matcher(part.strip()).replaceAll("")).replaceAll("");
            if (name.isEmpty() || !(Chars.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))
                    || groups.find(name).size() > 0 && !persons) {
                continue;
            }
            List<PhraseMatcher.Hit<Gazetteer.Side>> known = base.all(name);
            boolean whole = known.size() == 1 && known.get(0).start() == 0 && known.get(0).end() == name.length();
            if (!known.isEmpty() && !(persons && whole)) {
                continue;
            }
            Gazetteer.Side own = whole ? known.get(0).value() : side; // "Sheng Shicai" keeps the gazetteer's side
            if (persons && !PERSON_NAME.matcher(name).matches()) {
                continue; // "POW", "(from 1922)" and other notes
            }
            if (!persons && !Character.isDigit(name.charAt(0)) && name.indexOf(' ') < 0) {
                continue; // a single word ("Kham") names a place, not a unit
            }
            if (!whole) {
                addAlias(aliases, conflicting, name, own);
            }
            String[] words = persons && name.indexOf(' ') > 0 ? Chars.words(name) : null;
            if (words != null && words.length <= 3) {
                for (String w : List.of(words[0], words[words.length - 1])) {
                    if (w.length() >= 2 && !w.contains(".") && base.firstIn(w) == null) {
                        addAlias(aliases, conflicting, w, own);
                    }
                }
            }
        }
    }

    /**
     * The units an order-of-battle table lists with a side ("35th Army, 211th Brigade | Suiyuan provincial
     * army"): each capitalised or numbered part of the unit cell ending in a force noun takes the side the row's
     * side cell names (a name of the gazetteer or of the infobox), or, without a side column, the side the
     * unit cell itself names ("Bukhara Group of Forces (Red Army)"), else the side its parent formation names ("6th
     * Division | KPA V Corps"), else the caption's; so does each person of its commander column
     * (a header of the lexicon's {@code commander_headers}), as {@link #members} reads a {@code CommanderN} entry,
     * unless the unit is irregulars (a word of {@code irregular_nouns}: "Kazakh irregulars"), a leader of his own men.
     */
    private void learnTableUnits(Map<String, Gazetteer.Side> aliases, Set<String> conflicting, Set<String> forceNouns,
                                 Gazetteer known, LocalDate day) {
        Lexicon lex = rules.lexicon();
        for (Element.PipeTable pt : article.tables()) {
            int sideCol = TroopsTable.Reader.header(pt, lex.set("side_headers"), -1);
            int unitCol = TroopsTable.Reader.header(pt, lex.set("unit_headers"), sideCol);
            Gazetteer.Side captionSide = null;
            if (unitCol < 0 && sideCol >= 0 && forceNouns.contains(pt.header().get(sideCol).toLowerCase(Locale.ROOT).strip())) {
                unitCol = sideCol; // "Army | Commander": the column names units; the caption may name their side
                captionSide = known.firstIn(pt.caption());
            }
            if (unitCol < 0) {
                continue;
            }
            if (sideCol < 0 && captionSide == null) { // "Soviet forces in the operation | Formation | Commander | …"
                captionSide = CombatantParts.onlySide(known, pt.caption(), day);
            }
            int commanderCol = TroopsTable.Reader.header(pt, lex.set("commander_headers"), unitCol);
            for (Element.Row row : pt.rows()) {
                // the side cell, else a side the unit cell names ("Bukhara Group of Forces (Red Army)"), else the
                // caption's when the side column names units
                Gazetteer.Side side = firstSideIn(known, row.cell(sideCol >= 0 ? sideCol : unitCol));
                int parentCol = side == null && sideCol < 0
                        ? BattleTables.parentColumn(this, known, pt, row, lex.set("unit_headers"), unitCol, sideCol) : -1;
                if (parentCol >= 0) { // "6th Division | KPA V Corps": the parent formation's side, before the caption's
                    side = firstSideIn(known, row.cell(parentCol));
                }
                if (side == null) {
                    side = captionSide;
                }
                if (side == null) {
                    continue;
                }
                for (String part : UNIT_SEPARATOR.split(row.cell(unitCol))) {
                    String name = LEADING_THE.matcher(part.strip()).replaceAll("");
                    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                    if (name.indexOf(' ') > 0 && (Chars.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))
                            && forceNouns.contains(last) && known.firstIn(name) == null) {
                        addAlias(aliases, conflicting, name, side);
                    }
                }
                boolean irregulars = java.util.Arrays.stream(NOT_LETTERS.split(row.cell(unitCol).toLowerCase(Locale.ROOT)))
                        .anyMatch(lex.set("irregular_nouns")::contains); // "Kazakh irregulars | Osman Batur": an ally's own men
                if (commanderCol >= 0 && commanderCol != sideCol && !irregulars) { // "59th Army | Zhang Zizhong | Chinese"
                    members(true, row.cell(commanderCol), side, aliases, conflicting);
                }
            }
        }
    }

    /** The capitalised names in a party of a combatant that are not ethnic groups ("Kumul", "Ma Zhongying"). */
    private List<String> partyNames(String party) {
        List<String> out = new ArrayList<>();
        Matcher m = PARTY_NAME.matcher(party);
        while (m.find()) {
            String name = m.group().strip();
            if (groups.find(name).stream().noneMatch(h -> h.start() == 0 && h.end() == name.length())) {
                out.add(name);
            }
        }
        return out;
    }

    /** The names the article defines: proper words, abbreviations, states and its subject. */
    final ArticleNames articleNames;

    /**
     * Names the article ties to a side for itself: an abbreviation it defines takes the side of its full
     * name ("MPR"); the names of the state it is about, and "the republic", "the country", take that
     * state's side, {@code Other} for a state the gazetteer does not know ("Tuvan People's Republic", "Tuva").
     */
    private void learnNamedStates(Map<String, Gazetteer.Side> aliases, Set<String> conflicting) {
        Gazetteer base = rules.gazetteer();
        articleNames.abbreviations().forEach((abbr, full) -> {
            Gazetteer.Side s = base.firstIn(full);
            if (s == null) { // "People's Volunteer Army (PVA)" beside "Units2: People's Volunteer Army 15th Army"
                s = sideOfUnitsOf(aliases, conflicting, full);
            }
            String qualifier = articleNames.qualifierOf(abbr);
            if (s == null && qualifier != null && qualifier.indexOf('-') < 0) {
                // "the Japanese Kwantung Defence Army (KDA)": the initials spell the name after the state's adjective
                List<PhraseMatcher.Hit<Gazetteer.Side>> hits = base.all(qualifier);
                s = hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == qualifier.length()
                        ? hits.get(0).value() : null;
            }
            if (s != null && base.firstIn(abbr) == null) {
                addAlias(aliases, conflicting, abbr, s);
            }
        });
        ArticleNames.Subject subject = articleNames.subject();
        if (subject != null) {
            Gazetteer.Side side = subject.side().equals("Other") && statusSide != null ? statusSide
                    : new Gazetteer.Side(subject.side(), null, null); // "Shanxi", a province of the Republic
            for (String n : subject.names()) {
                if (base.firstIn(n) == null) {
                    addAlias(aliases, conflicting, n, side);
                }
            }
        }
    }

    /**
     * The one side the article's learned units named "{@code full} …" take ("People's Volunteer Army 15th Army" of
     * {@code UnitsN}), or null when none is learned or they differ.
     */
    private static Gazetteer.Side sideOfUnitsOf(Map<String, Gazetteer.Side> aliases, Set<String> conflicting, String full) {
        Gazetteer.Side found = null;
        for (Map.Entry<String, Gazetteer.Side> e : aliases.entrySet()) {
            if (e.getKey().startsWith(full + " ") && !conflicting.contains(e.getKey())) {
                if (found != null && !found.side().equals(e.getValue().side())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * The side of what the article is about, when its infobox names no combatants: the side its infobox
     * gives under a key of the lexicon's {@code own_side_keys} ("Country: Soviet Union"), else the side of
     * the first name in its title ("Soviet Volunteer Group", "American Volunteer Group"), else the side of the
     * unit its infobox names under a key of {@code unit_name_keys} ("Unit: Polish Armed Forces"), else the side of the
     * service it is attached to under a key of {@code attachment_keys} ("Branch: Chinese Air Force"); null when
     * none names one.
     */
    final String ownSide;
    /** Where {@link #ownSide} was read: "the infobox's Country", "the article's title". */
    final String ownSideBasis;
    /**
     * True when the article is about a force (its title ends in a force noun: "… Group", "… Corps") of
     * {@link #ownSide}: a figure of its people that names no side is that force's.
     */
    final boolean aboutAForce;

    /**
     * The side of a state or province the article is about whose infobox status makes it a part of a side
     * (a key of the lexicon's {@code status_keys} whose value opens with a word of its
     * {@code subordinate_status_words}: "Status: Province of the Republic of China"), for an article without
     * combatants; null otherwise ("Satellite state of the Soviet Union" is a state of its own).
     */
    private final Gazetteer.Side statusSide;

    /**
     * A day for a figure the text does not date: the infobox's date, else the middle of the years the
     * article names (so that "Chinese" in an article on 1969 is the PRC); null for an article without years.
     */
    LocalDate fallbackDay() {
        LocalDate box = infoboxDay();
        if (box != null) {
            return box;
        }
        return medianYear == 0 ? null : LocalDate.of(medianYear, 7, 1);
    }

    /** The names of the lexicon's {@code shared_force_names} this article ties to another side than the gazetteer's. */
    private final Set<String> retied = new java.util.HashSet<>();

    /**
     * A force name several sides use ({@code shared_force_names}: "Red Army") written right before "of" or "of the"
     * and a name of another side ("the Red Army of the Chinese Communist Party") is that side's in this article.
     */
    private void tieSharedForceNames(List<TextBlock> blocks, List<String> shared, Map<String, Gazetteer.Side> aliases,
                                     Set<String> conflicting) {
        Gazetteer base = rules.gazetteer();
        for (TextBlock b : blocks) {
            if (!b.isProse()) {
                continue;
            }
            String text = b.text();
            for (String name : shared) {
                Gazetteer.Side own = base.names().get(name);
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                    int end = i + name.length();
                    if (i > 0 && Chars.isLetter(text.charAt(i - 1))) {
                        continue;
                    }
                    int k = text.startsWith(" of the ", end) ? end + 8 : text.startsWith(" of ", end) ? end + 4 : -1;
                    if (k < 0) {
                        continue;
                    }
                    List<PhraseMatcher.Hit<Gazetteer.Side>> hits = base.find(text, k, Math.min(text.length(), k + 80));
                    if (!hits.isEmpty() && hits.get(0).start() == k && !hits.get(0).value().side().equals("Other")
                            && (own == null || !hits.get(0).value().side().equals(own.side()))) {
                        addAlias(aliases, conflicting, name, hits.get(0).value());
                        retied.add(name);
                    }
                }
            }
        }
    }

    /** Whether a word of {@code text} (letters between non-letters), lower-cased, is in {@code words}. */
    static boolean hasWord(String text, Set<String> words) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Chars.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            i = Chars.letterRunEnd(text, i, text.length());
            if (i > start && words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void addAlias(Map<String, Gazetteer.Side> aliases, Set<String> conflicting, String alias,
                                 Gazetteer.Side side) {
        Gazetteer.Side old = aliases.putIfAbsent(alias, side);
        if (old != null && !old.side().equals(side.side())) {
            conflicting.add(alias);
        }
    }

    /**
     * The side of a figure no name ties to a side, as {side, basis}: for an article whose title is a force of a
     * combatant of its infobox ("Chinese People's Volunteers"), that side; for an article whose infobox names no
     * combatants, its {@link #ownSide}, else the side that at least three in four of the article's names of a
     * side take (and at least six), unless its title names a people ("Tuvan People's Republic"); null
     * otherwise.
     */
    final SideWithBasis sideOfNoneNamed;

    /** A side read for the article, and where it was read (for {@code side_basis}). */
    record SideWithBasis(String side, String basis) {
    }

    /**
     * True when the infobox names the article's state ({@code state_name_keys}: "Conventional Long Name: Upper Vardar
     * People's Government") by a name the shipped gazetteer does not know, whatever names the article ties to a side:
     * a state or government of its own, whose figures no name ties are not those of the side most of its names take
     * (a power occupying it), neither by the vote of all names nor by that of the names before a noun.
     */
    private boolean unknownState(Set<String> stateNameKeys, Gazetteer known) {
        for (Element.InfoboxEntry e : article.infobox()) {
            if (stateNameKeys.contains(e.key().toLowerCase(Locale.ROOT)) && known.firstIn(e.value()) == null) {
                return true;
            }
        }
        return false;
    }

    private SideWithBasis sideOfNoneNamed(String title, Set<String> personnel, Set<String> forceNouns,
                                          boolean unknownState) {
        if (!combatants.isEmpty()) {
            String last = title == null ? "" : title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            boolean titleIsAForce = personnel.contains(last) || forceNouns.contains(last);
            return titleIsAForce && ownSide != null && "the article's title".equals(ownSideBasis)
                    && combatants.containsValue(ownSide) ? new SideWithBasis(ownSide, "the force of the article's title")
                    : null; // "Chinese People's Volunteers": a combatant's force
        }
        if (ownSide != null) {
            return new SideWithBasis(ownSide, ownSideBasis);
        }
        String head = title == null ? "" : title.split("\\s+(?=\\p{Ll})", 2)[0];
        if (!groups.find(head).isEmpty()) {
            return null; // "Tuvan People's Republic": an article about a people's own affairs
        }
        if (unknownState) {
            return null; // "Conventional Long Name: Upper Vardar People's Government": a state of its own
        }
        Map<String, Integer> bySide = new HashMap<>();
        for (Prose p : prose) {
            for (Prose.Name n : p.names) {
                if (!n.isGroup() && !n.side().side().equals("Other")) {
                    bySide.merge(n.side().side(), 1, Integer::sum);
                }
            }
        }
        int total = bySide.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : bySide.entrySet()) {
            if (e.getValue() >= 6 && e.getValue() * 4 >= total * 3) {
                return new SideWithBasis(e.getKey(),
                        "the side of " + e.getValue() + " of the article's " + total + " names of a side");
            }
        }
        return null;
    }

    private void learnNounDefaults(Set<String> forceNouns, Set<String> personnel, List<String> garrisonNouns) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        LocalDate day = fallbackDay(); // "the Ili rebels" in an article on 1944-1949 are the ETR's
        for (Prose p : prose) {
            for (Prose.Name n : p.names) {
                if (n.isGroup()) {
                    continue;
                }
                String next = nextWord(p.text, n.end());
                if (next != null && (forceNouns.contains(next) || personnel.contains(next))) {
                    counts.computeIfAbsent(next, k -> new HashMap<>()).merge(n.side().at(day), 1, Integer::sum);
                }
            }
        }
        counts.forEach((noun, bySide) -> {
            int total = bySide.values().stream().mapToInt(Integer::intValue).sum();
            bySide.forEach((side, count) -> {
                // one name ("a Chinese battalion") sets no default when a combatant is Other: its forces are named by
                // words the gazetteer gives no side ("the Colombian battalion"), so they are not counted against it
                boolean single = count == total && !combatants.containsValue("Other");
                if ((count >= 2 && count * 5 >= total * 4 || single) && !side.equals("Other")) {
                    nounDefaults.put(noun, side);
                }
            });
        });
        // "the Nationalist garrison of Dengbu" … "the remaining defenders": the men holding the place, named by one
        // garrison noun with a side, are that side under the others no name ties to a side (garrison_nouns)
        Set<String> garrisonSides = new java.util.HashSet<>();
        for (String noun : garrisonNouns) {
            if (nounDefaults.containsKey(noun)) {
                garrisonSides.add(nounDefaults.get(noun));
            }
        }
        if (garrisonSides.size() == 1) {
            String side = garrisonSides.iterator().next();
            for (String noun : garrisonNouns) {
                if (!counts.containsKey(noun)) {
                    nounDefaults.put(noun, side);
                }
            }
        }
    }

    /** The word (letters) after the one space at {@code end}, lower case; null when there is none. */
    static String nextWord(String text, int end) {
        int i = end;
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return null;
        }
        int j = Chars.letterRunEnd(text, i + 1, text.length());
        return j > i + 1 ? text.substring(i + 1, j).toLowerCase(Locale.ROOT) : null;
    }

    /** The article's side for a generic force noun such as "rebels", or null. */
    String nounDefault(String noun) {
        return noun == null ? null : nounDefaults.get(noun.toLowerCase(Locale.ROOT));
    }

    /** The other combatant, when the infobox names exactly two sides and {@code side} is one of them. */
    String opponent(String side) {
        List<String> sides = combatants.values().stream().distinct().toList();
        if (sides.size() != 2 || !sides.contains(side)) {
            return null;
        }
        return sides.get(0).equals(side) ? sides.get(1) : sides.get(0);
    }

    /** The infobox date as a day (its first day), or null. */
    LocalDate infoboxDay() {
        return infoboxDate == null ? null : Period.of(infoboxDate.iso()).from();
    }

    /** The words of a prose block's text, as found once for the gazetteers ({@link PhraseMatcher.Words}). */
    PhraseMatcher.Words words(String text) {
        PhraseMatcher.Words words = proseWords.get(text);
        return words != null ? words : PhraseMatcher.Words.of(text);
    }

    /** Gazetteer names (with sides) and ethnic groups in {@code text}, in order, not overlapping. */
    /** "the new ": a force named right after it is being raised, not the known force of that name (side {@code Other}). */
    private static final java.util.regex.Pattern NEW_BEFORE = java.util.regex.Pattern.compile("\\bthe\\s+new\\s+$");

    List<Prose.Name> names(String text) {
        List<Prose.Name> out = new ArrayList<>();
        PhraseMatcher.Words words = proseWords.get(text);
        List<PhraseMatcher.Hit<Gazetteer.Side>> sides = words != null ? gazetteer.find(words, proseKnown.get(text))
                : gazetteer.find(text, 0, text.length());
        List<PhraseMatcher.Hit<String>> known = proseGroups.get(text);
        List<PhraseMatcher.Hit<String>> gs = known != null ? known : words != null ? groups.find(words) : groups.find(text);
        int i = 0;
        int j = 0;
        while (i < sides.size() || j < gs.size()) {
            PhraseMatcher.Hit<Gazetteer.Side> s = i < sides.size() ? sides.get(i) : null;
            PhraseMatcher.Hit<String> g = j < gs.size() ? gs.get(j) : null;
            if (g == null || s != null && s.start() <= g.start()) {
                boolean raised = NEW_BEFORE.matcher(text).region(Math.max(0, s.start() - 8), s.start()).find()
                        && hasWord(lastWord(s.text()), forceNouns); // "to train the new People's Liberation Army": being raised
                out.add(new Prose.Name(s.start(), s.end(), s.text(), raised ? PEOPLES_FORCE : s.value(), null));
                i++;
                while (j < gs.size() && gs.get(j).start() < s.end()) {
                    j++; // "Chinese" is a side before it is a group
                }
            } else {
                if (!beforeCapitalisedWord(text, g.end())) { // not "Tuvan" of "Tuvan People's Revolutionary Party"
                    out.add(new Prose.Name(g.start(), g.end(), g.text(), null, g.value()));
                } else if (s != null && s.start() == g.end() + 1 && hasWord(lastWord(s.text()), forceNouns)) {
                    // "the Greek National Army": a people's own force, not the gazetteer's "National Army"
                    out.add(new Prose.Name(g.start(), s.end(), text.substring(g.start(), s.end()), PEOPLES_FORCE, null));
                    i++;
                }
                j++;
                while (i < sides.size() && sides.get(i).start() < g.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * The people's own force whose name ends with the name {@code h} of {@code text} ("Greek National Army", see
     * {@link #names}): the people's word right before a name of {@code known} that ends with a force noun, where the
     * word is no name of {@code known}; side {@code Other}. Else {@code h}.
     */
    PhraseMatcher.Hit<Gazetteer.Side> peoplesForce(String text, PhraseMatcher.Hit<Gazetteer.Side> h, Gazetteer known) {
        if (h.start() < 2 || text.charAt(h.start() - 1) != ' ' || !hasWord(lastWord(h.text()), forceNouns)) {
            return h;
        }
        for (PhraseMatcher.Hit<String> g : groups.find(text)) {
            if (g.end() + 1 == h.start() && known.firstIn(g.text()) == null) {
                return new PhraseMatcher.Hit<>(g.start(), h.end(), text.substring(g.start(), h.end()), PEOPLES_FORCE);
            }
        }
        return h;
    }

    /** The side of the first name of {@code known} in {@code text}, {@code Other} for a people's own force; or null. */
    Gazetteer.Side firstSideIn(Gazetteer known, String text) {
        List<PhraseMatcher.Hit<Gazetteer.Side>> hits = known.all(text);
        return hits.isEmpty() ? null : peoplesForce(text, hits.get(0), known).value();
    }

    /** The side of a people's own force named like a force of the gazetteer ("Greek National Army"). */
    private static final Gazetteer.Side PEOPLES_FORCE = new Gazetteer.Side("Other", null, null);

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** True when a capitalised word follows {@code end} after one space: the name goes on ("Tuvan People's …"). */
    private static boolean beforeCapitalisedWord(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Chars.isUpperCase(text.charAt(end + 1));
    }

    /** The ethnic groups in {@code text}, in order. */
    List<PhraseMatcher.Hit<String>> groups(String text) {
        return groups.find(text);
    }
}
