package org.mathlens.math.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Samples y = f(x) over a visible box for plotting: a coarse even grid refined by recursive
 * halving wherever the curve bends more than a fraction of a pixel, and broken into separate
 * pieces wherever f is undefined (NaN, ±inf) or jumps (a pole, a step). Every sample it returns
 * is finite, so a plot never joins the two sides of a pole with a line through it.
 * <ul>
 *   <li>A domain edge (√x at 0, log x at 0) is found by bisection, so the piece ends on it.</li>
 *   <li>A jump is an interval that still changes by more than a few pixels when it is narrower
 *       than a thousandth of a pixel, or whose midpoint overshoots both ends (a pole between).</li>
 *   <li>Intervals wholly above or below the box are not refined: nobody sees them.</li>
 * </ul>
 */
public final class AdaptiveSampler {
    /** Intervals of the first, even grid. */
    public static final int BASE_INTERVALS = 48;
    /** Refinement stops here whatever the function does (sin(1/x) near 0). */
    public static final int MAX_SAMPLES = 20_000;
    private static final int MAX_DEPTH = 18;
    private static final int EDGE_BISECTIONS = 60;

    /** One unbroken run of samples, x increasing. */
    public record Piece(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    /** The pieces of a sampled curve, left to right. */
    public record Curve(List<Piece> pieces) {
        public Curve {
            pieces = List.copyOf(pieces);
        }

        public int sampleCount() {
            int n = 0;
            for (Piece p : pieces) {
                n += p.size();
            }
            return n;
        }
    }

    private final DoubleUnaryOperator f;
    private final double y0;
    private final double y1;
    private final double tolerance;
    private final double jump;
    private final double tinyWidth;
    private final List<Piece> pieces = new ArrayList<>();
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int n;
    private int total;

    private AdaptiveSampler(DoubleUnaryOperator f, double y0, double y1, double pixelX, double pixelY) {
        this.f = f;
        this.y0 = y0;
        this.y1 = y1;
        this.tolerance = 0.25 * pixelY;
        this.jump = 3 * pixelY;
        this.tinyWidth = 1e-3 * pixelX;
    }

    /**
     * Samples f on [x0, x1] for a box [y0, y1] drawn with the given size of one pixel in world
     * units along x and y (so the refinement stops at what the eye can see).
     */
    public static Curve sample(DoubleUnaryOperator f, double x0, double x1, double y0, double y1,
                               double pixelX, double pixelY) {
        if (!(x1 > x0) || !Double.isFinite(x0) || !Double.isFinite(x1) || !(pixelX > 0) || !(pixelY > 0)) {
            return new Curve(List.of());
        }
        AdaptiveSampler s = new AdaptiveSampler(f, y0, y1, pixelX, pixelY);
        s.run(x0, x1);
        return new Curve(s.pieces);
    }

    private double eval(double x) {
        total++;
        double y = f.applyAsDouble(x);
        return Double.isFinite(y) ? y : Double.NaN;
    }

    private void run(double x0, double x1) {
        double step = (x1 - x0) / BASE_INTERVALS;
        double a = x0;
        double fa = eval(a);
        if (!Double.isNaN(fa)) {
            emit(a, fa);
        }
        for (int i = 1; i <= BASE_INTERVALS; i++) {
            double b = i == BASE_INTERVALS ? x1 : x0 + i * step;
            double fb = eval(b);
            interval(a, fa, b, fb, 0);
            a = b;
            fa = fb;
        }
        breakPiece();
    }

    /** Adds what lies in (a, b] given the sample at a has been emitted (or a is undefined). */
    private void interval(double a, double fa, double b, double fb, int depth) {
        boolean da = !Double.isNaN(fa);
        boolean db = !Double.isNaN(fb);
        if (!da && !db) {
            // both undefined: look inside once in a while, for islands of definition
            if (depth < 3 && total < MAX_SAMPLES) {
                double m = 0.5 * (a + b);
                double fm = eval(m);
                interval(a, fa, m, fm, depth + 1);
                interval(m, fm, b, fb, depth + 1);
            }
            return;
        }
        if (da != db) {
            domainEdge(a, fa, b, fb);
            return;
        }
        double m = 0.5 * (a + b);
        if (offScreenTogether(fa, fb) || total >= MAX_SAMPLES) {
            emit(b, fb);
            return;
        }
        double fm = eval(m);
        if (Double.isNaN(fm)) {
            interval(a, fa, m, fm, depth + 1);
            interval(m, fm, b, fb, depth + 1);
            return;
        }
        boolean tiny = (b - a) <= tinyWidth || depth >= MAX_DEPTH || m <= a || m >= b;
        if (tiny) {
            double lo = Math.min(fa, fb);
            double hi = Math.max(fa, fb);
            boolean overshoots = fm > hi + jump || fm < lo - jump;
            if (overshoots || hi - lo > jump) {
                breakPiece();
            }
            emit(b, fb);
            return;
        }
        boolean straight = Math.abs(fm - 0.5 * (fa + fb)) <= tolerance;
        if (straight && depth == 0) {
            // a symmetric bend can hide from the midpoint alone: check the quarter points too
            double q1 = eval(a + 0.25 * (b - a));
            double q3 = eval(a + 0.75 * (b - a));
            straight = Math.abs(q1 - (0.75 * fa + 0.25 * fb)) <= tolerance
                    && Math.abs(q3 - (0.25 * fa + 0.75 * fb)) <= tolerance;
        }
        if (straight) {
            emit(b, fb);
            return;
        }
        interval(a, fa, m, fm, depth + 1);
        interval(m, fm, b, fb, depth + 1);
    }

    private boolean offScreenTogether(double fa, double fb) {
        return (fa > y1 && fb > y1) || (fa < y0 && fb < y0);
    }

    /** One end defined, the other not: bisect to the edge of the domain and end (or start) the piece there. */
    private void domainEdge(double a, double fa, double b, double fb) {
        boolean leftDefined = !Double.isNaN(fa);
        double in = leftDefined ? a : b;
        double fin = leftDefined ? fa : fb;
        double out = leftDefined ? b : a;
        for (int k = 0; k < EDGE_BISECTIONS; k++) {
            double m = 0.5 * (in + out);
            if (m == in || m == out) {
                break;
            }
            double fm = eval(m);
            if (Double.isNaN(fm)) {
                out = m;
            } else {
                in = m;
                fin = fm;
            }
        }
        if (leftDefined) {
            if (in != a) {
                emit(in, fin);
            }
            breakPiece();
        } else {
            breakPiece();
            emit(in, fin);
            if (in != b) {
                interval(in, fin, b, fb, 1);
            }
        }
    }

    private void emit(double x, double y) {
        if (n > 0 && x <= xs[n - 1]) {
            return;
        }
        if (n == xs.length) {
            xs = java.util.Arrays.copyOf(xs, n * 2);
            ys = java.util.Arrays.copyOf(ys, n * 2);
        }
        xs[n] = x;
        ys[n] = y;
        n++;
    }

    private void breakPiece() {
        if (n > 0) {
            pieces.add(new Piece(java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)));
        }
        n = 0;
    }
}
