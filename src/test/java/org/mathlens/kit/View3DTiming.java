package org.mathlens.kit;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Scene;
import org.mathlens.cli.Toolkit;

/**
 * Times a View3D frame the way {@code --bench} times a pane (orbit a little, then one layout
 * pass that redraws), for the demo picture with a 40 × 40 surface. A main, not a test: the
 * design keeps timing out of unit tests. Run after {@code mvn test-compile} with the test
 * classpath: {@code java -cp ... org.mathlens.kit.View3DTiming}.
 */
public final class View3DTiming {
    private View3DTiming() {
    }

    public static void main(String[] args) {
        Toolkit.startHeadless();
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String report = Toolkit.onFx(() -> {
            Demo3D demo = new Demo3D(40);
            View3D view = new View3D();
            view.setContent(demo::draw);
            new Scene(view, 1200, 800);
            view.applyCss();
            view.layout();
            double[] ms = new double[frames];
            long allocated0 = allocatedBytes();
            for (int i = 0; i < 2 * frames; i++) {
                long t0 = System.nanoTime();
                view.orbit(0.01, Math.sin(i * 0.01) * 0.005);
                view.layout();
                if (i >= frames) {
                    ms[i - frames] = (System.nanoTime() - t0) / 1e6;
                }
                if (i == frames) {
                    allocated0 = allocatedBytes();
                }
            }
            long perFrame = (allocatedBytes() - allocated0) / frames;
            Arrays.sort(ms);
            // rasterising happens on the render thread, not in the frame above: time it apart
            double[] render = new double[15];
            for (int i = 0; i < render.length; i++) {
                view.orbit(0.05, 0);
                view.layout();
                long t0 = System.nanoTime();
                Snapshots.render(view, 1);
                render[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(render);
            return String.format(Locale.ROOT,
                    "marks %d  frame p50 %.3f ms  p99 %.3f ms  max %.3f ms  allocated %d B/frame  render (sw, 1200x800) p50 %.1f ms",
                    view.sketch().size(), ms[frames / 2], ms[(int) (frames * 0.99)], ms[frames - 1], perFrame,
                    render[render.length / 2]);
        });
        System.out.println(report);
        System.exit(0);
    }

    private static long allocatedBytes() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
