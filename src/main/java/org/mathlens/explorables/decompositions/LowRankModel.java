package org.mathlens.explorables.decompositions;

import org.mathlens.math.linalg.Svd;

/**
 * A picture A (m×n gray levels) and its rank-k rebuild A_k = Σᵢ≤ₖ σᵢ uᵢ vᵢᵀ, the best rank-k
 * approximation (Eckart–Young). The SVD is the slow part and is done once per picture
 * ({@link #decompose}, run off the FX thread); changing k only adds or removes rank-one terms,
 * one m·n sweep per step of k. Pure mathematics: no JavaFX.
 */
public final class LowRankModel {
    /** A picture with its SVD, immutable: the result a background job hands over. */
    public record Decomposition(double[][] a, Svd svd, double frobenius) {
    }

    private Decomposition d;
    private int k;
    private int built;
    private double[][] rebuilt;

    public LowRankModel(Decomposition d, int k) {
        setDecomposition(d, k);
    }

    public static Decomposition decompose(double[][] a) {
        double sum = 0;
        for (double[] row : a) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return new Decomposition(a, Svd.of(a), Math.sqrt(sum));
    }

    public void setDecomposition(Decomposition next, int wantedK) {
        d = next;
        rebuilt = new double[rows()][cols()];
        built = 0;
        setK(wantedK);
    }

    /** k is kept within 1 … min(m, n). */
    public void setK(int wanted) {
        k = Math.max(1, Math.min(maxK(), wanted));
        while (built < k) {
            addTerm(built, 1);
            built++;
        }
        while (built > k) {
            built--;
            addTerm(built, -1);
        }
    }

    private void addTerm(int i, double sign) {
        double s = sign * d.svd().sigma()[i];
        double[][] u = d.svd().u();
        double[][] v = d.svd().v();
        for (int r = 0; r < rebuilt.length; r++) {
            double ur = s * u[r][i];
            double[] row = rebuilt[r];
            for (int c = 0; c < row.length; c++) {
                row[c] += ur * v[c][i];
            }
        }
    }

    public int k() {
        return k;
    }

    public int rows() {
        return d.a().length;
    }

    public int cols() {
        return d.a()[0].length;
    }

    public int maxK() {
        return Math.min(rows(), cols());
    }

    public double[][] original() {
        return d.a();
    }

    /** A_k; read only — the view paints from it. */
    public double[][] rebuilt() {
        return rebuilt;
    }

    public double residual(int r, int c) {
        return d.a()[r][c] - rebuilt[r][c];
    }

    public double[] sigma() {
        return d.svd().sigma().clone();
    }

    /** ‖A − A_k‖_F / ‖A‖_F, measured on the residual itself (0 for an all-black picture). */
    public double error() {
        if (d.frobenius() == 0) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                double e = residual(r, c);
                sum += e * e;
            }
        }
        return Math.sqrt(sum) / d.frobenius();
    }

    /** Σᵢ≤ₖ σᵢ² / Σ σᵢ², the share of the picture's energy the first k singular values keep. */
    public double energy() {
        return energyAt(k);
    }

    public double energyAt(int j) {
        double kept = 0;
        double all = 0;
        double[] s = d.svd().sigma();
        for (int i = 0; i < s.length; i++) {
            all += s[i] * s[i];
            if (i < j) {
                kept += s[i] * s[i];
            }
        }
        return all == 0 ? 1 : kept / all;
    }

    /** k(m + n + 1) / (mn): the numbers kept (k columns of U and V and k σ) over the pixels. */
    public double storage() {
        return storageAt(k);
    }

    public double storageAt(int j) {
        return j * (rows() + cols() + 1.0) / ((double) rows() * cols());
    }

    /** The smallest k keeping at least this share of the energy. */
    public int kFor(double share) {
        for (int j = 1; j <= maxK(); j++) {
            if (energyAt(j) >= share - 1e-12) {
                return j;
            }
        }
        return maxK();
    }
}
