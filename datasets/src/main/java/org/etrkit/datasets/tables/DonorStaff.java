package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * Civilian staff of an aid article's giver counted at work for the receiver, with no verb of giving in their clause
 * ("built by 86 Chinese technicians", "run by a team of 25 Chinese agronomists", "about 1,500 Chinese experts were at
 * work in Guinea"): in an article whose frame names a donor and a recipient ({@link ArticleParties#frameOf}), a count of
 * a civilian staff noun ({@code civilian_staff}: technicians, engineers, specialists, agronomists) or of the donor's
 * other people ({@code aid_personnel}: advisers, instructors; "by 1990 fewer than 100 Soviet advisers remained") whose
 * own noun phrase names the donor's side ("Chinese", "Soviet") is aid from that donor to the recipient. Staff of any other side ("400
 * Guinean workers") and people the clause counts as lost, trained or gone (a measure other than strength, sent or
 * deployed) or whose clause has them leave ({@code departure_words}: "left", "recalled") are not.
 */
final class DonorStaff {

    /**
     * The nouns a sentence may open with for its bare counted figures: the civilian staff and the donor's other people
     * ({@code aid_personnel}: "Soviet military advisers in X numbered about 150").
     */
    private final Set<String> opening = new java.util.TreeSet<>();
    /** "left", "recalled" ({@code departure_words}): staff counted as they go are no longer given. */
    private final Set<String> departure;
    private final TroopsTable.Reader troops;
    /** The people "their number" counts ("Soviet advisers …. Their number rose from about 200"). */
    private final StaffLevels levels;

    DonorStaff(Lexicon lex, TroopsTable.Reader troops) {
        this.opening.addAll(lex.set("civilian_staff"));
        this.opening.addAll(lex.set("aid_personnel"));
        this.departure = lex.set("departure_words");
        this.troops = troops;
        this.levels = new StaffLevels(lex);
    }

    /** True when {@code frame} names two different parties: only then can staff be read without a verb of giving. */
    static boolean applies(String[] frame) {
        return frame[0] != null && frame[1] != null && !frame[0].equals(frame[1]) && !AidTable.unnamed(frame[0])
                && !AidTable.unnamed(frame[1]);
    }

    /**
     * True when the figure's unit is a civilian staff noun ("technicians"), or a bare figure's item is one ("the number
     * of Soviet specialists fell to fewer than 500"): the cheap test before {@link #staffOf}.
     */
    boolean countsStaff(Prose p, Quantity q, String item) {
        String u = noun(p, q, item);
        return u != null && !u.isEmpty() && counted(u) || level(p, q, item) != null;
    }

    /**
     * True when {@code noun} is a staff noun or a noun of the donor's other people ({@code aid_personnel}).
     */
    private boolean counted(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return opening.contains(n);
    }

    /**
     * For a bare figure that no opening staff phrase counts, the people "their number" before it counts, the donor's
     * advisers and instructors too ({@link StaffLevels}); else null.
     */
    private StaffLevels.Antecedent level(Prose p, Quantity q, String item) {
        if (!q.unit().isEmpty() || item != null) {
            return null;
        }
        String openingNoun = noun(p, q, item);
        return openingNoun != null ? null : levels.of(p, q);
    }

