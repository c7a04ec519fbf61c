package org.mathlens.kit;

import java.util.function.DoubleBinaryOperator;

/**
 * Heights z = f(x, y) sampled on a regular grid of n × n cells over [x0, x1] × [y0, y1], kept
 * between frames: a pane resamples only when its function or range changes, and every redraw
 * draws the same numbers. A sample that is not finite (log of a negative, a pole, an error in
 * the function) is stored as NaN and the cells around it are left out, an honest gap.
 */
public final class SurfaceMesh {
    private final int cells;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final double[] z;
    private double zMin = Double.NaN;
    private double zMax = Double.NaN;

    public SurfaceMesh(int cells, double x0, double x1, double y0, double y1) {
        if (cells < 1 || cells > 1000) {
            throw new IllegalArgumentException("cells must be 1..1000, was " + cells);
        }
        if (!(Double.isFinite(x0) && Double.isFinite(x1) && Double.isFinite(y0) && Double.isFinite(y1))
                || !(x1 > x0) || !(y1 > y0)) {
            throw new IllegalArgumentException("the ranges must be finite and increasing");
        }
        this.cells = cells;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.z = new double[(cells + 1) * (cells + 1)];
        java.util.Arrays.fill(z, Double.NaN);
    }

    /** Samples f on n × n cells over [x0, x1] × [y0, y1]. */
    public static SurfaceMesh sample(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int n) {
        SurfaceMesh mesh = new SurfaceMesh(n, x0, x1, y0, y1);
        mesh.resample(f);
        return mesh;
    }

    /** Samples f again into the same arrays (no allocation); a throwing f leaves a gap there. */
    public void resample(DoubleBinaryOperator f) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= cells; j++) {
            double y = y(j);
            for (int i = 0; i <= cells; i++) {
                double v;
                try {
                    v = f.applyAsDouble(x(i), y);
                } catch (ArithmeticException | IllegalArgumentException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    v = Double.NaN;
                } else {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                z[j * (cells + 1) + i] = v;
            }
        }
        zMin = lo <= hi ? lo : Double.NaN;
        zMax = lo <= hi ? hi : Double.NaN;
    }

    /** Cells along each side; there are cells + 1 samples per side. */
    public int cells() {
        return cells;
    }

    public double x(int i) {
        return i == cells ? x1 : x0 + (x1 - x0) * i / cells;
    }

    public double y(int j) {
        return j == cells ? y1 : y0 + (y1 - y0) * j / cells;
    }

    /** The height at sample (i, j), or NaN for a gap. */
    public double z(int i, int j) {
        return z[j * (cells + 1) + i];
    }

    /** The lowest finite height, or NaN when there is none. */
    public double zMin() {
        return zMin;
    }

    /** The highest finite height, or NaN when there is none. */
    public double zMax() {
        return zMax;
    }
}
