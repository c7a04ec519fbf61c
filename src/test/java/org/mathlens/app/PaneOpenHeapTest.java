package org.mathlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.kit.Looks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A class switching panes all morning must not run out of memory (issue 10: 5 MB an open, then
 * OutOfMemoryError). Through the real shell, every lesson's pane is opened again and again; the
 * heap after collection must stay flat once each pane has been built once. The test JVM clears
 * soft references at each collection (see the pom), so JavaFX's texture pool, which it would
 * drop before running out anyway, does not count as a leak here; a strongly held pane does.
 */
@ExtendWith(ApplicationExtension.class)
class PaneOpenHeapTest {
    /** Six rounds (about 170 opens) in the suite; {@code -Dheap.rounds=32} is the thousand-open run (64 → 66 MB). */
    private static final int ROUNDS = Integer.getInteger("heap.rounds", 6);
    private static final long ALLOWED_GROWTH_MB = 12;

    private Shell shell;

    @Start
    void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("org/mathlens-test-" + System.nanoTime());
        Looks.apply(false);
        shell = new Shell(stage, new Settings(prefs));
        stage.setScene(shell.createScene(1400, 900));
        stage.show();
    }

    private static long usedAfterCollection() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(40);
            Runtime r = Runtime.getRuntime();
            least = Math.min(least, r.totalMemory() - r.freeMemory());
        }
        return least >> 20;
    }

    @Test
    void openingEveryPaneAgainAndAgainLeavesTheHeapFlat(FxRobot robot) throws Exception {
        List<Topic> topics = List.copyOf(shell.lessons().topics());
        assertThat(topics).hasSizeGreaterThan(20);
        openAll(robot, topics); // each pane and lesson built once: caches fill here
        openAll(robot, topics);
        long warm = usedAfterCollection();
        for (int round = 2; round < ROUNDS; round++) {
            openAll(robot, topics);
        }
        long after = usedAfterCollection();
        int opens = (ROUNDS - 2) * topics.size();
        assertThat(after - warm).as("heap growth in MB over %d more pane opens (%d MB → %d MB)", opens, warm, after)
                .isLessThan(ALLOWED_GROWTH_MB);
    }

    private void openAll(FxRobot robot, List<Topic> topics) {
        for (Topic t : topics) {
            robot.interact(() -> shell.open(t));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
