package org.mathlens.explorables.decompositions;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * The low-rank pane's two charts under the pictures: the singular values on a log scale, and
 * the energy kept and the storage used against k; a vertical line marks k on both.
 */
final class LowRankCharts {
    private LowRankCharts() {
    }

    static void draw(Painter p, LowRankModel model, String failure, double w, double h) {
        Palette pal = p.palette();
        double top = h * 0.52 + p.ui(40);
        double bottom = h - p.ui(44);
        double gap = p.ui(60);
        double left = p.ui(70);
        double chartW = (w - 2 * left - gap) / 2;
        if (bottom - top < p.ui(60)) {
            return;
        }
        sigmaChart(p, model, left, top, chartW, bottom - top);
        energyChart(p, model, left + chartW + gap, top, chartW, bottom - top);
        if (failure != null) {
            p.screenLabel(failure, w / 2, h - p.ui(14), pal.warning(), true, TextAlignment.CENTER);
        }
    }

    private static void sigmaChart(Painter p, LowRankModel m, double x, double y, double cw, double ch) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        double[] s = m.sigma();
        double hi = Math.log10(Math.max(s[0], 1e-300));
        double floor = s[0] * 1e-6;
        double lo = hi - 6;
        for (double v : s) {
            if (v > floor) {
                lo = Math.min(lo, Math.log10(v));
            }
        }
        lo = Math.floor(Math.max(lo, hi - 6));
        hi = Math.ceil(hi + 1e-9);
        frame(p, x, y, cw, ch, "singular values σᵢ (log scale)", "i");
        for (double e = lo; e <= hi; e++) {
            double py = y + ch - (e - lo) / (hi - lo) * ch;
            g.setStroke(pal.gridMinor());
            g.strokeLine(x, py, x + cw, py);
            p.screenLabel(powerOfTen((int) e), x - p.ui(6), py, pal.textMuted(), false, TextAlignment.RIGHT);
        }
        int n = s.length;
        for (int i = 0; i < n; i++) {
            double v = Math.max(s[i], Math.pow(10, lo));
            double px = x + (n == 1 ? 0.5 : i / (n - 1.0)) * cw;
            double py = y + ch - (Math.log10(v) - lo) / (hi - lo) * ch;
            Color c = i < m.k() ? pal.result() : Palette.fill(pal.textMuted(), 0.7);
            g.setFill(c);
            double r = p.ui(i < m.k() ? 3.5 : 2.5);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
        double kx = x + (n == 1 ? 0.5 : (m.k() - 1) / (n - 1.0)) * cw;
        mark(p, kx, x, cw, y, ch, "k = " + m.k() + ",  σₖ = " + Numbers.brief(s[m.k() - 1], 3));
    }

    private static void energyChart(Painter p, LowRankModel m, double x, double y, double cw, double ch) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        int n = m.maxK();
        frame(p, x, y, cw, ch, "energy kept (pink) and storage (blue) against k", "k");
        for (int t = 0; t <= 4; t++) {
            double py = y + ch - t / 4.0 * ch;
            g.setStroke(pal.gridMinor());
            g.strokeLine(x, py, x + cw, py);
            p.screenLabel((25 * t) + " %", x - p.ui(6), py, pal.textMuted(), false, TextAlignment.RIGHT);
        }
        g.setLineWidth(p.ui(3));
        curve(p, x, y, cw, ch, n, m::energyAt, pal.result());
        curve(p, x, y, cw, ch, n, j -> Math.min(1, m.storageAt(j)), pal.first());
        double kx = x + (n == 1 ? 0.5 : (m.k() - 1) / (n - 1.0)) * cw;
        mark(p, kx, x, cw, y, ch, "energy " + Numbers.brief(100 * m.energy(), 1) + " %,  storage " + Numbers.brief(100 * m.storage(), 1) + " %");
    }

    private static void curve(Painter p, double x, double y, double cw, double ch, int n,
            java.util.function.IntToDoubleFunction f, Color c) {
        GraphicsContext g = p.gc();
        g.setStroke(c);
        g.setLineWidth(p.ui(3));
        g.beginPath();
        for (int j = 1; j <= n; j++) {
            double px = x + (n == 1 ? 0.5 : (j - 1) / (n - 1.0)) * cw;
            double py = y + ch - f.applyAsDouble(j) * ch;
            if (j == 1) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    private static void frame(Painter p, double x, double y, double cw, double ch, String title, String axis) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1.5));
        g.strokeLine(x, y + ch, x + cw, y + ch);
        g.strokeLine(x, y, x, y + ch);
        p.screenLabel(title, x + cw / 2, y - p.ui(14), pal.text(), true, TextAlignment.CENTER);
        // the axis letter at the axis's end, beside it, where the k mark's words never reach
        p.screenLabel(axis, x + cw + p.ui(8), y + ch, pal.textMuted(), false, TextAlignment.LEFT);
    }

    /**
     * The k line and its words, inside the chart: to the right of the line while it is in the
     * left half, to its left after, so the words never leave the chart at small or large k.
     */
    private static void mark(Painter p, double kx, double x, double cw, double y, double ch, String text) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        g.setStroke(pal.extra());
        g.setLineWidth(p.ui(2));
        g.strokeLine(kx, y, kx, y + ch);
        boolean rightOfLine = kx < x + cw / 2;
        p.screenLabel(text, kx + (rightOfLine ? p.ui(6) : -p.ui(6)), y + ch + p.ui(16), pal.extra(), true,
                rightOfLine ? TextAlignment.LEFT : TextAlignment.RIGHT);
    }

    /** 10 with a typeset exponent: 10², 10⁻³. */
    static String powerOfTen(int e) {
        String digits = Integer.toString(e);
        StringBuilder b = new StringBuilder("10");
        for (char c : digits.toCharArray()) {
            b.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return b.toString();
    }
}
