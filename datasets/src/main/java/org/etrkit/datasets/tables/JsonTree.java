package org.etrkit.datasets.tables;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Json;

/**
 * A JSON document read with Jackson's streaming parser into nodes that remember their line, so that
 * every problem in a rule file can be reported as {@code file:line: problem}.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTree() {
    }

    /**
     * A JSON value and the 1-based line it starts on. {@code value} is a {@code Map<String, Node>}
     * (keys in order), a {@code List<Node>}, a {@code String}, a {@code Long}, a {@code Double}, a
     * {@code Boolean} or {@code null}; {@code keyLines} holds the line of each key of an object.
     */
    record Node(String file, int line, Object value, Map<String, Integer> keyLines) {

        /** A problem with this value, as a one-line error at its line. */
        DatasetException error(String problem) {
            return new DatasetException(file, line, problem);
        }

        boolean isNull() {
            return value == null;
        }

        /** This value as an object whose keys are all among {@code allowed}, so that a misspelt key is an error. */
        @SuppressWarnings("unchecked")
        Map<String, Node> object(String what, List<String> allowed) {
            if (!(value instanceof Map<?, ?> m)) {
                throw error(what + " must be a JSON object, not " + kind());
            }
            Map<String, Node> fields = (Map<String, Node>) m;
            for (String key : fields.keySet()) {
                if (!allowed.contains(key)) {
                    throw new DatasetException(file, keyLines.get(key), what + ": unknown key '" + key
                            + "'; known keys: " + String.join(", ", allowed));
                }
            }
            return fields;
        }

        /** This value as an object with any keys. */
        @SuppressWarnings("unchecked")
        Map<String, Node> anyObject(String what) {
            if (!(value instanceof Map<?, ?> m)) {
                throw error(what + " must be a JSON object, not " + kind());
            }
            return (Map<String, Node>) m;
        }

        /** This value as an array. */
        @SuppressWarnings("unchecked")
        List<Node> array(String what) {
            if (!(value instanceof List<?> l)) {
                throw error(what + " must be a JSON array, not " + kind());
            }
            return (List<Node>) l;
        }

        /** This value as a non-empty string. */
        String string(String what) {
            if (!(value instanceof String s)) {
                throw error(what + " must be a string, not " + kind());
            }
            if (s.isBlank()) {
                throw error(what + " must not be empty");
            }
            return s;
        }

        /** This value as an array of non-empty strings. */
        List<String> strings(String what) {
            List<String> out = new ArrayList<>();
            for (Node n : array(what)) {
                out.add(n.string("an entry of " + what));
            }
            return out;
        }

        /** The line of {@code key} in this object, or this node's line. */
        int lineOf(String key) {
            Integer l = keyLines == null ? null : keyLines.get(key);
            return l == null ? line : l;
        }

        private String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof Map) {
                return "an object";
            }
            if (value instanceof List) {
                return "an array";
            }
            if (value instanceof String) {
                return "a string";
            }
            if (value instanceof Boolean) {
                return "a boolean";
            }
            return "a number";
        }
    }

    /** Reads one document; syntax errors name the file and line. */
    static Node read(InputStream in, String file) {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(in)) {
            parser = p;
            if (p.nextToken() == null) {
                throw new DatasetException(file, 1, "empty JSON document");
            }
            Node root = value(p, file);
            if (p.nextToken() != null) {
                throw new DatasetException(file, p.currentTokenLocation().getLineNr(),
                        "unexpected text after the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw Json.error(file, parser, e);
        } catch (IOException e) {
            throw new DatasetException(file, 0, "cannot read: " + DatasetException.reason(e), e);
        }
    }

    private static Node value(JsonParser p, String file) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (m.containsKey(name)) {
                        throw new DatasetException(file, keyLine, "duplicate key '" + name + "'");
                    }
                    p.nextToken();
                    lines.put(name, keyLine);
                    m.put(name, value(p, file));
                }
                return new Node(file, line, m, lines);
            }
            case START_ARRAY -> {
                List<Node> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p, file));
                }
                return new Node(file, line, l, Map.of());
            }
            case VALUE_STRING -> {
                return new Node(file, line, p.getText(), Map.of());
            }
            case VALUE_NUMBER_INT -> {
                return new Node(file, line, p.getLongValue(), Map.of());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(file, line, p.getDoubleValue(), Map.of());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(file, line, t == JsonToken.VALUE_TRUE, Map.of());
            }
            case VALUE_NULL -> {
                return new Node(file, line, null, Map.of());
            }
            default -> throw new DatasetException(file, line, "unexpected JSON token " + t);
        }
    }
}
