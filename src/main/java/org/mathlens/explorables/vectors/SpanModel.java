package org.mathlens.explorables.vectors;

import java.util.Optional;
import org.mathlens.explorable.Stages;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Vec2;

/**
 * Linear combinations a·u + b·v of two plane vectors, their span (the plane, a line or the
 * point 0, from the rank of [u v]), coordinates in the basis {u, v}, and the Gram–Schmidt
 * orthonormal pair q1, q2 with the three stages the "span" pane animates through.
 */
public final class SpanModel {
    /** Gram–Schmidt's three moves, in the order the pane plays them. */
    public static final Stages GRAM_SCHMIDT = new Stages("normalise u: q₁ = u / ‖u‖",
            "take away v's shadow on q₁: w = v − (v·q₁) q₁", "normalise w: q₂ = w / ‖w‖");
    /** The number of Gram–Schmidt stages: normalise u, subtract v's projection on q1, normalise. */
    public static final int STAGES = GRAM_SCHMIDT.count();

    private Vec2 u = Vec2.ZERO;
    private Vec2 v = Vec2.ZERO;
    private double a;
    private double b;
    private int rank;
    private double[][] toBasis;
    private Vec2[] stages;

    public SpanModel(Vec2 u, Vec2 v, double a, double b) {
        set(u, v, a, b);
    }

    public void set(Vec2 u, Vec2 v, double a, double b) {
        boolean basisChanged = !u.equals(this.u) || !v.equals(this.v) || stages == null;
        this.u = u;
        this.v = v;
        this.a = a;
        this.b = b;
        if (basisChanged) {
            double[][] columns = {{u.x(), v.x()}, {u.y(), v.y()}};
            rank = Linalg.rank(columns);
            toBasis = rank == 2 ? Linalg.inverse(columns) : null;
            stages = rank == 2 ? gramSchmidtStages(u, v) : null;
        }
    }

    public Vec2 u() {
        return u;
    }

    public Vec2 v() {
        return v;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    /** a·u: the first leg of the walk. */
    public Vec2 firstLeg() {
        return u.times(a);
    }

    /** a·u + b·v. */
    public Vec2 combo() {
        return u.times(a).plus(v.times(b));
    }

    /** The dimension of the span: 2 (the plane), 1 (a line) or 0 (the point 0). */
    public int rank() {
        return rank;
    }

    public boolean independent() {
        return rank == 2;
    }

    /** A non-zero vector along the span when it is a line; empty otherwise. */
    public Optional<Vec2> lineDirection() {
        if (rank != 1) {
            return Optional.empty();
        }
        return Optional.of(u.norm() >= v.norm() ? u : v);
    }

    /** The coordinates (c1, c2) of point p in the basis {u, v}: p = c1·u + c2·v. Empty when u, v are dependent. */
    public Optional<Vec2> coordinates(double px, double py) {
        if (toBasis == null) {
            return Optional.empty();
        }
        return Optional.of(new Vec2(toBasis[0][0] * px + toBasis[0][1] * py, toBasis[1][0] * px + toBasis[1][1] * py));
    }

    /** q1 = u / ‖u‖, when u and v are independent. */
    public Optional<Vec2> q1() {
        return stages == null ? Optional.empty() : Optional.of(stages[6]);
    }

    /** q2 = (v − (v·q1) q1) / ‖v − (v·q1) q1‖, when u and v are independent. */
    public Optional<Vec2> q2() {
        return stages == null ? Optional.empty() : Optional.of(stages[7]);
    }

    /** The part of v along q1, (v·q1) q1, that the second stage subtracts. */
    public Optional<Vec2> shadowOnQ1() {
        return stages == null ? Optional.empty() : Optional.of(v.minus(stages[5]));
    }

    /**
     * The pair after each stage, flattened: [u, v, q1, v, q1, w, q1, q2] with w = v − (v·q1) q1.
     */
    private static Vec2[] gramSchmidtStages(Vec2 u, Vec2 v) {
        double[] ua = u.toArray();
        double nu = Linalg.norm(ua, 2);
        Vec2 q1 = new Vec2(u.x() / nu, u.y() / nu);
        double along = Linalg.dot(v.toArray(), q1.toArray());
        Vec2 w = v.minus(q1.times(along));
        double nw = Linalg.norm(w.toArray(), 2);
        Vec2 q2 = new Vec2(w.x() / nw, w.y() / nw);
        return new Vec2[] {u, v, q1, v, q1, w, q1, q2};
    }

    /** The stage t is in: 0 before Gram–Schmidt starts, then 1, 2, 3 while (or after) morphing through each. */
    public static int stageOf(double t) {
        if (t <= 0) {
            return 0;
        }
        return (int) Math.min(STAGES, Math.ceil(t));
    }

    /**
     * The animated pair at time t ∈ [0, 3]: t = 0 is (u, v), t = 1 (q1, v), t = 2 (q1, w),
     * t = 3 (q1, q2); in between, each vector moves in a straight line, eased by {@link #GRAM_SCHMIDT}.
     * Empty when u and v are dependent (Gram–Schmidt would divide by zero).
     */
    public Optional<Vec2[]> animatedPair(double t) {
        if (stages == null) {
            return Optional.empty();
        }
        double c = Math.max(0, Math.min(STAGES, t));
        int k = Math.min(STAGES - 1, (int) Math.floor(c));
        double s = GRAM_SCHMIDT.alphaOf(k, c);
        Vec2 first = lerp(stages[2 * k], stages[2 * k + 2], s);
        Vec2 second = lerp(stages[2 * k + 1], stages[2 * k + 3], s);
        return Optional.of(new Vec2[] {first, second});
    }

    private static Vec2 lerp(Vec2 p, Vec2 q, double s) {
        return s == 0 ? p : s == 1 ? q : p.plus(q.minus(p).times(s));
    }
}
