package org.mathlens.explorables.calculus;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.mathlens.math.calculus.Integrator;
import org.mathlens.math.MathError;

/**
 * Riemann sums (left, right, midpoint) and the trapezoid rule for ∫ₐᵇ f(x) dx, against the
 * exact value from {@link Integrator}; the error of each method for n = 1..256 (its order
 * shows as the slope on log-log axes); and the area under a ROC curve of a small fixed
 * classifier, by the trapezoid rule and by ranks.
 */
public final class IntegralsModel {
    public enum Method { LEFT, RIGHT, MIDPOINT, TRAPEZOID }

    public static final int MAX_N = 256;

    private Formula formula;
    private double a;
    private double b;
    private int n;
    private Method method = Method.LEFT;
    private double exact;
    private String exactError;
    private final double[][] errors = new double[Method.values().length][MAX_N + 1];
    private boolean errorsReady;

    public IntegralsModel(String f, double a, double b, int n, Method method) {
        set(Formula.of(f), a, b, n, method);
    }

    void set(Formula f, double a, double b, int n, Method method) {
        boolean integrandChanged = formula == null || !formula.text().equals(f.text()) || a != this.a || b != this.b;
        if (formula == null || !formula.text().equals(f.text())) {
            formula = f;
        }
        this.a = a;
        this.b = b;
        this.n = Math.max(1, Math.min(MAX_N, n));
        this.method = method;
        if (integrandChanged) {
            try {
                exact = Integrator.integrate(formula.f(), a, b);
                exactError = null;
            } catch (MathError e) {
                exact = Double.NaN;
                exactError = e.getMessage();
            }
            errorsReady = false;
        }
    }

    Formula formula() {
        return formula;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    public int n() {
        return n;
    }

    public Method method() {
        return method;
    }

    /** The sum for the chosen method and n; NaN when f is undefined at a sample point. */
    public double riemann() {
        return sum(formula.f(), a, b, n, method);
    }

    /** ∫ₐᵇ f by adaptive quadrature; NaN when it does not converge (see {@link #exactError()}). */
    public double exact() {
        return exact;
    }

    public String exactError() {
        return exactError;
    }

    /** riemann − exact. */
    public double error() {
        return riemann() - exact;
    }

    /** Σ over n strips of width (b − a)/n: f at the left end, the right end, the middle, or the mean of both ends. */
    public static double sum(DoubleUnaryOperator f, double a, double b, int n, Method method) {
        double h = (b - a) / n;
        double s = 0;
        switch (method) {
            case LEFT -> {
                for (int i = 0; i < n; i++) {
                    s += f.applyAsDouble(a + i * h);
                }
            }
            case RIGHT -> {
                for (int i = 1; i <= n; i++) {
                    s += f.applyAsDouble(a + i * h);
                }
            }
            case MIDPOINT -> {
                for (int i = 0; i < n; i++) {
                    s += f.applyAsDouble(a + (i + 0.5) * h);
                }
            }
            default -> {
                s = 0.5 * (f.applyAsDouble(a) + f.applyAsDouble(b));
                for (int i = 1; i < n; i++) {
                    s += f.applyAsDouble(a + i * h);
                }
            }
        }
        double r = s * h;
        return Double.isFinite(r) ? r : Double.NaN;
    }

    /** |sum − exact| of the given method for n = 1..256 (index n), computed once per integrand. */
    public double[] errors(Method m) {
        if (!errorsReady) {
            for (Method k : Method.values()) {
                double[] e = errors[k.ordinal()];
                e[0] = Double.NaN;
                for (int i = 1; i <= MAX_N; i++) {
                    e[i] = Math.abs(sum(formula.f(), a, b, i, k) - exact);
                }
            }
            errorsReady = true;
        }
        return errors[m.ordinal()];
    }

    /**
     * The observed order: the slope of log error against log n between n = 32 and 128 (−1 for
     * left and right, −2 for midpoint and trapezoid on smooth f); NaN when an error is 0 or undefined.
     */
    public double order(Method m) {
        double[] e = errors(m);
        double lo = e[32];
        double hi = e[128];
        if (!(lo > 1e-14) || !(hi > 1e-14)) {
            return Double.NaN;
        }
        return Math.log(hi / lo) / Math.log(4);
    }

    // ---- ROC --------------------------------------------------------------------------------

    /** A small classifier's scores on 20 labelled examples (1 = positive), fixed so lessons can quote it;
     * one positive and one negative share the score 0.58, a tie the ROC crosses on a diagonal. */
    public static final double[] SCORES = {0.95, 0.91, 0.88, 0.85, 0.80, 0.77, 0.72, 0.70, 0.66, 0.61,
        0.58, 0.58, 0.52, 0.48, 0.45, 0.40, 0.36, 0.30, 0.22, 0.15};
    public static final int[] LABELS = {1, 1, 0, 1, 1, 1, 0, 1, 0, 1,
        1, 0, 0, 1, 0, 0, 1, 0, 0, 0};

    /** The ROC curve: (false positive rate, true positive rate) as the threshold drops past each distinct score. */
    public static double[][] roc(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(scores[j], scores[i]));
        int positives = 0;
        for (int l : labels) {
            positives += l;
        }
        int negatives = labels.length - positives;
        double[] fpr = new double[scores.length + 1];
        double[] tpr = new double[scores.length + 1];
        int points = 1;
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (labels[i] == 1) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = k == order.length - 1 || scores[order[k + 1]] != scores[i];
            if (lastOfTie) {
                fpr[points] = negatives == 0 ? 0 : (double) fp / negatives;
                tpr[points] = positives == 0 ? 0 : (double) tp / positives;
                points++;
            }
        }
        return new double[][] {Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points)};
    }

    /** Area under the ROC polyline by the trapezoid rule. */
    public static double aucTrapezoid(double[][] roc) {
        double area = 0;
        for (int i = 1; i < roc[0].length; i++) {
            area += (roc[0][i] - roc[0][i - 1]) * 0.5 * (roc[1][i] + roc[1][i - 1]);
        }
        return area;
    }

    /** P(score of a random positive > score of a random negative), ties counting ½: the Mann–Whitney form of AUC. */
    public static double aucRanks(double[] scores, int[] labels) {
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] != 1) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (labels[j] == 1) {
                    continue;
                }
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }
}
