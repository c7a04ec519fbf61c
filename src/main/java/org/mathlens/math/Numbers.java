package org.mathlens.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * How every number leaves Mathlens, in one place:
 * <ul>
 * <li>{@link #format}: exact, for {@code --readouts}, the input bar, copying: the text reads back
 *     to exactly the same double ({@link Double#toString} style), with -0.0 printed as 0.0 so a
 *     learner never sees a signed zero;</li>
 * <li>{@link #shown}: the values column beside a picture, six significant digits, whole numbers
 *     as integers ({@code 4.49794}, {@code 7}, {@code [2, 3]});</li>
 * <li>{@link #brief}, {@link #label}, {@link #pair}, {@link #factor}, {@link #significant},
 *     {@link #scientific}: the words drawn on pictures, shorter still, with a typographic minus.</li>
 * </ul>
 * A pane or model never writes its own {@code String.format} for a number.
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

    /** Significant digits in the values column: enough to compare, few enough to read. */
    public static final int SHOWN_DIGITS = 6;

    /**
     * A number as the values column shows it: six significant digits ({@code 4.49794}), never
     * fewer than its whole part has ({@code 1234568}), a whole number as an integer ({@code 7},
     * not 7.0), scientific below 10⁻⁴ and from 10¹⁵ ({@code 1.23457E-5}). It parses back within
     * 5·10⁻⁶ relative; the exact value is {@link #format}'s, a hover or a copy away.
     */
    public static String shown(double x) {
        if (!Double.isFinite(x)) {
            return format(x);
        }
        if (x == 0.0) {
            return "0";                          // folds -0.0 too
        }
        double a = Math.abs(x);
        if (a < 1e15 && x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        if (a >= 1e15 || a < 1e-4) {
            double r = new BigDecimal(x).round(new MathContext(SHOWN_DIGITS, RoundingMode.HALF_EVEN)).doubleValue();
            return Double.toString(r);           // 1.23457E-5: Double.toString is scientific out here
        }
        int whole = a >= 1 ? (int) Math.floor(Math.log10(a)) + 1 : 0;
        BigDecimal r = new BigDecimal(x).round(new MathContext(Math.max(SHOWN_DIGITS, whole), RoundingMode.HALF_EVEN));
        return r.stripTrailingZeros().toPlainString();
    }

    /** A vector as the values column shows it: {@code [2, 3]}, each entry {@link #shown(double)}. */
    public static String shown(double[] v) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : v) {
            j.add(shown(x));
        }
        return j.toString();
    }

    /**
     * A number rounded to {@code digits} significant digits and written {@link #brief}ly
     * ({@code 0.000123}, {@code 1230}), for axis and chart labels whose range is unknown.
     */
    public static String significant(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) {
            return brief(x, 0);
        }
        double r = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
        return brief(r, 12);
    }

    /** Scientific notation with {@code decimals} digits after the point and a typographic minus: {@code 1.23e−4}. */
    public static String scientific(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "e", x).replace("-", "\u2212");
    }

    /**
     * Exact like {@link #format}, but a whole number without its ".0" ({@code 12}, {@code 12.25}):
     * numbers a learner typed, written back the way they were typed.
     */
    public static String typed(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);     // -0.0 → 0
        }
        return format(x);
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
            return scientific(x, 3);
        }
        return brief(x, 4);
    }
}
