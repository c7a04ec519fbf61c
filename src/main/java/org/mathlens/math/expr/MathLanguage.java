package org.mathlens.math.expr;
import java.util.*;
// TEMPORARY STUB until branch expr merges: numbers, vectors, matrices only
public final class MathLanguage {
    public static double evaluateScalar(String t) {
        try { return Double.parseDouble(t.trim().replace("inf","Infinity")); } catch (NumberFormatException e) { throw new MathError("expected a number"); }
    }
    public static double[] evaluateVector(String t) {
        String s = t.trim();
        if (!s.startsWith("[") || !s.endsWith("]") || s.startsWith("[[")) throw new MathError("expected a vector");
        String in = s.substring(1, s.length() - 1).trim();
        if (in.isEmpty()) return new double[0];
        return Arrays.stream(in.split(",")).mapToDouble(MathLanguage::evaluateScalar).toArray();
    }
    public static double[][] evaluateMatrix(String t) {
        String s = t.trim();
        if (!s.startsWith("[[") || !s.endsWith("]]")) throw new MathError("expected a matrix");
        String[] rows = s.substring(1, s.length() - 1).split("\\]\\s*,\\s*\\[");
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String r = rows[i].trim(); if (!r.startsWith("[")) r = "[" + r; if (!r.endsWith("]")) r = r + "]";
            m[i] = evaluateVector(r);
        }
        return m;
    }
    public static CompiledFunction compile(String text, String... vars) { throw new MathError("not yet"); }
}
