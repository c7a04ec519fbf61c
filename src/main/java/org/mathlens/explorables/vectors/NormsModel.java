package org.mathlens.explorables.vectors;

import java.util.Optional;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Vec2;

/**
 * The lengths of one plane vector v in the L1, L2, L∞ and Lp norms, the unit vector v / ‖v‖₂,
 * and the unit balls {x : ‖x‖ = 1} the "norms" pane draws. Every number comes from
 * {@link Linalg#norm(double[], double)}; the ball outlines are sampled once per change of p.
 */
public final class NormsModel {
    /** Points on the sampled Lp ball: enough that the superellipse looks smooth at any p in [1, 10]. */
    public static final int BALL_POINTS = 400;

    private Vec2 v = Vec2.ZERO;
    private double p = Double.NaN;
    private boolean pinf;
    private final double[] ballX = new double[BALL_POINTS];
    private final double[] ballY = new double[BALL_POINTS];
    private int ballN;

    public NormsModel(Vec2 v, double p, boolean pinf) {
        set(v, p, pinf);
    }

    public void set(Vec2 v, double p, boolean pinf) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p must be at least 1, got " + p);
        }
        this.v = v;
        boolean ballChanged = p != this.p || pinf != this.pinf;
        this.p = p;
        this.pinf = pinf;
        if (ballChanged) {
            ballN = sampleBall(effectiveP(), ballX, ballY);
        }
    }

    public Vec2 v() {
        return v;
    }

    /** The slider's p (the flag may override it). */
    public double p() {
        return p;
    }

    public boolean pinf() {
        return pinf;
    }

    /** The p the Lp readout and ball use: infinity when the flag is on, else the slider's p. */
    public double effectiveP() {
        return pinf ? Double.POSITIVE_INFINITY : p;
    }

    /** ‖v‖_q for any q ≥ 1, infinity included. */
    public double norm(double q) {
        return Linalg.norm(v.toArray(), q);
    }

    public double l1() {
        return norm(1);
    }

    public double l2() {
        return norm(2);
    }

    /** ‖v‖₂² = v·v, computed as the dot product so that it is exact for whole-number components. */
    public double l2sq() {
        double[] a = v.toArray();
        return Linalg.dot(a, a);
    }

    public double linf() {
        return norm(Double.POSITIVE_INFINITY);
    }

    public double lp() {
        return norm(effectiveP());
    }

    public boolean isZero() {
        return v.x() == 0 && v.y() == 0;
    }

    /** v / ‖v‖₂, the direction of v at length one; empty for v = 0, which has no direction. */
    public Optional<Vec2> unit() {
        return onBall(2);
    }

    /** Where v's ray meets the unit ball of the q-norm: v / ‖v‖_q; empty for v = 0. */
    public Optional<Vec2> onBall(double q) {
        if (isZero()) {
            return Optional.empty();
        }
        double n = norm(q);
        return Optional.of(new Vec2(v.x() / n, v.y() / n));
    }

    /** The sampled outline of the Lp unit ball (for the current effective p). */
    public double[] lpBallX() {
        return ballX;
    }

    public double[] lpBallY() {
        return ballY;
    }

    public int lpBallPoints() {
        return ballN;
    }

    /**
     * Samples the unit sphere {|x|^q + |y|^q = 1} into xs, ys and returns the number of points.
     * q = 1 and q = ∞ are polygons (diamond, square) given by their corners; any other q uses the
     * superellipse parametrisation x = sgn(cos t)|cos t|^(2/q), y = sgn(sin t)|sin t|^(2/q),
     * which puts |x|^q + |y|^q = cos²t + sin²t = 1 exactly and crowds points where the curve
     * bends most, so it stays smooth near the corners at large q.
     */
    public static int sampleBall(double q, double[] xs, double[] ys) {
        if (q == 1) {
            double[] cx = {1, 0, -1, 0};
            double[] cy = {0, 1, 0, -1};
            System.arraycopy(cx, 0, xs, 0, 4);
            System.arraycopy(cy, 0, ys, 0, 4);
            return 4;
        }
        if (Double.isInfinite(q)) {
            double[] cx = {1, -1, -1, 1};
            double[] cy = {1, 1, -1, -1};
            System.arraycopy(cx, 0, xs, 0, 4);
            System.arraycopy(cy, 0, ys, 0, 4);
            return 4;
        }
        int n = xs.length;
        double e = 2 / q;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double c = Math.cos(t);
            double s = Math.sin(t);
            xs[i] = Math.copySign(Math.pow(Math.abs(c), e), c);
            ys[i] = Math.copySign(Math.pow(Math.abs(s), e), s);
        }
        return n;
    }
}
