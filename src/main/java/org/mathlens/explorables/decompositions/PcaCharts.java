package org.mathlens.explorables.decompositions;

import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/**
 * The side panel, in pixels: the explained-variance ratio of every component as bars (kept ones
 * coloured) with the cumulative share as a curve and k marked; the covariance matrix, written
 * out for up to four features and as a heat grid beyond; for 8×8 digits the hovered digit, its
 * rebuild from k components and the first four axes as "eigen-digits"; for other wide data the
 * hovered example beside its rebuild.
 */
final class PcaCharts implements Drawable {
    private static final int MAX_BARS = 64;
    private final Supplier<PcaScene> scene;
    private final Sheet sheet;

    PcaCharts(Supplier<PcaScene> scene, Sheet sheet) {
        this.scene = scene;
        this.sheet = sheet;
    }

    @Override
    public void draw(Painter p) {
        PcaScene s = scene.get();
        double w = sheet.getWidth();
        double h = sheet.getHeight();
        double pad = p.ui(16);
        if (!s.pca().hasSpread()) {
            p.screenLabel("every example is the same point: there is no variance to explain", w / 2, h / 2,
                    p.palette().warning(), true, TextAlignment.CENTER);
            return;
        }
        double barsBottom = h * (s.images() ? 0.36 : 0.48);
        bars(p, s, pad + p.ui(34), p.ui(40), w - 2 * pad - p.ui(34), barsBottom - p.ui(40));
        double top = barsBottom + p.ui(74);
        if (s.images()) {
            digits(p, s, pad, top, w - 2 * pad, h - top - pad);
        } else {
            double text = s.pca().dimension() > 3 ? p.ui(76) : 0;
            covariance(p, s, pad, top, w - 2 * pad, h - top - pad - text);
            if (text > 0) {
                example(p, s, pad, h - pad - text + p.ui(14));
            }
        }
    }

