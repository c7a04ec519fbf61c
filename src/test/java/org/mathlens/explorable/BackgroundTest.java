package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundTest {
    private final List<Integer> results = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Background<Integer> work = new Background<>("Counting", results::add, errors::add);

    @Start
    void start(Stage stage) {
        // the FX toolkit, for the worker-thread cases
    }

    @AfterEach
    void backToSynchronous() {
        Background.useWorkerThreads(false);
    }

    @Test
    void headlessJobsRunAtOnceOnTheCallersThreadWithEveryPartialResult() {
        work.submit(p -> {
            for (int i = 1; i <= 3; i++) {
                p.publish(i);
            }
            return 10;
        });
        assertThat(results).containsExactly(1, 2, 3, 10);
    }

    @Test
    void aFailureIsOneSentenceNotATrace() {
        work.submit(p -> {
            throw new IllegalStateException("The data has no rows.");
        });
        assertThat(errors).containsExactly("The data has no rows.");
        assertThat(results).isEmpty();
    }

    @Test
    void newerWorkCancelsOlderAndOnlyItsResultIsShown() throws Exception {
        Background.useWorkerThreads(true);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstSawCancel = new CountDownLatch(1);
        Platform.runLater(() -> {
            work.submit(p -> {
                firstStarted.countDown();
                while (!p.cancelled()) {
                    Thread.onSpinWait();
                }
                firstSawCancel.countDown();
                return -1;
            });
        });
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Platform.runLater(() -> work.submit(p -> 42));
        assertThat(firstSawCancel.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100 && results.isEmpty(); i++) {
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(results).containsExactly(42);
    }

    @Test
    void aBurstOfPartialResultsReachesTheFxThreadCollapsedToTheNewest() throws Exception {
        Background.useWorkerThreads(true);
        List<Boolean> onFxThread = new ArrayList<>();
        Background<Integer> counting = new Background<>("Counting", v -> {
            onFxThread.add(Platform.isFxApplicationThread());
            results.add(v);
        }, errors::add);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> counting.submit(p -> {
            for (int i = 0; i < 100_000; i++) {
                p.publish(i);
                p.fraction(i / 100_000.0);
            }
            done.countDown();
            return 100_000;
        }));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100 && !results.contains(100_000); i++) {
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(results).endsWith(100_000).hasSizeLessThan(50_000);
        assertThat(results).isSorted();
        assertThat(onFxThread).containsOnly(true);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Background.activity().isIdle()).isTrue();
    }
}
