package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A line whose ticker never runs on its own: the test calls tick(). */
    private ProgressLine line() {
        ProgressLine p = new ProgressLine(err, now::get, SECOND, false);
        p.started(60_000, 1_000_000_000L);
        return p;
    }

    @Test
    void showsArticlesMegabytesRateAndTimeLeft() {
        ProgressLine p = line();
        for (int i = 0; i < 1_200; i++) {
            p.articleDone(20_000);
        }
        now.set(2 * SECOND);
        assertEquals("1,200/60,000 articles  24/1,000 MB  12.0 MB/s  ETA 1:21", p.line(now.get()));
        p.finished();
    }

    @Test
    void drawsNothingInTheFirstSecondSoAShortBuildIsSilent() {
        ProgressLine p = line();
        p.articleDone(1);
        now.set(SECOND - 1);
        p.tick();
        p.finished();
        assertEquals("", err());
    }

    @Test
    void redrawsInPlaceAndErasesTheLineAtTheEnd() {
        ProgressLine p = line();
        now.set(SECOND);
        p.tick();
        p.articleDone(5_000_000);
        now.set(2 * SECOND);
        p.tick();
        p.finished();
        assertEquals("\r0/60,000 articles  0/1,000 MB  0.0 MB/s\033[K"
                + "\r1/60,000 articles  5/1,000 MB  2.5 MB/s  ETA 6:38\033[K"
                + "\r\033[K", err());
        now.set(3 * SECOND);
        p.tick();
        assertEquals(3, err().split("\r", -1).length - 1, "nothing is drawn after the end");
    }

    @Test
    void saysWhatItDoesOnceEveryArticleIsDone() {
        ProgressLine p = new ProgressLine(err, now::get, SECOND, false);
        p.started(2, 2_000_000);
        p.articleDone(1_000_000);
        p.articleDone(1_000_000);
        now.set(SECOND);
        assertEquals("2/2 articles  2/2 MB  2.0 MB/s  building the tables", p.line(now.get()));
        p.writing();
        assertEquals("2/2 articles  2/2 MB  2.0 MB/s  writing the package", p.line(now.get()));
        p.finished();
    }

    @Test
    void writesHoursWhenThereAreHours() {
        assertEquals("0:05", ProgressLine.duration(5));
        assertEquals("12:00", ProgressLine.duration(720));
        assertEquals("2:00:01", ProgressLine.duration(7201));
    }
}
