package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TransferWords.NEXT_CLAUSE;
import static org.etrkit.datasets.tables.AidTable.UNNAMED;
import static org.etrkit.datasets.tables.TransferWords.NEXT_CLAUSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Sentence;

/**
 * Who a clause of aid is about: the side of the subject before a transfer verb (a name, "the party" right before
 * it, the subject of an earlier verb joined by "and", the name before ", which sent"), and what a pronoun ("it",
 * "they") or a definite noun ("the new region") points back to: the nearest name before it that is no object of a
 * verb of movement ("left China"), no place after a preposition ("behind the Japanese lines"), no name in the title
 * of a law ("China Aid Act") and no means in an aside ("through the consulate"). A name of the lexicon's
 * {@code article_place_names} ("the province") is the side of the place the article is about ({@link #place}).
 */
final class TransferSubjects {

    private final Set<String> give;
    private final Set<String> pronouns;
    /** Words after which a name is the object of a verb of movement, not a subject ("left China"). */
    private final Set<String> objectVerbs;
    /** Words before a name that make it where items came from, not a party ("from captured Japanese stocks"). */
    private final Set<String> originWords;
    /** Nouns that end the title of a law or treaty ("Act", "Treaty"): a name in such a title is no party. */
    private final Set<String> titleNouns;
    /**
     * A subject that is a document of the lexicon's {@code title_nouns} in lower case ("A protocol of 1958 extended",
     * "a second agreement, concluded in Moscow, added"): no party, the giver is the paragraph's or the article's.
     */
    private final Pattern documentSubject;
    /** "through", "via": a name in an aside they open is the means a subject acts through ({@code instrument_prepositions}). */
    private final Set<String> instrumentPrepositions;
    /** "the province": a name for the place the article is about ({@code article_place_names}). */
    private final Set<String> articlePlaceNames;
    /** Goods and the craft that carry them ({@code materiel}): "ships delivered" names the carrier, not the giver. */
    private final Set<String> materiel;

