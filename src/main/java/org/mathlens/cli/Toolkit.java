package org.mathlens.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts JavaFX with no display at all (Monocle's headless glass, software rendering) for the headless commands. */
public final class Toolkit {
    private static boolean started;
    /** Held so the logger (and its level) is not collected: JavaFX warns that it runs from the class path, which is how we ship. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Toolkit() {
    }

    public static synchronized void startHeadless() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
        quietClassPathWarning();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
            ready.join();
        } catch (IllegalStateException alreadyRunning) {
            // someone (a test harness, the window) started JavaFX first: use it as it is
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** The class-path warning is about module encapsulation, not a problem a user can act on. */
    public static void quietClassPathWarning() {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Waits (at most 10 s) until every formula asked for is laid out and drawn. */
    public static void awaitFormulas() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onFx(org.mathlens.kit.FormulaView::allDrawn) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs a task on the FX thread and waits for its result; its exception is rethrown here. */
    public static <T> T onFx(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
