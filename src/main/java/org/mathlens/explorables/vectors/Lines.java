package org.mathlens.explorables.vectors;

import org.mathlens.kit.Painter;

/** Hit-testing of whole lines through the origin, for hover names. */
final class Lines {
    private Lines() {
    }

    /** Pixel distance from a screen point to the line through the origin with direction (dx, dy). */
    static double pixelDistanceToLine(Painter p, double sx, double sy, double dx, double dy) {
        double ox = p.sx(0);
        double oy = p.sy(0);
        double ex = p.sx(dx) - ox;
        double ey = p.sy(dy) - oy;
        double len = Math.hypot(ex, ey);
        return len == 0 ? Double.POSITIVE_INFINITY : Math.abs((sx - ox) * ey - (sy - oy) * ex) / len;
    }
}
