package org.mathlens.math.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A feed-forward network of dense layers, immutable. Layer l maps a row a of its inputs to
 * f_l(a·W_lᵀ + b_l); the hidden layers have their own activation each, the output layer is
 * linear (the loss reads its values). All parameters in one flat vector, layer by layer: W_l
 * row by row (out × in), then b_l, so an {@link org.mathlens.math.optim.Optimizer} can step it.
 */
public final class Network {
    private final int[] sizes;
    private final Activation[] activations;
    private final DMatrixRMaj[] weights;
    private final double[][] biases;

    private Network(int[] sizes, Activation[] activations, DMatrixRMaj[] weights, double[][] biases) {
        this.sizes = sizes;
        this.activations = activations;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * A network with these layer sizes (inputs first, outputs last) and one activation per hidden
     * layer, its weights drawn from the seed (Glorot-uniform, so every activation starts in its
     * working range; biases 0). The same seed gives the same weights on every machine: java.util.Random
     * is specified bit for bit, and activations, losses and features use StrictMath, not intrinsics.
     */
    public static Network random(int[] sizes, List<Activation> hidden, long seed) {
        if (sizes.length < 2 || hidden.size() != sizes.length - 2) {
            throw new IllegalArgumentException("one activation per hidden layer");
        }
        Random r = new Random(seed);
        int layers = sizes.length - 1;
        DMatrixRMaj[] w = new DMatrixRMaj[layers];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
            w[l] = new DMatrixRMaj(sizes[l + 1], sizes[l]);
            for (int i = 0; i < w[l].data.length; i++) {
                w[l].data[i] = (2 * r.nextDouble() - 1) * limit;
            }
            b[l] = new double[sizes[l + 1]];
        }
        return new Network(sizes.clone(), hidden.toArray(new Activation[0]), w, b);
    }

    public int layers() {
        return weights.length;
    }

    /** Neurons in each layer, inputs first. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** The activation of layer l (0-based among the dense layers); the last is linear. */
    public Activation activation(int l) {
        return l < activations.length ? activations[l] : Activation.LINEAR;
    }

    /** The weight from neuron j of layer l's input to its neuron i. */
    public double weight(int l, int i, int j) {
        return weights[l].get(i, j);
    }

    public double bias(int l, int i) {
        return biases[l][i];
    }

    /** Number of parameters, the length of {@link #parameters()}. */
    public int size() {
        int n = 0;
        for (int l = 0; l < weights.length; l++) {
            n += weights[l].data.length + biases[l].length;
        }
        return n;
    }

    /** All weights and biases as one vector (a copy). */
    public double[] parameters() {
        double[] p = new double[size()];
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l].data, 0, p, k, weights[l].data.length);
            k += weights[l].data.length;
            System.arraycopy(biases[l], 0, p, k, biases[l].length);
            k += biases[l].length;
        }
        return p;
    }

    /** The same architecture with these parameters (laid out as {@link #parameters()}). */
    public Network withParameters(double[] p) {
        if (p.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " parameters, got " + p.length);
        }
        DMatrixRMaj[] w = new DMatrixRMaj[weights.length];
        double[][] b = new double[weights.length][];
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            w[l] = new DMatrixRMaj(weights[l].numRows, weights[l].numCols);
            System.arraycopy(p, k, w[l].data, 0, w[l].data.length);
            k += w[l].data.length;
            b[l] = Arrays.copyOfRange(p, k, k + biases[l].length);
            k += biases[l].length;
        }
        return new Network(sizes, activations, w, b);
    }

    /** True where this parameter index is a weight (penalised) rather than a bias. */
    public boolean[] weightMask() {
        boolean[] mask = new boolean[size()];
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            Arrays.fill(mask, k, k + weights[l].data.length, true);
            k += weights[l].data.length + biases[l].length;
        }
        return mask;
    }

    /**
     * The forward pass of a batch (one example per row): element l is the activation of layer l
     * (element 0 the inputs, the last the outputs). Pre-activations are written into {@code z}
     * when it is not null (z[l] for dense layer l).
     */
    DMatrixRMaj[] forward(DMatrixRMaj x, DMatrixRMaj[] z) {
        DMatrixRMaj[] a = new DMatrixRMaj[weights.length + 1];
        a[0] = x;
        for (int l = 0; l < weights.length; l++) {
            DMatrixRMaj zl = new DMatrixRMaj(x.numRows, weights[l].numRows);
            CommonOps_DDRM.multTransB(a[l], weights[l], zl);
            int cols = zl.numCols;
            for (int r = 0; r < zl.numRows; r++) {
                for (int c = 0; c < cols; c++) {
                    zl.data[r * cols + c] += biases[l][c];
                }
            }
            if (z != null) {
                z[l] = zl;
            }
            Activation f = activation(l);
            if (f == Activation.LINEAR) {
                a[l + 1] = zl;
            } else {
                DMatrixRMaj al = new DMatrixRMaj(zl.numRows, zl.numCols);
                for (int i = 0; i < zl.data.length; i++) {
                    al.data[i] = f.apply(zl.data[i]);
                }
                a[l + 1] = al;
            }
        }
        return a;
    }

    /** Every layer's activations for one input: [0] the input itself, the last the outputs. */
    public double[][] activations(double[] input) {
        DMatrixRMaj[] a = forward(new DMatrixRMaj(1, input.length, true, input), null);
        double[][] out = new double[a.length][];
        for (int l = 0; l < a.length; l++) {
            out[l] = a[l].data.clone();
        }
        return out;
    }

    /**
     * Every layer's activations for a batch, in one forward pass (the pictures map a whole grid
     * of inputs at once): [layer][row][neuron], [0] the inputs, the last the outputs.
     */
    public double[][][] activations(double[][] inputs) {
        DMatrixRMaj[] a = forward(new DMatrixRMaj(inputs), null);
        double[][][] out = new double[a.length][inputs.length][];
        for (int l = 0; l < a.length; l++) {
            int cols = a[l].numCols;
            for (int r = 0; r < inputs.length; r++) {
                out[l][r] = Arrays.copyOfRange(a[l].data, r * cols, (r + 1) * cols);
            }
        }
        return out;
    }

    /** The outputs (logits) for each row of x. */
    public double[][] outputs(double[][] x) {
        DMatrixRMaj[] a = forward(new DMatrixRMaj(x), null);
        DMatrixRMaj o = a[a.length - 1];
        double[][] out = new double[o.numRows][o.numCols];
        for (int r = 0; r < o.numRows; r++) {
            System.arraycopy(o.data, r * o.numCols, out[r], 0, o.numCols);
        }
        return out;
    }

    /** The class with the largest output. */
    public int predict(double[] input) {
        double[][] a = activations(input);
        return argmax(a[a.length - 1]);
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Mean loss over the rows plus the penalty on the weights. */
    public double loss(double[][] x, int[] y, Loss loss, Penalty penalty) {
        return Gradient.of(this, new DMatrixRMaj(x), y, loss, penalty, false).loss();
    }

    /** Share of rows whose predicted class is y (NaN when there are none). */
    public double accuracy(double[][] x, int[] y) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[][] o = outputs(x);
        int right = 0;
        for (int i = 0; i < o.length; i++) {
            if (argmax(o[i]) == y[i]) {
                right++;
            }
        }
        return (double) right / x.length;
    }

    DMatrixRMaj weightMatrix(int l) {
        return weights[l];
    }
}
