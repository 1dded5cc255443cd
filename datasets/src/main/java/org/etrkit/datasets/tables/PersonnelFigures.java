package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;

/**
 * Whether a prose figure counts people under arms, for {@link TroopsTable} and the aid and demographics readers
 * ({@link #isPersonnel}): a figure whose counted noun is a personnel noun, a measure or an armed modifier of the
 * lexicon ("troops", "killed", "armed herders"), or a bare figure the clause makes one of people under arms ("a
 * force of forty thousand", "numbered about 14,000"), one listed after such a figure ("81 navigators and 8,300
 * technicians"), one that goes on counting what its sentence counts, or one a pronoun ties to the force of the
 * sentence before; never money, percentages, materiel or civilians. Each answer is kept once per figure in
 * {@link Analysis#personnelFigures}, and a cycle of figures that ask one another is broken.
 */
final class PersonnelFigures {

    /** "MiG-17", "F-51D", "T-34": a model's designation, capitalised, a hyphen and digits, as a whole word. */
    private static final Pattern DESIGNATION = Pattern.compile("\\p{Lu}\\p{L}{0,3}-\\d+[\\p{L}\\d]*");

    /** " more of the type", " of the same model": a figure counting machines of a model named before it. */
    private static final Pattern OF_THE_TYPE = Pattern.compile(
            "\\s+(?:more\\s+|further\\s+)?of\\s+(?:the|this|that)\\s+(?:same\\s+)?(?:type|model|class|design)\\b");

    /** Runs of characters that are no word, compiled once (String.split compiled them at every call). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");

    private final Analysis a;
    private final Lexicon lex;
    private final Rules.Clauses clauses;
    private final Set<String> personnel;
    private final Set<String> collective;
    private final Set<String> forceNouns;
    private final Set<String> civilians;
    private final Set<String> materiel;
    private final Set<String> aircraft;
    private final Set<String> militaryBodies;
    /** A word of {@link #militaryBodies} anywhere in a text, or null when there is none; compiled once. */
    private final Pattern militaryBody;
    private final Set<String> aidPersonnel;
    /** The lexicon's {@code currencies} ("rubles", "silver dollars"): a figure's unit that is money. */
    private final Set<String> currencies;
    /** Words before a counted noun that make people of it under arms ("armed herders", "military specialists"). */
    private final Set<String> armed;
    private final Pattern personnelNext;
    private final Pattern populationBefore;
    /** "cut it to fewer than", "reduced them to about": a verb of level with a pronoun object right before the figure. */
    private final Pattern objectLevel;
    /** "put them at about", "estimated them at": a verb of estimate with "them" right before the figure. */
    private final Pattern objectEstimate;
    /** Deaths and survivors of people deported, which are no losses. */
    private final DeportedPeople deported;

