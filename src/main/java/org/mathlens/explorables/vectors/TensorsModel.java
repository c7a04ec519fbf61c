package org.mathlens.explorables.vectors;

import java.util.Arrays;
import java.util.List;
import org.mathlens.math.MathError;
import org.mathlens.math.tensor.Tensor;
import org.mathlens.math.tensor.Tensor.Reduction;

/**
 * What the "tensors" pane shows: an example tensor of each kind (scalar to a batch of
 * images), and one operation on it: a Hadamard product with a second tensor of the same
 * shape, a sum / mean / max along an axis, or broadcasting a small tensor along an axis.
 * Errors (an axis the tensor does not have) are a state with a message, never an exception.
 */
public final class TensorsModel {
    public static final List<String> VIEWS = List.of("scalar", "vector", "matrix", "tensor3", "tensor4", "image", "batch");
    public static final List<String> OPS = List.of("none", "hadamard", "sum", "mean", "max", "broadcast");

    private final Tensor[] images;
    private String view = "matrix";
    private String op = "none";
    private int axis;
    private Tensor input;
    private Tensor operand;
    private Tensor result;
    private String error;

    /** @param images pictures of shape [height, width, 3], values 0..1; the first is the image view, all form the batch */
    public TensorsModel(Tensor... images) {
        if (images.length == 0) {
            throw new IllegalArgumentException("the tensors pane needs at least one image");
        }
        this.images = images.clone();
        set(view, op, axis);
    }

    /** An image as a [height, width, 3] tensor of values in 0..1, from packed ARGB pixels (row by row). */
    public static Tensor fromPixels(int[] argb, int width, int height) {
        Tensor t = Tensor.zeros(height, width, 3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                t.set(((p >> 16) & 0xff) / 255.0, y, x, 0);
                t.set(((p >> 8) & 0xff) / 255.0, y, x, 1);
                t.set((p & 0xff) / 255.0, y, x, 2);
            }
        }
        return t;
    }

    /** The images stacked into [batch, height, width, 3]. */
    public static Tensor stack(Tensor... ts) {
        int[] shape = ts[0].shape();
        int[] s = new int[shape.length + 1];
        s[0] = ts.length;
        System.arraycopy(shape, 0, s, 1, shape.length);
        double[] d = new double[ts.length * ts[0].size()];
        for (int k = 0; k < ts.length; k++) {
            if (!Arrays.equals(ts[k].shape(), shape)) {
                throw new MathError("cannot stack shape " + Arrays.toString(ts[k].shape()) + " with " + Arrays.toString(shape));
            }
            System.arraycopy(ts[k].data(), 0, d, k * ts[0].size(), ts[0].size());
        }
        return Tensor.of(d, s);
    }

    public void set(String view, String op, int axis) {
        this.view = view;
        this.op = op;
        this.axis = axis;
        input = example(view);
        operand = null;
        result = null;
        error = null;
        try {
            switch (op) {
                case "hadamard" -> {
                    operand = pattern(input);
                    result = input.times(operand);
                }
                case "sum" -> result = reduce(Reduction.SUM);
                case "mean" -> result = reduce(Reduction.MEAN);
                case "max" -> result = reduce(Reduction.MAX);
                case "broadcast" -> {
                    operand = bias(input, axis);
                    result = input.plus(operand);
                }
                default -> result = input;
            }
        } catch (MathError e) {
            operand = null;
            result = null;
            error = e.getMessage();
        }
    }

    private Tensor reduce(Reduction how) {
        if (input.rank() == 0) {
            throw new MathError("a scalar has no axis to reduce");
        }
        return input.reduce(axis, how);
    }

    /** The example of each kind: small counting numbers, so every entry can be traced. */
    private Tensor example(String v) {
        return switch (v) {
            case "scalar" -> Tensor.scalar(3);
            case "vector" -> Tensor.vector(1, 2, 3, 4);
            case "tensor3" -> Tensor.arange(1, 2, 3, 4);
            case "tensor4" -> Tensor.arange(1, 2, 2, 2, 3);
            case "image" -> images[0];
            case "batch" -> stack(images);
            default -> Tensor.arange(1, 2, 3);
        };
    }

    /**
     * The second factor of the Hadamard product: 0, 1, 2 repeating for counting tensors (so
     * some entries vanish, some stay, some double), a left-to-right fade for pictures.
     */
    static Tensor pattern(Tensor t) {
        Tensor p = Tensor.zeros(t.shape());
        boolean picture = isPicture(t);
        int[] idx = new int[t.rank()];
        for (int i = 0; i < t.size(); i++) {
            t.unravel(i, idx);
            double v = picture ? idx[t.rank() - 2] / (double) (t.size(t.rank() - 2) - 1) : i % 3;
            p.set(v, idx);
        }
        return t.rank() == 0 ? Tensor.scalar(2) : p;
    }

    /**
     * The small tensor broadcast along {@code axis}: NumPy's shape [n, 1, ..., 1] for that axis
     * (just [n] for the last one), 10, 20, 30, ... for counting tensors, a colour tint or a
     * brightness ramp for pictures.
     */
    static Tensor bias(Tensor t, int axis) {
        if (t.rank() == 0) {
            return Tensor.scalar(10);
        }
        int n = t.size(axis); // throws a clear message when the axis is not there
        int[] s = new int[t.rank() - axis];
        Arrays.fill(s, 1);
        s[0] = n;
        Tensor b = Tensor.zeros(s);
        boolean picture = isPicture(t);
        int[] idx = new int[s.length];
        for (int k = 0; k < n; k++) {
            idx[0] = k;
            double v;
            if (!picture) {
                v = 10 * (k + 1);
            } else if (axis == t.rank() - 1) {
                v = new double[] {0.35, 0, -0.35}[k];
            } else {
                v = n == 1 ? 0 : 0.5 * k / (n - 1) - 0.25;
            }
            b.set(v, idx);
        }
        return b;
    }

    /** Drawn as pixels: a last axis of 3 colour channels and at least height and width before it. */
    public static boolean isPicture(Tensor t) {
        return t.rank() >= 3 && t.size(t.rank() - 1) == 3 && t.size(t.rank() - 2) >= 8;
    }

    public String view() {
        return view;
    }

    public String op() {
        return op;
    }

    public int axis() {
        return axis;
    }

    public Tensor input() {
        return input;
    }

    /** The second tensor of a Hadamard product or the small tensor broadcast, else null. */
    public Tensor operand() {
        return operand;
    }

    /** The result (the input itself for "none"), or null when the operation cannot be done. */
    public Tensor result() {
        return result;
    }

    /** Why there is no result, or null. */
    public String error() {
        return error;
    }

    public boolean isReduction() {
        return op.equals("sum") || op.equals("mean") || op.equals("max");
    }

    /** What each axis of a tensor of this view means, for the caption. */
    public String axisNames() {
        return switch (view) {
            case "scalar" -> "no axes: one number";
            case "vector" -> "axis 0 = entries";
            case "matrix" -> "axis 0 = rows, axis 1 = columns";
            case "tensor3" -> "axis 0 = blocks, axis 1 = rows, axis 2 = columns";
            case "tensor4" -> "axis 0 = block rows, axis 1 = blocks, axis 2 = rows, axis 3 = columns";
            case "image" -> "axis 0 = height, axis 1 = width, axis 2 = channels R, G, B";
            default -> "axis 0 = images, axis 1 = height, axis 2 = width, axis 3 = channels";
        };
    }
}
