package org.mathlens.explorable;

import org.mathlens.math.Numbers;

/** A readout's value at one moment: a number, vector, matrix, or a word such as {@code undefined}. */
public sealed interface Reading {
    String text();

    /** True when every number in it is finite; words are always explicit, so they count as finite. */
    boolean isFinite();

    static Reading of(double x) {
        return new Number(x);
    }

    static Reading of(double[] v) {
        return new Vector(v.clone());
    }

    static Reading of(double[][] m) {
        return new Matrix(MatrixParameter.deepCopy(m));
    }

    static Reading of(boolean b) {
        return new Word(Boolean.toString(b));
    }

    static Reading word(String w) {
        return new Word(w);
    }

    static Reading undefined() {
        return new Word("undefined");
    }

    /** The number, or {@code undefined} when it is not finite (0/0, a pole, an overflow). */
    static Reading finite(double x) {
        return finiteOr(x, "undefined");
    }

    /** The number, or the word saying why there is none ("diverged", "inf") when it is not finite. */
    static Reading finiteOr(double x, String why) {
        return Double.isFinite(x) ? of(x) : word(why);
    }

    /** The vector, or {@code undefined} when any entry is not finite. */
    static Reading finite(double[] v) {
        Reading r = of(v);
        return r.isFinite() ? r : undefined();
    }

    record Number(double value) implements Reading {
        public String text() {
            return Numbers.format(value);
        }

        public boolean isFinite() {
            return Double.isFinite(value);
        }
    }

    record Vector(double[] value) implements Reading {
        public String text() {
            return Numbers.format(value);
        }

        public boolean isFinite() {
            for (double x : value) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Matrix(double[][] value) implements Reading {
        public String text() {
            return Numbers.format(value);
        }

        public boolean isFinite() {
            for (double[] row : value) {
                if (!new Vector(row).isFinite()) {
                    return false;
                }
            }
            return true;
        }
    }

    record Word(String value) implements Reading {
        public String text() {
            return value;
        }

        public boolean isFinite() {
            return true;
        }
    }
}
