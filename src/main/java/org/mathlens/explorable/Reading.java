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
