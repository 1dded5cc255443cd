package org.etrkit.datasets.tables;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of the rule file's {@code lexicon}: what counts as personnel, materiel, money, a
 * transfer, a population, an ethnic group, a government body, and the words of each casualty
 * measure. Every list the builders use is named in {@link #LISTS}; the rule file must give them all.
 *
 * @param lists    the word lists by name, each entry as written (matching ignores case)
 * @param measures the measure names ({@code killed}, {@code captured}, ...) with the words that signal them
 */
record Lexicon(Map<String, List<String>> lists, Map<String, List<String>> measures, Map<String, String> measureByWord,
               Map<String, Set<String>> sets) {

    /** The lists a rule file's lexicon must hold, and nothing else. */
    static final List<String> LISTS = List.of("personnel", "combat_nouns", "irregular_nouns", "formation_verbs", "remnant_nouns", "collective", "military_bodies", "civilians", "aid_personnel", "civilian_staff", "profession_nouns", "departure_words", "materiel",
            "aircraft_words", "currencies", "weight_units", "money_nouns", "transfer_verbs", "receive_verbs", "transfer_nouns",
            "aid_end_words", "money_verbs", "sum_verbs", "budget_nouns", "reparation_nouns", "goods_verbs", "carry_in_verbs", "trip_headers", "trainee_headers", "donor_headers", "cost_headers", "release_verbs", "water_nouns", "population_nouns", "population_words", "movement_verbs", "groups", "force_nouns",
            "admin_words", "opposition_words", "pronoun_subjects", "government_bodies", "roster_name_headers",
            "roster_office_headers", "roster_ethnicity_headers", "strength_headers", "side_headers",
            "unit_headers", "own_side_keys", "unit_name_keys", "state_name_keys", "attachment_keys", "outside_state_words", "unaligned_force_words", "status_keys", "subordinate_status_words", "commander_headers", "loss_verbs", "time_prepositions", "event_nouns", "date_keys", "service_verbs", "arrival_verbs", "state_nouns",
            "generic_admin_words", "settlement_nouns", "place_prepositions", "place_verbs", "person_roles", "level_changes", "place_headers",
            "group_headers", "donor_keys", "recipient_keys", "assist_phrases", "help_verbs", "collective_singular",
            "place_subject_verbs", "population_heads", "town_nouns", "people_nouns", "name_nouns", "admin_modifiers",
            "source_nouns", "verb_particles", "participle_complements", "object_verbs", "origin_words", "purchase_words", "travel_nouns", "time_nouns",
            "sender_verbs", "armed_modifiers", "back_reference_nouns", "prisoner_holding_verbs", "group_subject_verbs",
            "passage_verbs", "seizure_verbs", "loss_participles", "formation_words", "population_keys",
            "population_key_words", "residence_verbs", "share_wholes", "whole_modifiers", "part_headers", "part_places", "community_nouns", "share_verbs",
            "inner_total_words", "rest_words", "group_place_nouns", "remainder_heads", "remainder_phrases",
            "remainder_nouns", "share_headers", "count_headers", "population_captions", "census_words", "year_headers",
            "total_words", "level_verbs", "level_stand_verbs", "level_subjects", "count_verbs", "survey_nouns", "era_nouns",
            "remainder_participles", "remain_verbs", "estimate_verbs", "title_nouns", "mission_nouns", "backing_nouns", "request_verbs",
            "change_nouns", "defection_phrases", "contrast_phrases", "own_phrases", "cost_phrases", "raise_verbs",
            "shared_force_names", "chinese_party_words", "state_short_names", "instrument_prepositions", "inclusion_verbs", "article_place_names",
            "region_adjectives", "identity_phrases", "admin_abbreviations", "group_aliases", "institution_nouns",
            "makeup_adverbs", "garrison_nouns", "watercourse_words");

    /** Lists computed from others, usable in clause patterns as {@code {name}} too. */
    static final List<String> DERIVED = List.of("measure_verbs", "measure_participles");

    private static final Pattern LIST_REF = Pattern.compile("\\{([a-z_]+)}");

    Lexicon {
        Map<String, List<String>> l = new LinkedHashMap<>();
        lists.forEach((k, v) -> l.put(k, List.copyOf(v)));
        lists = java.util.Collections.unmodifiableMap(l);
        Map<String, List<String>> m = new LinkedHashMap<>();
        measures.forEach((k, v) -> m.put(k, List.copyOf(v)));
        measures = java.util.Collections.unmodifiableMap(m);
        Map<String, String> byWord = new java.util.HashMap<>();
        measures.forEach((k, words) -> words.forEach(w -> byWord.putIfAbsent(w.toLowerCase(Locale.ROOT), k)));
        measureByWord = Map.copyOf(byWord);
        Map<String, Set<String>> s = new java.util.HashMap<>();
        lists.forEach((k, v) -> s.put(k, v.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet())));
        sets = Map.copyOf(s);
    }

    /** A lexicon of word lists and measures. */
    Lexicon(Map<String, List<String>> lists, Map<String, List<String>> measures) {
        this(lists, measures, Map.of(), Map.of());
    }

    /** The entries of list {@code name} (a {@link #LISTS} or {@link #DERIVED} name). */
    List<String> list(String name) {
        if (name.equals("measure_verbs") || name.equals("measure_participles")) {
            return measures.values().stream().flatMap(List::stream).distinct().toList();
        }
        List<String> l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no lexicon list '" + name + "'");
        }
        return l;
    }

    /** The entries of {@code name}, lower case, for membership tests. */
    Set<String> set(String name) {
        Set<String> s = sets.get(name);
        return s != null ? s : list(name).stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A regular expression alternation of the list's entries, longest first, spaces matching any blank. */
    String alternation(String name) {
        return list(name).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /**
     * {@code template} with each {@code {list}} replaced by that list's alternation, compiled case-insensitive;
     * a list next to other text is one group, so what follows it binds to every entry. A list that stands alone between alternation bars or group brackets is guarded by a look-ahead for
     * the letters its entries start with ({@link RegexGuard}), which makes searches faster and changes no match.
     *
     * <p>The readers compile their patterns for every batch of articles: a template compiled before for this
     * same lexicon (which cannot change) gives the pattern compiled then ({@link Pattern}s are immutable).
     *
     * @throws IllegalArgumentException naming an unknown list, or with the regular expression's own message
     */
    Pattern compile(String template) {
        Compiled before = COMPILED.get(template);
        if (before != null && before.lexicon() == this) {
            return before.pattern();
        }
        Pattern p = compileNew(template);
        COMPILED.put(template, new Compiled(this, p));
        return p;
    }

    /** A template's pattern, and the lexicon it was compiled for. */
    private record Compiled(Lexicon lexicon, Pattern pattern) {
    }

    /** The last pattern compiled of each template, by template (a build has one lexicon; tests make others). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Compiled> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Pattern compileNew(String template) {
        Matcher m = LIST_REF.matcher(template);
        StringBuilder regex = new StringBuilder();
        boolean[] alone = RegexGuard.alternativesAlone(template);
        while (m.find()) {
            String name = m.group(1);
            if (!LISTS.contains(name) && !DERIVED.contains(name)) {
                throw new IllegalArgumentException("unknown lexicon list {" + name + "}; lists: "
                        + String.join(", ", LISTS) + ", " + String.join(", ", DERIVED));
            }
            String alternation = alternation(name);
            if (alone[m.start()]) {
                alternation = RegexGuard.guarded(list(name), alternation);
            } else {
                alternation = "(?:" + alternation + ")"; // "{verbs} to" is "(?:grew|rose) to", not "grew|rose to"
            }
            m.appendReplacement(regex, Matcher.quoteReplacement(alternation));
        }
        m.appendTail(regex);
        try {
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), e);
        }
    }

    /** The measure a word or phrase signals ("dead" is {@code killed}), or null. */
    String measureOf(String phrase) {
        return phrase == null ? null : measureByWord.get(phrase.toLowerCase(Locale.ROOT).strip());
    }

    /** Words that appear in more than one measure, which make the reading ambiguous (checked on load). */
    Set<String> ambiguousMeasureWords() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (List<String> words : measures.values()) {
            for (String w : words) {
                if (!seen.add(w.toLowerCase(Locale.ROOT))) {
                    twice.add(w);
                }
            }
        }
        return twice;
    }
}
