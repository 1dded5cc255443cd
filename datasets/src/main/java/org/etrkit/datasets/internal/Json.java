package org.etrkit.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.etrkit.datasets.error.DatasetException;

/**
 * JSON through Jackson's streaming API, to and from plain values: {@code Map<String, Object>} (in
 * order), {@code List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean} and
 * {@code null}. The streaming API loads a few dozen classes where the object mapper loads hundreds,
 * which is a quarter of a second of the build command's start-up.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** Where Jackson's message quotes its input: "[Source: ...; line: 3, column: 16]". */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    private Json() {
    }

    /** Reads one JSON document; syntax errors throw naming {@code where} and the line. */
    public static Object read(InputStream in, String where) {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(in)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DatasetException(where, 1, "empty JSON document");
            }
            return value(p);
        } catch (JsonProcessingException e) {
            throw error(where, parser, e);
        } catch (IOException e) {
            throw new DatasetException(where, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson's description of a syntax error, with the location it quotes inside the text ("start marker
     * at [Source: REDACTED (...); line: 3, column: 16]") shortened to "line 3, column 16".
     */
    public static String problem(JsonProcessingException e) {
        return problem(e, null);
    }

    /**
     * The error for {@code e}, met reading {@code where} with parser {@code p} (or null): the file, the line, and
     * {@link #problem}. Jackson's limits (see {@link #problem(JsonProcessingException, JsonLocation)}) give no
     * location: the parser's is used.
     */
    public static DatasetException error(String where, JsonParser p, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentTokenLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        return new DatasetException(where, line, "bad JSON: " + problem(e, at), e);
    }

    /**
     * {@link #problem(JsonProcessingException)}, in the user's words where Jackson's names its own settings: a
     * document nested deeper than {@code StreamReadConstraints} allows (1,000 arrays and objects, where a
     * package's descriptor nests five) says so, at column {@code at}, and what to do; the other limits (a number
     * of more than 1,000 digits, a string of more than 20 MB) keep Jackson's words without its method's name.
     */
    static String problem(JsonProcessingException e, JsonLocation at) {
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            if (m.startsWith("Document nesting depth")) {
                return String.format("arrays and objects nested more than %,d deep%s; no file the kit reads nests that"
                        + " deep: check that this is the file meant, or write it again",
                        StreamReadConstraints.defaults().getMaxNestingDepth(),
                        at == null || at.getColumnNr() <= 0 ? "" : String.format(" (at column %,d)", at.getColumnNr()));
            }
            return CONSTRAINT.matcher(m).replaceAll("");
        }
        return SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
    }

    /** The name of Jackson's setting its limits' messages end with: ", from `StreamReadConstraints.getMaxNumberLength()`". */
    private static final Pattern CONSTRAINT = Pattern.compile(",? from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`");

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
        }
    }

    /**
     * Writes a plain value as pretty-printed JSON (two-space indent, {@code "key": value}), then a newline; a write
     * that fails is an {@link IOException}, a value of another type an {@link IllegalArgumentException}.
     */
    public static void write(Object value, OutputStream out) throws IOException {
        try (JsonGenerator g = pretty(out)) {
            write(g, value);
            g.writeRaw('\n');
        }
    }

    /**
     * A generator that writes pretty-printed JSON to {@code out} as {@link #write(Object, OutputStream)}
     * does, for a document written piece by piece; closing it closes {@code out}. An {@link IOException} as
     * Jackson's generator throws it.
     */
    public static JsonGenerator pretty(OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(pretty);
        return g;
    }

    /**
     * One JSON document per line, compact, for values spilled to a file and read back with {@link #read}. An
     * {@link IOException} as Jackson's generator throws it.
     */
    public static JsonGenerator compact(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        return g;
    }

    /**
     * Reads the next document of a parser over many (such as a file written by {@link #compact}), or null at the end;
     * a read that fails, or malformed JSON, is an {@link IOException}.
     */
    public static Object next(JsonParser p, String where) throws IOException {
        return p.nextToken() == null ? null : value(p);
    }

    /** A parser over {@code in}, for {@link #next}. An {@link IOException} as Jackson's factory throws it. */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** Writes a plain value to {@code g}; a write that fails is an {@link IOException}, a value of another type an {@link IllegalArgumentException}. */
    public static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    /** The object {@code v} as a map; anything else throws naming {@code what}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object v, String where, String what) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new DatasetException(where, 0, what + " must be a JSON object");
    }

    /** The array {@code v} as a list (an absent value is empty); anything else throws naming {@code what}. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object v, String where, String what) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new DatasetException(where, 0, what + " must be a JSON array");
    }

    /** The string {@code v}, or null if absent; anything else throws naming {@code what}. */
    public static String string(Object v, String where, String what) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new DatasetException(where, 0, what + " must be a string");
    }
}
