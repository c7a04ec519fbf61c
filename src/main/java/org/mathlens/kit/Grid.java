package org.mathlens.kit;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.math.Numbers;

/**
 * The background of every plane: minor and major grid lines whose spacing adapts to the zoom
 * (1, 2, 5 × 10^k), the axes, and tick labels on the major lines.
 */
final class Grid implements Drawable {
    /** Tick labels repeat frame after frame: keep their text instead of formatting it anew. */
    private final java.util.Map<Double, String> labels = new java.util.HashMap<>();
    private int labelDecimals = -1;

    @Override
    public void draw(Painter p) {
        Viewport v = p.view();
        Palette c = p.palette();
        double major = v.gridStep(p.ui(70));
        double minor = major / (Math.round(major / Math.pow(10, Math.floor(Math.log10(major)))) == 2 ? 4 : 5);
        lines(p, minor, c.gridMinor(), 1);
        lines(p, major, c.gridMajor(), 1);
        p.line(v.minX(), 0, v.maxX(), 0, c.axis(), 1.5);
        p.line(0, v.minY(), 0, v.maxY(), c.axis(), 1.5);
        ticks(p, major);
    }

    private static void lines(Painter p, double step, Color color, double width) {
        Viewport v = p.view();
        var g = p.gc();
        g.setStroke(color);
        g.setLineWidth(p.ui(width));
        g.setLineDashes((double[]) null);
        for (double x = Math.ceil(v.minX() / step) * step; x <= v.maxX(); x += step) {
            double s = Math.round(v.sx(x)) + 0.5;
            g.strokeLine(s, 0, s, v.height());
        }
        for (double y = Math.ceil(v.minY() / step) * step; y <= v.maxY(); y += step) {
            double s = Math.round(v.sy(y)) + 0.5;
            g.strokeLine(0, s, v.width(), s);
        }
    }

    private String tick(double value, int decimals) {
        if (decimals != labelDecimals || labels.size() > 500) {
            labels.clear();
            labelDecimals = decimals;
        }
        return labels.computeIfAbsent(value, v -> Numbers.brief(v, decimals));
    }

    private void ticks(Painter p, double step) {
        Viewport v = p.view();
        Color c = p.palette().textMuted();
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)) + 1);
        double labelY = Math.max(p.ui(12), Math.min(v.height() - p.ui(12), v.sy(0) + p.ui(12)));
        for (double x = Math.ceil(v.minX() / step) * step; x <= v.maxX(); x += step) {
            if (Math.abs(x) > step / 2) {
                p.screenLabel(tick(x, decimals), v.sx(x), labelY, c, false, TextAlignment.CENTER);
            }
        }
        double labelX = Math.max(p.ui(6), Math.min(v.width() - p.ui(30), v.sx(0) + p.ui(6)));
        for (double y = Math.ceil(v.minY() / step) * step; y <= v.maxY(); y += step) {
            if (Math.abs(y) > step / 2) {
                p.screenLabel(tick(y, decimals), labelX, v.sy(y), c, false, TextAlignment.LEFT);
            }
        }
    }
}
