package org.mathlens.explorables.ml;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * One small chart of the regularization pane in screen pixels: a box, an x range and a y range,
 * either of them in log scale, the axes with their tick labels, lines clipped to the box, and a
 * vertical mark for the current choice.
 */
final class RegularizationChart {
    final double left;
    final double top;
    final double width;
    final double height;
    private final double x0;
    private final double x1;
    private final boolean logX;
    private final double y0;
    private final double y1;
    private final boolean logY;

    /**
     * Where a sheet's two charts side by side go (both chart sheets lay out the same way), or
     * null when the sheet is too small to draw them.
     */
    record TwoUp(double left, double top, double width, double height, double secondLeft) {
        static TwoUp of(Painter p, double w, double h) {
            double left = p.ui(58);
            double gap = p.ui(62);
            double top = p.ui(48);
            double cw = (w - 2 * left - gap + p.ui(40)) / 2;
            double ch = h - top - p.ui(64);
            return cw < p.ui(60) || ch < p.ui(40) ? null : new TwoUp(left, top, cw, ch, left + cw + gap);
        }

        /** The left chart, over these ranges. */
        RegularizationChart first(double x0, double x1, boolean logX, double y0, double y1, boolean logY) {
            return new RegularizationChart(left, top, width, height, x0, x1, logX, y0, y1, logY);
        }

        /** The right chart, over these ranges. */
        RegularizationChart second(double x0, double x1, boolean logX, double y0, double y1, boolean logY) {
            return new RegularizationChart(secondLeft, top, width, height, x0, x1, logX, y0, y1, logY);
        }
    }

