package org.mathlens.kit;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Losses against the steps on a log scale, in a plate in the plane's bottom-right corner: how
 * fast a descent (or a race of optimizers) gets down, beside the path it takes. The y range is
 * the curves' own; the x range is at least {@code minSpan} steps so a short run is not stretched.
 */
public final class LossInset {
    /**
     * The curves to draw: {@code last(c)} is curve c's last step, {@code loss(c, i)} its loss
     * there. A pane keeps one in a field, so drawing allocates nothing per frame.
     */
    public interface Losses {
        int curves();

        int last(int curve);

        double loss(int curve, int step);

        Color colour(Palette palette, int curve);
    }

    private final double widthPx;
    private final double heightPx;
    private final double floor;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double left;
    private double top;
    private double width;

    /** @param floor the smallest loss drawn (the log of zero is far below any plate) */
    public LossInset(double widthPx, double heightPx, double floor) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.floor = floor;
    }

    /** Draws the plate, its title at the top left, and each curve in its colour. */
    public void draw(Painter p, String title, Losses losses, double minSpan, double lineWidthPx) {
        width = p.ui(widthPx);
        double h = p.ui(heightPx);
        double pad = p.ui(10);
        left = p.view().width() - pad - width;
        top = p.view().height() - pad - h;
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(left, top, width, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(left, top, width, h, p.ui(8), p.ui(8));
        p.screenLabel(title, left + pad, top + p.ui(12), p.palette().textMuted(), false, TextAlignment.LEFT);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int most = 0;
        for (int c = 0; c < losses.curves(); c++) {
            most = Math.max(most, losses.last(c));
            for (int i = 0; i <= losses.last(c); i++) {
                double v = log(losses.loss(c, i));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi - lo > 1e-9)) {
            hi = lo + 1;
        }
        if (xs.length < most + 1) {
            xs = new double[most + 1];
            ys = new double[most + 1];
        }
        double span = Math.max(minSpan, most);
        double ix = left + pad;
        double iw = width - 2 * pad;
        double iy = top + p.ui(24);
        double ih = h - p.ui(32);
        for (int c = 0; c < losses.curves(); c++) {
            int k = losses.last(c);
            for (int i = 0; i <= k; i++) {
                xs[i] = ix + iw * i / span;
                ys[i] = iy + ih * (1 - (log(losses.loss(c, i)) - lo) / (hi - lo));
            }
            g.setStroke(losses.colour(p.palette(), c));
            g.setLineWidth(p.ui(lineWidthPx));
            g.strokePolyline(xs, ys, k + 1);
        }
    }

    private double log(double loss) {
        return Math.log10(Math.max(floor, loss));
    }

    /** Where the plate was last drawn, for a label beside the title. */
    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }
}
