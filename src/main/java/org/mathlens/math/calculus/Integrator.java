package org.mathlens.math.calculus;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;

/**
 * Definite integrals by adaptive Gauss–Kronrod quadrature (7-point Gauss inside 15-point
 * Kronrod): the interval with the largest error estimate is halved until the total estimate
 * is below 1e-10 relative. Infinite bounds are mapped to a finite interval by substitution.
 */
public final class Integrator {
    /** Target relative accuracy; the K15 result is usually far better than its |K15 - G7| estimate. */
    public static final double RELATIVE_TOLERANCE = 1e-11;
    private static final double ABSOLUTE_TOLERANCE = 1e-15;
    private static final int MAX_INTERVALS = 5000;

    // Kronrod nodes in [0, 1] (the rule is symmetric), from QUADPACK's qk15.
    private static final double[] XK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] WK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    // Gauss weights for the nodes XK[1], XK[3], XK[5], XK[7].
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    /** ∫ f(x) dx from a to b; a and b may be ±inf. MathError when the integral does not converge. */
    public static double integrate(DoubleUnaryOperator f, double a, double b) {
        return integrate(f, a, b, "x");
    }

    /**
     * As {@link #integrate(DoubleUnaryOperator, double, double)}, with the name of the
     * learner's variable: messages speak of it (x → inf), never of the substituted one.
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, String variable) {
        return new Integrator(variable).integrateIn(f, a, b);
    }

    /** The learner's variable, for messages. */
    private final String variable;

    private Integrator(String variable) {
        this.variable = variable;
    }

    private double integrateIn(DoubleUnaryOperator f, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            throw new MathError("integrate needs numbers as bounds");
        }
        if (a == b) {
            return 0.0;
        }
        if (a > b) {
            return -integrateIn(f, b, a);
        }
        if (Double.isInfinite(a) && Double.isInfinite(b)) {
            // x = t / (1 - t²), t in (-1, 1)
            return adaptive(t -> {
                double d = 1 - t * t;
                return times(f.applyAsDouble(t / d), (1 + t * t) / (d * d));
            }, -1, 1, t -> t / (1 - t * t));
        }
        if (Double.isInfinite(b)) {
            // x = a + t / (1 - t), t in [0, 1)
            return adaptive(t -> times(f.applyAsDouble(a + t / (1 - t)), 1 / ((1 - t) * (1 - t))), 0, 1,
                    t -> t == 1 ? Double.POSITIVE_INFINITY : a + t / (1 - t));
        }
        if (Double.isInfinite(a)) {
            // x = b - (1 - t) / t, t in (0, 1]
            return adaptive(t -> times(f.applyAsDouble(b - (1 - t) / t), 1 / (t * t)), 0, 1,
                    t -> t == 0 ? Double.NEGATIVE_INFINITY : b - (1 - t) / t);
        }
        return adaptive(f, a, b, x -> x);
    }

    /** f·dx where f has already decayed to 0: 0·(huge) is 0, not NaN. */
    private static double times(double fx, double jacobian) {
        return fx == 0 ? 0 : fx * jacobian;
    }

    private record Piece(double a, double b, double value, double error) {
    }

    /** How many interior infinities one integral may be split at before it gives up. */
    private static final int MAX_SPLITS = 16;
    private int splits;

    /**
     * The integral on [a, b]; where a node lands on an interior infinity (1/√|x − √2| at √2),
     * the interval is split there, so each half meets it at an end, where it is measured.
     */
    private double adaptive(DoubleUnaryOperator g, double a, double b, DoubleUnaryOperator toX) {
        try {
            return adaptiveOnce(g, a, b, toX);
        } catch (SplitAt split) {
            if (++splits > MAX_SPLITS) {
                throw divergent(split.t, toX);
            }
            return adaptive(g, a, split.t, toX) + adaptive(g, split.t, b, toX);
        }
    }

    /** Thrown when the integrand is infinite at an interior point t: integrate either side of it. */
    private static final class SplitAt extends RuntimeException {
        final double t;

        SplitAt(double t) {
            super(null, null, false, false);
            this.t = t;
        }
    }

    private double adaptiveOnce(DoubleUnaryOperator g, double a, double b, DoubleUnaryOperator toX) {
        PriorityQueue<Piece> pieces = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece first = ruleOrEndpoint(g, a, b, a, b, toX);
        pieces.add(first);
        double total = first.value;
        double error = first.error;
        while (error > Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(total))) {
            if (pieces.size() >= MAX_INTERVALS) {
                throw notConverged(error, total);
            }
            Piece worst = pieces.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (mid <= worst.a || mid >= worst.b) {
                throw notConverged(error, total);     // cannot split further: a singularity
            }
            Piece left = ruleOrEndpoint(g, worst.a, mid, a, b, toX);
            Piece right = ruleOrEndpoint(g, mid, worst.b, a, b, toX);
            pieces.add(left);
            pieces.add(right);
            total += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
        }
        refuseInteriorPole(g, pieces, a, b, toX);
        // re-sum to shed the rounding of the running updates
        double sum = 0;
        for (Piece p : pieces) {
            sum += p.value;
        }
        return sum;
    }

    /**
     * A pole no node lands on (tan² x at π/2 inside [1.5, 2.5]) still "converges": the pieces
     * round it shrink to the width of rounding while the estimate grows to 1e17, and the
     * relative tolerance is met by the huge total. So when the narrowest piece is that narrow,
     * measure how the integrand grows towards it from each side: f ~ C·s^α with α ≤ −1 is not
     * integrable. A narrow piece at a jump or a kink has α ≈ 0 and passes; one at an
     * integrable singularity (|x − c|^−½) has α = −½ and passes too.
     */
    private void refuseInteriorPole(DoubleUnaryOperator g, PriorityQueue<Piece> pieces, double start, double end,
            DoubleUnaryOperator toX) {
        Piece narrowest = null;
        for (Piece p : pieces) {
            if (narrowest == null || p.b - p.a < narrowest.b - narrowest.a) {
                narrowest = p;
            }
        }
        double width = narrowest.b - narrowest.a;
        if (width > 1e-12 * (end - start)) {
            return;
        }
        double c = 0.5 * (narrowest.a + narrowest.b);
        for (int side = -1; side <= 1; side += 2) {
            double d = 64 * Math.max(width, Math.ulp(c));
            double far = c + side * 4 * d;
            if (far <= start || far >= end) {
                continue;
            }
            double f1 = Math.abs(g.applyAsDouble(c + side * d));
            double f2 = Math.abs(g.applyAsDouble(c + side * 2 * d));
            double f4 = Math.abs(g.applyAsDouble(far));
            double alpha = Math.log(f1 / f2) / Math.log(0.5);
            double check = Math.log(f2 / f4) / Math.log(0.5);
            if (Double.isFinite(alpha) && alpha <= -0.995 && Math.abs(alpha - check) < 0.05) {
                throw divergent(c, toX);
            }
        }
    }

    private static MathError notConverged(double error, double total) {
        return new MathError("the integral does not converge (after " + MAX_INTERVALS
                + " subdivisions the estimate is " + Numbers.format(total) + " ± " + Numbers.format(error) + ")");
    }

    /** Thrown by {@link #value} when the integrand is infinite at t. */
    private static final class Infinite extends RuntimeException {
        final double t;

        Infinite(double t) {
            super(null, null, false, false);
            this.t = t;
        }
    }

    /**
     * The rule on [a, b], except where the integrand is infinite at a node within rounding of
     * an end of the whole interval (1/√(1 − x²) at x = −1, where 1 + x runs out of digits):
     * there the singularity is measured. f ~ C·|t − end|^α with α &gt; −1 is integrable, and the
     * last sliver is ∫ C·s^α ds in closed form; α ≤ −1 diverges, and says so. start and end are
     * the whole interval's ends, in the substituted variable.
     */
    private Piece ruleOrEndpoint(DoubleUnaryOperator g, double a, double b, double start, double end,
            DoubleUnaryOperator toX) {
        try {
            return rule(g, a, b, toX);
        } catch (Infinite inf) {
            double width = b - a;
            boolean atStart = a == start && inf.t - a <= 4 * width;
            boolean atEnd = b == end && b - inf.t <= 4 * width;
            double margin = 1e-9 * (end - start);
            if (!(atStart || atEnd) || (inf.t - start > margin && end - inf.t > margin)) {
                throw new SplitAt(inf.t);
            }
            double edge = atStart ? a : b;
            if (width > 1e-6 * (end - start)) {
                throw divergent(edge, toX);
            }
            int away = atStart ? 1 : -1;
            double f1 = Math.abs(g.applyAsDouble(edge + away * width));
            double f2 = Math.abs(g.applyAsDouble(edge + away * 2 * width));
            double f4 = Math.abs(g.applyAsDouble(edge + away * 4 * width));
            double alpha = Math.log(f1 / f2) / Math.log(0.5);
            double check = Math.log(f2 / f4) / Math.log(0.5);
            if (!Double.isFinite(alpha) || alpha <= -1 || Math.abs(alpha - check) > 0.05) {
                throw divergent(edge, toX); // the learner's point is the end, not the node that overflowed beside it
            }
            // C·width^α = f(edge ± width), so ∫₀^width C·s^α ds = f1·width/(α + 1), with f's sign
            double sign = Math.signum(g.applyAsDouble(edge + away * width));
            return new Piece(a, b, sign * f1 * width / (alpha + 1), 0);
        }
    }

    private MathError divergent(double t, DoubleUnaryOperator toX) {
        double x = toX.applyAsDouble(t);
        return new MathError("the integral does not converge: " + (Double.isInfinite(x)
                ? "the integrand does not shrink fast enough as " + where(x)
                : "the integrand is infinite near " + where(x)));
    }

    private Piece rule(DoubleUnaryOperator g, double a, double b, DoubleUnaryOperator toX) {
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double kronrod = 0;
        double gauss = 0;
        for (int i = 0; i < XK.length; i++) {
            double fx;
            if (XK[i] == 0) {
                fx = value(g, center, toX);
            } else {
                fx = value(g, center - half * XK[i], toX) + value(g, center + half * XK[i], toX);
            }
            kronrod += WK[i] * fx;
            if (i % 2 == 1) {
                gauss += WG[i / 2] * fx;
            }
        }
        kronrod *= half;
        gauss *= half;
        return new Piece(a, b, kronrod, Math.abs(kronrod - gauss));
    }

    private double value(DoubleUnaryOperator g, double t, DoubleUnaryOperator toX) {
        double y = g.applyAsDouble(t);
        if (Double.isNaN(y)) {
            throw new MathError("the integrand is undefined at " + where(toX.applyAsDouble(t)));
        }
        if (Double.isInfinite(y)) {
            throw new Infinite(t);
        }
        return y;
    }

    /** "x = 1.5", or "x → inf" where a substituted variable reached its end. */
    private String where(double x) {
        return variable + (Double.isInfinite(x) ? " → " : " = ") + Numbers.format(x);
    }
}
