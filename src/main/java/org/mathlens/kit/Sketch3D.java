package org.mathlens.kit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mathlens.math.Numbers;

/**
 * What a 3D view shows this frame. A pane's content callback adds primitives in world
 * coordinates (lines, arrows, points, flat-shaded polygons, labels, a surface mesh); each is
 * projected at once through the camera, and {@link #draw} paints them far to near (the
 * painter's algorithm: each by the average depth of its vertices), then the labels on top.
 *
 * <p>Marks are pooled between frames and shaded colours are cached, so a steady picture
 * allocates next to nothing per frame. A non-finite coordinate is never passed to the canvas:
 * the primitive is skipped and counted in {@link Painter#nonFiniteCount()}.
 */
public final class Sketch3D {
    /** Share of a face's brightness that does not depend on the light, so colours stay recognisable. */
    private static final double AMBIENT = 0.55;
    private static final int SHADE_LEVELS = 32;
    /** Lines and points drawn over a face they lie on should win a tie in depth. */
    private static final double LINE_BIAS = 1e-3;
    /** How faint the unit sphere stands behind what a matrix made of it. */
    private static final double SPHERE_ALPHA = 0.3;

    private Camera3D camera = new Camera3D();
    private Palette palette = Palette.light();
    private Color halo = Color.WHITE;
    private double ui = 1;
    private Font font;
    private Font boldFont;
    private Font smallFont;
    private double fontUi;

    private Mark3D[] marks = new Mark3D[256];
    private int count;
    private long[] keys = new long[256];
    private int[] order = new int[256];
    private int drawn;
    private final Mark3D discarded = new Mark3D();

    private final double[] p = new double[3];
    private final double[] basis = new double[9];
    private double lightX;
    private double lightY;
    private double lightZ;
    private final Map<Color, Color[]> shades = new HashMap<>();
    private final double[] cut = new double[36];
    private final double[] tileRow = new double[48];
    private final double[] tileTmp = new double[48];
    private final double[] tile = new double[48];
    private final double[] headX = new double[3];
    private final double[] headY = new double[3];
    private double[] gridX = new double[0];
    private double[] gridY = new double[0];
    private double[] gridDepth = new double[0];
    private boolean[] gridOk = new boolean[0];

    // the canvas state last set, so a mesh of quads of few colours costs few state changes
    private Color lastFill;
    private Color lastStroke;
    private double lastWidth;
    private boolean lastDashed;

    /** Starts a frame: forgets the last frame's marks and takes the camera, palette and UI scale to draw with. */
    public void begin(Camera3D camera, Palette palette, double uiScale) {
        this.camera = camera;
        this.palette = palette;
        this.halo = Palette.fill(palette.background(), 0.85);
        this.ui = uiScale;
        count = 0;
        drawn = 0;
        // a light over the viewer's left shoulder: faces turned to the viewer are brightest,
        // and it turns with the camera, so orbiting never leaves the front in the dark
        camera.basis(basis);
        double lx = 0.75 * basis[0] - 0.35 * basis[3] + 0.55 * basis[6];
        double ly = 0.75 * basis[1] - 0.35 * basis[4] + 0.55 * basis[7];
        double lz = 0.75 * basis[2] - 0.35 * basis[5] + 0.55 * basis[8];
        double len = Math.sqrt(lx * lx + ly * ly + lz * lz);
        lightX = lx / len;
        lightY = ly / len;
        lightZ = lz / len;
        if (shades.size() > 512) {
            shades.clear(); // colours that animate would otherwise fill the cache without end
        }
    }

    public Camera3D camera() {
        return camera;
    }

    public Palette palette() {
        return palette;
    }

    /** A size in pixels at the current UI scale. */
    public double ui(double px) {
        return px * ui;
    }

    /** How many marks this frame holds so far. */
    public int size() {
        return count;
    }

    // ---------------------------------------------------------------- adding primitives

