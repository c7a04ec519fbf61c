package org.mathlens.explorables.vectors;

import java.util.Arrays;

/**
 * The box a plane of this section starts in and returns to on F: the points drawn (and the
 * origin), padded, with room above for the legend card. It changes only when a point leaves it
 * or the drawing shrinks to less than half of it, so small moves never make the view jump.
 * "Soft" points (what Play sweeps, like k·u) are kept in view but never shrink it: a sweep
 * widens the view at most twice and then leaves it still.
 */
final class Home {
    private final double minHalf;
    private double[] box = {0, 0, 0, 0};

    /** @param minHalf the least half-width and half-height, so a tiny vector still sits in a grid */
    Home(double minHalf) {
        this.minHalf = minHalf;
    }

    double[] box() {
        return box.clone();
    }

    /**
     * Follows the points given as x0, y0, x1, y1, …; {@code top} is the share of the height kept
     * free above them (for the legend). Returns true when the box changed.
     */
    boolean follow(double top, double... xy) {
        return follow(top, xy, new double[0]);
    }

    /** As {@link #follow(double, double...)}, with soft points that must be in view but never shrink it. */
    boolean follow(double top, double[] xy, double[] soft) {
        double[] hard = extent(new double[] {0, 0, 0, 0}, xy);
        double[] all = extent(hard.clone(), soft);
        boolean inside = all[0] >= box[0] && all[1] <= box[1] && all[2] >= box[2] && all[3] <= box[3];
        boolean fills = (hard[1] - hard[0]) >= 0.45 * (box[1] - box[0]) || (hard[3] - hard[2]) >= 0.45 * (box[3] - box[2]);
        if (inside && fills) {
            return false;
        }
        double[] next = around(all[0], all[1], all[2], all[3], top);
        if (Arrays.equals(next, box)) {
            return false;
        }
        box = next;
        return true;
    }

    private static double[] extent(double[] b, double[] xy) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Double.isFinite(xy[i]) && Double.isFinite(xy[i + 1])) {
                b[0] = Math.min(b[0], xy[i]);
                b[1] = Math.max(b[1], xy[i]);
                b[2] = Math.min(b[2], xy[i + 1]);
                b[3] = Math.max(b[3], xy[i + 1]);
            }
        }
        return b;
    }

    private double[] around(double x0, double x1, double y0, double y1, double top) {
        double pad = 0.18 * Math.max(x1 - x0, y1 - y0) + 0.6;
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double hx = Math.max(minHalf, (x1 - x0) / 2 + pad);
        double hy = Math.max(minHalf * 0.75, (y1 - y0) / 2 + pad);
        double b0 = cy - hy;
        double b1 = cy + hy;
        b1 += top * (b1 - b0);
        return new double[] {cx - hx, cx + hx, b0, b1};
    }
}
