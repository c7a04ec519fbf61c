package org.mathlens.kit;

import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws in world coordinates on a plane's canvas: lines, arrows, polygons, labels. Sizes in
 * pixels (line widths, arrow heads, fonts) are multiplied by the UI scale so that presenter
 * mode stays readable. A non-finite coordinate is never passed to the canvas: it is counted
 * (tests assert the count stays zero) and the shape is skipped.
 */
public final class Painter {
    private static final AtomicLong NON_FINITE = new AtomicLong();

    private final GraphicsContext g;
    private final Viewport view;
    private Palette palette;
    private double ui;
    private Font font;
    private Font boldFont;
    /** Reused screen-coordinate buffers: polygons are drawn every frame. */
    private double[] polyX = new double[16];
    private double[] polyY = new double[16];

    Painter(GraphicsContext g, Viewport view) {
        this.g = g;
        this.view = view;
        prepare(Theme.palette(), Theme.uiScale());
    }

    void prepare(Palette palette, double uiScale) {
        this.palette = palette;
        if (uiScale != ui || font == null) {
            this.ui = uiScale;
            font = Font.font("System", 14 * ui);   // 14 px at 1×: readable from the back of a classroom
            boldFont = Font.font("System", FontWeight.BOLD, 14 * ui);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** How many non-finite coordinates any painter has been asked to draw since start. */
    public static long nonFiniteCount() {
        return NON_FINITE.get();
    }

    /** Counts one non-finite coordinate refused by another drawer in the kit (the Canvas 3D). */
    static void countNonFinite() {
        NON_FINITE.incrementAndGet();
    }

    public GraphicsContext gc() {
        return g;
    }

    public Viewport view() {
        return view;
    }

    public Palette palette() {
        return palette;
    }

    /** A size in pixels at the current UI scale. */
    public double ui(double px) {
        return px * ui;
    }

    public double sx(double x) {
        return view.sx(x);
    }

    public double sy(double y) {
        return view.sy(y);
    }

    private static boolean finite(double... xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                NON_FINITE.incrementAndGet();
                return false;
            }
        }
        return true;
    }

    public void line(double x1, double y1, double x2, double y2, Color color, double widthPx) {
        if (!finite(x1, y1, x2, y2)) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(ui(widthPx));
        g.setLineDashes((double[]) null);
        g.strokeLine(sx(x1), sy(y1), sx(x2), sy(y2));
    }

    public void dashedLine(double x1, double y1, double x2, double y2, Color color, double widthPx) {
        if (!finite(x1, y1, x2, y2)) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(ui(widthPx));
        g.setLineDashes(ui(6), ui(5));
        g.strokeLine(sx(x1), sy(y1), sx(x2), sy(y2));
        g.setLineDashes((double[]) null);
    }

    /** The whole line through (px, py) with direction (dx, dy), clipped to the visible area. */
    public void infiniteLine(double px, double py, double dx, double dy, Color color, double widthPx) {
        double len = Math.hypot(dx, dy);
        if (!finite(px, py, dx, dy) || len == 0) {
            return;
        }
        double reach = Math.hypot(view.maxX() - view.minX(), view.maxY() - view.minY())
                + Math.hypot(px - view.centerX(), py - view.centerY());
        double ux = dx / len * reach;
        double uy = dy / len * reach;
        line(px - ux, py - uy, px + ux, py + uy, color, widthPx);
    }

