package org.mathlens.explorables.vectors;

import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;

/**
 * The product C = AB of an m×n matrix A and an n×p matrix B: each entry c_ij is row i of A
 * dotted with column j of B. A and B are set independently, so their shapes may not fit;
 * then the product is undefined and {@link #mismatch()} says why in words.
 */
public final class MatrixMultiplyModel {
    private double[][] a = {{1}};
    private double[][] b = {{1}};
    private double[][] product;
    private double[][] reversed;

    public void set(double[][] a, double[][] b) {
        this.a = a;
        this.b = b;
        product = defined() ? Linalg.multiply(a, b) : null;
        reversed = b[0].length == a.length ? Linalg.multiply(b, a) : null;
    }

    public double[][] a() {
        return a;
    }

    public double[][] b() {
        return b;
    }

    public int rows() {
        return a.length;
    }

    /** The inner size: columns of A (which must equal the rows of B). */
    public int inner() {
        return a[0].length;
    }

    public int cols() {
        return b[0].length;
    }

    /** True when A has as many columns as B has rows. */
    public boolean defined() {
        return a[0].length == b.length;
    }

    /** C = AB, or null when the shapes do not fit. */
    public double[][] product() {
        return product;
    }

    /** Why the product is undefined ("cannot multiply 2×3 by 2×2: A has 3 columns but B has 2 rows"), or null. */
    public String mismatch() {
        if (defined()) {
            return null;
        }
        return "cannot multiply " + Linalg.shape(a) + " by " + Linalg.shape(b) + ": A has " + plural(a[0].length, "column")
                + " but B has " + plural(b.length, "row");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Both A and B are 2×2, so AB and BA both exist and are maps of the plane. */
    public boolean isSquarePairOf2() {
        return a.length == 2 && a[0].length == 2 && b.length == 2 && b[0].length == 2;
    }

    /** BA when B has as many columns as A has rows, else null. */
    public double[][] reversed() {
        return reversed;
    }

    /** True when AB and BA are both defined and equal (the two maps commute). */
    public boolean commutes() {
        if (product == null || reversed == null || product.length != reversed.length
                || product[0].length != reversed[0].length) {
            return false;
        }
        for (int i = 0; i < product.length; i++) {
            for (int j = 0; j < product[0].length; j++) {
                if (Math.abs(product[i][j] - reversed[i][j]) > 1e-12 * (1 + Math.abs(product[i][j]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The term a_ik·b_kj of c_ij. */
    public double term(int i, int j, int k) {
        return a[i][k] * b[k][j];
    }

    /** "c₁₂ = a₁₁b₁₂ + a₁₂b₂₂": which entries make c_ij (indices from 0 in, from 1 on paper). */
    public String symbolicSum(int i, int j) {
        StringBuilder s = new StringBuilder("c").append(sub(i + 1)).append(sub(j + 1)).append(" = ");
        for (int k = 0; k < inner(); k++) {
            if (k > 0) {
                s.append(" + ");
            }
            s.append('a').append(sub(i + 1)).append(sub(k + 1)).append('b').append(sub(k + 1)).append(sub(j + 1));
        }
        return s.toString();
    }

    /** "= 1·0 + 2·1 = 2": the same sum with the numbers, ending in c_ij as the product holds it. */
    public String numericSum(int i, int j) {
        StringBuilder s = new StringBuilder("= ");
        for (int k = 0; k < inner(); k++) {
            if (k > 0) {
                s.append(" + ");
            }
            s.append(Numbers.factor(a[i][k], 3)).append('·').append(Numbers.factor(b[k][j], 3));
        }
        return s.append(" = ").append(Numbers.brief(product[i][j], 3)).toString();
    }

    /** A number as a factor in a written product: negatives in parentheses. */
    /** Subscript digits: 12 → "₁₂". */
    static String sub(int n) {
        String digits = Integer.toString(n);
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }
}
