package org.mathlens.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.PaneAnimation;

/**
 * {@code --bench-window}: what a learner's frame rate is, painting included. It opens the real
 * window at 1600×1000, and for each pane plays its scripted drag ({@link Explorable#benchFrame})
 * and then its own animation through real pulses, while JavaFX's pulse logger reports how long
 * each pulse took from the FX thread's start to the end of painting. {@code --bench} times only
 * the FX thread's share; on the software pipeline most of a frame is painting, so the two
 * answer different questions.
 */
public final class WindowBench {
    static final int SETTLE_PULSES = 30;
    static final int TIMED_PULSES = 360;   // six seconds at 60 Hz, unless --pulses says otherwise
    // "PULSE: 12 [16ms:9ms]" for a pulse over the threshold, "[12 16ms:9ms]" (ten a line) for the
    // rest: the pulse's number, the time since the one before, and its duration to painting's end
    private static final Pattern PULSE = Pattern.compile("\\[(?:\\d+ )?\\d+ms:(\\d+)ms\\]");
    // a pulse's steps: "T17 (34 +22ms): Layout Pass" (thread, start, duration, what)
    private static final Pattern STEP = Pattern.compile("^T\\d+ \\(\\d+ \\+(\\d+)ms\\): (.+)$");

    private final List<String> ids;
    private final int width;
    private final int height;
    private final PrintStream out;
    private final PulseLog log = new PulseLog();
    private final int timedPulses;
    private final int warmupPulses;

    private WindowBench(List<String> ids, int width, int height, int timedPulses, PrintStream out) {
        this.ids = ids;
        this.width = width;
        this.height = height;
        this.out = out;
        this.timedPulses = timedPulses;
        // long enough for the JIT to compile the paint path before any pulse counts
        this.warmupPulses = Math.max(60, timedPulses * 2 / 3);
    }

