package org.etrkit.datasets.pack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.etrkit.datasets.error.DatasetException;

/**
 * Passes a table file's bytes through and notes where the first byte that is not UTF-8 is: a package's CSV saved
 * again by a spreadsheet in its own encoding (Windows-1252's {@code Ü} is the byte 0xDC) was read with that byte
 * replaced by U+FFFD, and its text changed without a word. Noting (not throwing) keeps the CSV parser's own handling
 * of its input as it is; the reader asks {@link #error(String)} once the file is read.
 */
final class Utf8Check extends FilterInputStream {

    private int need;
    private int lo = 0x80, hi = 0xBF;
    private long line = 1, column;
    /** The first byte of the character being read, and its place in the line (a byte out of place names its lead). */
    private int lead;
    private long leadColumn;
    private volatile String problem;
    private volatile long problemLine;

    Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n && problem == null; i++) {
            check(buf[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) {
        if (problem != null) {
            return;
        }
        column++;
        if (need > 0) {
            if (b < lo || b > hi) {
                bad(lead, leadColumn);
                return;
            }
            need--;
            lo = 0x80;
            hi = 0xBF;
            return;
        }
        lead = b;
        leadColumn = column;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            bad(b, column);
        }
    }

    private void bad(int b, long at) {
        problemLine = line;
        problem = String.format("not valid UTF-8: byte 0x%02X at byte %d of the line", b, at);
    }

    private void end() {
        if (problem == null && need > 0) {
            problemLine = line;
            problem = "not valid UTF-8: the file ends inside a character";
        }
    }

    /**
     * The first byte that is not UTF-8, as an error naming {@code path} and its line, or null when every byte read
     * so far was UTF-8.
     */
    DatasetException error(String path) {
        String p = problem;
        return p == null ? null : new DatasetException(path, (int) Math.min(Integer.MAX_VALUE, problemLine), p
                + "; the file was saved in another encoding (as a spreadsheet may save CSV): save it as UTF-8"
                + " (\"CSV UTF-8\")");
    }
}
