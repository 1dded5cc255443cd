package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No method of the builder is too large for the JIT compiler: HotSpot leaves a method whose bytecode is longer
 * than 8,000 bytes interpreted ({@code -XX:+DontCompileHugeMethods}, on by default), and a reader's entry that
 * grows past it runs on every figure of every article at interpreter speed ({@code PopulationStatements.read}
 * did, at 8,861 bytes, until its date and region steps were moved out). Sizes come from the JDK's own
 * {@code javap -c -p}: the offset of a method's last instruction.
 */
class MethodSizeTest {

    /** HotSpot's {@code HugeMethodLimit}. */
    private static final int HUGE_METHOD_LIMIT = 8_000;
    /** Room left for the last instruction's own length (a return or a jump). */
    private static final int LAST_INSTRUCTION = 8;

    private static final Pattern METHOD = Pattern.compile("^  (\\S.*\\));$");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record) ([\\w.$]+)");
    private static final Pattern OFFSET = Pattern.compile("^\\s+(\\d+): ");

    private static Map<String, Integer> sizes;

    @BeforeAll
    static void runJavap() throws URISyntaxException, IOException {
        Path classes = Path.of(Datasets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = classes.relativize(f).toString();
                String name = relative.substring(0, relative.length() - ".class".length());
                names.add(name.replace(f.getFileSystem().getSeparator(), "."));
            });
        }
        sizes = lastOffsets(classes, names);
    }

    /** Each method ("class: signature") to the offset of its last instruction, from {@code javap -c -p}. */
    static Map<String, Integer> lastOffsets(Path classes, List<String> names) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-c", "-p", "-cp", classes.toString()));
        args.addAll(names);
        int status = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, status, err.toString());
        Map<String, Integer> offsets = new TreeMap<>();
        String type = "";
        String method = null;
        for (String line : out.toString().split("\\R")) {
            if (line.startsWith("Compiled from") || line.isEmpty()) {
                method = line.isEmpty() ? null : method;
                continue;
            }
            Matcher t = TYPE.matcher(line);
            if (!line.startsWith(" ") && line.endsWith("{") && t.find()) {
                type = t.group(1);
                continue;
            }
            Matcher m = METHOD.matcher(line);
            if (m.matches()) {
                method = type + ": " + m.group(1);
                continue;
            }
            Matcher o = OFFSET.matcher(line);
            if (method != null && o.find()) {
                offsets.put(method, Integer.parseInt(o.group(1)));
            }
        }
        return offsets;
    }

    @Test
    void javapReportsTheBuildersMethods() {
        assertTrue(sizes.size() > 1_000, "methods read: " + sizes.size());
        int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(largest > 2_000, "largest method's last offset: " + largest);
    }

    @Test
    void noMethodIsTooLargeForTheJitCompiler() {
        List<String> huge = sizes.entrySet().stream()
                .filter(e -> e.getValue() + LAST_INSTRUCTION > HUGE_METHOD_LIMIT)
                .map(e -> e.getKey() + " (about " + e.getValue() + " bytes)").toList();
        assertTrue(huge.isEmpty(), "longer than the JIT compiles (" + HUGE_METHOD_LIMIT
                + " bytes of bytecode; move a step out into a method or class of its own): " + huge);
    }
}
