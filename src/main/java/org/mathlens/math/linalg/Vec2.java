package org.mathlens.math.linalg;

/** A vector of the plane: the small, exact arithmetic the 2D panes draw from. */
public record Vec2(double x, double y) {
    public static final Vec2 ZERO = new Vec2(0, 0);

    public static Vec2 of(double[] v) {
        return new Vec2(v[0], v[1]);
    }

    public Vec2 plus(Vec2 o) {
        return new Vec2(x + o.x, y + o.y);
    }

    public Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    public Vec2 times(double k) {
        return new Vec2(k * x, k * y);
    }

    public double dot(Vec2 o) {
        return x * o.x + y * o.y;
    }

    /** The z component of the 3D cross product: the signed area of the parallelogram on this and o. */
    public double cross(Vec2 o) {
        return x * o.y - y * o.x;
    }

    public double norm() {
        return Math.hypot(x, y);
    }

    public double[] toArray() {
        return new double[] {x + 0.0, y + 0.0};
    }
}
