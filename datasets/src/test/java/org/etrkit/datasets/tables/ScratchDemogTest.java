package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

class ScratchDemogTest {
    @Test
    void print() throws Exception {
        String name = System.getenv("ARTICLE");
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/articles/" + name));
        tech.tablesaw.api.Table t = Fixtures.build(name, text).demographics();
        System.out.println("SCRATCH\n" + t.selectColumns("region", "group", "year", "population", "share_pct", "line").printAll());
    }
}
