package org.mathlens.explorables.optim;

import java.util.function.DoubleSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.HeightRamp;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * The colour bar of a height-coloured map: the HeightRamp from f's lowest value (bottom) to its
 * highest (top), on a plate at the plane's right edge, so a colour on the map or the surface
 * beside it reads as a value of f.
 */
final class HeightBar implements Drawable {
    private final DoubleSupplier lo;
    private final DoubleSupplier hi;

    HeightBar(DoubleSupplier lo, DoubleSupplier hi) {
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public void draw(Painter p) {
        double a = lo.getAsDouble();
        double b = hi.getAsDouble();
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return;
        }
        double barW = p.ui(16);
        double barH = Math.min(p.ui(220), p.view().height() * 0.45);
        double pad = p.ui(10);
        double plateW = barW + p.ui(64);
        double x = p.view().width() - pad - plateW;
        double y = (p.view().height() - barH) / 2;
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.9));
        g.fillRoundRect(x, y - p.ui(30), plateW, barH + p.ui(50), p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(x, y - p.ui(30), plateW, barH + p.ui(50), p.ui(8), p.ui(8));
        int steps = HeightRamp.STEPS;
        double bx = x + pad;
        for (int i = 0; i < steps; i++) {
            g.setFill(HeightRamp.color(i / (steps - 1.0)));
            double top = y + barH * (1 - (i + 1.0) / steps);
            g.fillRect(bx, top, barW, barH / steps + 0.5);
        }
        p.screenLabel("f", bx + barW / 2, y - p.ui(16), p.palette().text(), true, TextAlignment.CENTER);
        double lx = bx + barW + p.ui(6);
        p.screenLabel(Numbers.brief(b, 2), lx, y + p.ui(4), p.palette().text(), true, TextAlignment.LEFT);
        p.screenLabel(Numbers.brief((a + b) / 2, 2), lx, y + barH / 2, p.palette().text(), true, TextAlignment.LEFT);
        p.screenLabel(Numbers.brief(a, 2), lx, y + barH - p.ui(4), p.palette().text(), true, TextAlignment.LEFT);
    }

    @Override
    public String name() {
        return "colour bar: f from " + Numbers.brief(lo.getAsDouble(), 3) + " (bottom) to " + Numbers.brief(hi.getAsDouble(), 3) + " (top)";
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return false;
    }
}
