package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.etrkit.datasets.error.DatasetException;

class JsonTreeTest {

    private static DatasetException fails(String text) {
        return assertThrows(DatasetException.class,
                () -> JsonTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rules.json"));
    }

    @Test
    void badJsonIsOneLineWithFileLineAndNoJacksonSourceText() {
        DatasetException e = fails("{\n  \"sides\": [\n");
        assertEquals("rules.json:3: bad JSON: Unexpected end-of-input: expected close marker for Array"
                + " (start marker at line 2, column 12)", e.getMessage());
    }
}
