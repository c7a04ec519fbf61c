package org.mathlens.math.calculus;

import java.util.function.DoubleUnaryOperator;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;

/**
 * Limits computed numerically. If f is continuous at a, the answer is f(a). Otherwise f is
 * sampled at a ± h for h halving from 0.01 down towards 0, and the samples are
 * <ul>
 *   <li>extrapolated to h = 0 (Richardson), which handles removable singularities like
 *       sin(x)/x where the samples near 0 are exact but (1 − cos x)/x² where they cancel;</li>
 *   <li>tested for steady growth (→ ±inf) and for oscillation.</li>
 * </ul>
 * A result within about 1e-9 of a simple value (a whole number, a small fraction, a simple
 * multiple of π, √n) is returned as that value, so sin(x)/x → 1 prints exactly 1.0.
 * Limits at ±inf substitute x = 1/t and approach t → 0.
 */
public final class Limits {
    public enum Side { LEFT, RIGHT, BOTH }

    private static final int SAMPLES = 44;
    private static final int EXTRAPOLATION_SAMPLES = 26;
    private static final int CANDIDATE_ROWS = 17;

    private Limits() {
    }

    private enum Kind { VALUE, POSITIVE_INFINITY, NEGATIVE_INFINITY, OSCILLATES, UNDEFINED }

    private record OneSided(Kind kind, double value) {
        double asNumber() {
            return switch (kind) {
                case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
                case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
                default -> value;
            };
        }
    }

    /** The limit of f(x) as x → a (from one side or both); ±inf as a number; MathError when it does not exist. */
    public static double limit(DoubleUnaryOperator f, double a, Side side) {
        if (Double.isNaN(a)) {
            throw new MathError("limit needs a number (or inf, -inf) to approach");
        }
        if (Double.isInfinite(a)) {
            if (side != Side.BOTH && (side == Side.LEFT) != (a > 0)) {
                throw new MathError("x can only approach " + Numbers.format(a) + " from " + (a > 0 ? "the left" : "the right"));
            }
            // x = 1/t: x → +inf is t → 0 from the right, x → -inf is t → 0 from the left
            DoubleUnaryOperator g = t -> f.applyAsDouble(1 / t);
            OneSided r = approach(g, 0, a > 0 ? 1 : -1, 1e-3);
            return result(r, a, "as x → " + Numbers.format(a));
        }
        double scale = 0.01 * Math.max(1, Math.abs(a));
        if (side != Side.BOTH) {
            int s = side == Side.RIGHT ? 1 : -1;
            if (continuous(f, a, s, s)) {
                return f.applyAsDouble(a);
            }
            return result(approach(f, a, s, scale), a, "to the " + (s > 0 ? "right" : "left") + " of " + Numbers.format(a));
        }
        if (continuous(f, a, -1, 1)) {
            return f.applyAsDouble(a);
        }
        OneSided left = side(f, a, -1, scale);
        OneSided right = side(f, a, 1, scale);
        if (left.kind == Kind.OSCILLATES || right.kind == Kind.OSCILLATES) {
            throw new MathError("limit does not exist: f oscillates near " + Numbers.format(a));
        }
        if (left.kind == Kind.UNDEFINED && right.kind == Kind.UNDEFINED) {
            throw new MathError("limit does not exist: f is undefined near " + Numbers.format(a));
        }
        if (left.kind == Kind.UNDEFINED || right.kind == Kind.UNDEFINED) {
            boolean leftMissing = left.kind == Kind.UNDEFINED;
            double other = (leftMissing ? right : left).asNumber();
            throw new MathError("limit does not exist: f is undefined to the " + (leftMissing ? "left" : "right") + " of "
                    + Numbers.format(a) + " (the " + (leftMissing ? "right" : "left") + "-hand limit is "
                    + Numbers.format(other) + ")");
        }
        double l = left.asNumber();
        double r = right.asNumber();
        if (l == r || (Double.isFinite(l) && Double.isFinite(r)
                && Math.abs(l - r) <= 1e-7 * Math.max(1, Math.max(Math.abs(l), Math.abs(r))))) {
            return l;
        }
        throw new MathError("limit does not exist: left " + Numbers.format(l) + ", right " + Numbers.format(r));
    }

    private static double result(OneSided r, double a, String where) {
        return switch (r.kind) {
            case OSCILLATES -> throw new MathError("limit does not exist: f oscillates " + (Double.isInfinite(a) ? where : "near " + Numbers.format(a)));
            case UNDEFINED -> throw new MathError("limit does not exist: f is undefined " + where);
            default -> r.asNumber();
        };
    }

