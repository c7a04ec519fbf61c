package org.mathlens.explorables.optim;

import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.SurfaceMesh;
import org.mathlens.math.Numbers;

/**
 * The 3D half of the partial-derivatives pane: the surface z = f(x, y) stretched into a cube,
 * the two slice planes through the point with their curves and tangent lines (slopes ∂f/∂x
 * and ∂f/∂y), and the box's axes ticked in f's own units. Everything is read from the model;
 * the mesh is sampled again only when f or its box changes.
 */
final class PartialDerivativesSurface {
    /** Half the side of the cube the surface is drawn in (display units). */
    private static final double R = 2;
    /** Half the height the surface's range of values is stretched to. */
    private static final double ZH = 1.4;
    private static final int CELLS = 32;

    private final PartialDerivativesModel model;
    private double[] box = {-2.5, 2.5, -2.5, 2.5};
    private SurfaceMesh mesh;
    // display coordinates: X = (x - cx)·kx, Y = (y - cy)·ky, Z = (z - cz)·kz
    private double cx;
    private double cy;
    private double cz;
    private double kx = 1;
    private double ky = 1;
    private double kz = 1;
    private double zLo;
    private double zHi;

    PartialDerivativesSurface(PartialDerivativesModel model) {
        this.model = model;
    }

    /** The lowest and highest value of f over its box: the ends of the height ramp, shared with the map. */
    double zLo() {
        return zLo;
    }

    double zHi() {
        return zHi;
    }

    /** Samples the surface once per function: in display coordinates, so it fills the cube whatever f's range. */
    void rebuild(double[] box) {
        this.box = box.clone();
        cx = (box[0] + box[1]) / 2;
        cy = (box[2] + box[3]) / 2;
        kx = R / ((box[1] - box[0]) / 2);
        ky = R / ((box[3] - box[2]) / 2);
        SurfaceMesh world = SurfaceMesh.sample(model::f, box[0], box[1], box[2], box[3], CELLS);
        zLo = world.zMin();
        zHi = world.zMax();
        if (!(zLo <= zHi)) {
            zLo = -1;
            zHi = 1;
        }
        cz = (zLo + zHi) / 2;
        kz = zHi - zLo > 1e-12 ? ZH / ((zHi - zLo) / 2) : 1;
        if (mesh == null) {
            mesh = SurfaceMesh.sample((u, v) -> (model.f(cx + u / kx, cy + v / ky) - cz) * kz, -R, R, -R, R, CELLS);
        } else {
            mesh.resample((u, v) -> (model.f(cx + u / kx, cy + v / ky) - cz) * kz);
        }
    }

    private double dx(double x) {
        return (x - cx) * kx;
    }

    private double dy(double y) {
        return (y - cy) * ky;
    }

    private double dz(double z) {
        return (z - cz) * kz;
    }

    void draw(Sketch3D s) {
        Palette pal = s.palette();
        drawBoxAxes(s, pal);
        s.surface(mesh, 1.0);
        double px = model.x0();
        double py = model.y0();
        double pz = model.value();
        boolean inX = px >= box[0] && px <= box[1];
        boolean inY = py >= box[2] && py <= box[3];
        Color xc = pal.first();
        Color yc = pal.second();
        // the slice y = y0 runs along x: its curve and tangent have slope ∂f/∂x (the x colour)
        if (inY) {
            s.plane(0, 1, 0, dy(py), R, Palette.fill(xc, 0.14), "the slice plane y = " + Numbers.brief(py, 2));
            curve(s, model.sliceXs(), model.sliceAlongX(), true, py, xc, "the curve z = f(x, " + Numbers.brief(py, 2) + ")");
        }
        if (inX) {
            s.plane(1, 0, 0, dx(px), R, Palette.fill(yc, 0.14), "the slice plane x = " + Numbers.brief(px, 2));
            curve(s, model.sliceYs(), model.sliceAlongY(), false, px, yc, "the curve z = f(" + Numbers.brief(px, 2) + ", y)");
        }
        if (inX && inY && model.defined()) {
            double X = dx(px);
            double Y = dy(py);
            double Z = dz(pz);
            tangent(s, X, Y, Z, kx, 0, model.dfdx() * kz, xc, "tangent along x: slope ∂f/∂x = " + Numbers.label(model.dfdx()),
                    "∂f/∂x");
            tangent(s, X, Y, Z, 0, ky, model.dfdy() * kz, yc, "tangent along y: slope ∂f/∂y = " + Numbers.label(model.dfdy()),
                    "∂f/∂y");
            s.point(X, Y, Z, pal.learner(), 5).named("the point (x0, y0, f) = (" + Numbers.brief(px, 2) + ", "
                    + Numbers.brief(py, 2) + ", " + Numbers.brief(pz, 3) + ")");
        }
        s.screenLabel(inX && inY ? "z = f(x, y)   (drag to turn, wheel to zoom)" : "the point is outside the drawn surface",
                s.ui(12), s.ui(16), pal.text()).bold();
        if (inX && inY && model.defined()) {
            double h = s.camera().height();
            s.screenLabel("slice y = " + Numbers.brief(py, 2) + ": tangent slope ∂f/∂x = " + Numbers.label(model.dfdx()),
                    s.ui(12), h - s.ui(40), xc).bold();
            s.screenLabel("slice x = " + Numbers.brief(px, 2) + ": tangent slope ∂f/∂y = " + Numbers.label(model.dfdy()),
                    s.ui(12), h - s.ui(18), yc).bold();
        }
    }

