package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import java.util.List;
import java.util.Set;

/** The names of the built-in functions, and the "did you mean" suggestion for a misspelt one. */
public final class Functions {
    private Functions() {
    }

    /** Element-wise functions of one real number. */
    public static final Set<String> ELEMENTWISE = Set.of("sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs");

    /** Every built-in, in the order a suggestion prefers them when two are equally close. */
    public static final List<String> ALL = List.of(
            "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs",
            "det", "inv", "transpose", "trace", "rank", "dot", "norm", "frobenius", "eig", "eigvecs", "svd",
            "pinv", "solve", "identity", "diag",
            "diff", "grad", "hessian", "jacobian", "limit", "integrate");

    private static final Set<String> ALL_SET = Set.copyOf(ALL);

    public static boolean isBuiltin(String name) {
        return ALL_SET.contains(name);
    }

    /** The error for an unknown function, with the closest built-in name when one is near. */
    public static MathError unknown(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : ALL) {
            int d = editDistance(name.toLowerCase(), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        // a suggestion only when it is plausible: at most 2 edits, and fewer than the name's length
        if (best != null && bestDistance <= 2 && bestDistance < name.length()) {
            return new MathError("unknown function '" + name + "' — did you mean '" + best + "'?");
        }
        return new MathError("unknown function '" + name + "'");
    }

    /** Levenshtein distance, capped to keep strange long inputs cheap. */
    static int editDistance(String a, String b) {
        if (a.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