    /** An arrow from (x1, y1) to (x2, y2) whose head keeps its size at every zoom. */
    public void arrow(double x1, double y1, double x2, double y2, Color color, double widthPx) {
        if (!finite(x1, y1, x2, y2)) {
            return;
        }
        double ax = sx(x1);
        double ay = sy(y1);
        double bx = sx(x2);
        double by = sy(y2);
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 0.5) {
            dot(x2, y2, widthPx * 1.5, color);
            return;
        }
        double head = Math.min(ui(7 + 2 * widthPx), len * 0.45);
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        double baseX = bx - ux * head;
        double baseY = by - uy * head;
        g.setStroke(color);
        g.setLineWidth(ui(widthPx));
        g.setLineDashes((double[]) null);
        g.strokeLine(ax, ay, baseX + ux * 0.5, baseY + uy * 0.5);
        double half = head * 0.5;
        g.setFill(color);
        g.fillPolygon(
                new double[] {bx, baseX - uy * half, baseX + uy * half},
                new double[] {by, baseY + ux * half, baseY - ux * half}, 3);
    }

    public void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke, double widthPx) {
        if (!finite(xs) || !finite(ys)) {
            return;
        }
        if (polyX.length < n) {
            polyX = new double[n * 2];
            polyY = new double[n * 2];
        }
        double[] px = polyX;
        double[] py = polyY;
        for (int i = 0; i < n; i++) {
            px[i] = sx(xs[i]);
            py[i] = sy(ys[i]);
        }
        if (fill != null) {
            g.setFill(fill);
            g.fillPolygon(px, py, n);
        }
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(ui(widthPx));
            g.setLineDashes((double[]) null);
            g.strokePolygon(px, py, n);
        }
    }

    /** A dot of a fixed screen radius. */
    /**
     * An arc of radius r (world units) about the origin from angle {@code from}, turning by
     * {@code sweep} radians in {@code segments} chords, with an arrowhead at its end when asked:
     * how far a matrix turns a vector, and which way.
     */
    public void arcFromOrigin(double r, double from, double sweep, int segments, Color color, double widthPx,
                              boolean arrowAtEnd) {
        double lx = r * Math.cos(from);
        double ly = r * Math.sin(from);
        for (int i = 1; i <= segments; i++) {
            double t = from + sweep * i / segments;
            double nx = r * Math.cos(t);
            double ny = r * Math.sin(t);
            if (arrowAtEnd && i == segments) {
                arrow(lx, ly, nx, ny, color, widthPx);
            } else {
                line(lx, ly, nx, ny, color, widthPx);
            }
            lx = nx;
            ly = ny;
        }
    }

    public void dot(double x, double y, double radiusPx, Color color) {
        if (!finite(x, y)) {
            return;
        }
        double r = ui(radiusPx);
        g.setFill(color);
        g.fillOval(sx(x) - r, sy(y) - r, 2 * r, 2 * r);
    }

    /** A circle of a world radius. */
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double widthPx) {
        if (!finite(cx, cy, r)) {
            return;
        }
        double s = r * view.scale();
        if (fill != null) {
            g.setFill(fill);
            g.fillOval(sx(cx) - s, sy(cy) - s, 2 * s, 2 * s);
        }
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(ui(widthPx));
            g.strokeOval(sx(cx) - s, sy(cy) - s, 2 * s, 2 * s);
        }
    }

    /**
     * A label at a world point, shifted by (dxPx, dyPx) on screen, with a halo of the
     * background colour so it reads over grid lines and shapes.
     */
    public void label(String text, double x, double y, double dxPx, double dyPx, Color color, boolean bold) {
        if (!finite(x, y)) {
            return;
        }
        screenLabel(text, sx(x) + ui(dxPx), sy(y) + ui(dyPx), color, bold, TextAlignment.LEFT);
    }

    /** A label at a screen point. */
    public void screenLabel(String text, double sx, double sy, Color color, boolean bold, TextAlignment align) {
        g.setFont(bold ? boldFont : font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(ui(3.5));
        g.setLineDashes((double[]) null);
        g.setStroke(Palette.fill(palette.background(), 0.85));
        g.strokeText(text, sx, sy);
        g.setFill(color);
        g.fillText(text, sx, sy);
    }

    /** The small square that marks a right angle at a corner between two directions. */
    public void rightAngle(double cx, double cy, double d1x, double d1y, double d2x, double d2y, Color color) {
        double l1 = Math.hypot(d1x, d1y);
        double l2 = Math.hypot(d2x, d2y);
        if (!finite(cx, cy, d1x, d1y, d2x, d2y) || l1 == 0 || l2 == 0) {
            return;
        }
        double size = ui(10) / view.scale();
        double ax = d1x / l1 * size;
        double ay = d1y / l1 * size;
        double bx = d2x / l2 * size;
        double by = d2y / l2 * size;
        g.setStroke(color);
        g.setLineWidth(ui(1.5));
        g.setLineDashes((double[]) null);
        g.strokePolyline(
                new double[] {sx(cx + ax), sx(cx + ax + bx), sx(cx + bx)},
                new double[] {sy(cy + ay), sy(cy + ay + by), sy(cy + by)}, 3);
    }

    /** Distance in pixels from screen point (px, py) to the screen image of a world segment. */
    public double pixelDistanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double ax = sx(x1);
        double ay = sy(y1);
        double bx = sx(x2);
        double by = sy(y2);
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /**
     * A polyline through interleaved plane points (x0, y0, x1, y1, …) in the current stroke,
     * lifted where a point is not finite or far off (a map's pole), so no false segment joins
     * the two sides of a gap.
     */
    public void polyline(double[] xy) {
        g.beginPath();
        boolean pen = false;
        for (int k = 0; k + 1 < xy.length; k += 2) {
            double x = xy[k];
            double y = xy[k + 1];
            if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
                pen = false;
                continue;
            }
            if (pen) {
                g.lineTo(sx(x), sy(y));
            } else {
                g.moveTo(sx(x), sy(y));
                pen = true;
            }
        }
        g.stroke();
    }

    /** Whether a screen point lies inside a polygon given in plane coordinates (even–odd rule), for hit tests. */
    public boolean insidePolygon(double px, double py, double[] xs, double[] ys, int n) {
        boolean in = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = sx(xs[i]);
            double yi = sy(ys[i]);
            double xj = sx(xs[j]);
            double yj = sy(ys[j]);
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
