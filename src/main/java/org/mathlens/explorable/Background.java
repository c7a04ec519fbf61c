package org.mathlens.explorable;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way a pane runs heavy work — training a network, PCA on a data set, the SVD of an
 * image — without freezing the window. A pane keeps one {@code Background} per kind of work
 * and {@link #submit}s a job whenever its parameters change: the job runs on a worker thread,
 * the one before it is cancelled (its results are dropped even if it keeps running a moment),
 * and what it publishes reaches {@code onResult} on the FX thread at most once per pulse (a
 * burst of partial results collapses to the newest).
 *
 * <p>Headless commands ({@code --readouts}, {@code --snapshot}, {@code --bench}) and tests run
 * every job synchronously on the calling thread, so their answers are deterministic; only the
 * window turns {@link #useWorkerThreads} on. {@link #activity()} is what the shell's status bar
 * shows while work runs.
 */
public final class Background<T> {
    /** A piece of heavy work: publishes partial results as it goes, returns the final one. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress<T> progress) throws Exception;
    }

    /** What a running job tells the pane and the shell, and asks of them. */
    public interface Progress<T> {
        /** A partial result (a network after another epoch): shown if no newer one follows within the pulse. */
        void publish(T partial);

        /** How much is done, 0 to 1, for the status bar. */
        void fraction(double done);

        /** True once newer work replaced this job: return soon (anything returned is dropped). */
        boolean cancelled();

        /** Throws {@link CancellationException} when cancelled: a one-line check for loops. */
        default void checkCancelled() {
            if (cancelled()) {
                throw new CancellationException();
            }
        }
    }

    private static volatile boolean workerThreads;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mathlens-background");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private static final Activity ACTIVITY = new Activity();

    private final String what;
    private final Consumer<? super T> onResult;
    private final Consumer<? super String> onError;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Posted<T>> pending = new AtomicReference<>();
    private final AtomicBoolean deliveryScheduled = new AtomicBoolean();
    private Future<?> running;

    /**
     * @param what     words for the status bar while it runs: "Training the network"
     * @param onResult receives results on the FX thread (or the caller's, when synchronous)
     * @param onError  receives one sentence when a job fails
     */
    public Background(String what, Consumer<? super T> onResult, Consumer<? super String> onError) {
        this.what = what;
        this.onResult = onResult;
        this.onError = onError;
    }

    /** The window calls this once: from then on jobs run on worker threads. */
    public static void useWorkerThreads(boolean on) {
        workerThreads = on;
    }

    public static boolean usesWorkerThreads() {
        return workerThreads;
    }

    /** What runs now, for the status bar: updated on the FX thread. */
    public static Activity activity() {
        return ACTIVITY;
    }

    /** Runs the job, replacing (cancelling) the one before. */
    public void submit(Job<T> job) {
        long mine = generation.incrementAndGet();
        cancelRunning();
        if (!workerThreads) {
            runNow(job, mine);
            return;
        }
        ACTIVITY.started(this, what);
        running = WORKERS.submit(() -> {
            try {
                T result = job.run(progressFor(mine));
                if (generation.get() == mine) {
                    post(mine, result);
                }
            } catch (CancellationException | InterruptedException cancelled) {
                // newer work took over; nothing to show
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                if (generation.get() == mine) {
                    Platform.runLater(() -> onError.accept(sentence(e)));
                }
            } finally {
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        ACTIVITY.finished(this);
                    }
                });
            }
        });
    }

    /** Stops the job under way, if any; its results will not be shown. */
    public void cancel() {
        generation.incrementAndGet();
        cancelRunning();
        if (workerThreads) {
            Platform.runLater(() -> ACTIVITY.finished(this));
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
    }

    private void runNow(Job<T> job, long mine) {
        try {
            T result = job.run(new Progress<>() {
                @Override
                public void publish(T partial) {
                    onResult.accept(partial);
                }

                @Override
                public void fraction(double done) {
                }

                @Override
                public boolean cancelled() {
                    return generation.get() != mine;
                }
            });
            if (generation.get() == mine) {
                onResult.accept(result);
            }
        } catch (CancellationException | InterruptedException cancelled) {
            // replaced by newer work submitted from inside the job
        } catch (Exception | StackOverflowError e) {
            onError.accept(sentence(e));
        }
    }

    private Progress<T> progressFor(long mine) {
        return new Progress<>() {
            private long shownPercent = -1;

            @Override
            public void publish(T partial) {
                if (generation.get() == mine) {
                    post(mine, partial);
                }
            }

            @Override
            public void fraction(double done) {
                long percent = Math.round(100 * done);
                if (percent != shownPercent && generation.get() == mine) {
                    shownPercent = percent; // a whole percent at a time: no flood of FX events
                    ACTIVITY.progress(Background.this, done);
                }
            }

            @Override
            public boolean cancelled() {
                return generation.get() != mine || Thread.currentThread().isInterrupted();
            }
        };
    }

    /** Keeps only the newest result and asks the FX thread once to take it. */
    private void post(long mine, T value) {
        pending.set(new Posted<>(mine, value));
        if (deliveryScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        deliveryScheduled.set(false);
        Posted<T> p = pending.getAndSet(null);
        if (p != null && p.generation == generation.get()) {
            onResult.accept(p.value);
        }
    }

    private static String sentence(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "That needs more memory than Mathlens has; try a smaller size.";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "The computation stopped unexpectedly." : m;
    }

    private record Posted<T>(long generation, T value) {
    }

    /** The status bar's view of background work: a message and a fraction done (−1 when idle). */
    public static final class Activity {
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
        private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
        private final java.util.Map<Background<?>, String> running = new java.util.LinkedHashMap<>();
        private final java.util.Map<Background<?>, Double> done = new java.util.HashMap<>();

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        public ReadOnlyDoubleProperty fractionProperty() {
            return fraction.getReadOnlyProperty();
        }

        public boolean isIdle() {
            return running.isEmpty();
        }

        void started(Background<?> b, String what) {
            onFx(() -> {
                running.put(b, what);
                done.put(b, 0.0);
                refresh();
            });
        }

        void progress(Background<?> b, double d) {
            onFx(() -> {
                if (running.containsKey(b)) {
                    done.put(b, Math.max(0, Math.min(1, d)));
                    refresh();
                }
            });
        }

        void finished(Background<?> b) {
            onFx(() -> {
                running.remove(b);
                done.remove(b);
                refresh();
            });
        }

        private void refresh() {
            if (running.isEmpty()) {
                message.set("");
                fraction.set(-1);
                return;
            }
            Background<?> last = null;
            for (Background<?> b : running.keySet()) {
                last = b;
            }
            message.set(running.get(last) + "…");
            fraction.set(done.getOrDefault(last, 0.0));
        }

        private static void onFx(Runnable r) {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        }
    }
}
