package org.etrkit.kernel.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.etrkit.kernel.error.EtrException;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;

/**
 * The Javadoc of the kit's classes, as text for a notebook: {@code Etr.help()}, {@code Etr.help("roster")},
 * {@code %help DisplayOptions.maxRows}.
 *
 * <p>Why not Shift-Tab: JJava answers an inspect request with JShell's
 * {@code SourceCodeAnalysis.documentation}, which on JDK 17 looks for sources only in the JDK's own
 * {@code lib/src.zip}, never on the class path, so the kit's classes show their signatures and nothing
 * more. So the kit ships its sources in its jar (under {@value #SOURCES}), and this class reads a class's source with the JDK's
 * own parser ({@code javax.tools}, {@code com.sun.source}) and prints its public members with their
 * Javadoc. It needs a JDK, which the kernel needs anyway for JShell.
 */
public final class Help {

    /** Where the jar keeps the sources: not beside the classes, where JShell's compiler would compile them. */
    static final String SOURCES = "META-INF/etr-sources/";
    private static final String ROOT = SOURCES + "org/etrkit/";

    private Help() {
    }

    /**
     * A documented member of a class: its name, its type ({@code "Table"}; empty for a constructor), its
     * parameters ({@code "(String name)"}; null for a field) and its Javadoc as text.
     */
    record Member(String name, String type, String params, String doc) {

        /** {@code Table roster()}, {@code new Result(Path path, int rows)}, {@code String DATA_ENV}. */
        String signature() {
            return type.isEmpty() ? "new " + name + params : type + " " + name + (params == null ? "" : params);
        }

        /** The signature with the class: {@code Table Etr.roster()}. */
        String signature(String owner) {
            return type.isEmpty() ? "new " + owner + params : type + " " + owner + "." + name + (params == null ? "" : params);
        }
    }

    /** A class: its Javadoc and its public members, in source order. */
    record Doc(String name, String doc, List<Member> members) {
    }

