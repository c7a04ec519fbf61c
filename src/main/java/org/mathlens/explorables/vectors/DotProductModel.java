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

    /** cos θ = u·v / (|u| |v|), kept inside [−1, 1]; empty when u or v is 0. */
    public OptionalDouble cos() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        double[] a = u.toArray();
        double[] b = v.toArray();
        // one square root of u·u · v·v, so that parallel whole-number vectors give exactly ±1
        return OptionalDouble.of(Math.max(-1, Math.min(1, dot() / Math.sqrt(Linalg.dot(a, a) * Linalg.dot(b, b)))));
    }

    /**
     * The angle θ ∈ [0°, 180°] between u and v; empty when u or v is 0. Computed as
     * atan2(|u × v|, u·v), which stays accurate near 0° and 180° where acos(cos θ) loses digits.
     */
    public OptionalDouble angleDegrees() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.toDegrees(Math.atan2(Math.abs(u.cross(v)), dot())));
    }

    /** The signed angle from u to v in degrees, (−180°, 180°]: positive when v is anticlockwise of u. */
    public OptionalDouble signedAngleDegrees() {
        if (!hasAngle()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.toDegrees(Math.atan2(u.cross(v), dot())));
    }

    /** The projection of v on u's line, (u·v / u·u) u: v's shadow on u. Empty when u = 0 (no line to project on). */
    public Optional<Vec2> projection() {
        if (isZero(u)) {
            return Optional.empty();
        }
        double[] a = u.toArray();
        double k = dot() / Linalg.dot(a, a);
        return Optional.of(u.times(k));
    }

    /** +1 when v is on u's side of the perpendicular line (u·v > 0), −1 on the other side, 0 on it. */
    public int side() {
        if (isOrthogonal() || isZero(u) || isZero(v)) {
            return 0;
        }
        return dot() > 0 ? 1 : -1;
    }

    /** Two non-zero vectors at right angles: u·v = 0. */
    public boolean isOrthogonal() {
        return hasAngle() && Math.abs(dot()) <= ORTHOGONAL_TOLERANCE * lengthU() * lengthV();
    }
}
