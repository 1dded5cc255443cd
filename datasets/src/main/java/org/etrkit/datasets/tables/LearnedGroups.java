package org.etrkit.datasets.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.TextBlock;

/**
 * Peoples an article names that the {@code groups} list does not know, learned from the shape of the sentence that
 * counts them, for {@link ArticleContext}: the subject of a share ("The Balanta formed about 30 percent of the
 * population", "the Merina of the central highlands made up about 26 percent"), a later item of that list ("…, the
 * Fula 20 percent"), and a capitalised plural a figure counts as living somewhere ("some 40,000 Cape Verdeans lived in
 * Portugal": the group "Cape Verdean"), and the capitalised plural an article's title says lives in a place ("Tavars in
 * Norland (1941–1950)": the group "Tavar"). A name the gazetteer knows (a state, a force, a place) or a known group is not
 * learned again; each learned name counts for its own article only.
 */
final class LearnedGroups {

    private LearnedGroups() {
    }

    /** "about ", "some ": a hedge before the share's figure. */
    private static final String HEDGE = "(?:(?:about|some|roughly|nearly|around|almost|over|under|just over|just under) )?";

    /** "The Balanta formed about 30", "the Papel, the people of the Bissau region, made up about 7". */
    private static final Pattern SHARE_SUBJECT = Pattern.compile("\\b[Tt]he (\\p{Lu}\\p{Ll}{2,})(?:, [^,.;]{1,60},| of [^,.;]{1,40})?"
            + " (?:formed|made up|accounted for|constituted) " + HEDGE + "\\d[\\d.,]* ?(?:percent|per cent|%)");

    /** ", the Fula 20 percent": a later item of a list of shares with its verb left out. */
    private static final Pattern ELLIPTIC_SHARE = Pattern.compile("(?:, (?:and )?|,? and )the (\\p{Lu}\\p{Ll}{2,}) " + HEDGE
            + "\\d[\\d.,]* ?(?:percent|per cent|%)");

    /** "40,000 Cape Verdeans lived in": a capitalised plural of one or two words a figure counts living somewhere. */
    private static final Pattern RESIDENTS = Pattern.compile("\\d[\\d,]* ((?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+(?:an|ian|ese|er)s)"
            + " (?:lived|live|were living|had settled|resided)\\b");

    /** "31,000 Chechens": a count and the capitalised word of one people after it. */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("\\d[\\d,]* (\\p{Lu}\\p{Ll}+)\\b(?! \\p{Lu})");

    /** ", and about 12,000 Tavars": a later item of a list of counts, a capitalised plural ending its clause. */
    private static final Pattern LISTED_PEOPLE = Pattern.compile("(?:, (?:and )?|,? and )" + HEDGE
            + "\\d[\\d,]* (\\p{Lu}\\p{Ll}+s)(?=[.;,]|$)");

    /** "Tavars in Norland": a title opening with a capitalised plural of one or two words before "in" and a name. */
    private static final Pattern TITLE_PEOPLE = Pattern.compile("^((?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+s) in \\p{Lu}");

    /** {@link #of(List, Rules)}, first with the people of the article's {@code title} ("Tavars in Norland"). */
    static Map<String, String> of(String title, List<TextBlock> blocks, Rules rules) {
        Map<String, String> out = new LinkedHashMap<>();
        if (title != null) {
            learn(TITLE_PEOPLE.matcher(title.strip()), true, rules, out);
        }
        for (Map.Entry<String, String> e : of(blocks, rules).entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The peoples learned from {@code blocks}, each name as written with its group ("Balanta" = Balanta, "Cape
     * Verdean" = Cape Verdean, also read as the plural "Cape Verdeans"); empty when there is none.
     */
    static Map<String, String> of(List<TextBlock> blocks, Rules rules) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TextBlock b : blocks) {
            String text = b.text();
            // cheap exact pre-tests: a share needs its percent, a count of residents its verb
            if (text.indexOf('%') >= 0 || text.contains("percent") || text.contains("per cent")) {
                int before = out.size();
                learn(SHARE_SUBJECT.matcher(text), false, rules, out);
                if (out.size() > before) {
                    learn(ELLIPTIC_SHARE.matcher(text), false, rules, out); // only after a stated share opened the list
                }
            }
            listed(text, rules, out);
            if (text.contains(" live") || text.contains(" resided") || text.contains(" had settled")) {
                learn(RESIDENTS.matcher(text), true, rules, out);
            }
        }
        return out;
    }

    /**
     * The capitalised plurals counted as later items of a list of counts whose earlier item counts a known people
     * ("among them 31,000 Chechens, some 4,000 Ingush and about 12,000 Tavars": "Tavar"), sentence by sentence.
     */
    private static void listed(String text, Rules rules, Map<String, String> out) {
        for (String sentence : text.split("(?<=[.;])\\s+")) {
            Matcher item = LISTED_PEOPLE.matcher(sentence);
            if (!item.find()) {
                continue;
            }
            int first = item.start();
            Matcher known = COUNTED_PEOPLE.matcher(sentence);
            boolean knownBefore = false;
            while (!knownBefore && known.find() && known.start() < first) {
                knownBefore = !rules.groups().find(known.group(1)).isEmpty();
            }
            if (knownBefore) {
                learn(item.reset().region(first, sentence.length()), true, rules, out);
            }
        }
    }

    private static void learn(Matcher m, boolean plural, Rules rules, Map<String, String> out) {
        while (m.find()) {
            String name = m.group(1);
            String group = plural ? name.substring(0, name.length() - 1) : name;
            if (out.containsKey(group) || !rules.groups().find(name).isEmpty()
                    || !rules.gazetteer().find(name, 0, name.length()).isEmpty()
                    || !rules.gazetteer().find(group, 0, group.length()).isEmpty()) {
                continue; // a known people, state, force or place
            }
            out.put(group, group);
        }
    }
}
