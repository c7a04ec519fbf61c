package org.mathlens.kit;

import java.util.function.Supplier;
import javafx.scene.paint.Color;

/**
 * The plane bent by a matrix, as 3Blue1Brown draws it: the images of the grid lines y = k
 * (along î, in the {@code first} colour) and x = k (along ĵ, in the {@code second} colour)
 * for whole k across the view, the image of the unit square filled, and optionally a small
 * picture (a letter F, so reflections show) carried along. The matrix is 2×2 (linear) or
 * 3×3 homogeneous (affine, last row 0 0 1); it is read from a supplier every redraw, so an
 * animation only has to change what the supplier returns.
 *
 * <p>Hover names the unit square's image (with its area |det|) and the picture.
 */
public final class TransformedGrid implements Drawable {
    /** A letter F inside the unit square, as one polygon: it has no symmetry, so every reflection shows. */
    public static final double[][] LETTER_F = {
            {0.25, 0.45, 0.45, 0.7, 0.7, 0.45, 0.45, 0.8, 0.8, 0.25},
            {0.1, 0.1, 0.45, 0.45, 0.6, 0.6, 0.75, 0.75, 0.9, 0.9}};

    /** At most this many lines in each family; when zoomed far out every n-th whole line is drawn. */
    private static final int MAX_LINES = 60;

    private final Supplier<double[][]> matrix;
    private double[][] picture;
    private boolean square = true;
    private boolean lines = true;
    private Supplier<String> squareName = () -> "the unit square's image";
    private Supplier<String> pictureName = () -> "the picture's image";
    private final double[] m = new double[6];
    private final double[] xs = new double[16];
    private final double[] ys = new double[16];
    private Supplier<String> hitName;

    /** {@code matrix} gives a 2×2 or 3×3 (homogeneous) matrix by rows. */
    public TransformedGrid(Supplier<double[][]> matrix) {
        this.matrix = matrix;
    }

    /** Carries a polygon (rows: xs, ys; at most 16 corners) along with the grid. */
    public TransformedGrid picture(double[][] polygon) {
        if (polygon[0].length > xs.length) {
            throw new IllegalArgumentException("a picture has at most " + xs.length + " corners");
        }
        this.picture = polygon;
        return this;
    }

    public TransformedGrid withoutSquare() {
        square = false;
        return this;
    }

    public TransformedGrid withoutLines() {
        lines = false;
        return this;
    }

    /** Hover names of the unit square's image and of the picture's image (live: they may quote numbers). */
    public TransformedGrid names(Supplier<String> squareName, Supplier<String> pictureName) {
        this.squareName = squareName;
        this.pictureName = pictureName;
        return this;
    }

    /** Reads the matrix into m = [a b tx; c d ty]; false when it is not finite or not 2×2 / 3×3. */
    private boolean load() {
        double[][] a = matrix.get();
        if (a == null || (a.length != 2 && a.length != 3)) {
            return false;
        }
        m[0] = a[0][0];
        m[1] = a[0][1];
        m[3] = a[1][0];
        m[4] = a[1][1];
        m[2] = a.length == 3 ? a[0][2] : 0;
        m[5] = a.length == 3 ? a[1][2] : 0;
        for (double x : m) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private double mx(double x, double y) {
        return m[0] * x + m[1] * y + m[2];
    }

    private double my(double x, double y) {
        return m[3] * x + m[4] * y + m[5];
    }

    @Override
    public void draw(Painter p) {
        if (!load()) {
            return;
        }
        Palette pal = p.palette();
        if (lines) {
            drawLines(p, pal);
        }
        if (square) {
            fill(p, new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1}, 4,
                    Palette.fill(pal.extra(), pal.isDark() ? 0.22 : 0.18), Palette.fill(pal.extra(), 0.9), 1.5);
        }
        if (picture != null) {
            fill(p, picture[0], picture[1], picture[0].length,
                    Palette.fill(pal.result(), 0.55), pal.result(), 1.5);
        }
    }

    private void fill(Painter p, double[] px, double[] py, int n, Color fill, Color stroke, double width) {
        for (int i = 0; i < n; i++) {
            xs[i] = mx(px[i], py[i]);
            ys[i] = my(px[i], py[i]);
        }
        p.polygon(xs, ys, n, fill, stroke, width);
    }

