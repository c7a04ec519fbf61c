package org.mathlens.kit;

import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * The numbers written beside a vector picture, three decimals at most ({@link Numbers#brief}):
 * short names for a pane to import statically, so its labels read {@code "u·v = " + b(d)}
 * without each pane writing the same three wrappers.
 */
public final class Figures {
    private static final int DIGITS = 3;

    private Figures() {
    }

    /** A number: {@code 2.5}, {@code −1}. */
    public static String b(double x) {
        return Numbers.brief(x, DIGITS);
    }

    /** A number that stands in a product: negatives in parentheses, {@code (−1.5)}. */
    public static String paren(double x) {
        return Numbers.factor(x, DIGITS);
    }

    /** A point: {@code (2, −1.5)}. */
    public static String pair(Vec2 w) {
        return Numbers.pair(w.x(), w.y(), DIGITS);
    }
}