    /**
     * Help on {@code topic}: a class ({@code "Etr"}), a member ({@code "roster"}, {@code "Etr.roster"},
     * {@code "DisplayOptions.maxRows()"}), or, when blank, {@code Etr} and the list of topics. An unknown topic is an
     * {@link EtrException} listing the topics; so is a JRE (the Javadoc is read with the JDK's parser) or a jar
     * without its sources.
     */
    public static String of(String topic) {
        String t = topic == null ? "" : topic.trim();
        if (t.endsWith("()")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.isEmpty()) {
            return overview(doc("Etr"));
        }
        Map<String, String> topics = topics();
        String cls = t;
        String member = null;
        int dot = t.lastIndexOf('.');
        if (dot > 0) {
            cls = t.substring(0, dot);
            member = t.substring(dot + 1);
        } else if (!topics.containsKey(t)) {
            cls = "Etr";
            member = t;
        }
        if (!topics.containsKey(cls)) {
            throw unknown(topic, topics);
        }
        Doc d = doc(cls);
        if (member == null) {
            return overview(d);
        }
        String m = member;
        List<Member> found = d.members().stream().filter(x -> x.name().equals(m)).toList();
        if (found.isEmpty()) {
            throw unknown(topic, topics);
        }
        StringBuilder out = new StringBuilder();
        for (Member x : found) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(x.signature(d.name())).append('\n');
            out.append(indent(x.doc().isEmpty() ? "(no description)" : x.doc()));
        }
        return out.toString();
    }

    /** The classes whose Javadoc is shipped, by simple name, to their source path; a jar whose sources cannot be listed is an {@link EtrException}. */
    public static Map<String, String> topics() {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String path : sourcePaths()) {
            if (path.contains("/internal/") || path.endsWith("package-info.java")) {
                continue;
            }
            String simple = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
            Pattern declared = Pattern.compile("(?m)^public\\s+(?:(?:final|abstract|sealed)\\s+)*(?:class|record|enum|interface)\\s+"
                    + Pattern.quote(simple) + "\\b");
            if (declared.matcher(read(path)).find()) {
                out.putIfAbsent(simple, path);
            }
        }
        return out;
    }

    private static EtrException unknown(String topic, Map<String, String> topics) {
        return new EtrException("no help for '" + topic + "'; topics: " + String.join(", ", topics.keySet())
                + ", or a method such as Etr.help(\"roster\") or %help DisplayOptions.maxRows");
    }

    private static String overview(Doc d) {
        StringBuilder out = new StringBuilder(d.name()).append('\n').append(indent(d.doc())).append("\n\n");
        int width = 0;
        for (Member m : d.members()) {
            width = Math.max(width, m.signature().length());
        }
        width = Math.min(width, 44);
        for (Member m : d.members()) {
            String sig = m.signature();
            out.append("  ").append(sig);
            if (sig.length() > width) {
                out.append('\n').append(" ".repeat(width + 4));
            } else {
                out.append(" ".repeat(width - sig.length() + 2));
            }
            out.append(firstSentence(m.doc())).append('\n');
        }
        out.append("\nMore: Etr.help(\"").append(d.name().equals("Etr") ? "roster" : d.name() + "." + firstName(d))
                .append("\") or %help ").append(d.name()).append(".NAME for one member; topics: ")
                .append(String.join(", ", topics().keySet()));
        return out.toString();
    }

    private static String firstName(Doc d) {
        return d.members().isEmpty() ? "" : d.members().get(0).name();
    }

    /** The class {@code simpleName}, parsed from its shipped source. */
    static Doc doc(String simpleName) {
        String path = topics().get(simpleName);
        if (path == null) {
            throw unknown(simpleName, topics());
        }
        return parse(path, read(path));
    }

    private static String read(String path) {
        try (InputStream in = Help.class.getClassLoader().getResourceAsStream(SOURCES + path)) {
            if (in == null) {
                throw new EtrException("the source " + path + " is missing from the kernel jar; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EtrException("cannot read the source " + path + ": " + e.getMessage());
        }
    }

    /** The public members of the first public top-level class of {@code source}, with their Javadoc. */
    static Doc parse(String path, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new EtrException("help needs a JDK (it reads the Javadoc with the JDK's parser); this is a JRE");
        }
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
        DocTrees trees = DocTrees.instance(task);
        Iterable<? extends CompilationUnitTree> units;
        try {
            units = task.parse();
        } catch (IOException e) {
            throw new EtrException("cannot parse the source of " + path + ": " + e.getMessage());
        }
        for (CompilationUnitTree unit : units) {
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree c && isPublic(c.getModifiers())) {
                    String name = c.getSimpleName().toString();
                    List<Member> members = new ArrayList<>();
                    for (Tree t : c.getMembers()) {
                        Member m = member(name, t, c, unit, trees);
                        if (m != null) {
                            members.add(m);
                        }
                    }
                    return new Doc(name, Javadoc.text(trees.getDocComment(TreePath.getPath(unit, c))), members);
                }
            }
        }
        throw new EtrException("no public class in the source of " + path);
    }

    private static Member member(String owner, Tree t, ClassTree c, CompilationUnitTree unit, DocTrees trees) {
        boolean inInterface = c.getKind() == Tree.Kind.INTERFACE;
        if (t instanceof MethodTree m && (isPublic(m.getModifiers()) || inInterface)) {
            boolean constructor = m.getReturnType() == null;
            String name = constructor ? owner : m.getName().toString();
            List<String> params = new ArrayList<>();
            for (VariableTree p : m.getParameters()) {
                params.add(p.getType() + " " + p.getName());
            }
            String doc = Javadoc.text(trees.getDocComment(TreePath.getPath(unit, m)));
            if (doc.isEmpty() && List.of("toString", "equals", "hashCode").contains(name)) {
                return null;
            }
            return new Member(name, constructor ? "" : m.getReturnType().toString(),
                    "(" + String.join(", ", params) + ")", doc);
        }
        if (t instanceof VariableTree v && isPublic(v.getModifiers())) {
            return new Member(v.getName().toString(), v.getType().toString(), null,
                    Javadoc.text(trees.getDocComment(TreePath.getPath(unit, v))));
        }
        return null;
    }

    private static boolean isPublic(ModifiersTree m) {
        return m.getFlags().contains(Modifier.PUBLIC);
    }

    private static String firstSentence(String doc) {
        String para = doc.split("\n\n", 2)[0].replace('\n', ' ');
        int end = para.indexOf(". ");
        String s = end < 0 ? para : para.substring(0, end + 1);
        return s.length() > 160 ? s.substring(0, 159) + "…" : s;
    }

    private static String indent(String text) {
        return text.lines().map(l -> l.isEmpty() ? l : "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** The paths of the shipped sources under org/etrkit/, from the jar or class folder holding this class. */
    private static List<String> sourcePaths() {
        List<String> out = new ArrayList<>();
        URL location = Help.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path where = Path.of(location.toURI());
            if (Files.isDirectory(where)) {
                Path root = where.resolve(ROOT);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> s = Files.walk(root)) {
                        s.filter(p -> p.toString().endsWith(".java"))
                                .forEach(p -> out.add(where.resolve(SOURCES).relativize(p).toString().replace('\\', '/')));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(ROOT) && name.endsWith(".java")) {
                            out.add(name.substring(SOURCES.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new EtrException("cannot list the shipped sources: " + e.getMessage());
        }
        out.sort(String::compareTo);
        return out;
    }
}