    /**
     * The whole lines k·c1 + t·c2 (images of x = k) and k·c2 + t·c1 (images of y = k), for the
     * whole k whose image can cross the view: found from the view's corners mapped back, when
     * the matrix is invertible enough; otherwise a fixed range (the lines then pile up anyway).
     */
    private void drawLines(Painter p, Palette pal) {
        Viewport v = p.view();
        double det = m[0] * m[4] - m[1] * m[3];
        double norm = Math.abs(m[0]) + Math.abs(m[1]) + Math.abs(m[3]) + Math.abs(m[4]);
        double lo1 = -20;
        double hi1 = 20;
        double lo2 = -20;
        double hi2 = 20;
        if (Math.abs(det) > 1e-6 * Math.max(1, norm * norm)) {
            lo1 = Double.POSITIVE_INFINITY;
            hi1 = Double.NEGATIVE_INFINITY;
            lo2 = Double.POSITIVE_INFINITY;
            hi2 = Double.NEGATIVE_INFINITY;
            double[] cx = {v.minX(), v.maxX(), v.maxX(), v.minX()};
            double[] cy = {v.minY(), v.minY(), v.maxY(), v.maxY()};
            for (int i = 0; i < 4; i++) {
                double x = cx[i] - m[2];
                double y = cy[i] - m[5];
                double u = (m[4] * x - m[1] * y) / det;
                double w = (-m[3] * x + m[0] * y) / det;
                lo1 = Math.min(lo1, u);
                hi1 = Math.max(hi1, u);
                lo2 = Math.min(lo2, w);
                hi2 = Math.max(hi2, w);
            }
        }
        // dark and wide enough to survive a projector: at 0.35 and 1.2 px the bent grid washed out
        Color alongI = Palette.fill(pal.first(), pal.isDark() ? 0.55 : 0.45);
        Color alongJ = Palette.fill(pal.second(), pal.isDark() ? 0.55 : 0.45);
        // images of x = k run along c2 (ĵ's image): the second colour; of y = k along c1: the first
        family(p, lo1, hi1, m[0], m[3], m[1], m[4], alongJ, pal.second());
        family(p, lo2, hi2, m[1], m[4], m[0], m[3], alongI, pal.first());
    }

    /** Lines through o + k·(ox, oy) with direction (dx, dy), k whole in [lo, hi]. */
    private void family(Painter p, double lo, double hi, double ox, double oy, double dx, double dy,
                        Color color, Color axisColor) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return;
        }
        long first = (long) Math.ceil(Math.max(lo, -1e6));
        long last = (long) Math.floor(Math.min(hi, 1e6));
        long stride = Math.max(1, (last - first + 1 + MAX_LINES - 1) / MAX_LINES);
        first = Math.floorDiv(first + stride - 1, stride) * stride;
        boolean point = Math.hypot(dx, dy) * p.view().scale() < 1e-3;
        for (long k = first; k <= last; k += stride) {
            double px = k * ox + m[2];
            double py = k * oy + m[5];
            if (point) {
                p.dot(px, py, k == 0 ? 3 : 2, k == 0 ? axisColor : color);
            } else if (k == 0) {
                p.infiniteLine(px, py, dx, dy, Palette.fill(axisColor, 0.9), 2.5);
            } else {
                p.infiniteLine(px, py, dx, dy, color, 1.5);
            }
        }
    }

    @Override
    public String name() {
        return (hitName != null ? hitName : squareName).get();
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        hitName = null;
        if (!load()) {
            return false;
        }
        if (picture != null && inside(p, picture[0], picture[1], picture[0].length, sx, sy)) {
            hitName = pictureName;
            return true;
        }
        if (square && inside(p, new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1}, 4, sx, sy)) {
            hitName = squareName;
            return true;
        }
        return false;
    }

    /** Whether the screen point lies inside the image of the polygon (even–odd rule). */
    private boolean inside(Painter p, double[] px, double[] py, int n, double sx, double sy) {
        boolean in = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = p.sx(mx(px[i], py[i]));
            double yi = p.sy(my(px[i], py[i]));
            double xj = p.sx(mx(px[j], py[j]));
            double yj = p.sy(my(px[j], py[j]));
            if ((yi > sy) != (yj > sy) && sx < (xj - xi) * (sy - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
