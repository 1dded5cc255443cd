package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.etrkit.datasets.Datasets;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;

/**
 * Tablesaw gives a column made before its {@code ColumnType} interface is initialised a type instance
 * that is not {@code ColumnType.DOUBLE} (equal, not identical), so a package is read whatever a program
 * did first. Checked in a child JVM, where nothing has touched Tablesaw yet.
 */
class DataPackage_ColumnTypeTest {

    /** Makes a double column first, then reads the shipped package; exits 0 when it is read. */
    public static void main(String[] args) {
        DoubleColumn.create("first", 1.0);
        System.out.print(Datasets.packaged().table("demographics").rowCount());
    }

    @Test
    void aPackageIsReadAfterADoubleColumnWasMadeFirst() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DataPackage_ColumnTypeTest.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
    }
}
