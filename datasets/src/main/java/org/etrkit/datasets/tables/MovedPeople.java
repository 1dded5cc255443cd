package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.FigureGroup.COPULA;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Whether a figure of a population statement counts people moved, not people living somewhere ({@link
 * PopulationStatements}): a movement verb within a few words before the figure ("set out with 18,000 people") or
 * right after it ("15,000 Kazakhs followed him"), past the further peoples listed with it ("about 22,000 Kurds, Laks
 * and Avars were deported"), past the units they came in ("35,000 people in 8,100 families were unloaded"), past an aside on the people counted ("some 83,000 people, most of them women, children
 * and the old, were loaded onto wagons") or past the place they are "of" ("30,000 inhabitants of the Orsk and Tesh
 * districts of Varna fled"); but not "followed by" a next group, nor "were left" or "left by" said of who remained.
 */
final class MovedPeople {

    /** Auxiliaries of a passive verb after a count, which the few words looked at for a movement pass over. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("were", "was", "been");

    /** Auxiliaries that open a clause's verb after an aside: "…, had left", "…, have settled". */
    private static final Set<String> AUXILIARIES = Set.of("had", "have", "has");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
        /** The opening of an aside on the people counted: ", most of them", ", roughly half of all those", ", mostly". */
        static final Pattern ASIDE_OPEN = Pattern.compile(
                "^(?:[^,;:]{0,20},\\s(?:(?-i:\\p{Ll})+\\s){0,3}?(?:of (?:all )?(?:them|whom|those)\\b|(?:mostly|chiefly|largely|mainly)\\b)"
                        + "| of (?:them|these),"  // "families …, some 2,100 of them, or about 9,000 people, were resettled"
                        + "|[^,;:\\d]{0,20},\\s(?:(?-i:\\p{Ll})+\\s)?[\\d.]+\\s?(?:%|per ?cent\\b)[^,;:]{0,40},(?=\\s(?-i:had|have|has|were|was)\\b))"); // "people, nearly 12 percent of the population, had been driven"
        /** The units a count's people came in, after the count or its noun: " people( in 8,100 families)". */
        static final Pattern GROUPED_IN = Pattern.compile("^(?:\\s+(?-i:\\p{Ll})+)?(\\s+in \\d{1,3}(?:,\\d{3})*\\s+((?-i:\\p{Ll})+s))\\b");
        /** Further names after a counted people, before the clause's verb: " Kurds, Laks and Avars were". */
        static final Pattern FURTHER_NAMES = Pattern.compile(
                "^(\\s*(?-i:\\p{Lu})[\\p{L}'’-]+)?((?:,\\s(?-i:\\p{Lu})[\\p{L}'’-]+)*,?\\s(?:and|or)\\s(?-i:\\p{Lu})[\\p{L}'’-]+)");
    }

    private final Lexicon lex;
    private final Set<String> movement;
    private final Set<String> admin;
    /** Movement verbs that say who remained when passive or before "by" ("were left", "people left by 1953"). */
    private final Set<String> passiveRemainders;
    /** A survey ({@code survey_nouns}) and its verb, which reports a figure and moves no one: "the census returned". */
    private final Pattern surveyVerb;

    MovedPeople(Lexicon lex) {
        this.lex = lex;
        this.movement = lex.set("movement_verbs");
        this.admin = lex.set("admin_words");
        this.passiveRemainders = lex.set("remainder_participles");
        this.originAfter = lex.compile("(?:of|from) " + ORIGIN_PLACE + "(?: and " + ORIGIN_PLACE + ")?(?= (?-i:\\p{Ll}))");
        this.surveyVerb = lex.compile("(?-i:\\b(?:{survey_nouns})(?: of \\d{4})?,? (\\p{Ll}+) [^.;:]*$)");
    }

    /**
     * The figure {@link #movementNear} read last, its block and the answer: the demographics reader asks about a
     * figure twice in a row ({@link FigureKinds#kind} asks, then its caller when that gave no kind), and the answer
     * depends on the block and the figure only.
     */
    /** A clause of cause or time with its own subject after a share: ", as Greeks moved in", ", while …". */
    private static final Pattern REASON_CLAUSE = Pattern.compile(", (?:as|while|when|because|since|whereas) ");

    private Prose lastProse;
    private Quantity lastFigure;
    private boolean lastMoved;

    /** A movement verb within a few words of the figure ("15,000 Kazakhs followed him", "set out with 18,000 people"). */
    boolean movementNear(Prose p, Quantity q) {
        if (p != lastProse || q != lastFigure) {
            lastMoved = readMovementNear(p, q);
            lastProse = p;
            lastFigure = q;
        }
        return lastMoved;
    }

    /** A level "reached" and the count a share right after restates: "they reached 905,000, or" 34 per cent. */
    private static final Pattern REACHED_THEN_SHARE = Pattern.compile(
            "\\breached (?:" + Hedges.WORD + " )?\\d[\\d,.]*(?: million)?,? or (?:" + Hedges.WORD + " )?$");

    /** A count set off by a comma after its clause: ", some" 850 people. */
    private static final Pattern APPOSITION_OPENING = Pattern.compile(",\\s+(?:(?:" + Hedges.WORD + "|an estimated) )?$");

    /** The end of a count in apposition, past its noun: "." or "," or " including …", " in all". */
    private static final Pattern APPOSITION_END = Pattern.compile("^(?:\\s+(?:in all|in total|altogether))?(?:\\s*[,.;]|\\s+including\\b)");

    /**
     * Whether the figure restates, in apposition, the people its clause moved: "They returned to Norland in 1958, some
     * 850 people including the families they had started in exile" (the movement verb in the clause before the comma).
     */
    private boolean movedInApposition(Prose p, Quantity q) {
        if (!APPOSITION_OPENING.matcher(p.before(q.start(), 25)).find()
                || !APPOSITION_END.matcher(p.after(q.end(), 20)).lookingAt()) {
            return false;
        }
        int sentence = p.sentence(p.sentenceIndex(q.start())).start();
        int comma = Chars.lastIndexIn(p.text, ",", q.start(), sentence);
        int stop = Chars.lastIndexOfAny(p.text, ",;:", comma, Math.max(sentence, comma - 120));
        int from = stop >= 0 ? stop + 1 : sentence;
        if (comma - from > 120) {
            return false;
        }
        for (String w : Once.NOT_LETTERS.split(p.text.substring(from, comma).toLowerCase(Locale.ROOT))) {
            if (movement.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean readMovementNear(Prose p, Quantity q) {
        if (movedInApposition(p, q)) {
            return true;
        }
        if (q.unit().equalsIgnoreCase("percent") && REACHED_THEN_SHARE.matcher(p.before(q.start(), 50)).find()) {
            return false; // "in 1989 they reached 41,000, or 2.9%": the share of a level reached, no movement
        }
        List<String> before = p.wordsBefore(q.start(), 4);
        int sentence = p.sentence(p.sentenceIndex(q.start())).start();
        Matcher report = surveyVerb.matcher(p.text).region(Math.max(sentence, q.start() - 60), q.start());
        String reported = report.find() ? report.group(1) : null; // "the 1979 census returned 50,800 Greeks (1.3%)"
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            if (movement.contains(w) && !(w.equals("followed") && k + 1 < before.size()
                    && before.get(k + 1).equals("by")) && !(k == before.size() - 1 && w.equals("reached"))
                    && !before.get(k).equals(reported) && !levelReached(before, k)) {
                return true; // but "followed by Kazakhs 443,700" lists the next group
            }
        }
        boolean percent = q.unit().equalsIgnoreCase("percent");
        String after = (percent ? p.after(q.end(), 60) : pastOrigin(pastGroupedIn(pastNames(p.after(q.end(), 60))))).toLowerCase(Locale.ROOT);
        Matcher reason = percent ? REASON_CLAUSE.matcher(after) : null;
        if (reason != null && reason.find()) {
            after = after.substring(0, reason.start()); // "but only 14.2 per cent in 1989, as Greeks moved in": another subject's move
        }
        if (movesIn(after, percent)) {
            return true;
        }
        if (!percent && pastAside(p.after(q.end(), 160))) {
            return true;
        }
        if (movesAfterItsPlace(p, q)) {
            return true;
        }
        if (!percent && restatesAMovedCount(p, q)) {
            return true;
        }
        String wider = " " + String.join(" ", p.wordsBefore(q.start(), 6)) + " ";
        for (String phrase : lex.list("movement_verbs")) {
            if (phrase.contains(" ") && (wider.contains(" " + phrase + " ") || after.strip().startsWith(phrase))) {
                return true;
            }
        }
        return false;
    }

    /** The words after "reached" and a determiner that make it a level, not a place reached: "reached its peak". */
    private static final Set<String> LEVELS = Set.of("peak", "high", "highest", "maximum");

    /** The determiners between "reached" and its level: "reached its peak". */
    private static final Set<String> DETERMINERS = Set.of("its", "their", "a", "the");

    /** Whether the movement verb {@code before.get(k)} is a level reached: "the community reached its peak: 52,300 people". */
    private static boolean levelReached(List<String> before, int k) {
        return before.get(k).equals("reached") && k + 2 < before.size()
                && DETERMINERS.contains(before.get(k + 1)) && LEVELS.contains(before.get(k + 2));
    }

    /** A count and its noun right before a count that restates it in apposition: "some 1,100 technicians and teachers, about". */
    private static final Pattern COUNT_BEFORE_APPOSITION = Pattern.compile(
            "\\d[\\d,.]*(?: million)?(?: (?-i:\\p{Ll})[\\p{L}-]*| (?-i:\\p{Lu})[\\p{L}-]*){1,5},\\s+(?:(?:" + Hedges.WORD + "|an estimated) )?$");

    /** The rest of an appositive count up to its closing comma: " people with their families," (no other stop). */
    private static final Pattern APPOSITION_CLOSE = Pattern.compile("[^,;:.()]{1,40},\\s+");

    /**
     * Whether a count restates in apposition the count right before it, and the clause's verb after the appositive
     * moves them: "some 1,100 technicians and teachers, about 1,500 people with their families, left Norland".
     */
    private boolean restatesAMovedCount(Prose p, Quantity q) {
        int sentence = p.sentence(p.sentenceIndex(q.start())).start();
        if (!COUNT_BEFORE_APPOSITION.matcher(p.text).region(Math.max(sentence, q.start() - 80), q.start()).find()) {
            return false;
        }
        Matcher close = APPOSITION_CLOSE.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60));
        if (!close.lookingAt()) {
            return false;
        }
        String[] words = Once.NOT_LETTERS.split(p.after(close.end() - 1, 40).strip().toLowerCase(Locale.ROOT), 3);
        return words.length > 0 && movement.contains(words[0]);
    }

    /** "of the" (or these, those) and a hedge right before a whole: "of the roughly" 61,000 people sent. */
    private static final Pattern OF_THE_WHOLE = Pattern.compile("\\b[Oo]f (?:the|these|those) (?:" + Hedges.WORD + " )?$");

    /** The rest of the whole's clause up to its part's figure: " people sent to X in that operation, an estimated ". */
    private static final Pattern TO_THE_PART = Pattern.compile("[^,;:.()]{1,80},\\s+(?:(?:" + Hedges.WORD + "|an estimated) )?");

    /**
     * Whether {@code q} is a part of the figure {@code prior} right before it, a whole of people moved it opens its
     * clause with ("of the roughly 61,000 people sent to Norland in that operation, an estimated 9,000 were Greeks") or
     * that "of whom" or "of these" after it divides ("some 15,000 Greeks were deported, of whom about 5,000 to
     * Norland"): the people among the people moved are people moved too.
     */
    boolean partOfMoved(Prose p, Quantity q, Quantity prior) {
        if (prior == null || prior.end() > q.start()) {
            return false;
        }
        boolean opened = p.sentenceIndex(prior.start()) == p.sentenceIndex(q.start())
                && TO_THE_PART.matcher(p.text).region(prior.end(), q.start()).matches()
                && OF_THE_WHOLE.matcher(p.before(prior.start(), 30)).find();
        // "some 15,000 Greeks were deported to Westmark, of whom about 5,000 to Norland", "…; of these, about 6,000 were
        // Greeks" (past a semicolon, not a sentence's end)
        boolean divided = PART_OF_WHOM.matcher(p.before(q.start(), 30)).find()
                && Chars.indexIn(p.text, ".", prior.end(), q.start()) < 0;
        return (opened || divided) && movementNear(p, prior);
    }

    /** The rest of a clause of people moved up to a later figure of its list: " Kalmyks were taken from X in 1944, and ". */
    private static final Pattern ELIDED_GAP = Pattern.compile("[^.;:()]{0,80}?(?:,\\s*and|\\s+and|,)\\s+(?:(?:" + Hedges.WORD + ") )?");

    /** A place moved from or to right after a figure: " from Westmark Oblast", " to the Varna region". */
    private static final Pattern FROM_OR_TO_AFTER = Pattern.compile("\\s+(?:from|to)\\s+(?:the\\s+)?(?-i:\\p{Lu})");

    /**
     * Whether {@code q} is a later count of people moved whose verb is left out, after the figure {@code prior} of its
     * sentence that a verb of moving counts: "A further 1,946 were taken from Ostby Oblast in March, and 872 from
     * Vesterby Oblast".
     */
    boolean elidedMove(Prose p, Quantity q, Quantity prior) {
        return prior != null && prior.end() <= q.start() && p.sentenceIndex(prior.start()) == p.sentenceIndex(q.start())
                && FROM_OR_TO_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 30)).lookingAt()
                && ELIDED_GAP.matcher(p.text).region(prior.end(), q.start()).matches()
                && movementNear(p, prior);
    }

    /** "of whom" or "of these" right before a part of the figure before: ", of whom about" 5,000, "; of these, about". */
    private static final Pattern PART_OF_WHOM = Pattern.compile("(?:^|[,;])\\s*[Oo]f (?:whom|these|them),? (?:(?:" + Hedges.WORD + "|an estimated) )?$");

    /** Whether one of the first words of {@code after} (lower case) is a verb of moving. */
    private boolean movesIn(String after, boolean percent) {
        String[] words = Once.NOT_LETTERS.split(after);
        int n = 0;
        String previous = "";
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.isEmpty()) {
                continue;
            }
            boolean remaining = COPULA.contains(previous) // "2,000 Japanese were left in the zone"
                    || k + 1 < words.length && words[k + 1].equals("by"); // "8.5 million people left by 1953"
            boolean followedBy = w.equals("followed") && (after.strip().startsWith("by")
                    || percent && k + 1 < words.length && words[k + 1].equals("by")); // "75.9% of the total, followed by"
            boolean phrase = k + 1 < words.length && movement.contains(w + " " + words[k + 1]); // "were taken from"
            if ((movement.contains(w) || phrase) && !followedBy && !(passiveRemainders.contains(w) && remaining)) {
                return true;
            }
            previous = w;
            if (PASSIVE_AUXILIARIES.contains(w) && !percent) {
                continue; // "438,700 people were put on trains": the auxiliary is not one of the verb's words
            }
            if (++n >= (percent ? 4 : 3)) { // a share reaches past its "of all Kazakhs" to the verb
                break;
            }
        }
        return false;
    }

    /**
     * The words after a figure without the units its people came in (" people in 8,100 families were" is " people
     * were"), which stand between the figure and its verb ("roughly 35,000 people in 8,100 families were unloaded").
     */
    private String pastGroupedIn(String after) {
        Matcher in = Once.GROUPED_IN.matcher(after);
        if (!in.lookingAt() || movement.contains(in.group(2))) {
            return after; // "151,136 people in 50 trains": the units are the transport, a movement itself
        }
        return after.substring(0, in.start(1)) + after.substring(in.end(1));
    }

    /** A place its people came from, its name and its administrative noun: "the Westmark region", "Ostland". */
    private static final String ORIGIN_PLACE = "(?:the )?(?-i:\\p{Lu})[\\p{L}'’-]+(?: (?-i:\\p{Lu})[\\p{L}'’-]+)*(?: (?:{admin_words}))?";

    /**
     * Where the people counted came from, one place or two, between their noun and their verb: " of the Westmark
     * region" were sent, " from Ostland and the Varna region" settled.
     */
    private final Pattern originAfter;

    /**
     * The words after a figure without the place its people came from, which stands between their noun and the verb
     * ("some 3,500 Greeks of the Westmark region were sent to Norland" is " Greeks were sent", "some 40,000 Kazakhs
     * from Ostland and the Varna region settled in" is " Kazakhs settled in").
     */
    private String pastOrigin(String after) {
        int at = 0;
        while (at < after.length() && after.charAt(at) == ' ') {
            at++;
        }
        Matcher origin = originAfter.matcher(after).region(at, after.length());
        return origin.lookingAt() ? after.substring(0, at) + after.substring(origin.end() + 1) : after;
    }

    /**
     * The words after a figure without the further peoples listed with it (" Kurds, Laks and Avars"), which stand
     * between the figure and its verb ("about 22,000 Kurds, Laks and Avars were deported").
     */
    private static String pastNames(String after) {
        Matcher names = Once.FURTHER_NAMES.matcher(after);
        return names.lookingAt() ? after.substring(0, names.start(2)) + after.substring(names.end(2)) : after;
    }

    /**
     * Whether a verb of moving follows an aside on the people counted that opens right after the figure ("some
     * 83,000 people, most of them women, children and the old, were loaded onto wagons"): tried after each comma
     * of the clause that may close the aside. Not for a share, whose aside describes the share's people.
     */
    private boolean pastAside(String after) {
        if (!Once.ASIDE_OPEN.matcher(after).lookingAt()) {
            return false;
        }
        int comma = after.indexOf(',');
        while ((comma = after.indexOf(',', comma + 1)) > 0) {
            String rest = after.substring(comma + 1).toLowerCase(Locale.ROOT);
            String[] words = Once.NOT_LETTERS.split(rest.strip(), 3);
            String first = words.length > 0 ? words[0] : "";
            if (COPULA.contains(first) || AUXILIARIES.contains(first) || first.endsWith("ed") || movement.contains(first)) {
                return movesIn(rest, false); // the clause's verb, past the aside: "…, were loaded"
            }
        }
        return false;
    }

    /**
     * Whether a count's people "of" a place are the subject of a movement verb after that place ("30,000
     * inhabitants of the Orsk and Tesh districts of Varna fled"): the words of the place skipped.
     */
    private boolean movesAfterItsPlace(Prose p, Quantity q) {
        String after = p.after(q.end(), 120);
        if (!after.startsWith(" of ")) {
            return false;
        }
        int i = 4;
        while (i < after.length()) {
            int end = after.indexOf(' ', i);
            String w = after.substring(i, end < 0 ? after.length() : end);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean placeWord = w.equals("of") || w.equals("the") || w.equals("and") || !w.isEmpty()
                    && Chars.isUpperCase(w.charAt(0)) || admin.contains(lower)
                    || lower.endsWith("s") && admin.contains(lower.substring(0, lower.length() - 1));
            if (!placeWord) {
                return movement.contains(lower);
            }
            if (end < 0) {
                return false;
            }
            i = end + 1;
        }
        return false;
    }
}
