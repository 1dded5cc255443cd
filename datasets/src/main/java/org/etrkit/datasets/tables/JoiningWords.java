package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;

/**
 * The words between a figure and a name, for {@link SideFinder}: whether they tie the name to the figure ("were in
 * the", "of the", "sent by", {@link #joins}) or only place it ("in", "within", {@link #locative}); whether they make
 * the name the force the figure served with or joined ({@link #servesWith}, {@link #enlistedInto}: "served in",
 * "had been called up into the"); and whether the text before a figure ends in "with" ("with a unit of",
 * {@link #endsWithWith}).
 */
final class JoiningWords {

    private final Lexicon lexicon;
    private final Set<String> opposition;
    /** "cavalry were sent by the Soviets": verbs whose agent after "by" owns the figure. */
    private final Set<String> senders;
    /** The single words of the lexicon's {@code service_verbs} ("served", "serving"). */
    private final Set<String> serviceWords;

    JoiningWords(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.opposition = lexicon.set("opposition_words");
        this.senders = lexicon.set("sender_verbs");
        this.serviceWords = lexicon.set("service_verbs").stream().filter(w -> w.indexOf(' ') < 0)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final Set<String> LOCATIVE = Set.of("in", "into", "within", "among");

    /** True when only "in", "into", "within" or "among" join the figure to the name: a place, unless a force. */
    static boolean locative(String between) {
        boolean in = false;
        for (String w : NOT_WORD.split(between)) {
            if (w.equals("by") || SideFinder.CONNECTORS.contains(w) && !LOCATIVE.contains(w)) {
                return false;
            }
            in |= LOCATIVE.contains(w);
        }
        return in;
    }

    /** True when the text between a figure and a name after it ties them ("were in the", "of the"). */
    boolean joins(String between) {
        boolean connector = false;
        String previous = "";
        for (String w : NOT_WORD.split(between)) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("by") && senders.contains(previous)) {
                connector = true; // "cavalry were sent by the Soviets": the sender's troops
            } else if (SideFinder.STOPS.contains(w) || opposition.contains(w)) {
                return false;
            }
            connector |= SideFinder.CONNECTORS.contains(w);
            previous = w;
        }
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (Character.isDigit(c) || c == ',' || c == ';') {
                return false;
            }
        }
        return connector;
    }

    static boolean endsWithWith(String before) {
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        return b.endsWith(" with") || WITH_A_NOUN_OF.matcher(b).matches();
    }

    /** "with a unit of" at the end of a text ({@link #endsWithWith}). */
    private static final java.util.regex.Pattern WITH_A_NOUN_OF = java.util.regex.Pattern.compile(
            ".*\\bwith (?:a|an|the) [\\p{L}-]+ of$");

    /** What {@link #locative} and {@link #joins} split a text into words at. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");
    /** True when {@code between} ends in a service or enlisting verb, "in", "into" or "with", and "the". */
    boolean enlistedInto(String between) {
        String[] w = Chars.words(between.strip());
        int last = w.length - 1;
        if (last >= 0 && w[last].equals("the")) {
            last--;
        }
        if (last < 1 || w.length > 7 || between.indexOf(',') >= 0
                || !(w[last].equals("in") || w[last].equals("into") || w[last].equals("with"))) {
            return false;
        }
        String verb = w[last - 1];
        if (verb.equals("up") && last >= 2) {
            verb = w[last - 2] + " up"; // "called up into"
        }
        return serviceWords.contains(verb) || "enlisted".equals(lexicon.measureOf(verb));
    }

    private static final java.util.regex.Pattern SERVES_WITH = java.util.regex.Pattern.compile(
            "(?<!\\bwere |\\bwas |\\bbeen )\\b(?:enlisted|enlisting|joined|joining|served|serving|volunteered|attached|seconded|sent)\\s+(?:in|with|to)?\\s*(?:the\\s+)?$|\\bto join\\s+(?:the\\s+)?$");

    /** True when the words between a figure and a name after it make the name the force the figure joined. */
    static boolean servesWith(String between) {
        return SERVES_WITH.matcher(between).find();
    }
}
