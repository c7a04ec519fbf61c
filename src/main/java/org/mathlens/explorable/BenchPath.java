package org.mathlens.explorable;

/**
 * Paths the panes' bench scripts drag a handle along, as a learner exploring would: one lap
 * every {@link #LAP} frames, positions rounded to hundredths as snapped drags are.
 */
public final class BenchPath {
    /** Frames for one lap: four seconds at 60 Hz. */
    public static final int LAP = 240;

    private BenchPath() {
    }

    /** The point of a circle round the origin reached at this frame. */
    public static double[] onCircle(int frame, double radius) {
        double t = frame * 2 * Math.PI / LAP;
        return new double[] {hundredths(radius * Math.cos(t)), hundredths(radius * Math.sin(t))};
    }

    private static double hundredths(double x) {
        return Math.round(100 * x) / 100.0;
    }
}