    /** One side: f(a) when f is continuous from that side (√x at 0 from the right), else the approach. */
    private static OneSided side(DoubleUnaryOperator f, double a, int s, double scale) {
        if (continuous(f, a, s, s)) {
            return new OneSided(Kind.VALUE, f.applyAsDouble(a));
        }
        return approach(f, a, s, scale);
    }

    /**
     * f is continuous at a (on the given sides) when f(a) is finite and f(a ± h) settles onto
     * f(a) as h shrinks: the gap never grows and ends below 1e-4 of f's size.
     */
    private static boolean continuous(DoubleUnaryOperator f, double a, int fromSide, int toSide) {
        double fa = f.applyAsDouble(a);
        if (!Double.isFinite(fa)) {
            return false;
        }
        double size = Math.max(1, Math.abs(fa));
        for (int s = fromSide; s <= toSide; s += 2) {
            double previousGap = Double.POSITIVE_INFINITY;
            for (int k = 3; k <= 12; k += 3) {
                double h = Math.pow(10, -k) * Math.max(1, Math.abs(a));
                double y = f.applyAsDouble(a + s * h);
                if (!Double.isFinite(y)) {
                    return false;
                }
                double gap = Math.abs(y - fa);
                if (gap > previousGap + 1e-15 * size) {
                    return false;
                }
                previousGap = gap;
            }
            if (previousGap > 1e-4 * size) {
                return false;
            }
        }
        return true;
    }

    /** The one-sided behaviour of f(a + s·h) as h → 0+. */
    private static OneSided approach(DoubleUnaryOperator f, double a, int s, double h0) {
        double[] y = new double[SAMPLES];
        int n = 0;
        double h = h0;
        for (; n < SAMPLES; n++, h *= 0.5) {
            double x = a + s * h;
            if (x == a) {
                break;
            }
            y[n] = f.applyAsDouble(x);
        }
        int nan = 0;
        for (int k = n / 2; k < n; k++) {
            if (Double.isNaN(y[k])) {
                nan++;
            }
        }
        if (n < 8 || nan * 2 >= n - n / 2) {
            return new OneSided(Kind.UNDEFINED, Double.NaN);
        }
        double extrapolated = extrapolate(y, Math.min(n, EXTRAPOLATION_SAMPLES));
        if (!Double.isNaN(extrapolated)) {
            return new OneSided(Kind.VALUE, nice(extrapolated));
        }
        Kind growth = growth(y, n);
        if (growth != null) {
            return new OneSided(growth, Double.NaN);
        }
        double settled = settled(y, n);
        if (!Double.isNaN(settled)) {
            return new OneSided(Kind.VALUE, settled);
        }
        return new OneSided(Kind.OSCILLATES, Double.NaN);
    }