    /**
     * Runs from {@code Main}; returns an exit code, or -1 once the window is launched (it
     * exits by itself when done). The pulse logger must be switched on before JavaFX starts.
     */
    public static int launch(List<String> args, PrintStream out, PrintStream err) {
        List<String> ids = new ArrayList<>();
        int w = 1600;
        int h = 1000;
        int pulses = TIMED_PULSES;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--pulses") && i + 1 < args.size()) {
                try {
                    pulses = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    pulses = 0;
                }
                if (pulses < 30) {
                    err.println("--pulses must be a whole number of at least 30, not " + args.get(i));
                    return 2;
                }
            } else if (a.equals("--size") && i + 1 < args.size()) {
                String[] wh = args.get(++i).split("x");
                try {
                    w = Integer.parseInt(wh[0]);
                    h = Integer.parseInt(wh[1]);
                } catch (RuntimeException e) {
                    err.println("--size must look like 1600x1000, not " + args.get(i));
                    return 2;
                }
            } else if (Catalog.create(a).isEmpty()) {
                err.println("unknown explorable '" + a + "'; --list shows them all");
                return 2;
            } else {
                ids.add(a);
            }
        }
        if (isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            err.println("--bench-window needs a display: run it in a desktop session or under xvfb-run");
            return 2;
        }
        WindowBench bench = new WindowBench(ids.isEmpty() ? Catalog.ids() : ids, w, h, pulses, out);
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "0");
        // the logger writes every pulse's breakdown to standard error; we keep one number of each
        System.setErr(new PrintStream(bench.log, true, StandardCharsets.UTF_8));
        MathlensApp.launchThen(bench::start);
        return -1;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private void start(Stage stage, Shell shell) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        out.println("id\tphase\tpulses\tp50_ms\tp95_ms\tp99_ms\tfps\tms_per_pulse_in");
        new Script(shell).start();
    }

    /** One pane after another: open, settle, drag (warm-up, timed), play (timed), next. */
    private final class Script extends AnimationTimer {
        private final Shell shell;
        private int pane = -1;
        private Explorable current;
        private String phase;
        private int frame;
        private long firstNanos;
        private long lastNanos;

        Script(Shell shell) {
            this.shell = shell;
        }

        @Override
        public void handle(long now) {
            if (pane < 0 && ++frame < SETTLE_PULSES) {
                return; // the shell opens the last lesson's pane after its first frame: let it
            }
            if (current == null) {
                next();
                return;
            }
            frame++;
            switch (phase) {
                case "settle" -> {
                    if (frame >= SETTLE_PULSES) {
                        begin("warmup");
                    }
                }
                case "warmup" -> {
                    current.benchFrame(frame);
                    if (frame >= warmupPulses) {
                        begin("drag");
                        log.record(true);
                    }
                }
                case "drag" -> {
                    current.benchFrame(warmupPulses + frame);
                    time(now);
                    if (frame >= timedPulses) {
                        report();
                        Optional<PaneAnimation> anim = current.animation();
                        if (anim.isPresent()) {
                            anim.get().rewind();
                            shell.player().playingProperty().set(true);
                            begin("play");
                            log.record(true);
                        } else {
                            current = null;
                        }
                    }
                }
                case "play" -> {
                    if (!shell.player().playingProperty().get()) {
                        shell.player().playingProperty().set(true); // a finished play starts again
                    }
                    time(now);
                    if (frame >= timedPulses) {
                        shell.player().pause();
                        report();
                        current = null;
                    }
                }
                default -> throw new IllegalStateException(phase);
            }
        }

        private void next() {
            pane++;
            if (pane >= ids.size()) {
                stop();
                log.close(); // JavaFX's shutdown chatter is not a finding
                out.flush();
                Platform.exit();
                System.exit(0);
            }
            current = shell.host().open(ids.get(pane)).orElseThrow();
            begin("settle");
        }

        private void begin(String name) {
            phase = name;
            frame = 0;
            firstNanos = 0;
        }

        private void time(long now) {
            if (firstNanos == 0) {
                firstNanos = now;
            }
            lastNanos = now;
        }

        private void report() {
            String where = log.where();
            double[] ms = log.take();
            double fps = frame <= 1 ? 0 : (frame - 1) / ((lastNanos - firstNanos) / 1e9);
            out.println(row(current.id(), phase, ms, fps) + "\t" + where);
            out.flush();
        }
    }

    static String row(String id, String phase, double[] pulseMillis, double fps) {
        double[] sorted = pulseMillis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s\t%s\t%d\t%.0f\t%.0f\t%.0f\t%.1f", id, phase, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), fps);
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Keeps the total of each pulse the logger prints while recording; drops the rest of its lines. */
    static final class PulseLog extends OutputStream {
        private final StringBuilder line = new StringBuilder();
        private final List<Double> pulses = new ArrayList<>();
        private final java.util.Map<String, Double> steps = new java.util.TreeMap<>();
        private boolean recording;
        private boolean closed;

        @Override
        public synchronized void close() {
            closed = true;
        }

        synchronized void record(boolean on) {
            recording = on;
            pulses.clear();
            steps.clear();
        }

        /** Where the recorded pulses' time went: the three costliest steps, in ms per pulse. */
        synchronized String where() {
            int n = Math.max(1, pulses.size());
            return steps.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(3)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / n))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        synchronized double[] take() {
            recording = false;
            double[] ms = pulses.stream().mapToDouble(Double::doubleValue).toArray();
            pulses.clear();
            return ms;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                accept(line.toString());
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }

        synchronized void accept(String text) {
            Matcher m = PULSE.matcher(text);
            boolean any = false;
            while (m.find()) {
                any = true;
                if (recording) {
                    pulses.add(Double.parseDouble(m.group(1)));
                }
            }
            Matcher step = STEP.matcher(text);
            if (step.find()) {
                if (recording) {
                    steps.merge(step.group(2).trim(), Double.parseDouble(step.group(1)), Double::sum);
                }
                return;
            }
            if (!any && !closed && !text.isBlank() && !text.startsWith("T") && !text.startsWith("\t")
                    && !text.startsWith("Counters") && !text.startsWith("INTER PULSE")) {
                System.out.println("# " + text); // not the logger's: an error someone should see
            }
        }
    }
}
