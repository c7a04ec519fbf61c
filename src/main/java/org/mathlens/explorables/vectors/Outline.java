package org.mathlens.explorables.vectors;

import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * A closed curve given by sample points (a unit ball, a level set), drawn scaled about the
 * origin, solid or dashed, optionally filled, and named on hover. The screen coordinates go
 * into arrays kept between frames, so redrawing allocates nothing.
 */
final class Outline implements Drawable {
    /** The sample points of the curve; the arrays may change between frames, n is their used length. */
    interface Points {
        double[] xs();

        double[] ys();

        int n();
    }

    private final Supplier<String> name;
    private final Points points;
    private final DoubleSupplier scale;
    private final Function<Palette, Color> color;
    private final double width;
    private final boolean dashed;
    private final double fillOpacity;
    private double[] sx = new double[0];
    private double[] sy = new double[0];

    Outline(Supplier<String> name, Points points, DoubleSupplier scale, Function<Palette, Color> color,
            double width, boolean dashed, double fillOpacity) {
        this.name = name;
        this.points = points;
        this.scale = scale;
        this.color = color;
        this.width = width;
        this.dashed = dashed;
        this.fillOpacity = fillOpacity;
    }

    private boolean project(Painter p) {
        double k = scale.getAsDouble();
        int n = points.n();
        if (!Double.isFinite(k) || k <= 0 || n < 2) {
            return false;
        }
        if (sx.length < n) {
            sx = new double[n];
            sy = new double[n];
        }
        double[] xs = points.xs();
        double[] ys = points.ys();
        for (int i = 0; i < n; i++) {
            sx[i] = p.sx(k * xs[i]);
            sy[i] = p.sy(k * ys[i]);
            if (!Double.isFinite(sx[i]) || !Double.isFinite(sy[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void draw(Painter p) {
        if (!project(p)) {
            return;
        }
        int n = points.n();
        Color c = color.apply(p.palette());
        var g = p.gc();
        if (fillOpacity > 0) {
            g.setFill(Palette.fill(c, fillOpacity));
            g.fillPolygon(sx, sy, n);
        }
        g.setStroke(dashed ? Palette.fill(c, 0.75) : c);
        g.setLineWidth(p.ui(width));
        if (dashed) {
            g.setLineDashes(p.ui(6), p.ui(5));
        } else {
            g.setLineDashes((double[]) null);
        }
        g.strokePolygon(sx, sy, n);
        g.setLineDashes((double[]) null);
    }

    @Override
    public String name() {
        return name.get();
    }

    @Override
    public boolean hit(Painter p, double x, double y) {
        if (name.get() == null || !project(p)) {
            return false;
        }
        int n = points.n();
        double tolerance = p.ui(5);
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (segmentDistance(x, y, sx[i], sy[i], sx[j], sy[j]) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** Pixel distance from (x, y) to the screen segment a–b. */
    private static double segmentDistance(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }
}
