package org.mathlens.math.ml;

/**
 * A penalty on the weights (never the biases) added to the loss: L1 is rate·Σ|w|, which pushes
 * weights to exactly zero; L2 is rate·½Σw², which shrinks every weight in proportion to its size.
 */
public record Penalty(Kind kind, double rate) {
    public enum Kind { NONE, L1, L2 }

    public static final Penalty NONE = new Penalty(Kind.NONE, 0);

    public static Penalty l1(double rate) {
        return new Penalty(Kind.L1, rate);
    }

    public static Penalty l2(double rate) {
        return new Penalty(Kind.L2, rate);
    }

    /** The penalty of one weight. */
    public double value(double w) {
        return switch (kind) {
            case NONE -> 0;
            case L1 -> rate * Math.abs(w);
            case L2 -> rate * w * w / 2;
        };
    }

    /** Its derivative; L1's at exactly 0 is taken as 0. */
    public double derivative(double w) {
        return switch (kind) {
            case NONE -> 0;
            case L1 -> rate * Math.signum(w);
            case L2 -> rate * w;
        };
    }
}
