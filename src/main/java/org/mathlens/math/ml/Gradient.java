package org.mathlens.math.ml;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Backpropagation on one batch: the mean loss plus penalty and its gradient with respect to
 * every parameter, laid out as {@link Network#parameters()}. Output error δ_L = ∂loss/∂o / m;
 * then ∂W_l = δ_lᵀ·a_{l−1}, ∂b_l = Σ rows of δ_l, δ_{l−1} = (δ_l·W_l) ⊙ f'(z_{l−1}).
 */
public record Gradient(double loss, double[] values) {

    public static Gradient of(Network net, double[][] x, int[] y, Loss loss, Penalty penalty) {
        return of(net, new DMatrixRMaj(x), y, loss, penalty, true);
    }

    static Gradient of(Network net, DMatrixRMaj x, int[] y, Loss loss, Penalty penalty, boolean withGradient) {
        int layers = net.layers();
        DMatrixRMaj[] z = new DMatrixRMaj[layers];
        DMatrixRMaj[] a = net.forward(x, z);
        DMatrixRMaj out = a[layers];
        int m = x.numRows;
        int k = out.numCols;
        double total = 0;
        DMatrixRMaj delta = new DMatrixRMaj(m, k);
        double[] row = new double[k];
        double[] g = new double[k];
        for (int r = 0; r < m; r++) {
            System.arraycopy(out.data, r * k, row, 0, k);
            total += loss.value(row, y[r]);
            loss.gradient(row, y[r], g);
            for (int c = 0; c < k; c++) {
                delta.data[r * k + c] = g[c] / m;
            }
        }
        double value = m == 0 ? 0 : total / m;
        double[] p = net.parameters();
        boolean[] isWeight = net.weightMask();
        for (int i = 0; i < p.length; i++) {
            if (isWeight[i]) {
                value += penalty.value(p[i]);
            }
        }
        if (!withGradient) {
            return new Gradient(value, null);
        }
        double[] grad = new double[p.length];
        int[] offset = offsets(net);
        for (int l = layers - 1; l >= 0; l--) {
            DMatrixRMaj w = net.weightMatrix(l);
            DMatrixRMaj dW = new DMatrixRMaj(w.numRows, w.numCols);
            CommonOps_DDRM.multTransA(delta, a[l], dW);
            System.arraycopy(dW.data, 0, grad, offset[l], dW.data.length);
            int b = offset[l] + dW.data.length;
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < w.numRows; c++) {
                    grad[b + c] += delta.data[r * w.numRows + c];
                }
            }
            if (l > 0) {
                DMatrixRMaj prev = new DMatrixRMaj(m, w.numCols);
                CommonOps_DDRM.mult(delta, w, prev);
                Activation f = net.activation(l - 1);
                for (int i = 0; i < prev.data.length; i++) {
                    prev.data[i] *= f.derivative(z[l - 1].data[i]);
                }
                delta = prev;
            }
        }
        for (int i = 0; i < p.length; i++) {
            if (isWeight[i]) {
                grad[i] += penalty.derivative(p[i]);
            }
        }
        return new Gradient(value, grad);
    }

    /** Where each layer's parameters start in the flat vector. */
    static int[] offsets(Network net) {
        int[] sizes = net.sizes();
        int[] off = new int[net.layers()];
        int k = 0;
        for (int l = 0; l < off.length; l++) {
            off[l] = k;
            k += sizes[l + 1] * sizes[l] + sizes[l + 1];
        }
        return off;
    }
}
