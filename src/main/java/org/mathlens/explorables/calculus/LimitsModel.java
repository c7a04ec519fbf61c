package org.mathlens.explorables.calculus;

import org.mathlens.math.Numbers;
import org.mathlens.math.calculus.Limits;
import org.mathlens.math.MathError;

/**
 * The limit of f at a (from the left, the right or both) by {@link Limits}, so the pane says
 * what {@code limit(f, x, a)} says; the points marching toward a (h = 1, 0.1, 0.01, …, or
 * outward x = ±1, ±10, … at infinity); and the ε–δ game: the largest δ ≤ 1 whose punctured
 * neighbourhood keeps every sample of f within ε of L.
 */
public final class LimitsModel {
    public static final int MAX_POINTS = 7;
    private static final double[] T = new double[2400];

    static {
        // distances from a in (0, 1], ascending: geometric from 1e-9 and even steps, merged
        for (int i = 0; i < 1200; i++) {
            T[i] = Math.pow(10, -9 + 9.0 * i / 1200);
            T[1200 + i] = (i + 1) / 1200.0;
        }
        java.util.Arrays.sort(T);
    }

    /** One side's or both sides' outcome: a value (finite or ±inf), or none with the reason. */
    public record Outcome(double value, String reason) {
        public boolean exists() {
            return reason == null;
        }

        public String text() {
            return exists() ? Numbers.format(value) : "none: " + reason;
        }

        /** The same for the picture: 1 not 1.0, −∞ not -inf, six decimals at most. */
        public String shown() {
            if (!exists()) {
                return "none: " + reason;
            }
            return Double.isInfinite(value) ? (value > 0 ? "∞" : "−∞") : Numbers.brief(value, 6);
        }
    }

    private Formula formula;
    private double a;
    private Limits.Side side = Limits.Side.BOTH;
    private Outcome left;
    private Outcome right;
    private Outcome limit;

    public LimitsModel(String f, double a, Limits.Side side) {
        set(Formula.of(f), a, side);
    }

    void set(Formula f, double a, Limits.Side side) {
        if (formula != null && formula.text().equals(f.text()) && a == this.a && side == this.side) {
            return;
        }
        formula = f;
        this.a = a;
        this.side = side;
        left = outcome(Limits.Side.LEFT);
        right = outcome(Limits.Side.RIGHT);
        limit = outcome(side);
    }

    private Outcome outcome(Limits.Side s) {
        if (Double.isInfinite(a) && s != Limits.Side.BOTH && (s == Limits.Side.LEFT) != (a > 0)) {
            return new Outcome(Double.NaN, "x → " + Numbers.format(a) + " only from the " + (a > 0 ? "left" : "right"));
        }
        try {
            return new Outcome(Limits.limit(formula.f(), a, s), null);
        } catch (MathError e) {
            String m = e.getMessage();
            String prefix = "limit does not exist: ";
            return new Outcome(Double.NaN, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        }
    }

    Formula formula() {
        return formula;
    }

    public double a() {
        return a;
    }

    public Limits.Side side() {
        return side;
    }

    public Outcome left() {
        return left;
    }

    public Outcome right() {
        return right;
    }

    public Outcome limit() {
        return limit;
    }

    /** True when the limit exists and is a finite number L (the ε band makes sense). */
    public boolean finiteLimit() {
        return limit.exists() && Double.isFinite(limit.value());
    }

    /** The k-th marching point on a side (−1 left, +1 right): a ∓ 10^−k, or ±10^k at infinity. */
    public double point(int k, int sideSign) {
        if (Double.isInfinite(a)) {
            return Math.copySign(Math.pow(10, k), a);
        }
        return a + sideSign * Math.pow(10, -k);
    }

    public double f(double x) {
        return formula.at(x);
    }

    /** Which sides march: −1, +1 or both (at ±inf only the side that lies toward a). */
    public int[] sides() {
        if (Double.isInfinite(a)) {
            return new int[] {a > 0 ? 1 : -1};
        }
        return switch (side) {
            case LEFT -> new int[] {-1};
            case RIGHT -> new int[] {1};
            default -> new int[] {-1, 1};
        };
    }

    /**
     * The largest δ ≤ 1 (found by sampling) such that every x with 0 < |x − a| < δ on the
     * chosen sides has |f(x) − L| < ε; 0 when no δ works; NaN when there is no finite L.
     * At infinity it is the δ of t = 1/x, so the band is x > 1/δ (the N of the ε–N game).
     */
    public double delta(double epsilon) {
        if (!finiteLimit() || !(epsilon > 0)) {
            return Double.NaN;
        }
        double l = limit.value();
        for (double t : T) {
            for (int s : sides()) {
                double x = Double.isInfinite(a) ? s / t : a + s * t;
                double y = formula.at(x);
                if (!(Math.abs(y - l) < epsilon)) {
                    return t == T[0] ? 0 : t;
                }
            }
        }
        return 1;
    }
}
