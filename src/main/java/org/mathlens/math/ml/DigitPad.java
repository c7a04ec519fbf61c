package org.mathlens.math.ml;

import org.mathlens.math.tensor.Tensor;

/**
 * A drawing reduced the way the shipped digits were made (UCI optdigits): ink on a 32×32
 * bitmap, counted in 4×4 blocks, so each of the 8×8 cells holds 0 … 16 inked pixels. Strokes
 * are segments in pad coordinates 0 … 32 (x right, y down), inked with a round pen.
 */
public final class DigitPad {
    public static final int SIDE = 32;
    private final boolean[][] ink;

    private DigitPad(boolean[][] ink) {
        this.ink = ink;
    }

    public static DigitPad empty() {
        return new DigitPad(new boolean[SIDE][SIDE]);
    }

    /** This pad with a segment from (x0, y0) to (x1, y1) inked: every pixel whose centre lies within radius of it. */
    public DigitPad stroke(double x0, double y0, double x1, double y1, double radius) {
        boolean[][] next = new boolean[SIDE][];
        for (int r = 0; r < SIDE; r++) {
            next[r] = ink[r].clone();
        }
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (distanceToSegment(c + 0.5, r + 0.5, x0, y0, x1, y1) <= radius) {
                    next[r][c] = true;
                }
            }
        }
        return new DigitPad(next);
    }

    private static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }

    public boolean inked(int row, int col) {
        return ink[row][col];
    }

    /** The 8×8 image: inked pixels in each 4×4 block, 0 … 16, as a tensor [8, 8]. */
    public Tensor reduced() {
        Tensor t = Tensor.zeros(8, 8);
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (ink[r][c]) {
                    t.set(t.get(r / 4, c / 4) + 1, r / 4, c / 4);
                }
            }
        }
        return t;
    }

    /** The shipped images (n rows of 64 levels) as a tensor [n, 8, 8]. */
    public static Tensor images(double[][] rows) {
        double[] data = new double[rows.length * 64];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, data, i * 64, 64);
        }
        return Tensor.of(data, rows.length, 8, 8);
    }
}
