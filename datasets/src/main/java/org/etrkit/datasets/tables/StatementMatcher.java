package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Lexicon;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;

/** A compiled {@link Rules.Statement}: finds the quantities and names a statement binds in a paragraph. */
final class StatementMatcher {

    /** Where a placeholder {@code {name}} stands: generated from the recognizers' one word list. */
    private static final String NUMBER = Lexicon.quantityRegex();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Rules.Statement statement;
    private final Pattern pattern;
    private final Pattern sentence;
    private final Pattern section;
    /** Text every match must contain; checked before the regular expression runs (null: none known). */
    private final String anchor;
    private final List<String> placeholders = new ArrayList<>();
    private final List<String> captures = new ArrayList<>();

    /** What one match binds: quantities by placeholder, captured names, and the sentence it stands in. */
    record Binding(Rules.Statement statement, TextBlock block, Map<String, Quantity> quantities,
                   Map<String, String> names, Sentence sentence) {

        /** The one quantity of a single-placeholder statement (the first, in pattern order). */
        Quantity quantity() {
            return quantities.values().iterator().next();
        }

        /** A captured name, or {@code fallback} when the statement has no such group or it is empty. */
        String name(String group, String fallback) {
            String v = names.get(group);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        /** The date of the statement: see {@link StatementMatcher#dateOf}. */
        Dated date() {
            return dateOf(block, sentence);
        }
    }

    /** The date of a sentence: its own first date, or else the last one given earlier in the paragraph. */
    static Dated dateOf(TextBlock block, Sentence sentence) {
        DateMention d = block.firstDateIn(sentence);
        if (d != null) {
            return new Dated(d, "sentence");
        }
        return block.lastDateWithYearBefore(sentence.start()).map(m -> new Dated(m, "earlier sentence")).orElse(null);
    }

    /** A date and where it came from. */
    record Dated(DateMention date, String basis) {
    }

    StatementMatcher(Rules.Statement statement) {
        this.statement = statement;
        try {
            if (statement.pattern() != null) {
                Matcher m = PLACEHOLDER.matcher(statement.pattern());
                StringBuilder regex = new StringBuilder();
                while (m.find()) {
                    placeholders.add(m.group(1));
                    m.appendReplacement(regex, Matcher.quoteReplacement("(?<" + m.group(1) + ">" + NUMBER + ")"));
                }
                m.appendTail(regex);
                if (placeholders.isEmpty()) {
                    throw new IllegalArgumentException("rule '" + statement.id()
                            + "': pattern has no {placeholder} for a quantity");
                }
                this.pattern = Pattern.compile(regex.toString());
                this.sentence = null;
                captures.addAll(groupNames(statement.pattern()));
            } else {
                this.pattern = null;
                this.sentence = Pattern.compile(statement.sentence());
                captures.addAll(groupNames(statement.sentence()));
            }
            this.section = statement.section() == null ? null : Pattern.compile(statement.section());
            this.anchor = anchor(statement.pattern() != null ? statement.pattern() : statement.sentence());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule '" + statement.id() + "': bad pattern: " + e.getDescription(), e);
        }
    }

    /** Pieces of a pattern that are not plain text: escapes, classes, group openings, placeholders. */
    private static final Pattern NOT_PLAIN = Pattern.compile(
            "\\\\.|\\[[^\\]]*]|\\(\\?<[a-zA-Z0-9]+>|\\(\\?[:=!]|\\{[a-zA-Z0-9]+}|[()^$.]");
    private static final Pattern PLAIN_RUN = Pattern.compile("[A-Za-z' ]+");

    /**
     * The longest run of plain text in a pattern without alternation or flags: text that any match
     * contains. Looking for it with {@code String.contains} first skips most paragraphs without
     * running the pattern. A letter followed by a quantifier is not required, so it is left out.
     */
    static String anchor(String regex) {
        if (regex.indexOf('|') >= 0 || regex.contains("(?i")) {
            return null;
        }
        String plain = NOT_PLAIN.matcher(regex).replaceAll("\u0000");
        String best = null;
        Matcher m = PLAIN_RUN.matcher(plain);
        while (m.find()) {
            String run = m.group();
            if (m.end() < plain.length() && "*?+{".indexOf(plain.charAt(m.end())) >= 0) {
                run = run.substring(0, run.length() - 1);
            }
            run = run.strip();
            if (run.length() >= 4 && (best == null || run.length() > best.length())) {
                best = run;
            }
        }
        return best;
    }

    /** Compiles every statement of {@code rules}, so that a bad pattern fails when the rules are read. */
    static void compileAll(Rules rules) {
        rules.aid().forEach(StatementMatcher::new);
        if (rules.troops() != null) {
            rules.troops().statements().forEach(StatementMatcher::new);
        }
        if (rules.demographics() != null) {
            rules.demographics().statements().forEach(StatementMatcher::new);
        }
    }

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    Rules.Statement statement() {
        return statement;
    }

    /** The bindings of this statement in a prose block, in text order. */
    List<Binding> match(TextBlock block) {
        if (!block.isProse() || section != null && !section.matcher(block.section()).find()) {
            return List.of();
        }
        if (anchor != null && !block.text().contains(anchor)) {
            return List.of();
        }
        List<Binding> out = new ArrayList<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(block.text());
            while (m.find()) {
                Map<String, Quantity> bound = new LinkedHashMap<>();
                for (String p : placeholders) {
                    Quantity q = covering(block, m.start(p));
                    if (q == null) {
                        break;
                    }
                    bound.put(p, q);
                }
                if (bound.size() == placeholders.size()) {
                    Quantity first = bound.values().iterator().next();
                    out.add(new Binding(statement, block, bound, names(m), block.sentenceAt(first.start())));
                }
            }
        } else {
            for (Sentence s : block.sentences()) {
                Matcher m = sentence.matcher(s.text());
                if (!m.find()) {
                    continue;
                }
                Map<String, String> names = names(m);
                for (Quantity q : block.quantities()) {
                    if (s.contains(q.start()) && (statement.units().isEmpty() || statement.units().contains(q.unit()))) {
                        out.add(new Binding(statement, block, Map.of("q", q), names, s));
                    }
                }
            }
        }
        return out;
    }

    private Map<String, String> names(Matcher m) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String c : captures) {
            if (!placeholders.contains(c) && m.group(c) != null) {
                names.put(c, m.group(c));
            }
        }
        return names;
    }

    private static Quantity covering(TextBlock block, int offset) {
        return block.quantityAt(offset).orElse(null);
    }

    /** The year of the first dated sentence of the block matching {@code regex}, or null. */
    static Integer yearOfSentence(TextBlock block, String regex) {
        if (regex == null) {
            return null;
        }
        Pattern p = Pattern.compile(regex);
        for (Sentence s : block.sentences()) {
            if (p.matcher(s.text()).find()) {
                DateMention d = block.firstDateIn(s);
                if (d != null) {
                    return d.year();
                }
            }
        }
        return null;
    }
}
