package org.mathlens.math.tensor;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;

/**
 * An n-dimensional array of doubles, stored row-major (the last axis varies fastest, as in
 * NumPy and PyTorch): a scalar has shape [], a vector [n], a matrix [rows, cols], a colour
 * image [height, width, 3], a batch of images [batch, height, width, 3]. Elementwise
 * arithmetic broadcasts by NumPy's rules; reductions sum, average or take the maximum along
 * one axis, removing it. Immutable except through {@link #set}.
 */
public final class Tensor {
    /** What a reduction does with the values along its axis. */
    public enum Reduction { SUM, MEAN, MAX }

    private final int[] shape;
    private final int[] strides;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.strides = stridesOf(shape);
        this.data = data;
    }

    /** A tensor of zeros. */
    public static Tensor zeros(int... shape) {
        return new Tensor(checkShape(shape), new double[size(shape)]);
    }

    /** A tensor of the given shape holding {@code data} in row-major order (copied). */
    public static Tensor of(double[] data, int... shape) {
        int[] s = checkShape(shape);
        if (data.length != size(s)) {
            throw new MathError("shape " + Arrays.toString(s) + " holds " + size(s) + " numbers, not " + data.length);
        }
        return new Tensor(s, data.clone());
    }

    public static Tensor scalar(double x) {
        return new Tensor(new int[0], new double[] {x});
    }

    public static Tensor vector(double... v) {
        return of(v, v.length);
    }

    public static Tensor matrix(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] d = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != cols) {
                throw new MathError("every row of a matrix needs " + cols + " entries");
            }
            System.arraycopy(m[i], 0, d, i * cols, cols);
        }
        return of(d, m.length, cols);
    }

    /** 0, 1, 2, ... in row-major order: handy for seeing where each entry went. */
    public static Tensor arange(double start, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = start + i;
        }
        return t;
    }

    private static int[] checkShape(int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new MathError("a shape cannot have a negative size: " + Arrays.toString(shape));
            }
        }
        return shape.clone();
    }

    private static int size(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
            if (n > Integer.MAX_VALUE) {
                throw new MathError("shape " + Arrays.toString(shape) + " is too large");
            }
        }
        return (int) n;
    }

    private static int[] stridesOf(int[] shape) {
        int[] st = new int[shape.length];
        int step = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            st[k] = step;
            step *= shape[k];
        }
        return st;
    }

    /** The number of axes: 0 for a scalar, 1 for a vector, ... */
    public int rank() {
        return shape.length;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size(int axis) {
        return shape[checkAxis(axis)];
    }

    /** How far apart, in the flat data, neighbours along each axis are. */
    public int[] strides() {
        return strides.clone();
    }

    /** The number of entries. */
    public int size() {
        return data.length;
    }

    /** The entries in row-major order (a copy). */
    public double[] data() {
        return data.clone();
    }

    /** The entry at flat position {@code i} (row-major): fast access for drawing. */
    public double flat(int i) {
        return data[i];
    }

    public double get(int... index) {
        return data[offset(index)];
    }

    public void set(double value, int... index) {
        data[offset(index)] = value;
    }

    /** The flat position of an index, or an error naming the index and the shape. */
    public int offset(int... index) {
        if (index.length != shape.length) {
            throw new MathError("index " + Arrays.toString(index) + " has " + index.length + " numbers; shape "
                    + Arrays.toString(shape) + " needs " + shape.length);
        }
        int off = 0;
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0 || index[k] >= shape[k]) {
                throw new MathError("index " + Arrays.toString(index) + " is out of range for shape " + Arrays.toString(shape));
            }
            off += index[k] * strides[k];
        }
        return off;
    }

    /** The index of flat position {@code i}, written into {@code out} (length = rank). */
    public void unravel(int i, int[] out) {
        for (int k = 0; k < shape.length; k++) {
            out[k] = shape[k] == 0 ? 0 : (i / strides[k]) % shape[k];
        }
    }

    private int checkAxis(int axis) {
        if (axis < 0 || axis >= shape.length) {
            throw new MathError("axis " + axis + " is out of range for a tensor with " + shape.length
                    + (shape.length == 1 ? " axis" : " axes"));
        }
        return axis;
    }

    // ---------------------------------------------------------------- broadcasting

    /**
     * The shape two shapes broadcast to, by NumPy's rules: line them up from the right; two
     * sizes fit when they are equal or one of them is 1; missing axes count as 1.
     */
    public static int[] broadcastShape(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int sa = k < n - a.length ? 1 : a[k - (n - a.length)];
            int sb = k < n - b.length ? 1 : b[k - (n - b.length)];
            if (sa != sb && sa != 1 && sb != 1) {
                throw new MathError("cannot broadcast shape " + Arrays.toString(a) + " with " + Arrays.toString(b)
                        + ": sizes " + sa + " and " + sb + " differ");
            }
            out[k] = sa == 1 ? sb : sa;
        }
        return out;
    }

    /** This tensor stretched (not copied in spirit: every copy is the same numbers) to a larger shape. */
    public Tensor broadcastTo(int... target) {
        int[] s = broadcastShape(shape, target);
        if (!Arrays.equals(s, target)) {
            throw new MathError("cannot broadcast shape " + Arrays.toString(shape) + " to " + Arrays.toString(target));
        }
        Tensor out = zeros(target);
        int[] idx = new int[target.length];
        for (int i = 0; i < out.data.length; i++) {
            out.unravel(i, idx);
            out.data[i] = data[sourceOffset(idx, target.length)];
        }
        return out;
    }

    /** Where the entry for a broadcast index of rank {@code n} comes from in this tensor. */
    private int sourceOffset(int[] idx, int n) {
        int off = 0;
        int lead = n - shape.length;
        for (int k = 0; k < shape.length; k++) {
            int i = shape[k] == 1 ? 0 : idx[k + lead];
            off += i * strides[k];
        }
        return off;
    }

    /**
     * The flat position of the entry a broadcast to a rank-{@code n} shape shows at {@code index}
     * (its first n numbers): every copy along a stretched axis reads the same entry.
     */
    public int broadcastSource(int[] index, int n) {
        return sourceOffset(index, n);
    }

    /**
     * Writes into {@code out} the index, in a rank-{@code n} broadcast, of the original that the
     * entry at {@code index} copies: the stretched axes (missing, or of size 1 here) go back to 0.
     * Returns whether {@code index} is a copy rather than the original itself.
     */
    public boolean broadcastOrigin(int[] index, int n, int[] out) {
        int lead = n - shape.length;
        boolean copy = false;
        for (int k = 0; k < n; k++) {
            boolean stretched = k < lead || shape[k - lead] == 1;
            out[k] = stretched ? 0 : index[k];
            copy |= out[k] != index[k];
        }
        return copy;
    }

    /** Elementwise, with broadcasting. */
    public Tensor zip(Tensor other, DoubleBinaryOperator f) {
        int[] s = broadcastShape(shape, other.shape);
        Tensor out = zeros(s);
        int[] idx = new int[s.length];
        for (int i = 0; i < out.data.length; i++) {
            out.unravel(i, idx);
            out.data[i] = f.applyAsDouble(data[sourceOffset(idx, s.length)], other.data[other.sourceOffset(idx, s.length)]);
        }
        return out;
    }

    public Tensor plus(Tensor other) {
        return zip(other, Double::sum);
    }

    public Tensor minus(Tensor other) {
        return zip(other, (x, y) -> x - y);
    }

    /** The Hadamard (elementwise) product, with broadcasting. */
    public Tensor times(Tensor other) {
        return zip(other, (x, y) -> x * y);
    }

    public Tensor dividedBy(Tensor other) {
        return zip(other, (x, y) -> x / y);
    }

    // ---------------------------------------------------------------- reductions

    /** Sums, averages or takes the maximum along {@code axis}; the result has that axis removed. */
    public Tensor reduce(int axis, Reduction how) {
        checkAxis(axis);
        int len = shape[axis];
        if (len == 0 && how != Reduction.SUM) {
            throw new MathError("cannot take the " + how.name().toLowerCase() + " along an empty axis");
        }
        Tensor out = zeros(without(axis));
        int outer = outerCount(axis);
        int inner = strides[axis];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                double acc = how == Reduction.MAX ? Double.NEGATIVE_INFINITY : 0;
                for (int k = 0; k < len; k++) {
                    double x = data[o * len * inner + k * inner + in];
                    acc = how == Reduction.MAX ? Math.max(acc, x) : acc + x;
                }
                out.data[o * inner + in] = how == Reduction.MEAN ? acc / len : acc;
            }
        }
        return out;
    }

    /** The sum of every entry. */
    public double sum() {
        double s = 0;
        for (double x : data) {
            s += x;
        }
        return s;
    }

    /**
     * One slice: the entries whose index along {@code axis} is {@code at}, with that axis removed
     * (the red plane of a [height, width, 3] image is {@code slice(2, 0)}).
     */
    public Tensor slice(int axis, int at) {
        checkAxis(axis);
        if (at < 0 || at >= shape[axis]) {
            throw new MathError("slice " + at + " is out of range for axis " + axis + " of size " + shape[axis]);
        }
        Tensor out = zeros(without(axis));
        int outer = outerCount(axis);
        int inner = strides[axis];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(data, o * shape[axis] * inner + at * inner, out.data, o * inner, inner);
        }
        return out;
    }

    /** This shape with one axis taken out: the shape of a reduction or a slice along it. */
    private int[] without(int axis) {
        int[] s = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != axis) {
                s[j++] = shape[k];
            }
        }
        return s;
    }

    /** How many blocks the axes before {@code axis} make: the outer loop of a reduction or a slice. */
    private int outerCount(int axis) {
        int outer = 1;
        for (int k = 0; k < axis; k++) {
            outer *= shape[k];
        }
        return outer;
    }

    /** The same numbers in another shape of the same size. */
    public Tensor reshape(int... newShape) {
        int[] s = checkShape(newShape);
        if (size(s) != data.length) {
            throw new MathError("cannot reshape " + Arrays.toString(shape) + " (" + data.length + " numbers) to "
                    + Arrays.toString(s));
        }
        return new Tensor(s, data.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** NumPy style: nested brackets, numbers read back exactly. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        write(s, 0, 0);
        return s.toString();
    }

    private void write(StringBuilder s, int axis, int offset) {
        if (axis == shape.length) {
            s.append(Numbers.format(data[offset]));
            return;
        }
        s.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) {
                s.append(", ");
            }
            write(s, axis + 1, offset + i * strides[axis]);
        }
        s.append(']');
    }
}
