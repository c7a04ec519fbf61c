package org.mathlens.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.mathlens.kit.Looks;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorables.ml.DigitsModel;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Snapshots;
import org.mathlens.explorables.ml.NeuralNetworkExplorable;
import org.mathlens.math.ml.TimeToTarget;
import org.mathlens.math.ml.TrainingRun;
import java.util.function.ToDoubleFunction;

/**
 * {@code --bench}: times each pane's scripted interaction frame by frame (model update plus the
 * scene update of one pulse: p50, p99 and max of the UI thread's CPU time, and the wall-clock
 * p99 beside them), the time to render the whole pane to pixels, the app's start-up and the
 * heap it uses afterwards.
 */
public final class Bench {
    static final int WARMUP_FRAMES = 1500;  // the JIT has compiled the hot paths by then: we time the steady state
    static final int FRAMES = 600;
    static final int RENDERS = 9;

    private final PrintStream out;
    private final PrintStream err;

    public Bench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> ids) {
        List<String> chosen = ids.isEmpty() ? Catalog.ids() : ids;
        for (String id : chosen) {
            if (Catalog.create(id).isEmpty()) {
                err.println("unknown explorable '" + id + "'; --list shows them all");
                return Headless.FAILED;
            }
        }
        // start-up first, while this JVM sits idle waiting for the child (median of three starts)
        String startup = startupMillis();
        Toolkit.startHeadless();
        out.println("id\tframes\tp50_ms\tp99_ms\tmax_ms\trender_ms\twall_p99_ms");
        for (String id : chosen) {
            out.println(Toolkit.onFx(() -> benchOne(Catalog.create(id).orElseThrow())));
        }
        trainingRows(chosen);
        out.println("startup\t" + startup);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.println("memory\t" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MB");
        return Headless.OK;
    }

    private static String benchOne(Explorable pane) {
        Looks.apply(false);
        PaneLayout layout = new PaneLayout(pane);
        Scene scene = new Scene(layout, 1200, 800);
        Looks.style(scene);
        layout.applyCss();
        layout.layout();
        for (int i = 0; i < WARMUP_FRAMES; i++) {
            pane.benchFrame(i);
            layout.layout();
        }
        // a frame's cost is the UI thread's CPU time for it: on a shared 2-core machine the wall
        // clock also counts the moments the thread was not running at all (the JIT, the GC's
        // helpers, other programs), which says nothing about the pane; the wall-clock p99 is
        // reported beside it so the difference stays visible
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[FRAMES];
        double[] wall = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pane.benchFrame(WARMUP_FRAMES + i);
            layout.layout();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            ms[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double[] render = new double[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long t0 = System.nanoTime();
            Snapshots.render(layout, 1);
            render[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(wall);
        Arrays.sort(render);
        return String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.1f\t%.3f", pane.id(), FRAMES,
                percentile(ms, 0.50), percentile(ms, 0.99), ms[ms.length - 1], render[RENDERS / 2], percentile(wall, 0.99));
    }

    /**
     * Training panes' speed (issue 18): epochs per second and the milliseconds until a seeded run
     * of the pane's defaults reaches its target; best of three, so a moment the shared machine
     * was busy elsewhere does not count.
     */
    private void trainingRows(List<String> chosen) {
        boolean network = chosen.contains("neural-network");
        boolean digits = chosen.contains("image-classification");
        if (!network && !digits) {
            return;
        }
        out.println("training\tepochs\tepochs_per_s\tms_to_target\ttarget");
        if (network) {
            out.println(trainingRow("neural-network circle", NeuralNetworkExplorable.defaultRecipe(),
                    TrainingRun.Scores::testAccuracy, "test accuracy", 0.95));
        }
        if (digits) {
            DigitsModel.Settings s = new DigitsModel.Settings("softmax", 32, "adam", 0.01, 32, 1, 0.8);
            TrainingRun.Recipe recipe = DigitsModel.recipe(s, DigitsModel.digits(s.seed(), s.trainShare()).data());
            out.println(trainingRow("image-classification digits softmax", recipe,
                    TrainingRun.Scores::testAccuracy, "test accuracy", 0.93));
        }
    }

    static String trainingRow(String what, TrainingRun.Recipe recipe, ToDoubleFunction<TrainingRun.Scores> score,
            String scoreName, double target) {
        TimeToTarget t = null;
        for (int i = 0; i < 3; i++) {
            TimeToTarget run = TimeToTarget.measure(recipe, score, target, 1000);
            t = t == null || run.millis() < t.millis() ? run : t;
        }
        return String.format(Locale.ROOT, "%s\t%d\t%.0f\t%s\t%s ≥ %.2f", what, t.epochs(), t.epochsPerSecond(),
                t.reached() ? String.format(Locale.ROOT, "%.1f", t.millis()) : "not reached", scoreName, target);
    }

    static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The median over three fresh JVMs of the time from JVM start to the window's first frame. */
    private String startupMillis() {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String one = startupOnce();
            try {
                runs.add(Long.parseLong(one));
            } catch (NumberFormatException e) {
                return "unknown";
            }
        }
        runs.sort(null);
        return runs.get(1) + " ms";
    }

    /** Starts a fresh JVM that opens the window headless and reports when its first frame is shown. */
    private String startupOnce() {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new ArrayList<>(List.of(java,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32",
                "-cp", System.getProperty("java.class.path"), "org.mathlens.Main", "--startup-probe"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.readLine();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return line == null ? "unknown" : line.trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The probe's side: milliseconds from this JVM's start to now. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
