package org.mathlens.explorables.vectors;

import org.mathlens.math.linalg.Vec2;

/**
 * Vector addition, subtraction and scaling of two plane vectors u, v and a scalar k: the
 * results the "vectors" pane draws and reads out.
 */
public final class VectorsModel {
    private Vec2 u;
    private Vec2 v;
    private double k;

    public VectorsModel(Vec2 u, Vec2 v, double k) {
        set(u, v, k);
    }

    public void set(Vec2 u, Vec2 v, double k) {
        this.u = u;
        this.v = v;
        this.k = k;
    }

    public Vec2 u() {
        return u;
    }

    public Vec2 v() {
        return v;
    }

    public double k() {
        return k;
    }

    /** u + v: the far corner of the parallelogram on u and v. */
    public Vec2 sum() {
        return u.plus(v);
    }

    /** u − v: the arrow from the tip of v to the tip of u. */
    public Vec2 difference() {
        return u.minus(v);
    }

    /** k·u: u stretched by k, flipped when k is negative. */
    public Vec2 scaled() {
        return u.times(k);
    }
}
