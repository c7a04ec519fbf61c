package org.mathlens.math.ml;

/**
 * How far the network's outputs are from the classes. The output layer is linear (its values
 * are the logits o); cross-entropy turns them into probabilities with softmax, squared error
 * compares them with the one-hot target directly. Both are averaged over the examples.
 */
public enum Loss {
    /** −log softmax(o)[y]; its gradient with respect to o is softmax(o) − onehot(y). */
    CROSS_ENTROPY("cross-entropy"),
    /** ½‖o − onehot(y)‖²; its gradient with respect to o is o − onehot(y). */
    SQUARED("squared");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The loss of one example with outputs o and class y. */
    public double value(double[] o, int y) {
        if (this == SQUARED) {
            double s = 0;
            for (int k = 0; k < o.length; k++) {
                double d = o[k] - (k == y ? 1 : 0);
                s += d * d;
            }
            return s / 2;
        }
        double max = max(o);
        double sum = 0;
        for (double v : o) {
            sum += StrictMath.exp(v - max);
        }
        return -(o[y] - max - StrictMath.log(sum));
    }

    /** ∂loss/∂o for one example, written into g. */
    public void gradient(double[] o, int y, double[] g) {
        if (this == SQUARED) {
            for (int k = 0; k < o.length; k++) {
                g[k] = o[k] - (k == y ? 1 : 0);
            }
            return;
        }
        double[] p = probabilities(o);
        for (int k = 0; k < o.length; k++) {
            g[k] = p[k] - (k == y ? 1 : 0);
        }
    }

    /** Softmax of the outputs (for squared error too: a reading of the outputs as probabilities). */
    public static double[] probabilities(double[] o) {
        double max = max(o);
        double[] p = new double[o.length];
        double sum = 0;
        for (int k = 0; k < o.length; k++) {
            p[k] = StrictMath.exp(o[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < o.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static double max(double[] o) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            m = Math.max(m, v);
        }
        return m;
    }

    public static Loss of(String id) {
        for (Loss l : values()) {
            if (l.id.equalsIgnoreCase(id.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + id.trim() + "' is not a loss: use cross-entropy or squared");
    }
}
