package org.etrkit.datasets.tables;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code pattern.matcher(text).region(start, to)} finds one after the other (opaque bounds), for every
 * {@code to} of one sentence {@code [start, end)}, from one scan of the whole sentence (issue 10: a reader that
 * scanned from the sentence's start to each figure cost time quadratic in the length of a sentence without a stop).
 * A match of the sentence's scan that starts more than {@code maxRead} characters before {@code to} is found by the
 * region too, since the attempt that found it read no character at or past {@code to}; the last {@code maxRead}
 * characters are scanned again with the region's end. Exact for a pattern whose attempts read at most {@code maxRead}
 * characters from their start (look-ahead included) and that looks behind its start at most by a {@code \b} before a
 * word character ({@link SentenceScanTest} checks the patterns used against the region's own scan).
 */
final class SentenceScan {

    private final Pattern pattern;
    private final int maxRead;
    private final String text;
    private final int start;
    private final int end;
    private final List<MatchResult> all = new ArrayList<>();
    /** The characters scanned again at the ends of regions ({@link #upTo}), for tests: at most maxRead and a word each. */
    long rescanned;

    SentenceScan(Pattern pattern, int maxRead, String text, int start, int end) {
        this.pattern = pattern;
        this.maxRead = maxRead;
        this.text = text;
        this.start = start;
        this.end = end;
        Matcher m = pattern.matcher(text).region(start, end);
        while (m.find()) {
            all.add(m.toMatchResult());
        }
    }

    /** The matches of the region {@code [start, to)}, in order, as {@code find()} gives them. */
    List<MatchResult> upTo(int to) {
        if (to < start || to > end) {
            return scan(start, to);
        }
        int cut = to - maxRead - 1; // attempts that start before cut read only characters before to
        int lo = 0;
        int hi = all.size(); // the number of matches starting before cut
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < cut) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int kept = lo;
        int last = kept > 0 ? all.get(kept - 1).end() : start;
        int tail = Math.max(last, cut);
        while (tail > last && !Chars.isBlank(text.charAt(tail - 1))) {
            tail--; // a region's start reads as a word's start: begin the rescan after a blank (or at a match's end)
        }
        rescanned += to - tail;
        List<MatchResult> rest = scan(tail, to); // tail < to: a kept match ends before cut + maxRead
        if (rest.isEmpty()) {
            return all.subList(0, kept);
        }
        return new AbstractList<>() {
            @Override
            public MatchResult get(int i) {
                return i < kept ? all.get(i) : rest.get(i - kept);
            }

            @Override
            public int size() {
                return kept + rest.size();
            }
        };
    }

    private List<MatchResult> scan(int from, int to) {
        List<MatchResult> out = new ArrayList<>(2);
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    /** The last match of {@code scan} ({@link #upTo}), or null. */
    static MatchResult last(List<MatchResult> scan) {
        return scan.isEmpty() ? null : scan.get(scan.size() - 1);
    }
}
