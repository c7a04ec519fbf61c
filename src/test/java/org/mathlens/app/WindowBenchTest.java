package org.mathlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WindowBenchTest {
    private static void write(WindowBench.PulseLog log, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            log.write(b);
        }
    }

    @Test
    void readsEveryPulseTheLoggerPrintsInEitherFormAndWhereItsTimeWent() {
        WindowBench.PulseLog log = new WindowBench.PulseLog();
        write(log, "PULSE: 7 [16ms:40ms]\n");      // before recording: not counted
        log.record(true);
        write(log, "\nPULSE: 8 [17ms:31ms]\nT17 (0 +2ms): CSS Pass\nT17 (2 +9ms): Layout Pass\n"
                + "T14 (12 +20ms): Painting\nCounters:\n\tNodes rendered: 12\n");
        write(log, "[9 16ms:3ms][10 16ms:5ms]\n");
        assertThat(log.where()).isEqualTo("Painting 6.7, Layout Pass 3.0, CSS Pass 0.7");
        assertThat(log.take()).containsExactly(31, 3, 5);
        write(log, "PULSE: 11 [16ms:90ms]\n");     // after take: recording is over
        assertThat(log.take()).isEmpty();
    }

    @Test
    void aRowGivesPercentilesAndFramesPerSecond() {
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = i + 1;
        }
        assertThat(WindowBench.row("vectors", "drag", ms, 59.94)).isEqualTo("vectors\tdrag\t100\t50\t95\t99\t59.9");
        assertThat(WindowBench.row("vectors", "play", new double[0], 0)).startsWith("vectors\tplay\t0\tNaN");
    }

    @Test
    void anUnknownPaneIsOneSentenceAndExitTwo() {
        var err = new java.io.ByteArrayOutputStream();
        int code = WindowBench.launch(java.util.List.of("no-such-pane"), System.out,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim()).isEqualTo("unknown explorable 'no-such-pane'; --list shows them all");
    }

    @Test
    void tooFewPulsesIsOneSentenceAndExitTwo() {
        var err = new java.io.ByteArrayOutputStream();
        int code = WindowBench.launch(java.util.List.of("--pulses", "5", "vectors"), System.out,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim()).isEqualTo("--pulses must be a whole number of at least 30, not 5");
    }
}
