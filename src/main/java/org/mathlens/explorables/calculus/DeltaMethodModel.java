package org.mathlens.explorables.calculus;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;

/**
 * The delta method: the secant through (x, f(x)) and (x + Δx, f(x + Δx)) has slope
 * Δy/Δx, and as Δx → 0 that slope tends to the derivative f′(x). For a polynomial the
 * difference quotient is expanded symbolically, so the learner sees Δx cancel.
 */
public final class DeltaMethodModel {
    /** The Δx of the slope table, each ten times smaller. */
    public static final double[] TABLE_STEPS = {1, 0.1, 0.01, 0.001, 0.0001};

    private Formula formula;
    private double[] poly;
    private List<String> algebra = List.of();
    private double x;
    private double dx;

    public DeltaMethodModel(String f, double x, double dx) {
        setFunction(Formula.of(f));
        set(x, dx);
    }

    void setFunction(Formula f) {
        if (formula != null && formula.text().equals(f.text())) {
            return;
        }
        formula = f;
        poly = Polynomial.coefficients(f.expr(), "x");
        algebra = poly == null ? List.of() : expand(poly);
    }

    public void set(double x, double dx) {
        this.x = x;
        this.dx = dx;
    }

    Formula formula() {
        return formula;
    }

    public double x() {
        return x;
    }

    public double dx() {
        return dx;
    }

    public double fx() {
        return formula.at(x);
    }

    public double fxdx() {
        return formula.at(x + dx);
    }

    /** Δy = f(x + Δx) − f(x). */
    public double rise() {
        return fxdx() - fx();
    }

    /** Δy/Δx; NaN when Δx = 0 or f is undefined at either end. */
    public double secantSlope() {
        return slopeFor(dx);
    }

    public double slopeFor(double step) {
        if (step == 0) {
            return Double.NaN;
        }
        double s = (formula.at(x + step) - formula.at(x)) / step;
        return Double.isFinite(s) ? s : Double.NaN;
    }

    /** f′(x) from the symbolic derivative; NaN where undefined. */
    public double derivative() {
        double d = formula.slopeAt(x);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** True when f is a polynomial, so the algebra of the difference quotient can be shown. */
    public boolean isPolynomial() {
        return poly != null;
    }

    /** The expansion lines, independent of x and Δx (empty when f is not a polynomial). */
    public List<String> algebra() {
        return algebra;
    }

    /** The quotient at this x as a polynomial in Δx: "6 + Δx" for x² + 2x + 2 at x = 2. */
    public String quotientAtX() {
        if (poly == null) {
            return "";
        }
        int deg = poly.length - 1;
        List<String> terms = new ArrayList<>();
        for (int q = 0; q < deg; q++) {
            double a = 0;
            for (int k = q + 1; k <= deg; k++) {
                a += poly[k] * binomial(k, q + 1) * Math.pow(x, k - q - 1);
            }
            terms.add(term(a, 0, q));
        }
        return join(terms);
    }

    private static List<String> expand(double[] c) {
        int deg = c.length - 1;
        List<String> lines = new ArrayList<>();
        List<String> f = new ArrayList<>();
        for (int k = deg; k >= 0; k--) {
            f.add(term(c[k], k, 0));
        }
        lines.add("f(x) = " + join(f));
        if (deg == 0) {
            lines.add("f(x + Δx) − f(x) = 0: a constant never rises");
            lines.add("[f(x + Δx) − f(x)] / Δx = 0");
            return lines;
        }
        List<String> numerator = new ArrayList<>();
        for (int k = deg; k >= 1; k--) {
            for (int j = 1; j <= k; j++) {
                numerator.add(term(c[k] * binomial(k, j), k - j, j));
            }
        }
        lines.add("f(x + Δx) − f(x) = " + join(numerator));
        List<String> quotient = new ArrayList<>();
        List<String> limit = new ArrayList<>();
        for (int q = 0; q < deg; q++) {
            for (int p = deg - 1 - q; p >= 0; p--) {
                double a = c[p + q + 1] * binomial(p + q + 1, q + 1);
                quotient.add(term(a, p, q));
                if (q == 0) {
                    limit.add(term(a, p, 0));
                }
            }
        }
        lines.add("[f(x + Δx) − f(x)] / Δx = " + join(quotient));
        lines.add("Δx → 0 leaves f′(x) = " + join(limit));
        return lines;
    }

    static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return Math.rint(r);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static String power(String base, int p) {
        if (p == 0) {
            return "";
        }
        return p == 1 ? base : base + SUPERSCRIPTS.charAt(p);
    }

    /** One term c·x^p·Δx^q, "" when c is 0; the sign is the joiner's. */
    static String term(double c, int p, int q) {
        if (c == 0) {
            return "";
        }
        String vars = power("x", p) + power("Δx", q);
        double m = Math.abs(c);
        String coef = m == 1 && !vars.isEmpty() ? "" : Numbers.brief(m, 4);
        return (c < 0 ? "-" : "+") + coef + vars;
    }

    static String join(List<String> terms) {
        StringBuilder out = new StringBuilder();
        for (String t : terms) {
            if (t.isEmpty()) {
                continue;
            }
            boolean negative = t.charAt(0) == '-';
            if (out.length() == 0) {
                out.append(negative ? "−" : "").append(t.substring(1));
            } else {
                out.append(negative ? " − " : " + ").append(t.substring(1));
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }
}