    PersonnelFigures(Analysis a) {
        this.a = a;
        this.lex = a.rules.lexicon();
        this.clauses = a.rules.clauses();
        this.personnel = lex.set("personnel");
        this.collective = lex.set("collective");
        this.forceNouns = lex.set("force_nouns");
        this.civilians = lex.set("civilians");
        this.materiel = lex.set("materiel");
        this.aircraft = lex.set("aircraft_words");
        this.militaryBodies = lex.set("military_bodies");
        this.militaryBody = militaryBodies.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
                militaryBodies.stream().map(Pattern::quote).toList()) + ")s?\\b"); // "members of the battalions"
        this.aidPersonnel = lex.set("aid_personnel");
        this.currencies = lex.set("currencies");
        this.armed = lex.set("armed_modifiers");
        this.personnelNext = lex.compile("^ (?:{personnel})\\b");
        this.populationBefore = lex.compile("\\b(?:{population_nouns})\\b");
        this.deported = new DeportedPeople(lex);
        this.objectEstimate = lex.compile("\\b(?:{estimate_verbs}) them at (?:about |some |around |roughly |nearly |over "
                + "|more than |fewer than |up to |as many as |no more than )?$");
        this.objectLevel = lex.compile("\\b(?:{raise_verbs}) (?:it|them) to (?:about |some |over |nearly |roughly |more than "
                + "|fewer than |less than |under |below )?$");
    }

    /**
     * True when {@code q} counts people under arms. Read once per figure and batch: the troops, aid and
     * demographics readers all ask ({@link Analysis#personnelFigures}).
     */
    boolean isPersonnel(Prose p, Quantity q) {
        Boolean known = a.personnelFigures.get(q);
        if (known != null) {
            return known;
        }
        if (!reading.add(q)) {
            cyclesBroken++; // "600 of the 2,000": each figure asks the other; the one asked again counts nothing
            return false;
        }
        int broken = cyclesBroken;
        try {
            known = readPersonnel(p, q);
        } finally {
            reading.remove(q);
        }
        if (cyclesBroken == broken) { // an answer that broke a cycle depends on where the reading began
            a.personnelFigures.put(q, known);
        }
        return known;
    }

    /** The figures whose reading by {@link #isPersonnel} is under way on this reader's thread. */
    private final java.util.Set<Quantity> reading = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** How many times {@link #isPersonnel} was asked about a figure whose reading was under way. */
    private int cyclesBroken;

    private boolean readPersonnel(Prose p, Quantity q) {
        String u = q.unit().toLowerCase(Locale.ROOT);
        if (u.equals("usd") || u.equals("percent") || TIME_UNITS.contains(u) || DISTANCE_UNITS.contains(u)
                || FORMATION_UNITS.contains(u)) {
            return false; // "some 50 miles to the east", "three South Korean divisions": no count of people
        }
        if (CIVILIAN.matcher(q.noun()).find()) {
            return false; // "some 50,000 civilian aid workers", even when listed after soldiers
        }
        if (CIVIL_TRADES.contains(u) || POLICE_STAFF.matcher(q.noun().toLowerCase(Locale.ROOT)).find()) {
            return false; // "trained around 300 Ruritanian fishermen", "sent 35 police instructors": no men under arms
        }
        if (aidPersonnel.contains(u) && listedAfterPersonnel(p, q)) {
            return true; // "trained 1,000 pilots, 81 navigators and some 8,300 technicians"
        }
        if (u.equals("pilots") || u.equals("crews") || u.equals("engineers")) {
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            if (p.anyWordIn(s.start(), s.end(), CIVIL_AVIATION)) {
                return false; // "the state airline received eight airliners, and the lender sent 40 pilots to fly them"
            }
        }
        if (u.equals("volunteers") || u.equals("mechanics")) {
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            if (p.anyWordIn(s.start(), s.end(), LABOUR_WORDS)) {
                return false; // "the youth league sent 5,000 volunteers to the steppe to work on new state farms", "some
                // 300 mechanics sent to keep the state farms' tractors running"
            }
        }
        String right0 = p.after(q.end(), 60);
        if (u.isEmpty() && NUMBER_AFTER.matcher(right0).lookingAt()) {
            return false; // "eighteen 105 mm howitzers": a count of what a calibre or model number after it names
        }
        if (RATIO_OPENING.matcher(p.text).region(p.sentence(p.sentenceIndex(q.start())).start(), q.start()).lookingAt()) {
            return false; // "For every soldier killed, the attackers had lost nearly forty men": a ratio, no count
        }
        if (u.isEmpty() && SideFinder.partOfBefore(p, q.end())) {
            // "some 90,000 were deported to the steppe; more than 9,000 of them died": the figure "of them" counts a part
            // of is deportees, when a word of deportation stands between them
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
            if (!before.isEmpty() && p.anyWordIn(before.get(before.size() - 1).end(), q.start(), DEPORTATION_WORDS)) {
                return false;
            }
        }
        if (deported.diedInDeportation(p, q)) {
            return false; // "Up to 450 died there in the first winter": deportees, in a paragraph of deportation
        }
        if (u.isEmpty() && ownPeople(p, q.end())) {
            return false; // "South Kazakhstan Region lost more than 11,000 of its Greeks": a people, no men under arms
        }
        if (u.isEmpty() && MACHINES_OF.matcher(right0).lookingAt()) {
            return false; // "fewer than 15 of the air force's transport aircraft": machines of a force
        }
        if (civilians.contains(u) && !aidPersonnel.contains(u) && civiliansUnderArms(p, q)) {
            return true; // "a force of roughly 1,400 exiles", "a force of 500 men, among them some 150 emigres"
        }
        String renamedForce = p.renamedNoun(q.start());
        if (renamedForce != null && civilians.contains(u) && !collective.contains(renamedForce)) {
            return false; // "The largest single group, nearly 29,000 people": people in a group, no formation
        }
        if (renamedForce != null && UNARMED_RENAMED.contains(renamedForce)) {
            return false; // "The heads of families, some 3,900 men, were separated": civilians, whatever the noun
        }
        if (renamedForce != null && !materiel.contains(u) && (!u.isEmpty() || q.value() >= 100)
                && (collective.contains(renamedForce) || forceNouns.contains(renamedForce)
                || personnel.contains(renamedForce) && !lex.set("measure_verbs").contains(renamedForce))) {
            return true; // "the provincial army, over 4,000 Russians and Chinese", "Peasant Army, about 2,000 settlers"
        }
        String firstNounWord = firstWord(q.noun());
        if (!materiel.contains(u) && java.util.Arrays.stream(Chars.words(q.noun().toLowerCase(Locale.ROOT)))
                .anyMatch(armed::contains)) {
            return true; // "2,000 armed lamas and herders", "7,000 military specialists"
        }
        if (materiel.contains(u) || civilians.contains(u)) {
            return false;
        }
        String written = q.noun().strip();
        if (written.indexOf(' ') > 0 && DESIGNATION.matcher(written.substring(0, written.indexOf(' '))).matches()
                || !written.isEmpty() && written.indexOf(' ') < 0 && DESIGNATION.matcher(written).matches()) {
            // "three MiG-17 fighters", "24 F-51D Mustang fighters", "20 BTR-40 armoured personnel carriers": machines of a model
            return false;
        }
        if (u.equals("fighters") && (p.anyWordIn(p.clauseStart(q.start()), p.clauseEnd(q.end()), aircraft)
                || MODEL.matcher(q.noun()).find())) {
            return false; // "three bombers and two fighters", "a dozen MiG-17 fighters"
        }
        if (u.equals("members")) {
            String noun = q.noun().toLowerCase(Locale.ROOT);
            // noun.matches(".*\\bW\\b.*") for some body W: W as a word, in a noun without a line end ('.' takes none)
            return militaryBody != null && !hasLineEnd(noun) && militaryBody.matcher(noun).find();
        }
        if (personnel.contains(u) || lex.measureOf(u) != null && !u.equals("lost")) {
            return true;
        }
        if (!u.isEmpty() && !collective.contains(u) && (personnel.contains(firstNounWord)
                || lex.measureOf(firstNounWord) != null && !firstNounWord.equals("lost"))) {
            return true; // "1,000 dead outside the walls": the noun phrase ran on past its head
        }
        String afterName = wordAfterName(q.noun());
        if (!u.isEmpty() && !collective.contains(u) && afterName != null && !afterName.equals("lost")
                && (personnel.contains(afterName) || lex.measureOf(afterName) != null)) {
            return true; // "2,000 Japanese dead nevertheless": a name's men, the noun phrase ran on past its head
        }
        if (collective.contains(u)) {
            return q.value() >= 100; // "7,000 ... force"; "two divisions" counts units
        }
        String right = p.after(q.end(), 80);
        if (u.isEmpty() && OF_THE_TYPE.matcher(right).lookingAt()) {
            return false; // "followed with six more of the type": machines of a model named before
        }
        if (u.isEmpty() && partOfMenAfter(right)) {
            return true; // "flew out about 60 of the most badly wounded men": a part of the men its noun phrase names
        }
        if (u.isEmpty() && countedAgain(p, q)) {
            return true; // "carrying 160 men on their hulls … only 23 of the 160 were still aboard": those men again
        }
        if (u.isEmpty()) { // "roughly 10,000 of the 25,000 junior officers": a part of the men counted next
            int of = right.startsWith(" of the ") ? 8 : right.startsWith(" of ") ? 4 : -1;
            List<Quantity> qs = p.block.quantities(); // in order, not overlapping: a binary search for the next
            int k = of < 0 ? -1 : TextBlock.lastStartingAtOrBefore(qs.size(), i -> qs.get(i).start(), q.end() + of);
            if (k >= 0 && qs.get(k).start() == q.end() + of) {
                Quantity next = qs.get(k);
                return next != q && isPersonnel(p, next);
            }
        }
        java.util.regex.Matcher abbreviated = u.isEmpty() ? null
                : NAMED_THEN_ABBREVIATED.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 100));
        if (abbreviated != null && abbreviated.lookingAt()
                && personnelNext.matcher(p.text).region(abbreviated.end(), p.text.length()).lookingAt()) {
            return true; // "some 900 Ruritanian Auxiliary Corps (RAC) soldiers": a name, its abbreviation, then the noun
        }
        if (!u.isEmpty() && personnelNext.matcher(right).find()) {
            return true; // "100 border guards" where the noun phrase was cut before its head
        }
        boolean bare = u.isEmpty() || !q.noun().isEmpty() && Chars.isUpperCase(q.noun().charAt(0));
        if (!bare) {
            return false;
        }
        if (!u.isEmpty() && lossesCountedAfter(p, q)) {
            return true; // "Of the 17,000 Australians who served in the war, 339 were killed"
        }
        String renamed = p.renamedNoun(q.start());
        if (renamed != null && (materiel.contains(renamed) || civilians.contains(renamed))) {
            return false; // "their remaining aircraft, about 100 in number"
        }
        if (!u.isEmpty() && right.startsWith(" and ")) { // "20,645 Japanese and 5,155 collaborationist soldiers killed"
            for (Quantity next : p.quantitiesIn(q.end() + 5, Math.min(p.text.length(), q.end() + 200))) {
                if (next != q && next.start() <= q.end() + 20
                        && p.text.substring(q.end() + 5, next.start()).indexOf(',') < 0) {
                    return isPersonnel(p, next);
                }
            }
        }
        if (u.isEmpty() && MORE.matcher(right).find() && listedAfterPersonnel(p, q, true)) {
            return true; // "140 advisers worked at headquarters, and about 90 more taught at schools"
        }
        if (u.isEmpty() && lastPeopleNamedAreCivilians(p, q)) {
            return false; // "Chinese technicians came …; by 1962 China had sent up to 500": the noun left out is theirs
        }
        String left = p.before(q.start(), 80);
        if (u.isEmpty() && REMAINING_BEFORE.matcher(left).find()) {
            // "and the remaining 76,525 were sent on": the rest of what the figure before it in its sentence counts
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
            if (!before.isEmpty() && before.get(before.size() - 1).start() >= s.start()) {
                return isPersonnel(p, before.get(before.size() - 1));
            }
        }
        if (u.isEmpty() && FURTHER_BEFORE.matcher(left).find()) {
            // "15 million rubles …, and a further 20 million was committed": more of the money the figure before it in
            // its sentence counts
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
            if (!before.isEmpty() && before.get(before.size() - 1).start() >= s.start()
                    && isMoney(before.get(before.size() - 1))) {
                return false;
            }
        }
        for (Pattern np : clauses.notPersonnelAfter()) {
            if (np.matcher(right).find()) {
                return false;
            }
        }
        if (u.isEmpty() && ServiceOpeningFigures.countsPeopleNamedBefore(p, q, personnel, lex)) {
            return true; // "Instructors were fewer than elsewhere. About 70 served with the staff": those men
        }
        if (u.isEmpty() && TheirNumberPeople.countsPeopleNamedBefore(p, q, personnel, lex)) {
            return true; // "Instructors followed the rifles. Their number grew from about 60": the men "their" stands for
        }
        if (u.isEmpty() && objectEstimate.matcher(left).find() && previousOpensWithPersonnel(p, q)) {
            return true; // "Soviet advisers came with the arms. Western estimates put them at about 100": those men
        }
        if (u.isEmpty() && BackReferences.ESTIMATE_BEFORE.matcher(left).find()) {
            // "The front numbered some 3,000 men. A year later the British estimate was 9,000": the men of the figure
            // before it in its paragraph, with no figure between
            List<Quantity> before = p.quantitiesIn(Math.max(0, q.start() - 2 * Prose.WINDOW), q.start());
            return !before.isEmpty() && isPersonnel(p, before.get(before.size() - 1));
        }
        if (u.isEmpty() && POSSESSIVE_NUMBER.matcher(left).find()) {
            // "The lender sent some 45 advisers in 1981. Later estimates put their number at about 90": the number of the
            // people the figure before it in its paragraph counts
            List<Quantity> before = p.quantitiesIn(Math.max(0, q.start() - 2 * Prose.WINDOW), q.start());
            return !before.isEmpty() && isPersonnel(p, before.get(before.size() - 1));
        }
        for (Pattern pb : clauses.personnelBefore()) {
            if (pb.matcher(left).find()) {
                return true;
            }
        }
        for (Pattern pa : clauses.personnelAfter()) {
            if (pa.matcher(right).find()) {
                return true;
            }
        }
        if (clauses.numberedSubject().matcher(left).find()) {
            return true;
        }
        if (u.isEmpty() && SideFinder.partOfBefore(p, q.end()) && personnelNounBefore(p, q.start())) {
            return true; // "Soviet officers … served in the National Army. By mid-1945 about 500 of them held posts"
        }
        return u.isEmpty() && (continuesPersonnel(p, q) || pronounContinues(p, q, left));
    }

    /** " of the most badly wounded men": "of the", at most four words, and a personnel noun ending the noun phrase. */
    private static final Pattern OF_THE_WORDS = Pattern.compile("^ of the ((?:[\\p{Ll}-]+ ){0,4}[\\p{Ll}-]+)(?=[,.;:)]| (?:were|was|had|who|in|from|to|by|on|at)\\b)");

    /** True when " of the" and a noun phrase of people under arms follow a bare figure (not civilians). */
    private boolean partOfMenAfter(String right) {
        java.util.regex.Matcher m = OF_THE_WORDS.matcher(right);
        if (!m.lookingAt()) {
            return false;
        }
        String[] words = m.group(1).split(" ");
        for (String w : words) {
            if (civilians.contains(w) || materiel.contains(w)) {
                return false;
            }
        }
        return personnel.contains(words[words.length - 1]);
    }

    /**
     * "set off with 160 men of Company L … only 23 of the 160 were still aboard": a bare figure right after "the" that
     * repeats the value of a figure of people under arms earlier in its paragraph counts those men again.
     */
    private boolean countedAgain(Prose p, Quantity q) {
        if (q.start() < 4 || !p.text.regionMatches(true, q.start() - 4, "the ", 0, 4)) {
            return false;
        }
        List<Quantity> before = p.quantitiesIn(Math.max(0, q.start() - 2 * Prose.WINDOW), q.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            Quantity b = before.get(i);
            if (b != q && b.value() == q.value() && b.high() == q.high() && !b.unit().isEmpty()) {
                return isPersonnel(p, b);
            }
        }
        return false;
    }

    /** " 105 mm": a number right after a bare figure. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^ \\d");
    /** "For every …", "For each …" opening the sentence of a figure: a ratio. */
    private static final Pattern RATIO_OPENING = Pattern.compile("\\s*For (?:every|each) ");

    /** Units of time: a figure that counts them ("the garrison, 16 days before the armistice") counts no people. */
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries");

    /** Words of civil flying: pilots or crews counted in a sentence with one fly airliners, no force's aircraft. */
    private static final Set<String> CIVIL_AVIATION = Set.of("airliner", "airliners", "airline", "airlines", "airways");
    /** " of the air force's transport aircraft", " of its tanks": a bare figure counting machines a force has. */
    private static final Pattern MACHINES_OF = Pattern.compile(
            "\\s+of\\s+(?:the|its|their|his)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:aircraft|tanks|aeroplanes|planes|bombers|"
                    + "guns|vehicles|ships|boats|helicopters)\\b");
    /** " Auxiliary Corps (RAC)": capitalised words (and "to", "the", "of", "and") up to an abbreviation in brackets. */
    private static final Pattern NAMED_THEN_ABBREVIATED = Pattern.compile(
            "(?: (?:\\p{Lu}[\\p{L}-]*|to|the|of|and)){0,8} \\(\\p{Lu}{2,8}\\)");
    /** Words of farm or building work: volunteers or mechanics counted in a sentence with one are labourers, no soldiers. */
    private static final Set<String> LABOUR_WORDS = Set.of("farm", "farms", "farming", "harvest", "construction",
            "factories", "mines", "sovkhoz", "kolkhoz", "tractors");
    /** Civil trades among the aid personnel nouns: people of these never count as men under arms. */
    private static final Set<String> CIVIL_TRADES = Set.of("fishermen", "geologists", "drillers", "physicists");
    /** "police instructors", "police advisers": staff of a police force, aid but no men under arms. */
    private static final Pattern POLICE_STAFF = Pattern.compile("\\bpolice (?:instructors|advisers|advisors|trainers)\\b");
    /** Words of deportation between a figure and "N of them" after it: the part counts deportees. */
    private static final Set<String> DEPORTATION_WORDS = Set.of("deported", "deportees", "deportation", "exiled",
            "settlements");
    /**
     * Civilians who never bear arms as such, a figure renaming whom counts them whatever its noun ("The heads of
     * families, some 3,900 men,"); not followers or settlers, who may be a force ("his followers, some 900 men").
     */
    private static final Set<String> UNARMED_RENAMED = Set.of("families", "households", "children", "women", "refugees",
            "deportees", "civilians", "hostages");
    /** Units of length: "the corps, some 50 miles to the east" counts no people. */
    private static final Set<String> DISTANCE_UNITS = Set.of("mile", "miles", "kilometre", "kilometres", "kilometer",
            "kilometers", "km");
    /** Formations: "three divisions", "two battalions" count units, never people. */
    private static final Set<String> FORMATION_UNITS = Set.of("divisions", "brigades", "regiments", "battalions",
            "companies", "platoons", "squadrons", "armies", "corps", "detachments");

    /** " of its ", " of their " right after a figure. */
    private static final Pattern OF_OWN = Pattern.compile(" of (?:its|their) ");

    /**
     * True when a people's plural name follows the figure after "of its" or "of their" ("11,000 of its Greeks"), with no
     * personnel noun after it ("of their Kazakh horsemen" is men).
     */
    private boolean ownPeople(Prose p, int end) {
        java.util.regex.Matcher m = OF_OWN.matcher(p.text).region(end, Math.min(p.text.length(), end + 12));
        if (!m.lookingAt()) {
            return false;
        }
        for (Prose.Name n : p.namesIn(m.end(), Math.min(p.text.length(), m.end() + 40))) {
            String next = ArticleContext.nextWord(p.text, n.end());
            return n.start() == m.end() && n.isGroup() && PeopleGroups.isPlural(n) && (next == null || !personnel.contains(next));
        }
        return false;
    }

    /** "put their number at ", "its number rose to ": the number of what a figure before it counts, right before a bare figure. */
    static final Pattern POSSESSIVE_NUMBER = Pattern.compile(
            "\\b(?:their|its) number\\b[^.;:\\d]{0,30}?\\b(?:at|to|as) (?:about |some |around |roughly |nearly |over )?$");

    /** " a force of roughly ", " brigade of ": a fighting formation's noun and "of" right before a figure. */
    private static final Pattern FORCE_OF_BEFORE = Pattern.compile("\\b(?:force|army|brigade|regiment|battalion|detachment|"
            + "contingent) of (?:about |some |roughly |around |nearly |over |more than |up to )?$");
    /** ", among them some ", "among whom ": a figure listed as a part of the figure before it. */
    private static final Pattern AMONG_BEFORE = Pattern.compile("\\bamong (?:them|whom),? (?:about |some |roughly |around |"
            + "nearly |over |more than |up to )?$");

    /**
     * True when people a civilian noun counts ("exiles", "refugees") are under arms all the same: the figure gives the
     * size of a force ("a force of roughly 1,400 exiles"), or is listed "among them" right after a figure of people under
     * arms in its sentence ("a force of about 500 men, among them some 150 emigres").
     */
    private boolean civiliansUnderArms(Prose p, Quantity q) {
        String left = p.before(q.start(), 60);
        if (FORCE_OF_BEFORE.matcher(left).find()) {
            return true;
        }
        if (!AMONG_BEFORE.matcher(left).find()) {
            return false;
        }
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
        Quantity whole = before.isEmpty() ? null : before.get(before.size() - 1);
        return whole != null && whole.start() >= s.start() && !civilians.contains(whole.unit().toLowerCase(Locale.ROOT))
                && !civilians.contains(firstWord(whole.noun()))
                && isPersonnel(p, whole); // not "left 3,000 people dead, among them 50 foreign citizens"
    }

    /** "the remaining " right before a bare figure: the rest of what a figure before it counts. */
    private static final Pattern REMAINING_BEFORE = Pattern.compile("\\bthe remaining $");
    /** "a further ", "another " right before a bare figure: more of what a figure before it counts. */
    private static final Pattern FURTHER_BEFORE = Pattern.compile("\\b(?:a further|another) $");

    /** True when {@code q} counts money: dollars, or a currency of the lexicon's {@code currencies} ("rubles"). */
    private boolean isMoney(Quantity q) {
        String u = q.unit().toLowerCase(Locale.ROOT);
        return u.equals("usd") || currencies.contains(u);
    }

    /**
     * "civilian" in lower case in a figure's noun phrase: civilians, whatever noun follows ("civilian aid workers"); not
     * a proper name ("Civilian Irregular Defense Group troops").
     */
    private static final Pattern CIVILIAN = Pattern.compile("\\bcivilian\\b");
    /** A model's designation, capitalised letters, a hyphen and a digit ("MiG-17", "Il-2"): the noun counts machines. */
    private static final Pattern MODEL = Pattern.compile("\\b\\p{Lu}\\p{L}*-\\d");

    /**
     * True when, for a figure without a noun, its sentence and the one before name civilians ({@code civilians}:
     * "Chinese technicians came to install the plants. Some 120 of them arrived …; by 1962 China had sent up to 500")
     * and no people under arms or force before it, nor people under arms in its clause after it: the noun the figure
     * leaves out is theirs.
     */
    private boolean lastPeopleNamedAreCivilians(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        int from = Math.max(p.sentence(si > 0 ? si - 1 : si).start(), q.start() - 300);
        String last = null;
        int k = from;
        while (k < q.start()) {
            if (!Chars.isLetter(p.text.charAt(k))) {
                k++;
                continue;
            }
            int j = Chars.letterRunEnd(p.text, k, q.start());
            String w = p.text.substring(k, j).toLowerCase(Locale.ROOT);
            if (personnel.contains(w) && !civilians.contains(w) || collective.contains(w) || forceNouns.contains(w)) {
                return false; // "About 1,000 Soviet officers and technicians served …; the figure rose to some 1,500"
            }
            if (civilians.contains(w)) {
                last = w;
            }
            k = j;
        }
        if (last == null) {
            return false;
        }
        String right = p.after(q.end(), 40);
        for (String w : NOT_WORD.split(right.toLowerCase(Locale.ROOT))) {
            if (personnel.contains(w) && !civilians.contains(w) || collective.contains(w)) {
                return false; // "115,000 people left, of whom roughly 78,000 were soldiers"
            }
        }
        return true;
    }

    /** Subject pronouns that stand for a force counted in the sentence before ("it stood at", "they numbered"). */
    private static final java.util.Set<String> FORCE_PRONOUNS = java.util.Set.of("it", "they");

    /**
     * True when a pronoun subject ("it", "they") opens the words before {@code q} in its clause, a verb of level
     * ({@code numbered_subject}'s verbs) reaches the figure, no figure stands between them, and the last
     * figure of the sentence before counts people under arms ("the army counted about 30,000. Twelve years later
     * it stood at roughly 70,000").
     */
    private boolean pronounContinues(Prose p, Quantity q, String left) {
        int si = p.sentenceIndex(q.start());
        if (si == 0) {
            return false;
        }
        int pronounEnd = -1;
        int i = 0;
        while (i < left.length()) { // the last pronoun word of the clause before the figure
            while (i < left.length() && !Character.isLetter(left.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < left.length() && Character.isLetter(left.charAt(j))) {
                j++;
            }
            if (j > i && FORCE_PRONOUNS.contains(left.substring(i, j).toLowerCase(Locale.ROOT))) {
                pronounEnd = j;
            }
            i = j;
        }
        if (pronounEnd < 0 || left.length() - pronounEnd > 40) {
            return false;
        }
        boolean object = objectLevel.matcher(left).find(); // "Demobilisation cut it to fewer than 50,000"
        if (!object && !clauses.numberedSubject().matcher("troops" + left.substring(pronounEnd)).find()) {
            return false;
        }
        Sentence prev = p.sentence(si - 1);
        if (!p.quantitiesIn(q.start() - left.length() + pronounEnd, q.start()).isEmpty()) {
            return false; // another figure between the pronoun and this one
        }
        List<Quantity> earlier = p.quantitiesIn(prev.start(), prev.end());
        if (object) { // "it reached about 90,000 men, organised in two rifle corps and eight armoured trains": any
            return earlier.stream().anyMatch(e -> isPersonnel(p, e)); // figure of men, not only the last
        }
        return !earlier.isEmpty() && isPersonnel(p, earlier.get(earlier.size() - 1));
    }

    /**
     * True when the sentence before {@code q}'s opens with a noun phrase of men under arms: a personnel noun, no measure
     * word, among its first three words ("Soviet advisers came with the weapons.").
     */
    private boolean previousOpensWithPersonnel(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        if (si == 0) {
            return false;
        }
        Sentence prev = p.sentence(si - 1);
        String[] words = NOT_WORD.split(p.text.substring(prev.start(), Math.min(prev.end(), prev.start() + 60)).strip()
                .toLowerCase(Locale.ROOT));
        for (int k = 0; k < Math.min(3, words.length); k++) {
            if (personnel.contains(words[k]) && lex.measureOf(words[k]) == null) {
                return true;
            }
        }
        return false;
    }

    /** True when a personnel noun stands in the 200 characters before {@code at} ("officers … about 500 of them"). */
    private boolean personnelNounBefore(Prose p, int at) {
        for (String w : NOT_WORD.split(p.before(at, 200).toLowerCase(Locale.ROOT))) {
            if (personnel.contains(w) && lex.measureOf(w) == null) {
                return true;
            }
        }
        return false;
    }

    /** The second word of a noun whose first word is a name ("dead" of "Japanese dead nevertheless"), lower case, or null. */
    static String wordAfterName(String noun) {
        String[] w = noun.strip().split("\\s+");
        return w.length >= 3 && !w[0].isEmpty() && Character.isUpperCase(w[0].charAt(0))
                ? w[1].toLowerCase(Locale.ROOT) : null;
    }

    private static String firstWord(String noun) {
        String n = noun.strip().toLowerCase(Locale.ROOT);
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }

    /**
     * True when the figure before {@code q} in its sentence, with no other figure between, counts people
     * under arms: a bare figure goes on counting what its sentence counts ("grew from about 17,000 men in
     * 1938 to some 55,000 by 1941", "3,341 were taken prisoner, and the remaining 2,217 went over").
     */
    private boolean continuesPersonnel(Prose p, Quantity q) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
        if (before.isEmpty()) {
            return false;
        }
        Quantity last = before.get(before.size() - 1);
        if (last.start() < s.start() || populationBefore.matcher(p.before(q.start(), 40)).find()) {
            return false; // "… 200,000 soldiers in the province, a region whose whole population was about 4.3 million"
        }
        if (OF_WHOM_BEFORE.matcher(p.before(q.start(), 40)).find()) {
            // "some 9,000 insurgents gathered at 12 camps, of whom about 2,500 …": "whom" goes back past figures of things
            for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= s.start(); k--) {
                Quantity x = before.get(k);
                if (isPersonnel(p, x)) {
                    return true;
                }
                if (!countsThings(x)) {
                    return false;
                }
            }
            return false;
        }
        return isPersonnel(p, last);
    }

    /** ", of whom ", with a hedge word, right before a figure. */
    private static final Pattern OF_WHOM_BEFORE = Pattern.compile(",\\s+of whom\\s+(?:\\p{Ll}+\\s+){0,3}$");

    /** Whether a figure counts things, not people: a lower-case noun no list of people, personnel or staff holds ("12 camps"). */
    private boolean countsThings(Quantity x) {
        String u = x.unit().toLowerCase(Locale.ROOT);
        return !x.unit().isEmpty() && !Character.isUpperCase(x.unit().charAt(0)) && !civilians.contains(u)
                && !personnel.contains(u) && !aidPersonnel.contains(u) && !lex.set("civilian_staff").contains(u)
                && !lex.set("profession_nouns").contains(u) && !lex.set("population_nouns").contains(u);
    }

    /** "Of the ", "of the " right before a figure (its hedge word is part of it): the whole a later figure counts a part of. */
    private static final Pattern OF_THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Oo]f the $");

    /**
     * True when a people counted by its name ("Of the 17,000 Australians who served in the war") opens with "of the" a
     * part of its sentence that ends at a comma, and the figure right after that comma counts losses of people under
     * arms ("…, 339 were killed"): the whole is men under arms too. Not a people the lexicon's {@code groups} name
     * ("Of the 3,000 Uzbeks …"), whose men are counted only where the text ties them to a force.
     */
    private boolean lossesCountedAfter(Prose p, Quantity q) {
        if (!OF_THE_BEFORE.matcher(p.before(q.start(), 8)).find()) {
            return false;
        }
        for (Prose.Name n : p.namesIn(q.start(), q.end() + q.noun().length() + 1)) {
            if (n.isGroup()) {
                return false;
            }
        }
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        List<Quantity> after = p.quantitiesIn(q.end(), Math.min(s.end(), q.end() + 2 * Prose.WINDOW));
        if (after.isEmpty()) {
            return false;
        }
        Quantity next = after.get(0);
        String between = p.text.substring(q.end(), next.start());
        int comma = between.indexOf(',');
        if (comma < 0 || between.indexOf(',', comma + 1) >= 0 || SideFinder.holdsAny(between, 0, between.length(), ";:()")
                || !between.substring(comma + 1).isBlank()) {
            return false;
        }
        String measure = lex.measureOf(PeopleGroups.wordAfter(p, next.end()));
        String verb = measure != null ? measure : lex.measureOf(wordAfterAuxiliary(p, next.end()));
        return verb != null && !verb.equals("strength") && isPersonnel(p, next);
    }

    /** The word after {@code at}, past "were", "was" or "had been" ("339 were killed": "killed"). */
    private static String wordAfterAuxiliary(Prose p, int at) {
        String right = p.after(at, 40);
        java.util.regex.Matcher m = AUXILIARY_THEN_WORD.matcher(right);
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static final Pattern AUXILIARY_THEN_WORD = Pattern.compile("^ (?:were|was|had been|have been) ([\\p{L}-]+)");

    /** Whether {@code s} holds a character that {@code .} does not match: a line end. */
    private static boolean hasLineEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MORE = Pattern.compile("^ (?:more|others|other)\\b(?! (?:than|[\\p{L}-]+s)\\b)");
    private static final Pattern LIST_GAP = Pattern.compile(
            "^(?:[ \\p{L}-]{0,30}?)(?:,| and|, and) (?:"
            + org.etrkit.datasets.extract.Lexicon.hedgeBeforeRegex() + " )?$");

    /** True when {@code q} follows a personnel figure of its sentence in a list ("81 navigators and 8,300 technicians"). */
    private boolean listedAfterPersonnel(Prose p, Quantity q) {
        return listedAfterPersonnel(p, q, false);
    }

    /**
     * True when the figure before {@code q} in its sentence counts personnel and, unless {@code anyGap},
     * only its noun and a comma or "and" stand between them.
     */
    private boolean listedAfterPersonnel(Prose p, Quantity q, boolean anyGap) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - Prose.WINDOW), q.start());
        if (before.isEmpty()) {
            return false;
        }
        Quantity last = before.get(before.size() - 1);
        if (!anyGap && !LIST_GAP.matcher(p.text.substring(last.end(), q.start())).find()) {
            return false;
        }
        String lu = last.unit().toLowerCase(Locale.ROOT);
        return personnel.contains(lu) || collective.contains(lu) && last.value() >= 100;
    }
}
