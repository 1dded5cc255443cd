package org.etrkit.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of any number of articles made from the seed articles, as {@code scripts/bench/scale_corpus.py}
 * makes the benchmark's: copy n of a seed is {@code <stem>-<n>.txt}, titled "Title (n)", with every
 * number varied (years by one offset per copy, other numbers redrawn with as many digits), so no two
 * articles share their text.
 */
final class TestCorpus {

    static final Path SEEDS = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w])");

    private TestCorpus() {
    }

    /** Writes {@code articles} articles to {@code dir} (cycling through the seeds) and returns their bytes in all. */
    static long write(Path dir, int articles) {
        try {
            Files.createDirectories(dir);
            List<Path> seeds;
            try (Stream<Path> s = Files.list(SEEDS)) {
                seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            List<String> texts = new ArrayList<>();
            for (Path p : seeds) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            Random random = new Random(articles);
            long bytes = 0;
            for (int i = 0; i < articles; i++) {
                int seed = i % seeds.size();
                int copy = i / seeds.size() + 1;
                String stem = seeds.get(seed).getFileName().toString().replace(".txt", "");
                byte[] text = vary(texts.get(seed), copy, random).getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(String.format("%s-%06d.txt", stem, copy)), text);
                bytes += text.length;
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String vary(String text, int copy, Random random) {
        int nl = text.indexOf('\n');
        String title = text.substring(0, nl).replaceFirst(" =$", " (" + copy + ") =");
        int shift = random.nextInt(41) - 20;
        Matcher m = NUMBER.matcher(text.substring(nl));
        StringBuilder out = new StringBuilder(title);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            long value = Long.parseLong(digits.length() > 15 ? digits.substring(0, 15) : digits);
            String repl;
            if (!m.group(1).contains(",") && digits.length() == 4 && value >= 1800 && value <= 2099) {
                repl = Long.toString(value + shift);
            } else if (digits.length() <= 2) {
                repl = Integer.toString(value <= 28 ? 1 + random.nextInt(28) : 29 + random.nextInt(71));
            } else {
                StringBuilder d = new StringBuilder().append(1 + random.nextInt(9));
                for (int k = 1; k < digits.length(); k++) {
                    d.append(random.nextInt(10));
                }
                repl = m.group(1).contains(",") ? String.format("%,d", Long.parseLong(d.toString())) : d.toString();
            }
            m.appendReplacement(out, repl);
        }
        m.appendTail(out);
        return out.toString();
    }
}
