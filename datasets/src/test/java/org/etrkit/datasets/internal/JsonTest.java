package org.etrkit.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static DatasetException fails(String json) {
        return assertThrows(DatasetException.class,
                () -> Json.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "datapackage.json"));
    }

    /** The user sees where the document goes wrong, not the parser's own description of its input. */
    @Test
    void aTruncatedDocumentNamesItsLineAndWhereTheObjectOpened() {
        DatasetException e = fails("{\n  \"name\": \"etr\",\n  \"resources\": [\n");
        assertEquals("datapackage.json:4: bad JSON: Unexpected end-of-input: expected close marker for Array"
                + " (start marker at line 3, column 16)", e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        DatasetException e = fails("{\n  \"name\" \"etr\"\n}\n");
        assertEquals(2, e.line());
        assertEquals("bad JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name"
                + " and value", e.problem());
    }
}
