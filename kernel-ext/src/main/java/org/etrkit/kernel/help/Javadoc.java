package org.etrkit.kernel.help;

import java.util.ArrayList;
import java.util.List;

/**
 * A Javadoc comment as plain text: inline tags replaced by their text ({@code {@code x}} by {@code x},
 * a link by its label or its reference with {@code #} read as {@code .}), paragraphs and list items on
 * lines of their own, {@code <pre>} blocks kept as written, other HTML tags dropped and entities decoded,
 * and the block tags ({@code @param}, {@code @return}, {@code @throws}) as indented lines.
 */
final class Javadoc {

    private Javadoc() {
    }

    /** The text of a raw doc comment (without its {@code /**} and leading asterisks), or "" for none. */
    static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        List<String> body = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTags = false;
        boolean inPre = false;
        for (String line : raw.split("\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.contains("<pre>")) {
                inPre = true;
            }
            if (!inPre && trimmed.startsWith("@")) {
                if (inTags) {
                    tags.add(current.toString());
                } else {
                    body.add(current.toString());
                }
                current.setLength(0);
                inTags = true;
            }
            current.append(line).append('\n');
            if (trimmed.contains("</pre>")) {
                inPre = false;
            }
        }
        (inTags ? tags : body).add(current.toString());
        StringBuilder out = new StringBuilder(prose(String.join("", body)));
        for (String tag : tags) {
            String t = prose(tag).replace('\n', ' ');
            if (t.startsWith("@param ")) {
                String[] p = t.substring(7).split("\\s+", 2);
                out.append("\n  ").append(p[0]).append(": ").append(p.length > 1 ? p[1] : "");
            } else if (t.startsWith("@return ")) {
                out.append("\n  Returns: ").append(t.substring(8));
            } else if (t.startsWith("@throws ") || t.startsWith("@exception ")) {
                String[] p = t.substring(t.indexOf(' ') + 1).split("\\s+", 2);
                out.append("\n  Throws ").append(p[0]).append(p.length > 1 ? ": " + p[1] : "");
            }
        }
        return out.toString().strip();
    }

    /** Prose: inline tags, then HTML, with lines outside {@code <pre>} joined into paragraphs. */
    private static String prose(String html) {
        String s = inlineTags(html);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int pre = s.indexOf("<pre>", at);
            if (pre < 0) {
                out.append(flow(s.substring(at)));
                break;
            }
            out.append(flow(s.substring(at, pre)));
            int end = s.indexOf("</pre>", pre);
            String block = end < 0 ? s.substring(pre + 5) : s.substring(pre + 5, end);
            out.append("\n\n").append(entities(block.strip().replaceAll("(?m)^ ", ""))).append("\n\n");
            if (end < 0) {
                break;
            }
            at = end + 6;
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Text outside {@code <pre>}: lines joined, {@code <p>} and {@code <li>} starting new lines, tags dropped. */
    private static String flow(String s) {
        String t = s.replaceAll("\\s+", " ")
                .replaceAll("(?i)<p>", "\n\n")
                .replaceAll("(?i)<li>", "\n- ")
                .replaceAll("(?i)<(ul|ol)>", "")
                .replaceAll("(?i)</(ul|ol)>", "\n")
                .replaceAll("(?i)<sup>", "^")
                .replaceAll("<[^>]+>", "");
        t = entities(t);
        return t.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&times;", "×").replace("&amp;", "&");
    }

    /** {@code {@code x}}, {@code {@literal x}} to x; {@code {@link A#b label}} to label or A.b; others dropped. */
    static String inlineTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int start = s.indexOf("{@", i);
            if (start < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, start);
            int depth = 0;
            int end = start;
            for (; end < s.length(); end++) {
                char c = s.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String tag = s.substring(start + 2, Math.min(end, s.length()));
            int space = -1;
            for (int k = 0; k < tag.length(); k++) {
                if (Character.isWhitespace(tag.charAt(k))) {
                    space = k;
                    break;
                }
            }
            String name = space < 0 ? tag : tag.substring(0, space);
            String arg = space < 0 ? "" : tag.substring(space + 1).strip();
            switch (name) {
                case "code", "literal" -> out.append(arg.replace("<", "&lt;").replace(">", "&gt;"));
                case "link", "linkplain" -> {
                    String[] parts = arg.split("\\s+", 2);
                    String ref = parts[0].startsWith("#") ? parts[0].substring(1) : parts[0].replace('#', '.');
                    out.append(parts.length > 1 ? parts[1] : ref);
                }
                case "value" -> out.append(arg.replace('#', '.'));
                default -> {
                    // {@inheritDoc} and the like: nothing to show
                }
            }
            i = end + 1;
        }
        return out.toString();
    }
}
