package org.mathlens.explorables.vectors;

import java.util.Optional;
import java.util.OptionalDouble;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Vec2;

/**
 * The dot product of two plane vectors and what it tells: the angle between them, its cosine,
 * the projection (shadow) of v on u's line, on which side of u's perpendicular v lies, and
 * whether u and v are orthogonal. Angles and projections need non-zero vectors; without them
 * the model answers "empty" and the pane says why.
 */
public final class DotProductModel {
    /** Relative size below which u·v counts as zero: |u·v| ≤ 1e-12·|u||v|. */
    static final double ORTHOGONAL_TOLERANCE = 1e-12;

    private Vec2 u = Vec2.ZERO;
    private Vec2 v = Vec2.ZERO;

    public DotProductModel(Vec2 u, Vec2 v) {
        set(u, v);
    }

    public void set(Vec2 u, Vec2 v) {
        this.u = u;
        this.v = v;
    }

    public Vec2 u() {
        return u;
    }

    public Vec2 v() {
        return v;
    }

    /** u·v = u₁v₁ + u₂v₂. */
    public double dot() {
        return Linalg.dot(u.toArray(), v.toArray());
    }

    public double lengthU() {
        return Linalg.norm(u.toArray(), 2);
    }

    public double lengthV() {
        return Linalg.norm(v.toArray(), 2);
    }

    public static boolean isZero(Vec2 w) {
        return w.x() == 0 && w.y() == 0;
    }

    /** Both vectors have a direction, so the angle between them is defined. */
    public boolean hasAngle() {
        return !isZero(u) && !isZero(v);
    }

    /**
     * w scaled by a power of two (exact) so its larger component lies in [0.5, 1): angles,
     * cosines and projections are computed on these, so 1e-170 or 1e170 neither underflows
     * nor overflows when squared. The second value is the exponent: w = scaled · 2^exponent.
     */
    private static double[] scaled(Vec2 w) {
        double largest = Math.max(Math.abs(w.x()), Math.abs(w.y()));
        int e = largest == 0 ? 0 : Math.getExponent(largest) + 1;
        return new double[] {Math.scalb(w.x(), -e), Math.scalb(w.y(), -e), e};
    }

    /** cos θ = u·v / (|u| |v|), kept inside [−1, 1]; empty when u or v is 0. */
    public OptionalDouble cos() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        double[] a = java.util.Arrays.copyOf(scaled(u), 2);
        double[] b = java.util.Arrays.copyOf(scaled(v), 2);
        // one square root of u·u · v·v, so that parallel whole-number vectors give exactly ±1
        return OptionalDouble.of(Math.max(-1, Math.min(1, Linalg.dot(a, b) / Math.sqrt(Linalg.dot(a, a) * Linalg.dot(b, b)))));
    }

    /**
     * The angle θ ∈ [0°, 180°] between u and v; empty when u or v is 0. Computed as
     * atan2(|u × v|, u·v), which stays accurate near 0° and 180° where acos(cos θ) loses digits.
     */
    public OptionalDouble angleDegrees() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        double[] a = scaled(u);
        double[] b = scaled(v);
        return OptionalDouble.of(Math.toDegrees(Math.atan2(Math.abs(a[0] * b[1] - a[1] * b[0]), a[0] * b[0] + a[1] * b[1])));
    }

    /** The signed angle from u to v in degrees, (−180°, 180°]: positive when v is anticlockwise of u. */
    public OptionalDouble signedAngleDegrees() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        double[] a = scaled(u);
        double[] b = scaled(v);
        return OptionalDouble.of(Math.toDegrees(Math.atan2(a[0] * b[1] - a[1] * b[0], a[0] * b[0] + a[1] * b[1])));
    }

    /** The projection of v on u's line, (u·v / u·u) u: v's shadow on u. Empty when u = 0 (no line to project on). */
    public Optional<Vec2> projection() {
        if (isZero(u)) {
            return Optional.empty();
        }
        // (u·v / u·u) u = (ũ·ṽ / ũ·ũ) ũ · 2^(exponent of v), with ũ, ṽ the scaled vectors
        double[] a = scaled(u);
        double[] b = scaled(v);
        double k = (a[0] * b[0] + a[1] * b[1]) / (a[0] * a[0] + a[1] * a[1]);
        return Optional.of(new Vec2(Math.scalb(k * a[0], (int) b[2]), Math.scalb(k * a[1], (int) b[2])));
    }

    /** +1 when v is on u's side of the perpendicular line (u·v > 0), −1 on the other side, 0 on it. */
    public int side() {
        if (isOrthogonal() || isZero(u) || isZero(v)) {
            return 0;
        }
        double[] a = scaled(u);
        double[] b = scaled(v);
        return a[0] * b[0] + a[1] * b[1] > 0 ? 1 : -1;
    }

    /** Two non-zero vectors at right angles: u·v = 0. */
    public boolean isOrthogonal() {
        if (!hasAngle()) {
            return false;
        }
        double[] a = scaled(u);
        double[] b = scaled(v);
        return Math.abs(a[0] * b[0] + a[1] * b[1]) <= ORTHOGONAL_TOLERANCE * Math.hypot(a[0], a[1]) * Math.hypot(b[0], b[1]);
    }
}
