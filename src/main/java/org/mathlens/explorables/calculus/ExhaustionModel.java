package org.mathlens.explorables.calculus;

/**
 * Archimedes' method of exhaustion: regular n-gons inscribed in and circumscribed about the
 * unit circle squeeze its area π; n rectangles under y = x² on [0, 1] (lower sum on left
 * ends, upper sum on right ends, as x² increases) squeeze the area 1/3.
 */
public final class ExhaustionModel {
    public enum Shape { CIRCLE, PARABOLA }

    private Shape shape = Shape.CIRCLE;
    private int n = 6;

    public void set(Shape shape, int n) {
        this.shape = shape;
        this.n = Math.max(shape == Shape.CIRCLE ? 3 : 1, n);
    }

    public Shape shape() {
        return shape;
    }

    public int n() {
        return n;
    }

    /** Area of the inscribed regular n-gon: n triangles of area ½·sin(2π/n). */
    public static double inscribed(int n) {
        return n / 2.0 * Math.sin(2 * Math.PI / n);
    }

    /** Area of the circumscribed regular n-gon: n triangles of area tan(π/n). */
    public static double circumscribed(int n) {
        return n * Math.tan(Math.PI / n);
    }

    /** Σ (i/n)²·(1/n) for i = 0..n−1: rectangles under the curve. */
    public static double lowerSum(int n) {
        return (double) (n - 1) * n * (2L * n - 1) / (6.0 * n * n * n);
    }

    /** Σ (i/n)²·(1/n) for i = 1..n: rectangles over the curve. */
    public static double upperSum(int n) {
        return (double) n * (n + 1) * (2L * n + 1) / (6.0 * n * n * n);
    }

    public double inner() {
        return shape == Shape.CIRCLE ? inscribed(n) : lowerSum(n);
    }

    public double outer() {
        return shape == Shape.CIRCLE ? circumscribed(n) : upperSum(n);
    }

    /** outer − inner: how much room is left for the true area. */
    public double error() {
        return outer() - inner();
    }

    /** The area being squeezed: π or 1/3. */
    public double target() {
        return shape == Shape.CIRCLE ? Math.PI : 1.0 / 3;
    }
}
