package org.mathlens.explorables.calculus;

import java.util.Arrays;
import java.util.Map;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Value;

/**
 * Coefficients of a formula that is a polynomial in x (sums, products, whole powers, division
 * by a constant), read off its parse tree so the delta method can show the algebra of the
 * difference quotient. Anything else (sin x, 1/x, x^0.5) is not a polynomial: null.
 */
final class Polynomial {
    static final int MAX_DEGREE = 8;

    private Polynomial() {
    }

    /** c[k] is the coefficient of x^k; null when e is not a polynomial in x of degree ≤ 8. */
    static double[] coefficients(Expr e, String x) {
        try {
            double[] c = walk(e, x);
            return c == null ? null : trim(c);
        } catch (MathError | ArithmeticException refused) {
            return null;
        }
    }

    private static double[] walk(Expr e, String x) {
        if (!e.freeVariables().contains(x)) {
            if (!e.freeVariables().isEmpty()) {
                return null;
            }
            Value v = MathLanguage.evaluate(e, Map.of());
            return v instanceof Value.Scalar s && Double.isFinite(s.value()) ? new double[] {s.value()} : null;
        }
        if (e instanceof Expr.Var) {
            return new double[] {0, 1};
        }
        if (e instanceof Expr.Neg n) {
            double[] a = walk(n.operand(), x);
            return a == null ? null : scale(a, -1);
        }
        if (!(e instanceof Expr.Binary b)) {
            return null;
        }
        double[] l = walk(b.left(), x);
        if (l == null) {
            return null;
        }
        switch (b.op()) {
            case ADD, SUB -> {
                double[] r = walk(b.right(), x);
                return r == null ? null : add(l, b.op() == org.mathlens.math.expr.Op.SUB ? scale(r, -1) : r);
            }
            case MUL -> {
                double[] r = walk(b.right(), x);
                return r == null ? null : multiply(l, r);
            }
            case DIV -> {
                double[] r = walk(b.right(), x);
                if (r == null || trim(r).length != 1 || r[0] == 0) {
                    return null;
                }
                return scale(l, 1 / r[0]);
            }
            case POW -> {
                if (b.right().freeVariables().contains(x)) {
                    return null;
                }
                double[] r = walk(b.right(), x);
                double k = r == null ? Double.NaN : r[0];
                if (r == null || r.length != 1 || k != Math.rint(k) || k < 0 || k * (trim(l).length - 1) > MAX_DEGREE) {
                    return null;
                }
                double[] p = {1};
                for (int i = 0; i < (int) k; i++) {
                    p = multiply(p, l);
                }
                return p;
            }
            default -> {
                return null;
            }
        }
    }

    private static double[] trim(double[] c) {
        int n = c.length;
        while (n > 1 && c[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(c, n);
    }

    private static double[] scale(double[] a, double k) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * k;
        }
        return r;
    }

    private static double[] add(double[] a, double[] b) {
        double[] r = new double[Math.max(a.length, b.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
        }
        return r;
    }

    private static double[] multiply(double[] a, double[] b) {
        a = trim(a);
        b = trim(b);
        if (a.length + b.length - 2 > MAX_DEGREE) {
            throw new ArithmeticException("degree too high");
        }
        double[] r = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i + j] += a[i] * b[j];
            }
        }
        return r;
    }
}