    /** The curve over one slice, lifted a hair so it is not hidden by the quads it lies on. */
    private void curve(Sketch3D s, double[] ts, double[] zs, boolean alongX, double fixed, Color c, String name) {
        double lift = 0.02;
        for (int k = 0; k + 1 < ts.length; k++) {
            double za = zs[k];
            double zb = zs[k + 1];
            if (!Double.isFinite(za) || !Double.isFinite(zb)) {
                continue;
            }
            if (alongX) {
                s.line(dx(ts[k]), dy(fixed), dz(za) + lift, dx(ts[k + 1]), dy(fixed), dz(zb) + lift, c, 3).named(name);
            } else {
                s.line(dx(fixed), dy(ts[k]), dz(za) + lift, dx(fixed), dy(ts[k + 1]), dz(zb) + lift, c, 3).named(name);
            }
        }
    }

    /** The tangent line through the point along (ex, ey, ez) in display units, 0.9 long each way, on top. */
    private void tangent(Sketch3D s, double x, double y, double z, double ex, double ey, double ez, Color c, String name, String label) {
        double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
        if (!(len > 0) || !Double.isFinite(len)) {
            return;
        }
        double k = 0.9 / len;
        s.line(x - ex * k, y - ey * k, z - ez * k, x + ex * k, y + ey * k, z + ez * k, c, 2.5).named(name).dashed().onTop();
        s.label(label, x + ex * k, y + ey * k, z + ez * k, c).bold().offset(8, ey == 0 ? -10 : 12);
    }

    /** Floor grid and three edge axes ticked in f's own units (the cube is stretched to fit f's range). */
    private void drawBoxAxes(Sketch3D s, Palette pal) {
        double floor = -ZH - 0.15;
        for (int k = 0; k <= 4; k++) {
            double c = -R + k * R / 2;
            s.line(c, -R, floor, c, R, floor, pal.gridMajor(), 1).behind();
            s.line(-R, c, floor, R, c, floor, pal.gridMajor(), 1).behind();
        }
        Color muted = pal.textMuted();
        s.line(-R, -R, floor, R, -R, floor, pal.first(), 2).named("x axis");
        s.label("x", R + 0.25, -R, floor, pal.first()).bold();
        s.line(R, -R, floor, R, R, floor, pal.second(), 2).named("y axis");
        s.label("y", R, R + 0.25, floor, pal.second()).bold();
        s.line(-R, -R, floor, -R, -R, ZH, pal.text(), 1.5).named("z axis: f's values");
        s.label("z", -R, -R, ZH + 0.25, pal.text()).bold();
        // the shared corner (x max, y min) is left unlabelled so the two axes' numbers never collide
        for (int k = 0; k <= 2; k++) {
            double t = k / 2.0;
            double xv = box[0] + (box[1] - box[0]) * t;
            double yv = box[2] + (box[3] - box[2]) * t;
            if (k < 2) {
                s.label(Numbers.brief(xv, 2), dx(xv), -R, floor, muted).small().offset(-6, 12);
            }
            if (k > 0) {
                s.label(Numbers.brief(yv, 2), R, dy(yv), floor, muted).small().offset(8, 8);
            }
        }
        s.label(Numbers.brief(zLo, 2), -R, -R, dz(zLo), muted).small().offset(-30, 0);
        s.label(Numbers.brief(zHi, 2), -R, -R, dz(zHi), muted).small().offset(-30, 0);
    }
}