    RegularizationChart(double left, double top, double width, double height, double x0, double x1, boolean logX, double y0, double y1, boolean logY) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x0 = logX ? Math.log10(x0) : x0;
        this.x1 = logX ? Math.log10(x1) : x1;
        this.logX = logX;
        this.y0 = logY ? Math.log10(y0) : y0;
        this.y1 = logY ? Math.log10(y1) : y1;
        this.logY = logY;
    }

    /** A log range of whole decades holding the positive finite values, at most {@code decades} tall (the top kept). */
    static double[] logRange(double[][] series, int decades) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : series) {
            for (double v : s) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) return new double[] {1e-3, 1};
        double a = Math.floor(Math.log10(lo));
        double b = Math.ceil(Math.log10(hi) + 1e-9);
        if (b - a > decades) b = a + decades;
        if (b <= a) b = a + 1;
        return new double[] {Math.pow(10, a), Math.pow(10, b)};
    }

    /** λ for a label, three significant digits: 0.001, 0.000407, 2.5. */
    static String lambdaText(double x) {
        if (x == 0) return "0";
        return Numbers.significant(x, 3);
    }

    double sx(double x) {
        double v = logX ? Math.log10(x) : x;
        return left + (v - x0) / (x1 - x0) * width;
    }

    double sy(double y) {
        double v = logY ? Math.log10(Math.max(y, 1e-300)) : y;
        return top + height - (v - y0) / (y1 - y0) * height;
    }

    /** Axes, a title above, the x name at the right end; ticks at each decade (log) or at 5 even steps. */
    void frame(Painter p, String title, double xStep) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        g.setLineDashes((double[]) null);
        g.setLineWidth(p.ui(1));
        if (logY) {
            for (double e = Math.ceil(y0 - 1e-9); e <= y1 + 1e-9; e++) {
                double py = top + height - (e - y0) / (y1 - y0) * height;
                g.setStroke(pal.gridMinor());
                g.strokeLine(left, py, left + width, py);
                p.screenLabel(e >= -2 && e <= 3 ? Numbers.label(Math.pow(10, e)) : power((int) e), left - p.ui(5), py, pal.textMuted(), false, TextAlignment.RIGHT);
            }
        } else {
            for (int t = 0; t <= 4; t++) {
                double v = y0 + t * (y1 - y0) / 4;
                double py = top + height - t / 4.0 * height;
                g.setStroke(pal.gridMinor());
                g.strokeLine(left, py, left + width, py);
                p.screenLabel(Numbers.brief(v, Math.abs(y1 - y0) < 4 ? 2 : 0), left - p.ui(5), py, pal.textMuted(), false, TextAlignment.RIGHT);
            }
        }
        if (logX) {
            double every = width < p.ui(260) ? 3 : 1;
            for (double e = Math.ceil(x0 - 1e-9); e <= x1 + 1e-9; e += every) {
                double px = left + (e - x0) / (x1 - x0) * width;
                p.screenLabel(power((int) e), px, top + height + p.ui(11), pal.textMuted(), false, TextAlignment.CENTER);
            }
        } else {
            for (double v = Math.ceil(x0 - 1e-9); v <= x1 + 1e-9; v += xStep) {
                p.screenLabel(Numbers.brief(v, 2), left + (v - x0) / (x1 - x0) * width, top + height + p.ui(11), pal.textMuted(), false, TextAlignment.CENTER);
            }
        }
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1.5));
        g.strokeLine(left, top + height, left + width, top + height);
        g.strokeLine(left, top, left, top + height);
        p.screenLabel(title, left + width / 2, top - p.ui(12), pal.text(), true, TextAlignment.CENTER);
    }

    /** 10⁻⁶, 10⁰, 10¹ for a decade's tick. */
    static String power(int e) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder("10");
        if (e < 0) s.append('⁻');
        for (char ch : Integer.toString(Math.abs(e)).toCharArray()) s.append(digits.charAt(ch - '0'));
        return s.toString();
    }

    /** A line through (xs[i], ys[i]), clipped to the box; with dots when {@code dots}. */
    void line(Painter p, double[] xs, double[] ys, Color c, double widthPx, boolean dots) {
        GraphicsContext g = p.gc();
        g.save();
        g.beginPath();
        g.rect(left, top - p.ui(2), width, height + p.ui(4));
        g.clip();
        g.setStroke(c);
        g.setLineWidth(p.ui(widthPx));
        g.setLineDashes((double[]) null);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            double px = sx(xs[i]);
            double py = sy(ys[i]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                pen = false;
                continue;
            }
            py = Math.max(top - 1e4, Math.min(top + height + 1e4, py));
            if (pen) g.lineTo(px, py);
            else g.moveTo(px, py);
            pen = true;
        }
        g.stroke();
        if (dots) {
            g.setFill(c);
            double r = p.ui(3);
            for (int i = 0; i < xs.length; i++) {
                double py = sy(ys[i]);
                if (Double.isFinite(py)) g.fillOval(sx(xs[i]) - r, py - r, 2 * r, 2 * r);
            }
        }
        g.restore();
    }

    /** A vertical line at x with words under the axis (or above the box when {@code above}). */
    void mark(Painter p, double x, Color c, String words, boolean dashed, boolean above) {
        GraphicsContext g = p.gc();
        double px = Math.max(left, Math.min(left + width, sx(x)));
        g.setStroke(c);
        g.setLineWidth(p.ui(2));
        g.setLineDashes(dashed ? new double[] {p.ui(6), p.ui(4)} : null);
        g.strokeLine(px, top, px, top + height);
        g.setLineDashes((double[]) null);
        TextAlignment align = px > left + width * 0.7 ? TextAlignment.RIGHT : px < left + width * 0.3 ? TextAlignment.LEFT : TextAlignment.CENTER;
        p.screenLabel(words, px, above ? top + p.ui(10) : top + height + p.ui(26), c, true, align);
    }

    /** Words in the middle of the box, when the chart has nothing to draw. */
    void message(Painter p, String words) {
        p.screenLabel(words, left + width / 2, top + height / 2, p.palette().textMuted(), true, TextAlignment.CENTER);
    }
}
