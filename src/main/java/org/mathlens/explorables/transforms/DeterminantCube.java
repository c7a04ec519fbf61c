package org.mathlens.explorables.transforms;

import javafx.beans.value.ObservableLongValue;
import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;

/**
 * The 3×3 determinant in space: the unit cube (dashed) and its image, the parallelepiped on the
 * columns of A, with the columns, the volume and the orientation written beside it. The view
 * reframes itself when the box outgrows it or shrinks to a small part of it.
 */
final class DeterminantCube {
    private final DeterminantModel model;
    private final double[] corner = new double[3];
    private final View3D view;
    private double homeRadius = 3.6;

    DeterminantCube(DeterminantModel model, ObservableLongValue revision) {
        this.model = model;
        this.view = View3D.of(revision, homeRadius, this::draw);
    }

    View3D view() {
        return view;
    }

    /** The furthest corner of the unit cube's image from the origin. */
    private double reach() {
        double best = 0;
        for (int mask = 1; mask < 8; mask++) {
            double x = 0;
            double y = 0;
            double z = 0;
            for (int j = 0; j < 3; j++) {
                if ((mask >> j & 1) == 1) {
                    x += model.entry(0, j);
                    y += model.entry(1, j);
                    z += model.entry(2, j);
                }
            }
            best = Math.max(best, Math.sqrt(x * x + y * y + z * z));
        }
        return best;
    }

    /** Frames the view again when the box outgrows it, or has shrunk to a small part of it. */
    void fit() {
        if (model.size() != 3) {
            return;
        }
        double want = Math.max(3.6, 1.1 * reach());
        if (Math.abs(want - homeRadius) > 0.25 * homeRadius) {
            homeRadius = want;
            view.setHome(want, Math.toRadians(35), Math.toRadians(25));
        }
    }

    private void draw(Sketch3D s) {
        if (model.size() != 3) {
            return;
        }
        Palette pal = s.palette();
        double r = Math.max(3, Math.ceil(reach()));
        s.floorGrid(r, r > 6 ? 2 : 1);
        s.axes(r);
        Color muted = pal.textMuted();
        for (int e = 0; e < 12; e++) {
            int axis = e / 4;
            int k = e % 4;
            corner[axis] = 0;
            corner[(axis + 1) % 3] = k & 1;
            corner[(axis + 2) % 3] = (k >> 1) & 1;
            s.line(corner[0], corner[1], corner[2], corner[0] + (axis == 0 ? 1 : 0), corner[1] + (axis == 1 ? 1 : 0),
                    corner[2] + (axis == 2 ? 1 : 0), muted, 1.5).dashed().named("the unit cube, before A");
        }
        double[] u = model.column(0);
        double[] v = model.column(1);
        double[] w = model.column(2);
        Color c = model.flipsOrientation() ? pal.warning() : pal.result();
        String name = "A · unit cube: volume |det A| = " + Numbers.brief(model.measure(), 3)
                + (model.flipsOrientation() ? ", turned inside out" : "");
        s.parallelepiped(u, v, w, Palette.fill(c, 0.32), name);
        s.arrow(0, 0, 0, u[0], u[1], u[2], pal.first(), 3.5).named("a₁ = A·e₁, column 1 of A");
        s.arrow(0, 0, 0, v[0], v[1], v[2], pal.second(), 3.5).named("a₂ = A·e₂, column 2 of A");
        s.arrow(0, 0, 0, w[0], w[1], w[2], pal.extra(), 3.5).named("a₃ = A·e₃, column 3 of A");
        s.label("A·e₁", u[0], u[1], u[2], pal.first()).bold().offset(10, 14);
        s.label("A·e₂", v[0], v[1], v[2], pal.second()).bold().offset(10, -12);
        s.label("A·e₃", w[0], w[1], w[2], pal.extra()).bold().offset(10, -12);
        // the numbers beside the picture, as the 2D legend shows them
        double x = s.ui(16);
        double y = s.ui(22);
        double line = s.ui(22);
        s.screenLabel("A·e₁ = " + triple(u), x, y, pal.first()).bold();
        s.screenLabel("A·e₂ = " + triple(v), x, y + line, pal.second()).bold();
        s.screenLabel("A·e₃ = " + triple(w), x, y + 2 * line, pal.extra()).bold();
        s.screenLabel("det A = " + Numbers.brief(model.det(), 4), x, y + 3 * line, c).bold();
        s.screenLabel("volume = |det A| = " + Numbers.brief(model.measure(), 4), x, y + 4 * line, c).bold();
        s.screenLabel(model.shapeSentence(), x, y + 5 * line,
                model.isSingular() || model.flipsOrientation() ? pal.warning() : pal.text()).bold();
    }

    private static String triple(double[] w) {
        return "(" + Numbers.brief(w[0], 2) + ", " + Numbers.brief(w[1], 2) + ", " + Numbers.brief(w[2], 2) + ")";
    }
}