    private void bars(Painter p, PcaScene s, double x, double y, double cw, double ch) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        PcaModel pca = s.pca();
        int m = Math.min(MAX_BARS, pca.dimension());
        p.screenLabel("variance explained λⱼ / Σλ", sheet.getWidth() / 2, y - p.ui(22), pal.text(), true, TextAlignment.CENTER);
        for (int t = 0; t <= 4; t++) {
            double py = y + ch - t / 4.0 * ch;
            g.setStroke(pal.gridMinor());
            g.setLineWidth(p.ui(1));
            g.strokeLine(x, py, x + cw, py);
            p.screenLabel((25 * t) + " %", x - p.ui(4), py, pal.textMuted(), false, TextAlignment.RIGHT);
        }
        double slot = cw / m;
        double bw = Math.max(1, Math.min(p.ui(56), slot * 0.72));
        for (int j = 0; j < m; j++) {
            double bh = pca.explained(j) * ch;
            g.setFill(j < s.k() ? pal.first() : Palette.fill(pal.textMuted(), 0.55));
            g.fillRect(x + j * slot + (slot - bw) / 2, y + ch - bh, bw, bh);
            if (m <= 12) {
                p.screenLabel(Integer.toString(j + 1), x + (j + 0.5) * slot, y + ch + p.ui(12), pal.textMuted(), false, TextAlignment.CENTER);
            }
        }
        g.setStroke(pal.result());
        g.setLineWidth(p.ui(2.5));
        g.beginPath();
        for (int j = 0; j < m; j++) {
            double px = x + (j + 0.5) * slot;
            double py = y + ch - pca.cumulative(j + 1) * ch;
            if (j == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        int k = s.k();
        double kx = x + Math.min(m, k) * slot;
        g.setStroke(pal.extra());
        g.setLineWidth(p.ui(2));
        g.strokeLine(kx, y, kx, y + ch);
        double ky = y + ch - pca.cumulative(k) * ch;
        g.setFill(pal.result());
        g.fillOval(x + (Math.min(m, k) - 0.5) * slot - p.ui(4), ky - p.ui(4), p.ui(8), p.ui(8));
        String words = "k = " + k + ":  " + PcaPlanePicture.percent(pca.cumulative(k)) + " explained";
        p.screenLabel(words, x + cw / 2, y + ch + p.ui(m <= 12 ? 30 : 16), pal.extra(), true, TextAlignment.CENTER);
    }

    private void covariance(Painter p, PcaScene s, double x, double y, double cw, double ch) {
        Palette pal = p.palette();
        PcaModel pca = s.pca();
        int d = pca.dimension();
        p.screenLabel(s.standardized() ? "correlations (standardized covariance)" : "covariance C = ZᵀZ / (n − 1)",
                x + cw / 2, y - p.ui(18), pal.text(), true, TextAlignment.CENTER);
        double cell = Math.min(Math.min(cw, ch) / d, p.ui(d <= 4 ? 74 : 40));
        double gx = x + (cw - cell * d) / 2;
        grid(p, pca, gx, y + p.ui(4), cell);
        if (d <= 4) {
            sheet.brackets(gx - p.ui(4), y, cell * d + p.ui(8), cell * d + p.ui(8), pal.text());
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    p.screenLabel(Numbers.brief(pca.covariance(a, b), d <= 3 ? 3 : 2), gx + (b + 0.5) * cell, y + p.ui(4) + (a + 0.5) * cell,
                            pal.text(), true, TextAlignment.CENTER);
                }
            }
        }
    }

    /** Each entry as a cell: the first role's colour for positive, the second's for negative. */
    private void grid(Painter p, PcaModel pca, double x, double y, double cell) {
        int d = pca.dimension();
        double max = 1e-300;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                max = Math.max(max, Math.abs(pca.covariance(a, b)));
            }
        }
        GraphicsContext g = p.gc();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double t = pca.covariance(a, b) / max;
                // a square root lifts the many weak correlations of 64 pixels out of the background
                g.setFill(diverging(p.palette(), d > 4 ? Math.signum(t) * Math.sqrt(Math.abs(t)) : t));
                g.fillRect(x + b * cell, y + a * cell, Math.ceil(cell), Math.ceil(cell));
            }
        }
    }

    static Color diverging(Palette pal, double t) {
        double c = Math.max(-1, Math.min(1, t));
        return pal.background().interpolate(c >= 0 ? pal.first() : pal.second(), Math.abs(c) * 0.85);
    }

    /** The hovered digit and its rebuild, the covariance as a heat grid, then the first four eigen-digits. */
    private void digits(Painter p, PcaScene s, double x, double y, double cw, double ch) {
        Palette pal = p.palette();
        PcaModel pca = s.pca();
        int i = s.hovered();
        double gap = p.ui(14);
        double side = Math.min((cw - 2 * gap) / 3, (ch - p.ui(90)) / 1.75);
        double left = x + (cw - 3 * side - 2 * gap) / 2;
        String who = "example " + (i + 1) + (s.labelled() ? ": " + s.className(i) : "");
        p.screenLabel(who, left + side / 2, y - p.ui(14), pal.text(), true, TextAlignment.CENTER);
        image(p, left, y, side, j -> ink(pal, pca.rebuilt(i, pca.dimension(), j) / 16));
        p.screenLabel("from k = " + s.k(), left + side + gap + side / 2, y - p.ui(14), pal.result(), true, TextAlignment.CENTER);
        image(p, left + side + gap, y, side, j -> ink(pal, pca.rebuilt(i, s.k(), j) / 16));
        p.screenLabel("covariance", left + 2 * (side + gap) + side / 2, y - p.ui(14), pal.text(), true, TextAlignment.CENTER);
        grid(p, pca, left + 2 * (side + gap), y, side / 64);
        double y2 = y + side + p.ui(40);
        double small = Math.min((cw - 3 * gap) / 4, y + ch - y2);
        double left2 = x + (cw - 4 * small - 3 * gap) / 2;
        p.screenLabel("eigen-digits (blue +, orange −)", x + cw / 2, y2 - p.ui(14), pal.text(), true, TextAlignment.CENTER);
        for (int c = 0; c < 4; c++) {
            int comp = c;
            double max = 1e-300;
            for (int j = 0; j < 64; j++) {
                max = Math.max(max, Math.abs(pca.axis(comp, j)));
            }
            double m = max;
            image(p, left2 + c * (small + gap), y2, small, j -> diverging(pal, pca.axis(comp, j) / m));
            p.screenLabel("PC " + (c + 1), left2 + c * (small + gap) + small / 2, y2 + small + p.ui(12), pal.textMuted(), true, TextAlignment.CENTER);
        }
    }

    /** Level 0 is the background, 1 (16 for digits) full ink: white paper and black pencil in light. */
    private static Color ink(Palette pal, double level) {
        return pal.background().interpolate(pal.text(), Math.max(0, Math.min(1, level)));
    }

    private static void image(Painter p, double x, double y, double side, java.util.function.IntFunction<Color> pixel) {
        GraphicsContext g = p.gc();
        double cell = side / 8;
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                g.setFill(pixel.apply(8 * r + c));
                g.fillRect(x + c * cell, y + r * cell, Math.ceil(cell), Math.ceil(cell));
            }
        }
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRect(x, y, side, side);
    }

    /** Wide data that are not pictures: the hovered example's numbers beside its rebuild. */
    private void example(Painter p, PcaScene s, double x, double y) {
        Palette pal = p.palette();
        PcaModel pca = s.pca();
        int i = s.hovered();
        String who = "example " + (i + 1) + (s.labelled() ? " (" + s.className(i) + ")" : "");
        p.screenLabel(who + ":  " + Numbers.format(round(pca.rebuild(i, pca.dimension()))), x, y + p.ui(12), pal.text(), true, TextAlignment.LEFT);
        p.screenLabel("from k = " + s.k() + ":  " + Numbers.format(round(pca.rebuild(i, s.k()))), x, y + p.ui(36), pal.result(), true, TextAlignment.LEFT);
    }

    /** Two decimals: enough to read an example beside its rebuild. */
    static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * 100) / 100.0 + 0.0;
        }
        return r;
    }
}
