package org.mathlens.kit;

import org.mathlens.math.Numbers;

/**
 * The mapping between world coordinates (y up) and screen pixels (y down) of a plane of a
 * given size: a centre in world units and a scale in pixels per unit.
 */
public final class Viewport {
    private double width = 1;
    private double height = 1;
    private double centerX;
    private double centerY;
    private double scale = 50;

    public void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double scale() {
        return scale;
    }

    public double centerX() {
        return centerX;
    }

    public double centerY() {
        return centerY;
    }

    public double sx(double x) {
        return width / 2 + (x - centerX) * scale;
    }

    public double sy(double y) {
        return height / 2 - (y - centerY) * scale;
    }

    public double wx(double sx) {
        return centerX + (sx - width / 2) / scale;
    }

    public double wy(double sy) {
        return centerY - (sy - height / 2) / scale;
    }

    public double minX() {
        return wx(0);
    }

    public double maxX() {
        return wx(width);
    }

    public double minY() {
        return wy(height);
    }

    public double maxY() {
        return wy(0);
    }

    /** Shows the world box [x0, x1] × [y0, y1] whole, centred, with equal scale on both axes. */
    public void fit(double x0, double x1, double y0, double y1) {
        centerX = (x0 + x1) / 2;
        centerY = (y0 + y1) / 2;
        scale = Math.min(width / (x1 - x0), height / (y1 - y0));
    }

    /** Moves the view by a screen distance, as when dragging the background. */
    public void panBy(double dsx, double dsy) {
        centerX -= dsx / scale;
        centerY += dsy / scale;
    }

    /** Zooms by a factor keeping the world point under the screen point (sx, sy) fixed. */
    public void zoomAt(double factor, double sx, double sy) {
        double x = wx(sx);
        double y = wy(sy);
        scale = clampScale(scale * factor);
        centerX = x - (sx - width / 2) / scale;
        centerY = y + (sy - height / 2) / scale;
    }

    private static double clampScale(double s) {
        return Math.max(1e-3, Math.min(1e6, s));
    }

    /**
     * A "nice" grid spacing (1, 2 or 5 × 10^k world units) whose lines are at least
     * {@code minPixels} apart at the current zoom.
     */
    public double gridStep(double minPixels) {
        return Numbers.roundStep(minPixels / scale);
    }
}
