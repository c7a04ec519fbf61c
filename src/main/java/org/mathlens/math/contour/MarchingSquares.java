package org.mathlens.math.contour;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Iso-lines of a scalar field f(x, y) over a box by marching squares: sample f on a grid,
 * then in each cell join the points where a level crosses the cell's edges (linear
 * interpolation; the ambiguous saddle cells are decided by the cell's centre value).
 * Pure and allocation-light: one pass gives all levels as flat segment arrays.
 */
public final class MarchingSquares {
    private MarchingSquares() {
    }

    /** A sampled field: values[j * nx + i] = f(x0 + i·dx, y0 + j·dy), i < nx, j < ny. */
    public record Field(double x0, double x1, double y0, double y1, int nx, int ny, double[] values) {
        public double x(int i) {
            return x0 + (x1 - x0) * i / (nx - 1);
        }

        public double y(int j) {
            return y0 + (y1 - y0) * j / (ny - 1);
        }

        public double at(int i, int j) {
            return values[j * nx + i];
        }

        /** The smallest and largest finite values, or {NaN, NaN} when there are none. */
        public double[] range() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
        }
    }

    public static Field sample(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int nx, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a field needs at least 2×2 samples");
        }
        double[] v = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            double y = y0 + (y1 - y0) * j / (ny - 1);
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = f.applyAsDouble(x0 + (x1 - x0) * i / (nx - 1), y);
            }
        }
        return new Field(x0, x1, y0, y1, nx, ny, v);
    }

    /**
     * The segments of the iso-line f = level, flattened as x1, y1, x2, y2, x1, y1, ...
     * Cells with a non-finite corner are skipped.
     */
    public static double[] isoline(Field field, double level) {
        double[] out = new double[64];
        int n = 0;
        double[] px = new double[4];
        double[] py = new double[4];
        for (int j = 0; j + 1 < field.ny; j++) {
            for (int i = 0; i + 1 < field.nx; i++) {
                double a = field.at(i, j);         // bottom-left
                double b = field.at(i + 1, j);     // bottom-right
                double c = field.at(i + 1, j + 1); // top-right
                double d = field.at(i, j + 1);     // top-left
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
                    continue;
                }
                int code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                double xl = field.x(i);
                double xr = field.x(i + 1);
                double yb = field.y(j);
                double yt = field.y(j + 1);
                // crossing points on the four edges: 0 bottom, 1 right, 2 top, 3 left
                int k = 0;
                if ((a >= level) != (b >= level)) {
                    px[k] = xl + (xr - xl) * t(a, b, level);
                    py[k] = yb;
                    k++;
                }
                if ((b >= level) != (c >= level)) {
                    px[k] = xr;
                    py[k] = yb + (yt - yb) * t(b, c, level);
                    k++;
                }
                if ((d >= level) != (c >= level)) {
                    px[k] = xl + (xr - xl) * t(d, c, level);
                    py[k] = yt;
                    k++;
                }
                if ((a >= level) != (d >= level)) {
                    px[k] = xl;
                    py[k] = yb + (yt - yb) * t(a, d, level);
                    k++;
                }
                if (out.length < n + 8) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (k == 2) {
                    out[n++] = px[0];
                    out[n++] = py[0];
                    out[n++] = px[1];
                    out[n++] = py[1];
                } else if (k == 4) {
                    // saddle: points in order bottom, right, top, left; the centre decides the pairing
                    boolean centreHigh = (a + b + c + d) / 4 >= level;
                    boolean aHigh = a >= level;
                    // if the centre agrees with corner a, a's region joins the centre: cut off b and d
                    int[] pair = centreHigh == aHigh ? new int[] {0, 1, 2, 3} : new int[] {0, 3, 1, 2};
                    for (int q = 0; q < 4; q += 2) {
                        out[n++] = px[pair[q]];
                        out[n++] = py[pair[q]];
                        out[n++] = px[pair[q + 1]];
                        out[n++] = py[pair[q + 1]];
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double t(double p, double q, double level) {
        double d = q - p;
        return d == 0 ? 0.5 : Math.max(0, Math.min(1, (level - p) / d));
    }

    /** count levels spaced evenly in log scale between the field's smallest positive value (at least max·1e-4) and its largest. */
    public static double[] logLevels(Field field, int count) {
        double[] r = field.range();
        double hi = r[1];
        if (!(hi > 0)) {
            return quantileLevels(field, count);
        }
        double lo = Double.POSITIVE_INFINITY;
        for (double v : field.values) {
            if (v > 0 && Double.isFinite(v)) {
                lo = Math.min(lo, v);
            }
        }
        lo = Math.max(lo, hi * 1e-4);
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = lo * Math.pow(hi / lo, (k + 0.5) / count);
        }
        return levels;
    }

    /** count levels at the quantiles (k + ½)/count of the finite sampled values. */
    public static double[] quantileLevels(Field field, int count) {
        double[] finite = Arrays.stream(field.values).filter(Double::isFinite).sorted().toArray();
        double[] levels = new double[count];
        if (finite.length == 0) {
            return new double[0];
        }
        for (int k = 0; k < count; k++) {
            levels[k] = finite[(int) Math.min(finite.length - 1, Math.floor((k + 0.5) / count * finite.length))];
        }
        return Arrays.stream(levels).distinct().toArray();
    }
}
