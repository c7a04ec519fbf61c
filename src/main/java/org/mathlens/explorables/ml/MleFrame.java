package org.mathlens.explorables.ml;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * One chart of the mle pane in screen pixels: a world box [x0, x1] × [y0, y1] mapped onto a
 * rectangle with its own scale on each axis (a density and a data axis rarely share units),
 * with labelled ticks so every height can be read off.
 */
final class MleFrame {
    final Painter p;
    final double left;
    final double top;
    final double width;
    final double height;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    MleFrame(Painter p, double left, double top, double width, double height, double x0, double x1, double y0, double y1) {
        this.p = p;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x0 = x0;
        this.x1 = x1 > x0 ? x1 : x0 + 1;
        this.y0 = y0;
        this.y1 = y1 > y0 ? y1 : y0 + 1;
    }

    double sx(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    double sy(double y) {
        return top + height - (y - y0) / (y1 - y0) * height;
    }

    /** Clamped to the frame, so an off-chart value is drawn at the edge instead of across other charts. */
    double syClamped(double y) {
        return Math.max(top, Math.min(top + height, sy(y)));
    }

    /** The axes, light grid lines at nice steps, tick labels, and a title above. */
    void axes(String title, String xName) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        g.setLineDashes((double[]) null);
        g.setLineWidth(p.ui(1));
        double xs = step(x1 - x0, width / p.ui(55));
        double ys = step(y1 - y0, height / p.ui(40));
        g.setStroke(pal.gridMinor());
        for (double x = Math.ceil(x0 / xs) * xs; x <= x1 + 1e-9 * xs; x += xs) {
            g.strokeLine(sx(x), top, sx(x), top + height);
            p.screenLabel(Numbers.brief(x, decimals(xs)), sx(x), top + height + p.ui(12), pal.textMuted(), false, TextAlignment.CENTER);
        }
        for (double y = Math.ceil(y0 / ys) * ys; y <= y1 + 1e-9 * ys; y += ys) {
            g.strokeLine(left, sy(y), left + width, sy(y));
            p.screenLabel(Numbers.brief(y, decimals(ys)), left - p.ui(6), sy(y), pal.textMuted(), false, TextAlignment.RIGHT);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1.5));
        g.strokeLine(left, top + height, left + width, top + height);
        g.strokeLine(left, top, left, top + height);
        p.screenLabel(title, left, top - p.ui(14), pal.text(), true, TextAlignment.LEFT);
        if (xName != null) {
            p.screenLabel(xName, left + width, top + height + p.ui(28), pal.textMuted(), false, TextAlignment.RIGHT);
        }
    }

    /** Confines drawing to the frame until {@link #unclip}: bells and curves end at its edges. */
    void clip() {
        GraphicsContext g = p.gc();
        g.save();
        g.beginPath();
        g.rect(left, top, width, height);
        g.clip();
    }

    void unclip() {
        p.gc().restore();
    }

    /** A curve y = f(x) across the frame, cut where it leaves the box vertically. */
    void curve(java.util.function.DoubleUnaryOperator f, Color color, double widthPx, boolean dashed) {
        GraphicsContext g = p.gc();
        g.setStroke(color);
        g.setLineWidth(p.ui(widthPx));
        g.setLineDashes(dashed ? new double[] {p.ui(6), p.ui(5)} : null);
        int steps = Math.max(40, (int) (width / p.ui(3)));
        g.beginPath();
        boolean open = false;
        for (int k = 0; k <= steps; k++) {
            double x = x0 + (x1 - x0) * k / steps;
            double y = f.applyAsDouble(x);
            if (!Double.isFinite(y) || y < y0 - (y1 - y0) || y > y1 + (y1 - y0)) {
                open = false;
                continue;
            }
            double py = syClamped(y);
            if (open) {
                g.lineTo(sx(x), py);
            } else {
                g.moveTo(sx(x), py);
                open = true;
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    /** A nice step (1, 2 or 5 × 10^k) giving at most about {@code count} intervals over {@code span}. */
    static double step(double span, double count) {
        return Numbers.roundStep(span / Math.max(1, count));
    }

    private static int decimals(double step) {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }
}
