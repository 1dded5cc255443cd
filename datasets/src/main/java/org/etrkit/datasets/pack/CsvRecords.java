package org.etrkit.datasets.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a record of a CSV file of the {@link CsvDialect} by its number, with the line it starts on, for
 * messages about a file edited by hand: a quoted cell may span lines, so a row's line is not its number
 * plus one, and a blank line is no record (Tablesaw's parser skips it). Only for errors: it reads the file
 * again from its start.
 */
final class CsvRecords {

    /** A record's cells and the 1-based line it starts on. */
    record Record(int line, List<String> cells) {
    }

    private CsvRecords() {
    }

    /** Record {@code row} (1 is the first after the header) of {@code in}, or null when the file has fewer. */
    static Record record(InputStream in, long row) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long record = 0;
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean opened = false;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    if (r.read() == '"') {
                        cell.append('"');
                    } else {
                        r.reset();
                        quoted = false;
                    }
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                opened = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' && cells.isEmpty() && cell.length() == 0 && !opened) {
                line++;
                start = line;
            } else if (c == '\n') {
                cells.add(cell.toString());
                if (record == row) {
                    return new Record(start, cells);
                }
                record++;
                line++;
                start = line;
                opened = false;
                cells = new ArrayList<>();
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if (record == row && (!cells.isEmpty() || cell.length() > 0)) {
            cells.add(cell.toString());
            return new Record(start, cells);
        }
        return null;
    }
}
