package org.mathlens.explorable;

/**
 * How a move feels as it runs: maps the share of the move done, alpha in [0, 1], to how far
 * the picture has gone. A move starts and ends at rest with {@link #SMOOTH}, so the eye can
 * follow it; {@link #LINEAR} suits a sweep whose speed itself means something.
 */
@FunctionalInterface
public interface Rate {
    double apply(double alpha);

    Rate LINEAR = alpha -> clamp(alpha);

    /** Smoothstep: slow out, slow in (manim's default {@code smooth} in spirit). */
    Rate SMOOTH = alpha -> {
        double a = clamp(alpha);
        return a * a * (3 - 2 * a);
    };

    /** Out and home again: 0 → 1 at alpha = ½ → 0, smooth at both ends and at the turn. */
    Rate THERE_AND_BACK = alpha -> SMOOTH.apply(clamp(alpha) < 0.5 ? 2 * clamp(alpha) : 2 - 2 * clamp(alpha));

    static double clamp(double alpha) {
        return alpha <= 0 ? 0 : alpha >= 1 ? 1 : alpha;
    }

    /** The value a + (b − a)·rate(alpha): interpolate one number. */
    default double between(double a, double b, double alpha) {
        return a + (b - a) * apply(alpha);
    }
}
