package org.mathlens.explorables.transforms;

import org.mathlens.math.Numbers;

/** The eigen pane's sentences about λ and v, shared by its plane (2×2) and its space (3×3). */
final class EigenWords {
    static final String SUB = "₀₁₂₃";

    private EigenWords() {
    }

    static String b(double x) {
        return Numbers.brief(x, 2);
    }

    static String sub(int k) {
        return String.valueOf(SUB.charAt(k + 1));
    }

    static String complexBrief(EigenModel model, int k) {
        double im = model.imaginary(k);
        return b(model.real(k)) + (im < 0 ? " − " : " + ") + Numbers.brief(Math.abs(im), 2) + "i";
    }

    /** "λ₁ = 3,  v₁ = (0.71, 0.71)", or why there is no v. */
    static String eigenLine(EigenModel model, int k) {
        if (model.failure() != null) {
            return k == 0 ? "eigenvalues: not computed" : "(" + model.failure() + ")";
        }
        if (model.imaginary(k) != 0) {
            return "λ" + sub(k) + " = " + complexBrief(model, k) + "  (complex: no real v" + sub(k) + ")";
        }
        double[] v = model.verifiedVector(k);
        if (v == null) {
            return "λ" + sub(k) + " = " + b(model.real(k)) + (model.size() == 2 ? ",  no eigen-direction of its own" : "");
        }
        return "λ" + sub(k) + " = " + b(model.real(k)) + ",  v" + sub(k) + " = ("
                + b(v[0]) + ", " + b(v[1]) + (v.length > 2 ? ", " + b(v[2]) : "") + ")";
    }
}
