package org.mathlens.kit;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A magnifier: a square panel in the plane's bottom-right corner showing the neighbourhood of
 * a point scaled up, so a difference too small for the plane (a curved cell against its
 * linear approximation) can be seen. The scale is chosen so everything within {@code reach}
 * of the centre, in either coordinate, fits; the caption says how much larger it is drawn.
 */
public final class Inset {
    private final Painter p;
    private final double left;
    private final double top;
    private final double size;
    private final double k;
    private final double cx;
    private final double cy;
    private final double mx;
    private final double my;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    private Inset(Painter p, double sizePx, double cx, double cy, double reach) {
        this.p = p;
        this.size = p.ui(sizePx);
        double pad = p.ui(10);
        this.left = p.view().width() - pad - size;
        this.top = p.view().height() - pad - size;
        // room for the caption at the top, and a margin all round
        this.k = (size / 2 - p.ui(26)) / reach;
        this.cx = cx;
        this.cy = cy;
        this.mx = left + size / 2;
        this.my = top + size / 2 + p.ui(8);
    }

    /** Draws the panel and returns the magnifier for what goes in it; null when reach is not a positive size. */
    public static Inset bottomRight(Painter p, double sizePx, double cx, double cy, double reach) {
        if (!(reach > 0) || !Double.isFinite(reach) || !Double.isFinite(cx) || !Double.isFinite(cy)) {
            return null;
        }
        Inset inset = new Inset(p, sizePx, cx, cy, reach);
        inset.panel();
        return inset;
    }

    private void panel() {
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.94));
        g.fillRoundRect(left, top, size, size, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(left, top, size, size, p.ui(8), p.ui(8));
    }

    /** Screen x of a plane x inside the inset. */
    public double sx(double x) {
        return mx + (x - cx) * k;
    }

    /** Screen y of a plane y inside the inset. */
    public double sy(double y) {
        return my - (y - cy) * k;
    }

    /** How many times larger than on the plane the inset draws. */
    public double magnification() {
        return k / p.view().scale();
    }

    /** A closed polygon of plane points, filled (fill may be null) and stroked, solid or dashed. */
    public void polygon(double[] x, double[] y, int n, Color fill, Color stroke, double widthPx, boolean dashed) {
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = sx(x[i]);
            ys[i] = sy(y[i]);
        }
        var g = p.gc();
        if (fill != null) {
            g.setFill(fill);
            g.fillPolygon(xs, ys, n);
        }
        g.setStroke(stroke);
        g.setLineWidth(p.ui(widthPx));
        if (dashed) {
            g.setLineDashes(p.ui(6), p.ui(5));
        }
        g.strokePolygon(xs, ys, n);
        g.setLineDashes((double[]) null);
    }

    /** A dot at a plane point. */
    public void dot(double x, double y, double radiusPx, Color color) {
        double r = p.ui(radiusPx);
        p.gc().setFill(color);
        p.gc().fillOval(sx(x) - r, sy(y) - r, 2 * r, 2 * r);
    }

    /** A line of text at the top left of the panel. */
    public void caption(String text, Color color) {
        p.screenLabel(text, left + p.ui(10), top + p.ui(14), color, false, TextAlignment.LEFT);
    }
}