    /**
     * Richardson extrapolation of y(h) to h = 0 for h halving each sample (error terms in
     * powers of h). Returns NaN unless the best tableau entry is stable to 1e-8 and the raw
     * samples at moderate h agree with it (which rules out a lucky entry from noise).
     */
    private static double extrapolate(double[] y, int n) {
        int columns = 10;
        double[][] t = new double[n][columns];
        for (int i = 0; i < n; i++) {
            t[i][0] = y[i];
            for (int j = 1; j <= Math.min(i, columns - 1); j++) {
                t[i][j] = t[i][j - 1] + (t[i][j - 1] - t[i - 1][j - 1]) / (Math.pow(2, j) - 1);
            }
        }
        // candidates: entries stable against both row neighbours and the column before;
        // requiring all three keeps a lucky entry from the round-off noise at tiny h out
        java.util.List<double[]> candidates = new java.util.ArrayList<>();
        // rows past the 16th (h below h0/65536) are rounding, not approach: there exp(5h) − 1
        // moves in whole ulps, neighbouring samples come out equal and an error of 0 would win
        for (int i = 2; i < Math.min(n - 1, CANDIDATE_ROWS); i++) {
            for (int j = 1; j <= Math.min(i - 1, columns - 1); j++) {
                double error = Math.max(Math.abs(t[i][j] - t[i][j - 1]),
                        Math.max(Math.abs(t[i][j] - t[i - 1][j]), Math.abs(t[i + 1][j] - t[i][j])));
                if (Double.isFinite(t[i][j]) && error <= 1e-8 * Math.max(1, Math.abs(t[i][j]))) {
                    candidates.add(new double[] {error, t[i][j]});
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(c -> c[0]));
        for (double[] c : candidates) {
            if (consistent(y, n, c[1])) {
                return c[1];
            }
        }
        return Double.NaN;
    }

    /** The samples for h from h0/256 to h0/16384 must lie near the extrapolated value. */
    private static boolean consistent(double[] y, int n, double value) {
        double tolerance = 1e-2 * Math.max(1, Math.abs(value));
        for (int k = 8; k <= Math.min(14, n - 1); k++) {
            if (!(Math.abs(y[k] - value) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** ±inf when the tail of the samples grows steadily in size with one sign, without slowing down much. */
    private static Kind growth(double[] y, int n) {
        int start = Math.min(10, n - 6);
        double sign = Math.signum(y[n - 1]);
        if (sign == 0 || Double.isNaN(sign)) {
            return null;
        }
        for (int k = start; k < n; k++) {
            if (Double.isNaN(y[k]) || Math.signum(y[k]) != sign) {
                return null;
            }
            if (k > start && !(Math.abs(y[k]) >= Math.abs(y[k - 1]))) {
                return null;
            }
        }
        if (Double.isInfinite(y[n - 1])) {
            return sign > 0 ? Kind.POSITIVE_INFINITY : Kind.NEGATIVE_INFINITY;
        }
        // increments of a convergent sequence shrink geometrically; log-like growth keeps them steady
        double firstStep = Math.abs(y[start + 1]) - Math.abs(y[start]);
        double lastStep = Math.abs(y[n - 1]) - Math.abs(y[n - 2]);
        if (firstStep > 0 && lastStep >= 0.5 * firstStep) {
            return sign > 0 ? Kind.POSITIVE_INFINITY : Kind.NEGATIVE_INFINITY;
        }
        return null;
    }

    /**
     * A slowly converging tail (x^x or √x·sin(1/x) at 0): three consecutive windows of samples
     * whose spread shrinks each time and ends small. The value is the last window's middle,
     * rounded to a simple value within that spread.
     */
    private static double settled(double[] y, int n) {
        int window = 8;
        if (n < 3 * window) {
            return Double.NaN;
        }
        double previousSpread = Double.POSITIVE_INFINITY;
        double lo = 0;
        double hi = 0;
        for (int w = 3; w >= 1; w--) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int k = n - w * window; k < n - (w - 1) * window; k++) {
                if (!Double.isFinite(y[k])) {
                    return Double.NaN;
                }
                lo = Math.min(lo, y[k]);
                hi = Math.max(hi, y[k]);
            }
            double spread = hi - lo;
            if (!(spread <= previousSpread) && spread > 0) {
                return Double.NaN;
            }
            previousSpread = spread;
        }
        double middle = 0.5 * (lo + hi);
        if (previousSpread > 1e-4 * Math.max(1, Math.abs(middle))) {
            return Double.NaN;
        }
        return nice(middle, Math.max(2 * previousSpread, 1e-9 * Math.max(1, Math.abs(middle))));
    }

    /** A value within ~1e-9 of a simple one — whole, p/q, p·π/q, p·e/q, ±√n — becomes exactly that one. */
    public static double nice(double v) {
        return nice(v, 1e-9 * Math.max(1, Math.abs(v)));
    }

    /** As {@link #nice(double)}, snapping to 0 or a whole number within the given distance. */
    static double nice(double v, double tolerance) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double size = Math.max(1, Math.abs(v));
        if (Math.abs(v) <= tolerance) {
            return 0.0;
        }
        double whole = Math.rint(v);
        if (Math.abs(v - whole) <= tolerance) {
            return whole + 0.0;
        }
        for (int q = 2; q <= 64; q++) {
            double p = Math.rint(v * q);
            if (Math.abs(v - p / q) <= tolerance) {
                return p / q;
            }
        }
        for (double constant : new double[] {Math.PI, Math.E}) {
            for (int q = 1; q <= 12; q++) {
                double p = Math.rint(v / constant * q);
                if (p != 0 && Math.abs(v - p * constant / q) <= tolerance) {
                    return p * constant / q;
                }
            }
        }
        double square = Math.rint(v * v);
        if (square > 0 && square <= 1000 && Math.abs(Math.abs(v) - Math.sqrt(square)) <= tolerance) {
            return Math.copySign(Math.sqrt(square), v);
        }
        return v;
    }
}
