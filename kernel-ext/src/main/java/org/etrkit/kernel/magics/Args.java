package org.etrkit.kernel.magics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dflib.jjava.jupyter.kernel.magic.MagicArgsParseException;
import org.dflib.jjava.jupyter.kernel.magic.MagicsArgs;
import org.etrkit.kernel.error.EtrException;

/**
 * A magic's arguments as JJava's own {@link MagicsArgs} parses them: named positional arguments, the
 * rest, and options ({@code --name=value}, {@code -f}).
 *
 * <p>Two things about {@code MagicsArgs} shape this class:
 * <ul>
 * <li>Its builder is {@code MagicsArgs.MagicsArgsBuilder} in jjava-jupyter 1.0-a6, which we compile
 *     against, and {@code MagicsArgs.Builder} in 1.0-a8, which the kernel runs: code compiled against
 *     one fails on the other with {@code NoSuchMethodError}. So the builder's methods are called by name;
 *     {@link MagicsArgs#parse} is the same in both and is called directly.</li>
 * <li>A long option takes a value: {@code --overwrite} alone at the end of the line is refused ("no
 *     value was supplied"), and before an argument it takes that argument as its value. So an option
 *     written without a value is passed to it as {@code --name=true}, which keeps {@code %export}'s
 *     {@code --overwrite} as it always was.</li>
 * </ul>
 * The spec is lenient (any option, the arguments past the named ones collected): the caller checks
 * what came back and words its own messages.
 */
final class Args {

    /** Everything after the named positional arguments. */
    static final String REST = "rest";

    private final Map<String, List<String>> parsed;
    private final List<String> names;
    private final List<String> positional;

    private Args(Map<String, List<String>> parsed, List<String> names, List<String> positional) {
        this.parsed = parsed;
        this.names = names;
        this.positional = positional;
    }

    /** Parses {@code args} with positional arguments {@code names} (each optional), the rest and any option. */
    static Args parse(String magic, List<String> args, String... names) {
        MagicsArgs spec = spec(names);
        List<String> normalized = new ArrayList<>();
        for (String a : args) {
            normalized.add(a.startsWith("--") && a.length() > 2 && !a.contains("=") ? a + "=true" : a);
        }
        Map<String, List<String>> parsed;
        try {
            parsed = spec.parse(normalized);
        } catch (MagicArgsParseException e) {
            throw new EtrException("%" + magic + ": " + e.getMessage());
        }
        List<String> positional = new ArrayList<>();
        for (String n : names) {
            positional.addAll(parsed.getOrDefault(n, List.of()));
        }
        positional.addAll(parsed.getOrDefault(REST, List.of()));
        return new Args(parsed, List.of(names), positional);
    }

    /** The positional arguments, in order. */
    List<String> positional() {
        return positional;
    }

    /** The options given, as written: {@code --name} or {@code -f}, except those in {@code known}. */
    List<String> unknownOptions(String... known) {
        List<String> out = new ArrayList<>();
        for (String key : parsed.keySet()) {
            if (key.equals(REST) || names.contains(key) || List.of(known).contains(key)) {
                continue;
            }
            out.add((key.length() == 1 ? "-" : "--") + key);
        }
        return out;
    }

    /** Whether option {@code --name} was given (and not as {@code --name=false}). */
    boolean flag(String name) {
        List<String> values = parsed.get(name);
        return values != null && !values.isEmpty() && !values.get(values.size() - 1).equalsIgnoreCase("false");
    }

    private static MagicsArgs spec(String... names) {
        try {
            Object b = MagicsArgs.class.getMethod("builder").invoke(null);
            for (String n : names) {
                b = call(b, "optional", n);
            }
            b = call(b, "varargs", REST);
            b = call(b, "anyKeyword");
            b = call(b, "anyFlag");
            return (MagicsArgs) call(b, "build");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JJava's MagicsArgs builder is not as expected: " + e, e);
        }
    }

    private static Object call(Object target, String method, Object... args) throws ReflectiveOperationException {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length
                    && (args.length == 0 || m.getParameterTypes()[0] == String.class)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method);
    }
}