    /**
     * The noun the figure counts: its unit, else its item, else, for a bare figure after a verb of counting whose
     * sentence opens with a staff noun phrase ("Soviet civilian specialists, among them drillers and nurses, numbered
     * some 170 in 1963 and roughly 320 in 1967", "In 1988 Soviet specialists in X numbered about 900, of whom 350 …"),
     * that phrase's staff noun, or its noun of the donor's other people ({@code aid_personnel}: "Soviet military
     * advisers in X numbered about 150 in 1980 and reached some 350 in 1984, roughly 40 of whom …").
     */
    private String noun(Prose p, Quantity q, String item) {
        if (!q.unit().isEmpty() || item != null) {
            return !q.unit().isEmpty() ? q.unit() : item;
        }
        int start = openingStart(p, q);
        if (start < 0) {
            return null;
        }
        Matcher m = OPENING_STAFF.matcher(p.text).region(start, p.text.length());
        if (!m.lookingAt()) {
            return null;
        }
        for (String w : m.group(1).trim().split("\\s+")) {
            if (opening.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * The start of the sentence whose opening staff noun phrase a bare figure counts: its own, where a verb of counting
     * or a level's change follows that phrase ("Soviet specialists in X numbered about 900", "Soviet staff in X fell to
     * about 90"); else the sentence before, where the figure's sentence opens with "Their number" and a level's change
     * ("Soviet engineers began to arrive in 1961. Their number grew from 35 … to about 410"); else -1.
     */
    private static int openingStart(Prose p, Quantity q) {
        int si = p.sentenceIndex(q.start());
        Sentence s = p.sentence(si);
        Matcher m = OPENING_STAFF.matcher(p.text).region(s.start(), q.start());
        if (m.lookingAt() && COUNT_VERB.matcher(p.text).region(m.start(1), q.start()).find()) {
            return s.start();
        }
        if (si > 0 && (THEIR_NUMBER.matcher(p.text).region(s.start(), q.start()).lookingAt()
                || PUT_THEM_AT.matcher(p.text).region(s.start(), q.start()).lookingAt())) {
            Sentence before = p.sentence(si - 1);
            if (OPENING_STAFF.matcher(p.text).region(before.start(), before.end()).lookingAt()) {
                return before.start();
            }
        }
        return -1;
    }

    /**
     * "American estimates put them at ", "Later reports placed them at ": a source that counts the people the sentence
     * before opened with.
     */
    private static final Pattern PUT_THEM_AT = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:[\\p{Ll}-]+\\s+)?"
            + "(?:estimates?|reports?|sources?|figures?|accounts?)\\s+(?:put|placed|set)\\s+them\\s+at\\b");

    /** "Their number rose", "Their number had grown": a sentence opening with the level of the people named before. */
    private static final Pattern THEIR_NUMBER = Pattern.compile("(?:Their|Its)\\s+numbers?\\s+(?:had\\s+)?"
            + "(?:rose|risen|grew|grown|fell|fallen|increased|decreased|declined|dropped|reached|climbed)\\b");

    /**
     * A sentence's opening noun phrase, after a date that may open it ("In 1988 ", "By March 1977, "): a capitalised
     * adjective and the lower-case words after it, of which one is the noun.
     */
    private static final Pattern OPENING_STAFF = Pattern.compile("(?:(?:In|By)\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?\\d{4},?\\s+)?"
            + "(?:The\\s+)?\\p{Lu}[\\p{L}-]+((?:\\s+[\\p{Ll}-]+){1,3})");

    /** "numbered", "totalled", "fell to": a verb that counts its subject or changes its level, with no semicolon before it. */
    private static final Pattern COUNT_VERB = Pattern.compile("^[^;]*?\\b(?:numbered|totalled|totaled|stood\\s+at"
            + "|(?:rose|grew|fell|dropped|declined|increased|decreased)\\s+to)\\b");

    /**
     * The staff noun the figure counts ("technicians") when its noun phrase names the frame's donor between the figure and
     * the noun ("86 Chinese technicians"), or the noun of a team the donor's name qualifies holds the figure ("a Soviet
     * medical team of 35 doctors", "Soviet geological teams, with as many as 120 geologists"), or, for a bare figure whose
     * {@code item} is a staff noun written before it, that noun's phrase names the donor ("the number of Soviet civilian
     * specialists fell to fewer than 500"), and no other side; and its measure is a presence or a sending; else null.
     */
    String staffOf(Prose p, Quantity q, String item, String[] frame, LocalDate day) {
        StaffLevels.Antecedent level = level(p, q, item);
        String unit = level != null ? level.noun() : noun(p, q, item);
        if (unit == null || unit.isEmpty() || level == null && !counted(unit)) {
            return null;
        }
        List<Prose.Name> names;
        if (level != null) {
            names = level.names(); // "Soviet advisers …. Their number rose from about 200"
            if (names.isEmpty() && !level.definite()) {
                return null;
            }
        } else if (item == null && q.unit().isEmpty()) {
            int opening = openingStart(p, q);
            names = p.namesIn(opening, p.text.indexOf(unit, opening)); // "Soviet civilian specialists, …"
        } else if (!q.unit().isEmpty()) {
            // the figure's span runs to its noun ("86 Chinese technicians"): the names inside it are its noun phrase's
            int noun = p.text.lastIndexOf(unit, q.end());
            if (noun < q.start()) {
                return null;
            }
            names = p.namesIn(q.start(), noun);
            if (names.isEmpty()) {
                names = teamOwner(p, q);
            }
        } else {
            names = nounPhraseNamesBefore(p, q, unit);
        }
        if (names.isEmpty() && level == null) {
            return null;
        }
        for (Prose.Name n : names) {
            if (n.isGroup() || !frame[0].equals(n.side().at(day))) {
                return null; // "Guinean workers", "Soviet and Cuban engineers": not the giver's own, or not only
            }
        }
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        int from = s.start();
        Matcher next = TransferWords.NEXT_CLAUSE.matcher(p.text).region(s.start(), s.end());
        while (next.find() && next.end() <= q.start()) {
            from = next.end(); // "… and expelled its envoy, and by 1965 fewer than 400 Soviet specialists remained"
        }
        Matcher after = TransferWords.NEXT_CLAUSE.matcher(p.text).region(q.end(), s.end());
        if (p.anyWordIn(from, after.find() ? after.start() : s.end(), departure)) {
            return null; // "recalled all 1,390 Soviet experts", "some 1,100 Soviet technicians left Ghana"
        }
        String measure = troops.measure(p, q);
        if (!measure.equals("strength") && !measure.equals("sent") && !measure.equals("deployed")) {
            return null; // "50 Chinese technicians were killed", "left the country"
        }
        return unit;
    }

    /**
     * The name right before a team noun that holds the figure ("a Soviet medical team of 35", "Soviet geological teams,
     * with as many as 120"), with at most two lower-case words between them, as a list of one; else empty.
     */
    private static List<Prose.Name> teamOwner(Prose p, Quantity q) {
        int from = Math.max(p.sentence(p.sentenceIndex(q.start())).start(), q.start() - 60);
        List<Prose.Name> names = p.namesIn(from, q.start());
        if (names.isEmpty()) {
            return List.of();
        }
        Prose.Name last = names.get(names.size() - 1);
        return TEAM_OF.matcher(p.text).region(last.end(), q.start()).matches() ? List.of(last) : List.of();
    }

    /**
     * The names of the noun phrase of {@code unit} written last before a bare figure in its sentence ("the number of
     * Soviet civilian specialists … fell to fewer than 500"): a name followed by at most two lower-case words and the
     * noun; else empty.
     */
    private static List<Prose.Name> nounPhraseNamesBefore(Prose p, Quantity q, String unit) {
        int sentence = p.sentence(p.sentenceIndex(q.start())).start();
        int noun = p.text.lastIndexOf(unit, q.start());
        if (noun < sentence) {
            return List.of();
        }
        List<Prose.Name> names = p.namesIn(Math.max(sentence, noun - 40), noun);
        if (names.isEmpty()) {
            return List.of();
        }
        Prose.Name last = names.get(names.size() - 1);
        return LOWER_WORDS.matcher(p.text).region(last.end(), noun).matches() ? List.of(last) : List.of();
    }

    /** " medical team of ", " geological teams, with as many as ": a team noun that holds a figure, and its hedge. */
    private static final Pattern TEAM_OF = Pattern.compile("(?:\\s+[\\p{Ll}-]+){0,2}\\s+(?:teams?|missions?|groups?)"
            + "(?:\\s+of|,\\s+with)(?:\\s+(?:as\\s+many\\s+as|up\\s+to|some|about|around|nearly|over|more\\s+than))?\\s*");

    /** Up to two lower-case words between a name and its noun (" civilian "). */
    private static final Pattern LOWER_WORDS = Pattern.compile("(?:\\s+[\\p{Ll}-]+){0,2}\\s+");
}