    /**
     * The side of the place the article is about, from its infobox's country ({@link ArticleParties#placeOf}), or
     * null: set for each article before its prose is read.
     */
    String place;

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern PRONOUN = Pattern.compile(".*\\b(?:it|they|he|she)\\b.*");
        static final Pattern CAPITALISED_WORD = Pattern.compile(".*\\b\\p{Lu}\\p{L}+.*");
        /** A one-word name (hyphens allowed) opening the text or after a comma, right before its end. */
        /** A one-word name opening the text or after a comma, and the word after it. */
        static final Pattern PLACE_OPENING = Pattern.compile("(?:^|,\\s+)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+(\\p{Ll}+)");
        static final Pattern PLACE_SUBJECT = Pattern.compile("(?:^|,\\s+)(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+$");
        static final Pattern OPENING_WORD_ONLY = Pattern.compile(
                "^\\s*(?:The|In|On|At|By|During|After|Before)\\b[^\\p{Lu}]*$");
        static final Pattern ONE_CAPITAL = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]*+[^\\p{Lu}]*");
        /** A one-word capitalised name that is no plural noun, then ", which": a state or body, not people. */
        static final Pattern BODY_WITH_WHICH = Pattern.compile("\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]],\\s+which\\b");
        /** A lower-case word after a name that is no plural noun ("ran", "was", "sent"; not "troops"). */
        static final Pattern VERB_AFTER_NAME = Pattern.compile("\\s+(?:was|has|is|\\p{Ll}*[\\p{Ll}&&[^s]])\\b");
    }

    TransferSubjects(Lexicon lex) {
        this.give = lex.set("transfer_verbs");
        this.pronouns = lex.set("pronoun_subjects");
        this.objectVerbs = lex.set("object_verbs");
        this.originWords = lex.set("origin_words");
        this.titleNouns = lex.set("title_nouns");
        this.documentSubject = Pattern.compile("(?:^|\\band\\s+|[,;]\\s+)(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:\\p{Ll}+\\s+)?(?:"
                + String.join("|", titleNouns.stream().map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT))).sorted().toList())
                + ")\\b(?:\\s+(?:of|on)\\s+[^,;]{1,48}?)?(?:\\s+\\p{Ll}+ed(?:\\s+(?:in|at|on|between)(?:\\s+[\\p{L}\\d]+){1,3}){1,3})?(?:,[^;,]{1,120},)?\\s+$");
        this.instrumentPrepositions = lex.set("instrument_prepositions");
        this.articlePlaceNames = lex.set("article_place_names");
        this.materiel = lex.set("materiel");
        this.surveyNouns = lex.set("survey_nouns");
    }

    /** "estimate", "count", "census" ({@code survey_nouns}): a phrase of source after a preposition. */
    private final Set<String> surveyNouns;

    /**
     * The {@link #antecedent} of a pronoun among the three words before a verb ("and in 1938 it lent"), unless it
     * is the recipient; null when no pronoun stands there ("a barter treaty gave Nanjing …": the giver is unsaid).
     */
    String pronounAntecedent(Prose p, int verbStart, LocalDate day, String recipient) {
        return pronounAntecedent(p, verbStart, day, recipient, 2);
    }

    /**
     * As {@link #pronounAntecedent(Prose, int, LocalDate, String)}, looking {@code back} sentences before the
     * verb's; "it" also takes an unknown name that opens a sentence before as its subject ("Yugoslavia was …. It
     * supplied"): {@code Other}.
     */
    String pronounAntecedent(Prose p, int verbStart, LocalDate day, String recipient, int back) {
        List<String> before = p.wordsBefore(verbStart, 3);
        if (before.stream().noneMatch(pronouns::contains)) {
            // "its Dakotas and Yorks flew in": a possessive opening a subject of a few words
            before = p.wordsBefore(verbStart, 5);
            if (!before.contains("its")) {
                return null;
            }
        }
        String side = antecedent(p, verbStart, day, back, before.contains("it") || before.contains("its"));
        return side != null && side.equals(recipient) ? null : side;
    }

    /**
     * The side a pronoun subject ("it lent") refers to: the first name with a side that is not the object of a
     * preposition or verb, in the sentence before the pronoun, else in the two sentences before it.
     */
    String antecedent(Prose p, int offset, LocalDate day) {
        return antecedent(p, offset, day, 2, false);
    }

    /**
     * As {@link #antecedent(Prose, int, LocalDate)}, looking {@code back} sentences before; with {@code neuter}
     * ("it"), a sentence before that opens with an unknown name ("Yugoslavia was the main patron") gives
     * {@code Other}: that name is its subject.
     */
    String antecedent(Prose p, int offset, LocalDate day, int back, boolean neuter) {
        int si = p.sentenceIndex(offset);
        for (int i = si; i >= Math.max(0, si - back); i--) {
            Sentence s = p.sentence(i);
            // "The Royal Navy began …; in the first week its Sunderlands flew in": the clause before the semicolon
            if (neuter && (i < si || Chars.lastIndexIn(p.text, ";", offset, s.start() + 1) >= 0) && opensWithUnknownName(p, s)) {
                return "Other";
            }
            for (Prose.Name n : p.namesIn(Math.max(s.start(), offset - 4 * Prose.WINDOW), Math.min(s.end(), offset))) {
                if (n.isGroup() || n.side().side().equals("Other")) {
                    continue;
                }
                List<String> before = p.wordsBefore(n.start(), 1);
                String w = before.isEmpty() ? "" : before.get(0);
                if (Set.of("in", "to", "with", "from", "by", "of", "against", "into", "at", "on", "for").contains(w)
                        || give.contains(w) || isObject(p, n)) {
                    continue;
                }
                return sideOf(n, day);
            }
        }
        return null;
    }

    /**
     * True when a preposition of place governs the name at {@code start} directly, with at most "the" between
     * ("behind the Japanese lines"), not "with the Ili National Army" (a party).
     */
    private static boolean afterPreposition(Prose p, int start) {
        String t = p.text;
        int k = Chars.backOverSpaces(t, start);
        if (k >= 3 && t.regionMatches(true, k - 3, "the", 0, 3) && (k == 3 || t.charAt(k - 4) == ' ')) {
            k = Chars.backOverSpaces(t, k - 3);
        }
        int e = k;
        k = Chars.letterRunStart(t, e);
        String w = t.substring(k, e).toLowerCase(Locale.ROOT);
        return LOCATIVE_PREPOSITIONS.contains(w);
    }

    /** Prepositions of place: a name after one is where something is ("behind the Japanese lines"), not an actor. */
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("behind", "across", "along", "beyond", "near",
            "within", "over", "around", "inside", "outside");

    /**
     * True when the sentence opening at {@code k} opens with a name of a state outside the list that the gazetteer knows
     * (side {@code Other}, not a people's group), before any unknown name, and a verb follows it right away ("Cuba ran
     * its own mission"): the subject, not an adjective of a noun ("Cuban troops").
     */
    private static boolean opensWithOutsideState(Prose p, Sentence s, int k, List<Prose.Actor> actors) {
        List<Prose.Name> names = p.namesIn(k, Math.min(s.end(), k + 60));
        if (names.isEmpty() || names.get(0).start() != k || names.get(0).isGroup()
                || !names.get(0).side().side().equals("Other")) {
            return false;
        }
        if (!actors.isEmpty() && actors.get(0).start() < names.get(0).end()) {
            return false;
        }
        Matcher verb = Once.VERB_AFTER_NAME.matcher(p.text).region(names.get(0).end(), s.end());
        return verb.lookingAt();
    }

    /** True when sentence {@code s} opens with a name the gazetteer does not know, before any name it knows. */
    private static boolean opensWithUnknownName(Prose p, Sentence s) {
        int k = s.start();
        while (k < s.end() && !Chars.isLetter(p.text.charAt(k))) {
            k++;
        }
        List<Prose.Actor> actors = p.actorsIn(k, Math.min(s.end(), k + 80));
        if (opensWithOutsideState(p, s, k, actors)) {
            return true; // "Cuba ran its own mission. It sent …": a state outside the list the gazetteer knows
        }
        // "The Royal Navy began": the name after an opening "The"
        if (actors.isEmpty() || actors.get(0).start() != k && !(actors.get(0).start() == k + 4 && p.text.startsWith("The ", k))) {
            return false;
        }
        List<Prose.Name> names = p.namesIn(k, actors.get(0).end());
        // a name of a state outside the list is no side of the list either ("The Royal Air Force began")
        return names.stream().allMatch(n -> !n.isGroup() && n.side().side().equals("Other"));
    }

    /**
     * True when "it" or "them" follows the verb ending at {@code end}, or "to it", "to them": "shipped it 6,000 rifles",
     * "released to it 100 fighters", "handed over to it" (not "him", a person).
     */
    static boolean objectPronounAfter(String text, int end) {
        for (String w : new String[] {" it ", " them ", " to it ", " to them ", " over to it ", " over to them "}) {
            if (text.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side an object pronoun ("shipped it", "sent them") refers to: the nearest name before the verb, in its
     * sentence or the two before, with a side other than Other and the giver's; null when there is none.
     */
    String objectAntecedent(Prose p, int verbStart, LocalDate day, String donor) {
        int si = p.sentenceIndex(verbStart);
        for (int i = si; i >= Math.max(0, si - 2); i--) {
            Sentence s = p.sentence(i);
            List<Prose.Name> names = p.namesIn(s.start(), Math.min(s.end(), verbStart));
            for (int k = names.size() - 1; k >= 0; k--) {
                Prose.Name n = names.get(k);
                if (n.isGroup() || originWords.contains(p.wordBefore(n.start())) || i < si && afterPreposition(p, n.start())) {
                    continue; // "behind the Japanese lines" in a sentence before: a place, no antecedent of "it"
                }
                String side = sideOf(n, day);
                if (!side.equals("Other") && !side.equals(donor)) {
                    return side;
                }
            }
        }
        return null;
    }

    /** The side of the subject before a transfer verb; null for a pronoun or no name. */
    String subject(Prose p, int from, int to, LocalDate day) {
        from = ItemClauses.beforeShortForm(p, from); // "the Refugee Council (NRC) had sent": the short form ends no clause
        Matcher relative = WHICH_BEFORE.matcher(p.text).region(Math.max(0, to - 24), to);
        if (relative.find()) {
            // "appealed to Moscow, which sent": the name the relative pronoun follows
            List<Prose.Name> before = p.namesIn(Math.max(0, relative.start() - Prose.WINDOW), relative.start());
            if (!before.isEmpty() && before.get(before.size() - 1).end() == relative.start()) {
                Prose.Name n = before.get(before.size() - 1);
                return n.isGroup() ? "Other" : sideOf(n, day);
            }
            List<Prose.Actor> actors = p.actorsIn(Math.max(0, relative.start() - 60), relative.start());
            if (relative.group().contains("which") && !actors.isEmpty() && actors.get(actors.size() - 1).end() == relative.start()
                    && Once.BODY_WITH_WHICH.matcher(p.text).region(actors.get(actors.size() - 1).start(), p.text.length()).lookingAt()) {
                // "the rest coming from the churches and Libya, which gave": a one-word name of a state the gazetteer does
                // not know (not "Zhoushan Island, which brought", a place)
                return "Other";
            }
        }
        if (participleAfterComma(p.text, to)) {
            // "the Soviet Union replaced the losses, shipping 200 tanks": the participle's subject is the sentence's
            String first = clauseSubject(p, p.sentence(p.sentenceIndex(to)).start(), to, day);
            if (first != null) {
                return first;
            }
        }
        if (JOINED.matcher(p.text).region(Math.max(0, to - 36), to).find()) {
            // "Moscow cancelled the debts and lent": a second verb keeps the subject of the first
            int sentenceStart = p.sentence(p.sentenceIndex(Math.max(0, to - 1))).start();
            List<String> opening = p.wordsBefore(Math.min(to, firstWordEnd(p.text, sentenceStart)), 1);
            if (!opening.isEmpty() && pronouns.contains(opening.get(0))) {
                // "They removed the plant …, and handed over": the pronoun's antecedent before the sentence
                String side = antecedent(p, sentenceStart, day);
                if (side != null) {
                    return side;
                }
            }
            String first = clauseSubject(p, sentenceStart, to, day);
            if (first != null) {
                return first;
            }
            Matcher city = Once.PLACE_OPENING.matcher(p.text).region(sentenceStart, to);
            while (city.find()) {
                if (give.contains(city.group(1).toLowerCase(Locale.ROOT))) {
                    // "Alma-Ata sent some 300 teachers … and supplied": the first verb's city subject
                    String place = sideOfPlaceSubject(p, city.start(1), day);
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        int opening = p.sentence(p.sentenceIndex(Math.max(0, to - 1))).start();
        if (documentSubject.matcher(p.text).region(Math.max(opening, to - 200), to).find()) {
            // "A protocol of September 1958 extended a loan", "a protocol signed in Conakry in 1967 added a loan", "An
            // accord on trade, signed … by the government of X, gave": the document is no giver, nor where or who signed it
            return UNNAMED;
        }
        Matcher government = GOVERNMENT_OF.matcher(p.text).region(Math.max(from, to - 60), to);
        if (government.find() && p.namesIn(government.start(1), government.end(1)).isEmpty()) {
            // "After the Russian invasion of Ukraine, the government of Kazakhstan sent": the government of a state the
            // gazetteer does not know is a state outside the list, whatever names the clause before it
            return "Other";
        }
        Matcher that = THAT.matcher(p.text).region(Math.max(from, to - Prose.WINDOW), to);
        while (that.find()) {
            from = that.end(); // "Soviet intelligence claimed that British agents had shipped": the clause after "that"
        }
        List<Prose.Name> names = p.namesIn(Math.max(from, to - Prose.WINDOW), to);
        for (int i = names.size() - 1; i >= 0; i--) {
            Prose.Name n = names.get(i);
            if (isObjectOfTransfer(p, n) || isObject(p, n) || inTitle(p, n) || inInstrumentAside(p, n, to)
                    || inAppositionBeforeVerb(p, n, to)) {
                continue;
            }
            Matcher next = NEXT_CLAUSE.matcher(p.text).region(n.end(), to);
            int clause = -1;
            while (next.find()) {
                clause = next.end();
            }
            if (clause >= 0 && !p.actorsIn(clause, to).isEmpty()) {
                return "Other"; // "China spent …, and the United Nations contributed": the new clause's own subject
            }
            List<String> between = p.wordsBefore(to, 8);
            String textBetween = p.text.substring(n.end(), to).toLowerCase(Locale.ROOT);
            if (Once.PRONOUN.matcher(textBetween).matches() && !between.isEmpty()) {
                return null; // "… and during the crisis it lent" refers back; see the paragraph
            }
            return n.isGroup() ? "Other" : sideOf(n, day);
        }
        String definite = definiteAntecedent(p, from, to, day);
        if (definite != null) {
            return definite; // "the party received": the side of the last "… People's Party" named before
        }
        // a capitalised subject without a side ("the United Nations refugee office paid")
        List<String> words = p.wordsBefore(to, 6);
        for (String w : words) {
            if (pronouns.contains(w)) {
                return null;
            }
        }
        String before = p.text.substring(Math.max(from, to - 60), to);
        for (Prose.Name n : names) {
            if (n.start() >= to - before.length()) { // a known name that is an object is no unknown subject
                int at = n.start() - (to - before.length());
                before = before.substring(0, at) + " ".repeat(n.end() - n.start()) + before.substring(at + n.end() - n.start());
            }
        }
        int beforeStart = to - before.length();
        for (DateMention d : p.datesIn(beforeStart, to)) {
            // "In December 1959 a freighter unloaded": a date before an indefinite subject in lower case is no name
            if (d.start() >= beforeStart && d.end() <= to
                    && INDEFINITE_SUBJECT.matcher(p.text).region(d.end(), to).matches()) {
                before = before.substring(0, d.start() - beforeStart) + " ".repeat(d.end() - d.start())
                        + before.substring(d.end() - beforeStart);
            }
        }
        if (!Once.CAPITALISED_WORD.matcher(before).matches() || before.strip().isEmpty()
                || Once.OPENING_WORD_ONLY.matcher(before).matches()) {
            return null;
        }
        String place = sideOfPlaceSubject(p, to, day);
        if (place != null) {
            return place; // "The Kazakh SSR was its hinterland. Under a treaty, Alma-Ata sent": the city of that side
        }
        // only the sentence's first word is capitalised ("Herders, workers and officials contributed"): a
        // subject without a name, the paragraph's or the article's donor
        int sentenceStart = p.sentence(p.sentenceIndex(Math.max(0, to - 1))).start();
        String clause = p.text.substring(Math.max(from, sentenceStart), to).strip();
        if (!p.actorsIn(Math.max(from, sentenceStart), to).isEmpty()) {
            return "Other"; // "Havana sent": a name the article writes capitalised elsewhere too, of a state outside the list
        }
        if (Once.BODY_WITH_WHICH.matcher(clause).lookingAt()) {
            return "Other"; // "Norway, which declined to send arms, gave": a body ", which", not people ("Herders, who")
        }
        return sentenceStart >= Math.max(from, to - 60) && Once.ONE_CAPITAL.matcher(clause).matches() ? UNNAMED
                : "Other";
    }

    /**
     * The side of a one-word capitalised subject that the gazetteer does not know, right before the verb at
     * {@code to} and after a comma or at the opening of its sentence ("Under a treaty of 1957, Alma-Ata sent"), when
     * the sentence before names one side only and not {@code Other} ("the Kazakh SSR"): a city of that side
     * standing for its government; else null.
     */
    private String sideOfPlaceSubject(Prose p, int to, LocalDate day) {
        int si = p.sentenceIndex(Math.max(0, to - 1));
        if (si == 0) {
            return null;
        }
        Sentence s = p.sentence(si);
        Matcher subject = Once.PLACE_SUBJECT.matcher(p.text).region(s.start(), to);
        if (!subject.find()) {
            return null;
        }
        Sentence before = p.sentence(si - 1);
        String word = p.text.substring(subject.start(1), subject.end(1));
        if (!p.actorsIn(before.start(), before.end()).isEmpty()) {
            // "… but it paid much of the cost of the Cuban presence. Havana sent": the sentence before also names
            // one the gazetteer does not know, whose city it may be
            return null;
        }
        if (hasWord(p.text, before.start(), before.end(), word)) {
            // "the Soviet Union was the principal supplier of arms to Indonesia. Under Sukarno, Indonesia received": a
            // name the sentence before sets beside that side is no city of it
            return null;
        }
        String side = null;
        for (Prose.Name n : p.namesIn(before.start(), before.end())) {
            if (n.isGroup()) {
                continue;
            }
            String own = sideOf(n, day);
            if (side != null && !side.equals(own)) {
                return null;
            }
            side = own;
        }
        return side == null || side.equals("Other") ? null : side;
    }

    /** True when {@code word} stands as a whole word in {@code text[from, to)}. */
    private static boolean hasWord(String text, int from, int to, String word) {
        for (int k = text.indexOf(word, from); k >= 0 && k + word.length() <= to; k = text.indexOf(word, k + 1)) {
            if ((k == 0 || !Chars.isLetter(text.charAt(k - 1)))
                    && (k + word.length() == text.length() || !Chars.isLetter(text.charAt(k + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Where the word starting at or after {@code from} ends. */
    private static int firstWordEnd(String text, int from) {
        int k = from;
        while (k < text.length() && !Chars.isLetter(text.charAt(k))) {
            k++;
        }
        k = Chars.letterRunEnd(text, k, text.length());
        return k;
    }

    /** "the government of Kazakhstan ": the government of a named state right before a verb; group 1 the name. */
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "\\b(?:government|authorities)\\s+of\\s+((?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+$");

    /** "the party", "the new region" right before a verb, with an adverb between at most. */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile(
            "\\b[Tt]he\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+|later\\s+)?$");

    /**
     * The side of a definite subject that names no side ("the party received"): the last name before it, in its
     * block or an earlier one, whose proper noun ends in that noun ("the Mongolian People's Party"); null when
     * none does.
     */
    String definiteAntecedent(Prose p, int from, int to, LocalDate day) {
        Matcher m = DEFINITE_BEFORE.matcher(p.text).region(Math.max(from, to - 40), to);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1);
        List<Prose> blocks = p.article.prose;
        int at = blocks.indexOf(p);
        for (int b = at < 0 ? -1 : at; b >= 0; b--) {
            Prose q = blocks.get(b);
            List<Prose.Name> names = q.namesIn(0, b == at ? m.start() : q.text.length());
            for (int i = names.size() - 1; i >= 0; i--) {
                Prose.Name n = names.get(i);
                if (n.isGroup()) {
                    continue;
                }
                Matcher cap = CAPITALISED_AFTER.matcher(q.text).region(n.end(), q.text.length());
                String full = q.text.substring(n.start(), cap.lookingAt() ? cap.end() : n.end());
                String last = full.substring(full.lastIndexOf(' ') + 1);
                if (last.equalsIgnoreCase(noun)) {
                    return sideOf(n, day);
                }
            }
        }
        return null;
    }

    /** Capitalised words right after a name, up to the last ("China Aid Act": " Aid Act"). */
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

    /**
     * True when a name is a word of the title of a law or treaty ("The China Aid Act of 1948 allotted …"): the
     * capitalised words after it end in a noun of the lexicon's {@code title_nouns}; such a name is no party.
     */
    private boolean inTitle(Prose p, Prose.Name n) {
        Matcher m = CAPITALISED_AFTER.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 60));
        if (!m.lookingAt()) {
            return false;
        }
        String[] words = Chars.words(m.group().strip());
        return titleNouns.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** True when ", which" or ", who" stands right before the verb at {@code verbStart} ("Libya, which gave"). */
    static boolean afterRelativePronoun(String text, int verbStart) {
        return WHICH_BEFORE.matcher(text).region(Math.max(0, verbStart - 24), verbStart).find();
    }

    /** ", which sent": a relative clause whose verb takes the name before it as subject. */
    private static final Pattern WHICH_BEFORE = Pattern.compile(",\\s*(?:which|who)\\s+(?:\\p{L}+ly\\s+|also\\s+|then\\s+|later\\s+)?$");

    /**
     * The side of the subject of the clause whose "to" phrase names the giver that ", which" before the verb at
     * {@code verbStart} refers to ("Iraq turned to France, which supplied": Iraq, {@code Other} for a name the
     * gazetteer does not know); null when the verb follows no such relative pronoun or the sentence names no subject
     * before that "to".
     */
    String receiverOfRelative(Prose p, int verbStart, LocalDate day) {
        Matcher relative = WHICH_BEFORE.matcher(p.text).region(Math.max(0, verbStart - 24), verbStart);
        if (!relative.find()) {
            return null;
        }
        int start = p.sentence(p.sentenceIndex(verbStart)).start();
        List<Prose.Actor> actors = p.actorsIn(start, relative.start());
        List<Prose.Name> names = p.namesIn(start, relative.start());
        int giver = !names.isEmpty() && names.get(names.size() - 1).end() == relative.start() ? names.get(names.size() - 1).start()
                : !actors.isEmpty() && actors.get(actors.size() - 1).end() == relative.start() ? actors.get(actors.size() - 1).start() : -1;
        if (giver < 0 || !TO_RIGHT_BEFORE.matcher(p.text).region(Math.max(start, giver - 8), giver).find()) {
            return null;
        }
        String subject = clauseSubject(p, start, giver, day);
        if (subject != null) {
            return subject;
        }
        for (Prose.Actor a : actors) {
            if (a.end() <= giver && p.namesIn(start, a.start()).isEmpty() && !afterPrepositionWord(p.text, a.start())) {
                return "Other"; // "Iraq turned to France": a state the gazetteer does not know
            }
        }
        return null;
    }

    /** True when the word right before {@code at}, across spaces and "the", is a preposition ("to France", "with the Czechs"). */
    private static boolean afterPrepositionWord(String text, int at) {
        int e = at;
        for (int n = 0; n < 2; n++) {
            e = Chars.backOverSpaces(text, e);
            int b = Chars.letterRunStart(text, e);
            String w = text.substring(b, e).toLowerCase(Locale.ROOT);
            if (!w.equals("the")) {
                return FigureItem.PREPOSITIONS.contains(w);
            }
            e = b;
        }
        return false;
    }

    /** "to " or "to the " right before a name. */
    private static final Pattern TO_RIGHT_BEFORE = Pattern.compile("\\bto\\s+(?:the\\s+)?$");

    /** "… and lent": a verb joined to an earlier one with the same subject. */
    private static final Pattern JOINED = Pattern.compile("\\band\\s+(?:\\p{L}+ly\\s+|also\\s+|then\\s+|later\\s+|in turn\\s+)?"
            + "(?:\\p{Ll}+\\s+to\\s+)?$"); // "… and undertook to help build"

    /**
     * The giver of the means the subject of the clause {@code [from, to)} paid or built with ("In 1990 it paid for a
     * school with a grant of $4 million"): a pronoun among its first words refers back ({@link #antecedent}, an unknown
     * name opening a sentence before giving {@code Other}); else its first name that stands as a subject; null when
     * it names none.
     */
    String subjectOfMeans(Prose p, int from, int to, LocalDate day) {
        Matcher pronoun = PRONOUN_SUBJECT.matcher(p.text).region(from, Math.min(to, from + 30));
        if (pronoun.find()) {
            return antecedent(p, pronoun.start(), day, 2, true);
        }
        return clauseSubject(p, from, to, day);
    }

    /** " a freighter ", " an old cargo ship ": an indefinite subject of one to three words in lower case. */
    private static final Pattern INDEFINITE_SUBJECT = Pattern.compile("\\s+an?(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){1,3}\\s+");

    /** "it paid", "they built": a pronoun and a verb in lower case after it. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:it|they)\\s+(?-i:\\p{Ll})");

    /**
     * The side of the first name of the sentence before {@code to} that stands as a subject: not after a
     * preposition or a verb of transfer or movement ("In 1950 Moscow lent …, extended …, and undertook"); null
     * when the first name is no subject.
     */
    private String clauseSubject(Prose p, int from, int to, LocalDate day) {
        for (Prose.Name n : p.namesIn(from, to)) {
            List<String> before = p.wordsBefore(n.start(), 1);
            String w = before.isEmpty() ? "" : before.get(0);
            boolean afterYear = YEAR_RIGHT_BEFORE.matcher(p.text).region(Math.max(0, n.start() - 12), n.start()).find();
            if (!afterYear && FigureItem.PREPOSITIONS.contains(w) || isObjectOfTransfer(p, n) || isObject(p, n)
                    || POSSESSIVE.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 2)).lookingAt()) {
                continue;
            }
            return n.isGroup() ? null : sideOf(n, day);
        }
        return null;
    }

    /**
     * True when the word right before {@code at} is materiel ("ships", "aircraft") that opens its clause, with at most
     * "and" or "the" before it ("and ships delivered", not "Soviet ships" or "transport aircraft carried"): craft as
     * the subject of a verb of carrying.
     */
    boolean carrierSubject(String text, int at) {
        int e = Chars.backOverSpaces(text, at);
        int b = Chars.letterRunStart(text, e);
        if (b == e || e == at || !materiel.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = Chars.backOverSpaces(text, b);
        int w = Chars.letterRunStart(text, k);
        String before = text.substring(w, k);
        return w == k || before.equals("and") || before.equalsIgnoreCase("the");
    }

    /** True when the word at {@code at} ends in "-ing" and follows a comma (", shipping"): a participle clause. */
    private static boolean participleAfterComma(String text, int at) {
        int k = Chars.backOverSpaces(text, at);
        if (k == at || k == 0 || text.charAt(k - 1) != ',') {
            return false;
        }
        int e = Chars.letterRunEnd(text, at, text.length());
        return e - at > 4 && text.regionMatches(e - 3, "ing", 0, 3);
    }

    static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");

    private static final Pattern THAT = Pattern.compile("\\b(?:claimed|said|reported|stated|wrote|alleged|believed|noted) that\\s");

    private static final Pattern YEAR_RIGHT_BEFORE = Pattern.compile("\\d\\s+(?:the\\s+)?$");

    /**
     * True when the name {@code n} stands in an apposition set off by commas that ends right before the verb at
     * {@code to}, right after another name ("Cuba, Moscow's closest ally in Africa, sent"): the apposition describes
     * the subject named before it, whose verb it is.
     */
    static boolean inAppositionBeforeVerb(Prose p, Prose.Name n, int to) {
        String t = p.text;
        int open = t.lastIndexOf(',', n.start());
        if (open <= 0 || open < p.sentence(p.sentenceIndex(n.start())).start()) {
            return false;
        }
        int close = t.indexOf(',', n.end());
        if (close < 0 || close >= to || !t.substring(close + 1, to).isBlank()) {
            return false;
        }
        int subjectEnd = Chars.backOverSpaces(t, open);
        List<Prose.Name> before = p.namesIn(Math.max(0, subjectEnd - Prose.WINDOW), subjectEnd);
        return !before.isEmpty() && before.get(before.size() - 1).end() == subjectEnd;
    }

    /**
     * True for a name in an aside set off by commas that opens with a preposition of the means
     * ({@code instrument_prepositions}) or with a present participle before the verb at {@code to} ("Taiwan,
     * through its Mongolian affairs bureau, paid"; "Hungary, acting without Moscow's leave, delivered"): the means
     * the subject acts through or the manner it acts in, not the subject.
     */
    boolean inInstrumentAside(Prose p, Prose.Name n, int to) {
        String t = p.text;
        int comma = t.lastIndexOf(',', n.start());
        if (comma < 0 || t.indexOf(',', n.end()) < 0 || t.indexOf(',', n.end()) >= to) {
            return false;
        }
        int k = comma + 1;
        while (k < n.start() && t.charAt(k) == ' ') {
            k++;
        }
        int e = Chars.letterRunEnd(t, k, n.start());
        String opening = t.substring(k, e).toLowerCase(Locale.ROOT);
        return e > k && (instrumentPrepositions.contains(opening) || opening.length() > 5 && opening.endsWith("ing"));
    }

    private boolean isObject(Prose p, Prose.Name n) {
        return objectVerbs.contains(p.wordBefore(n.start()));
    }

    boolean isObjectOfTransfer(Prose p, Prose.Name n) {
        if (YEAR_RIGHT_BEFORE.matcher(p.text).region(Math.max(0, n.start() - 12), n.start()).find()) {
            return false; // "From 1937 to 1941 the Soviet Union supplied": a date, then the subject
        }
        List<String> words = p.wordsBefore(n.start(), 4);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals("which") || w.equals("whom")) {
                return false; // "to which Moscow shipped": the name after a relative pronoun is its clause's subject
            }
            if (surveyNouns.contains(w) || w.endsWith("s") && surveyNouns.contains(w.substring(0, w.length() - 1))) {
                return false; // "by a Western estimate Moscow supplied": the preposition governs the estimate, not the name
            }
            if (give.contains(w) || w.equals("to") || w.equals("with") || w.equals("from") || w.equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side of a name at {@code day}; a name of the lexicon's {@code article_place_names} ("the province") is the
     * place the article is about, of the side its infobox's country ({@code own_side_keys}) names where it names one.
     */
    String sideOf(Prose.Name n, LocalDate day) {
        if (place != null && articlePlaceNames.contains(n.text().toLowerCase(Locale.ROOT))) {
            return place;
        }
        return n.side().at(day);
    }
}