    private Mark3D next(Mark3D.Kind kind, Color color, double width) {
        if (count == marks.length) {
            marks = Arrays.copyOf(marks, 2 * count);
        }
        Mark3D m = marks[count];
        if (m == null) {
            m = new Mark3D();
            marks[count] = m;
        }
        m.reset(kind, color, width);
        count++;
        return m;
    }

    private static boolean finite(double a, double b, double c) {
        if (Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)) {
            return true;
        }
        Painter.countNonFinite();
        return false;
    }

    /** A straight segment, widthPx at UI scale 1. */
    public Mark3D line(double x1, double y1, double z1, double x2, double y2, double z2, Color color, double widthPx) {
        return segment(Mark3D.Kind.LINE, x1, y1, z1, x2, y2, z2, color, widthPx);
    }

    /** An arrow whose head keeps its pixel size at any zoom and angle, so it always reads. */
    public Mark3D arrow(double x1, double y1, double z1, double x2, double y2, double z2, Color color, double widthPx) {
        return segment(Mark3D.Kind.ARROW, x1, y1, z1, x2, y2, z2, color, widthPx);
    }

    private Mark3D segment(Mark3D.Kind kind, double x1, double y1, double z1, double x2, double y2, double z2,
                           Color color, double widthPx) {
        if (!finite(x1, y1, z1) || !finite(x2, y2, z2) || !camera.project(x1, y1, z1, p)) {
            return discarded;
        }
        double ax = p[0];
        double ay = p[1];
        double ad = p[2];
        if (!camera.project(x2, y2, z2, p)) {
            return discarded;
        }
        Mark3D m = next(kind, color, widthPx);
        m.xs[0] = ax;
        m.ys[0] = ay;
        m.xs[1] = p[0];
        m.ys[1] = p[1];
        m.n = 2;
        m.depth = (ad + p[2]) / 2 * (1 - LINE_BIAS);
        return m;
    }

    /** A dot of a fixed screen radius with a ring of the background colour, like a 2D handle. */
    /** Points stored as x, y, z triples (a sampled sphere, a cloud), all one colour and one name. */
    public void points(double[] xyz, Color color, double radiusPx, String name) {
        for (int i = 0; i + 2 < xyz.length; i += 3) {
            point(xyz[i], xyz[i + 1], xyz[i + 2], color, radiusPx).named(name);
        }
    }

    /**
     * The unit sphere a 3×3 matrix acts on (faint, in the learner's colour) and the points it
     * has become (the result colour at {@code imageAlpha}): the eigen and SVD pictures' ground.
     */
    public void sphereAndImage(double[] sphere, String sphereName, double[] image, double imageAlpha,
                               double imageRadiusPx, String imageName) {
        points(sphere, Palette.fill(palette.learner(), SPHERE_ALPHA), 1.5, sphereName);
        points(image, Palette.fill(palette.result(), imageAlpha), imageRadiusPx, imageName);
    }

    /** The floor grid every {@code step} and the axes, out to r: the room a 3D picture stands in. */
    public void room(double r, double step) {
        floorGrid(r, step);
        axes(r);
    }

    public Mark3D point(double x, double y, double z, Color color, double radiusPx) {
        if (!finite(x, y, z) || !camera.project(x, y, z, p)) {
            return discarded;
        }
        Mark3D m = next(Mark3D.Kind.POINT, color, radiusPx);
        m.xs[0] = p[0];
        m.ys[0] = p[1];
        m.n = 1;
        m.depth = p[2] * (1 - LINE_BIAS);
        return m;
    }

    /** Text at a 3D point, with a halo so it reads over anything; painted on top of the picture. */
    public Mark3D label(String text, double x, double y, double z, Color color) {
        if (text == null || text.isEmpty() || !finite(x, y, z) || !camera.project(x, y, z, p)) {
            return discarded;
        }
        Mark3D m = next(Mark3D.Kind.LABEL, color, 0);
        m.text = text;
        m.xs[0] = p[0];
        m.ys[0] = p[1];
        m.n = 1;
        m.depth = p[2];
        return m;
    }

    /** Text at a screen point (pixels), painted on top: hover names, captions. */
    public Mark3D screenLabel(String text, double sx, double sy, Color color) {
        if (text == null || text.isEmpty() || !Double.isFinite(sx) || !Double.isFinite(sy)) {
            return discarded;
        }
        Mark3D m = next(Mark3D.Kind.LABEL, color, 0);
        m.text = text;
        m.xs[0] = sx;
        m.ys[0] = sy;
        m.n = 1;
        return m;
    }

    /**
     * A flat polygon, vertices interleaved x, y, z in {@code xyz}, shaded by how squarely it
     * faces the light (both sides lit alike). The colour's opacity is kept: use a see-through
     * colour for planes that must not hide what is behind them.
     */
    public Mark3D polygon(double[] xyz, int n, Color color) {
        return polygon(xyz, n, color, true);
    }

    /** A polygon in exactly its colour, unshaded (for flat markers such as a shadow on the floor). */
    public Mark3D flatPolygon(double[] xyz, int n, Color color) {
        return polygon(xyz, n, color, false);
    }

    private Mark3D polygon(double[] xyz, int n, Color color, boolean shade) {
        if (n < 3) {
            return discarded;
        }
        for (int i = 0; i < n; i++) {
            if (!finite(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2])) {
                return discarded;
            }
        }
        int start = count;
        Mark3D m = next(Mark3D.Kind.POLYGON, color, 0);
        m.ensure(n);
        double depth = 0;
        // Newell's method: a normal that is right for any planar polygon, whatever its winding
        double nx = 0;
        double ny = 0;
        double nz = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x = xyz[3 * i];
            double y = xyz[3 * i + 1];
            double z = xyz[3 * i + 2];
            if (!camera.project(x, y, z, p)) {
                count = start; // part of it is behind the camera: leave it out
                return discarded;
            }
            m.xs[i] = p[0];
            m.ys[i] = p[1];
            depth += p[2];
            nx += (y - xyz[3 * j + 1]) * (z + xyz[3 * j + 2]);
            ny += (z - xyz[3 * j + 2]) * (x + xyz[3 * j]);
            nz += (x - xyz[3 * j]) * (y + xyz[3 * j + 1]);
        }
        m.n = n;
        m.depth = depth / n;
        m.color = shade ? shaded(color, nx, ny, nz, 0) : color;
        return m;
    }

    /**
     * The part of the plane a·x + b·y + c·z = d inside the box [-r, r]³, shaded, with a darker
     * outline; nothing if it misses. It is cut into tiles a grid step wide so that depth
     * sorting puts each tile in front of or behind what is near it: one big polygon would be
     * sorted as a whole and cover things it passes behind.
     */
    public void plane(double a, double b, double c, double d, double r, Color color, String name) {
        int n = Shapes3D.planeThroughBox(a, b, c, d, r, cut);
        if (n == 0) {
            return;
        }
        // tile along the two axes the plane leans on least, so tiles are never slivers
        int k = Math.abs(a) >= Math.abs(b) && Math.abs(a) >= Math.abs(c) ? 0 : Math.abs(b) >= Math.abs(c) ? 1 : 2;
        int u = (k + 1) % 3;
        int v = (k + 2) % 3;
        double step = niceStep(r);
        int tiles = (int) Math.ceil(r / step - 1e-9);
        for (int i = -tiles; i < tiles; i++) {
            int m = Shapes3D.clipToSlab(cut, n, u, i * step, (i + 1) * step, tileTmp, tileRow);
            for (int j = -tiles; j < tiles && m > 0; j++) {
                int q = Shapes3D.clipToSlab(tileRow, m, v, j * step, (j + 1) * step, tileTmp, tile);
                if (q > 0) {
                    polygon(tile, q, color).named(name);
                }
            }
        }
        Color edge = shaded(color.deriveColor(0, 1, 1, Math.min(1, color.getOpacity() + 0.4)), a, b, c, 0.3);
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            line(cut[3 * i], cut[3 * i + 1], cut[3 * i + 2], cut[3 * j], cut[3 * j + 1], cut[3 * j + 2], edge, 1.25)
                    .named(name);
        }
    }

    /**
     * The parallelepiped spanned by u, v, w from the origin (the unit cube's image under the
     * matrix [u v w]): six shaded faces with darker edges, all named {@code name}.
     */
    public void parallelepiped(double[] u, double[] v, double[] w, Color color, String name) {
        double[][] sides = {u, v, w};
        for (int k = 0; k < 3; k++) {
            double[] e1 = sides[(k + 1) % 3];
            double[] e2 = sides[(k + 2) % 3];
            for (int far = 0; far < 2; far++) {
                double[] o = sides[k];
                for (int c = 0; c < 3; c++) {
                    double base = far * o[c];
                    cut[c] = base;
                    cut[3 + c] = base + e1[c];
                    cut[6 + c] = base + e1[c] + e2[c];
                    cut[9 + c] = base + e2[c];
                }
                Mark3D face = polygon(cut, 4, color).named(name);
                face.edge(shaded(face.color == null ? color : face.color, 0, 0, 0, 0.35), 1.5);
            }
        }
    }

    /**
     * The surface of a sampled mesh: one flat-shaded quad per cell, coloured by its height on
     * the {@link HeightRamp} between the mesh's lowest and highest value. Cells touching a gap
     * (NaN) are left out.
     */
    public void surface(SurfaceMesh mesh, double opacity) {
        int cells = mesh.cells();
        int side = cells + 1;
        if (gridX.length < side * side) {
            gridX = new double[side * side];
            gridY = new double[side * side];
            gridDepth = new double[side * side];
            gridOk = new boolean[side * side];
        }
        // project every sample once, not four times (once per quad that shares it)
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int k = j * side + i;
                double z = mesh.z(i, j);
                gridOk[k] = z == z && camera.project(mesh.x(i), mesh.y(j), z, p);
                gridX[k] = p[0];
                gridY[k] = p[1];
                gridDepth[k] = p[2];
            }
        }
        double lo = mesh.zMin();
        double span = mesh.zMax() - lo;
        double dx = mesh.x(1) - mesh.x(0);
        double dy = mesh.y(1) - mesh.y(0);
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int k00 = j * side + i;
                int k10 = k00 + 1;
                int k01 = k00 + side;
                int k11 = k01 + 1;
                if (!(gridOk[k00] && gridOk[k10] && gridOk[k01] && gridOk[k11])) {
                    continue;
                }
                double z00 = mesh.z(i, j);
                double z10 = mesh.z(i + 1, j);
                double z01 = mesh.z(i, j + 1);
                double z11 = mesh.z(i + 1, j + 1);
                double height = (z00 + z10 + z01 + z11) / 4;
                Color base = HeightRamp.color(span > 0 ? (height - lo) / span : 0.5);
                if (opacity < 1) {
                    base = Palette.fill(base, opacity);
                }
                // normal from the two diagonals: (dx, dy, z11 - z00) × (-dx, dy, z01 - z10)
                double ax = dx;
                double ay = dy;
                double az = z11 - z00;
                double bx = -dx;
                double by = dy;
                double bz = z01 - z10;
                double nx = ay * bz - az * by;
                double ny = az * bx - ax * bz;
                double nz = ax * by - ay * bx;
                Mark3D m = next(Mark3D.Kind.POLYGON, null, 0);
                m.xs[0] = gridX[k00];
                m.ys[0] = gridY[k00];
                m.xs[1] = gridX[k10];
                m.ys[1] = gridY[k10];
                m.xs[2] = gridX[k11];
                m.ys[2] = gridY[k11];
                m.xs[3] = gridX[k01];
                m.ys[3] = gridY[k01];
                m.n = 4;
                m.depth = (gridDepth[k00] + gridDepth[k10] + gridDepth[k01] + gridDepth[k11]) / 4;
                m.color = shaded(base, nx, ny, nz, 0);
                // a hairline of a slightly darker shade hides the seams anti-aliasing leaves
                // between quads, and reads as the mesh
                m.edge(shaded(base, nx, ny, nz, 0.12), 0.75);
            }
        }
    }

    /**
     * Axes from -r to r with an arrow at the positive end, ticks at a round step and the names
     * x, y, z: x in the palette's first colour, y in its second, z in the text colour.
     */
    public void axes(double r) {
        double step = niceStep(r);
        double tick = r * 0.035;
        axis(r, step, 1, 0, 0, palette.first(), "x", 0, tick, 0);
        axis(r, step, 0, 1, 0, palette.second(), "y", tick, 0, 0);
        camera.basis(basis);
        axis(r, step, 0, 0, 1, palette.text(), "z", basis[3] * tick, basis[4] * tick, 0);
    }

    private void axis(double r, double step, double ex, double ey, double ez, Color color, String name,
                      double tx, double ty, double tz) {
        Color faint = palette.isDark() ? color.deriveColor(0, 0.6, 0.6, 1) : color.deriveColor(0, 0.45, 1.25, 1);
        // cut into one piece per step, so depth sorting places each piece against the faces near it
        int pieces = (int) Math.ceil(r / step - 1e-9);
        for (int k = -pieces; k < pieces; k++) {
            double a = Math.max(-r, k * step);
            double b = Math.min(r, (k + 1) * step);
            boolean last = b >= r;
            Mark3D m = last
                    ? arrow(ex * a, ey * a, ez * a, ex * r * 1.08, ey * r * 1.08, ez * r * 1.08, color, 2)
                    : line(ex * a, ey * a, ez * a, ex * b, ey * b, ez * b, k < 0 ? faint : color, k < 0 ? 1.25 : 2);
            m.named(name + " axis");
            double at = (k + 1) * step;
            if (!last && at != 0) {
                line(ex * at - tx, ey * at - ty, ez * at - tz, ex * at + tx, ey * at + ty, ez * at + tz, color, 1.5);
                if (at > 0) {
                    label(Numbers.brief(at, 3), ex * at, ey * at, ez * at, palette.textMuted()).offset(6, 9).small();
                }
            }
        }
        label(name, ex * r * 1.16, ey * r * 1.16, ez * r * 1.16, color).bold().offset(-4, 0);
    }

    /** Lines every {@code step} across the floor z = 0 within [-r, r]², painted behind everything. */
    public void floorGrid(double r, double step) {
        if (!(step > 0) || !(r > 0)) {
            return;
        }
        int n = (int) Math.floor(r / step + 1e-9);
        for (int k = -n; k <= n; k++) {
            double c = k * step;
            line(c, -r, 0, c, r, 0, palette.gridMajor(), 1).behind();
            line(-r, c, 0, r, c, 0, palette.gridMajor(), 1).behind();
        }
    }

    /** A round spacing (1, 2 or 5 × 10^k) that cuts [0, r] into two to five pieces. */
    static double niceStep(double r) {
        return Numbers.roundStep(r / 5);
    }

    /**
     * The colour lit by the light across a face with normal (nx, ny, nz), darkened further by
     * {@code darker} (0..1) for edges. A zero normal (a face seen edge-on, a degenerate face)
     * gets a middle brightness.
     */
    private Color shaded(Color base, double nx, double ny, double nz, double darker) {
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double facing = len > 0 ? Math.abs(nx * lightX + ny * lightY + nz * lightZ) / len : 0.5;
        double k = (AMBIENT + (1 - AMBIENT) * facing) * (1 - darker);
        int level = (int) Math.round(k * (SHADE_LEVELS - 1));
        Color[] levels = shades.computeIfAbsent(base, c -> new Color[SHADE_LEVELS]);
        Color c = levels[level];
        if (c == null) {
            double f = (double) level / (SHADE_LEVELS - 1);
            c = new Color(base.getRed() * f, base.getGreen() * f, base.getBlue() * f, base.getOpacity());
            levels[level] = c;
        }
        return c;
    }

    // ---------------------------------------------------------------- painting

    /** Sorts this frame's marks (backdrop, then far to near, then on-top) and paints them. */
    public void draw(GraphicsContext g) {
        if (font == null || fontUi != ui) {
            // made here, not in begin(), so that collecting and sorting need no toolkit (pure tests)
            fontUi = ui;
            font = Font.font("System", 15 * ui);
            boldFont = Font.font("System", FontWeight.BOLD, 15 * ui);
            smallFont = Font.font("System", 14 * ui);   // no canvas label under 14 px at 1×
        }
        sort();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes((double[]) null);
        lastFill = null;
        lastStroke = null;
        lastWidth = -1;
        lastDashed = false;
        for (int i = 0; i < drawn; i++) {
            paint(g, marks[order[i]]);
        }
        if (lastDashed) {
            g.setLineDashes((double[]) null);
        }
    }

    /** Fills {@code order} with mark indices in painting order. */
    void sort() {
        if (order.length < count) {
            order = new int[marks.length];
            keys = new long[marks.length];
        }
        drawn = 0;
        int sorted = 0;
        for (int i = 0; i < count; i++) {
            Mark3D m = marks[i];
            if (m.layer == Mark3D.BEHIND) {
                order[drawn++] = i;
            } else if (m.layer == Mark3D.SORTED) {
                // positive floats sort like their bits; ties keep the order added
                long depthBits = Float.floatToIntBits((float) Math.max(0, m.depth));
                keys[sorted++] = depthBits << 32 | (Integer.MAX_VALUE - i);
            }
        }
        Arrays.sort(keys, 0, sorted);
        for (int k = sorted - 1; k >= 0; k--) {
            order[drawn++] = Integer.MAX_VALUE - (int) keys[k];
        }
        for (int i = 0; i < count; i++) {
            if (marks[i].layer == Mark3D.ON_TOP) {
                order[drawn++] = i;
            }
        }
    }

    /** The names of this frame's marks in painting order (null for unnamed ones); for tests. */
    String[] namesInPaintingOrder() {
        sort();
        String[] names = new String[drawn];
        for (int i = 0; i < drawn; i++) {
            names[i] = marks[order[i]].name;
        }
        return names;
    }

    /** True when every screen coordinate of this frame's marks is finite; for tests. */
    boolean allScreenCoordinatesFinite() {
        for (int i = 0; i < count; i++) {
            Mark3D m = marks[i];
            for (int k = 0; k < m.n; k++) {
                if (!Double.isFinite(m.xs[k]) || !Double.isFinite(m.ys[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    private void fill(GraphicsContext g, Color c) {
        if (c != lastFill) {
            g.setFill(c);
            lastFill = c;
        }
    }

    private void stroke(GraphicsContext g, Color c, double widthPx, boolean dashed) {
        if (c != lastStroke) {
            g.setStroke(c);
            lastStroke = c;
        }
        double w = ui(widthPx);
        if (w != lastWidth) {
            g.setLineWidth(w);
            lastWidth = w;
        }
        if (dashed != lastDashed) {
            if (dashed) {
                g.setLineDashes(ui(6), ui(5));
            } else {
                g.setLineDashes((double[]) null);
            }
            lastDashed = dashed;
        }
    }

    private void paint(GraphicsContext g, Mark3D m) {
        switch (m.kind) {
            case LINE -> {
                stroke(g, m.color, m.width, m.dashed);
                g.strokeLine(m.xs[0], m.ys[0], m.xs[1], m.ys[1]);
            }
            case ARROW -> paintArrow(g, m);
            case POINT -> {
                double r = ui(m.width);
                double ring = r + ui(2);
                fill(g, palette.handleRing());
                g.fillOval(m.xs[0] - ring, m.ys[0] - ring, 2 * ring, 2 * ring);
                fill(g, m.color);
                g.fillOval(m.xs[0] - r, m.ys[0] - r, 2 * r, 2 * r);
            }
            case POLYGON -> {
                fill(g, m.color);
                g.fillPolygon(m.xs, m.ys, m.n);
                if (m.edge != null) {
                    stroke(g, m.edge, m.edgeWidth, false);
                    g.strokePolygon(m.xs, m.ys, m.n);
                }
            }
            case LABEL -> paintLabel(g, m);
            default -> throw new IllegalStateException("unknown mark " + m.kind);
        }
    }

    private void paintArrow(GraphicsContext g, Mark3D m) {
        double ax = m.xs[0];
        double ay = m.ys[0];
        double bx = m.xs[1];
        double by = m.ys[1];
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 0.5) {
            // seen end-on: a dot says where it points
            double r = ui(m.width * 1.5);
            fill(g, m.color);
            g.fillOval(bx - r, by - r, 2 * r, 2 * r);
            return;
        }
        double head = Math.min(ui(7 + 2 * m.width), len * 0.45);
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        double baseX = bx - ux * head;
        double baseY = by - uy * head;
        stroke(g, m.color, m.width, m.dashed);
        g.strokeLine(ax, ay, baseX + ux * 0.5, baseY + uy * 0.5);
        double half = head * 0.5;
        headX[0] = bx;
        headY[0] = by;
        headX[1] = baseX - uy * half;
        headY[1] = baseY + ux * half;
        headX[2] = baseX + uy * half;
        headY[2] = baseY - ux * half;
        fill(g, m.color);
        g.fillPolygon(headX, headY, 3);
    }

    private void paintLabel(GraphicsContext g, Mark3D m) {
        g.setFont(m.bold ? boldFont : m.small ? smallFont : font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = m.xs[0] + ui(m.dx);
        double y = m.ys[0] + ui(m.dy);
        stroke(g, halo, 3.5, false);
        g.strokeText(m.text, x, y);
        fill(g, m.color);
        g.fillText(m.text, x, y);
    }

    // ---------------------------------------------------------------- hover

    /** The name of the topmost named mark under the screen point (from the last frame painted), or null. */
    public String nameAt(double sx, double sy) {
        double tolerance = ui(6);
        for (int k = drawn - 1; k >= 0; k--) {
            Mark3D m = marks[order[k]];
            if (m.name != null && hits(m, sx, sy, tolerance)) {
                return m.name;
            }
        }
        return null;
    }

    private boolean hits(Mark3D m, double sx, double sy, double tolerance) {
        return switch (m.kind) {
            case LINE, ARROW -> distanceToSegment(sx, sy, m.xs[0], m.ys[0], m.xs[1], m.ys[1]) <= tolerance;
            case POINT -> Math.hypot(sx - m.xs[0], sy - m.ys[0]) <= ui(m.width) + tolerance;
            case POLYGON -> contains(m, sx, sy);
            case LABEL -> false;
        };
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Even-odd rule: a ray to the right crosses the outline an odd number of times. */
    private static boolean contains(Mark3D m, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = m.n - 1; i < m.n; j = i++) {
            if ((m.ys[i] > y) != (m.ys[j] > y)
                    && x < (m.xs[j] - m.xs[i]) * (y - m.ys[i]) / (m.ys[j] - m.ys[i]) + m.xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
