package org.mathlens.math;

import java.util.StringJoiner;

/**
 * How every number leaves Mathlens: readouts, the CLI, the input bar. The text reads back
 * to exactly the same double ({@link Double#toString} style), with -0.0 printed as 0.0 so a
 * learner never sees a signed zero.
 */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double x) {
        if (x == 0.0) {
            return "0.0";                       // folds -0.0 too
        }
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";      // the math language's own spelling
        }
        return Double.toString(x);
    }

    public static String format(double[] v) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : v) {
            j.add(format(x));
        }
        return j.toString();
    }

    public static String format(double[][] m) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double[] row : m) {
            j.add(format(row));
        }
        return j.toString();
    }

    /** A short form for labels drawn beside a picture: at most {@code digits} decimals, no trailing zeros. */
    public static String brief(double x, int digits) {
        if (!Double.isFinite(x)) {
            return format(x);
        }
        String s;
        if (Math.abs(x) >= 1e15) {
            // beyond 10^15 a double has no decimals to round; the exact form reads back (1.0E18),
            // where Math.round's long would saturate at 9.2e18 / 10^digits
            s = Double.toString(x);
        } else {
            java.math.BigDecimal r = new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_UP);
            if (r.signum() == 0) {
                return "0";
            }
            s = java.math.BigDecimal.valueOf(r.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /**
     * The smallest round spacing (1, 2 or 5 × 10^k) at least {@code atLeast}: grid lines, axis
     * ticks and floor grids all step by it, so every picture's ticks land on the same numbers.
     */
    public static double roundStep(double atLeast) {
        double pow = Math.pow(10, Math.floor(Math.log10(atLeast)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * pow >= atLeast) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** A point for a label: {@code (2, −1.5)}, each coordinate {@link #brief}. */
    public static String pair(double x, double y, int digits) {
        return "(" + brief(x, digits) + ", " + brief(y, digits) + ")";
    }

    /** A number ready to stand in a product or a power: negatives in parentheses, {@code (−1.5)}. */
    public static String factor(double x, int digits) {
        String s = brief(x, digits);
        return s.startsWith("\u2212") ? "(" + s + ")" : s;
    }

    /**
     * A label for a number that may be huge or tiny (a diverging loss): {@link #brief} with
     * four decimals, or three significant digits in scientific notation beyond 10⁶ or below 10⁻⁴.
     */
    public static String label(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "undefined" : x > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(x);
        if (a != 0 && (a >= 1e6 || a < 1e-4)) {
            return String.format(java.util.Locale.ROOT, "%.3e", x).replace("-", "\u2212");
        }
        return brief(x, 4);
    }
}
