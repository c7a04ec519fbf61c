package org.mathlens.explorables.transforms;

import static org.mathlens.explorables.transforms.EigenWords.b;
import static org.mathlens.explorables.transforms.EigenWords.sub;

import javafx.beans.value.ObservableLongValue;
import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;

/**
 * The eigen pane for a 3×3 A: the unit sphere and the ellipsoid it becomes, the eigen-lines
 * with their λ, and x travelling v₁ → v₂ → v₃ → v₁ with Ax beside it.
 */
final class EigenSpace {
    private final EigenModel model;

    private EigenSpace(EigenModel model) {
        this.model = model;
    }

    static View3D build(EigenModel model, ObservableLongValue revision) {
        return View3D.of(revision, 3.2, new EigenSpace(model)::draw);
    }

    private void draw(Sketch3D s) {
        if (model.size() != 3) {
            return;
        }
        Palette pal = s.palette();
        s.floorGrid(3, 1);
        s.axes(3);
        s.points(model.spherePoints(), Palette.fill(pal.learner(), 0.45), 1.5, "the unit sphere, where x lives");
        s.points(model.sphereImages(), Palette.fill(pal.result(), 0.55), 2, "the ellipsoid: the sphere after A");
        Color[] roles = {pal.first(), pal.second(), pal.extra()};
        for (int k = 0; k < 3; k++) {
            double[] v = model.verifiedVector(k);
            if (v == null) {
                continue;
            }
            double r = 2.8;
            s.line(-r * v[0], -r * v[1], -r * v[2], r * v[0], r * v[1], r * v[2], roles[k], 2).dashed()
                    .named("eigen-line " + (k + 1) + ": A v" + sub(k) + " = " + b(model.real(k)) + " v" + sub(k));
            s.label("λ" + sub(k) + " = " + b(model.real(k)), r * v[0], r * v[1], r * v[2], roles[k]).bold().offset(6, -10);
        }
        double[] x = model.x();
        double[] ax = model.ax();
        boolean aligned = model.isAligned();
        if (aligned) {
            double reach = Math.max(1, Math.sqrt(ax[0] * ax[0] + ax[1] * ax[1] + ax[2] * ax[2])) + 0.3;
            s.line(-reach * x[0], -reach * x[1], -reach * x[2], reach * x[0], reach * x[1], reach * x[2],
                    Palette.fill(pal.extra(), 0.4), 9).named("x and Ax on one line: an eigen-direction");
        }
        s.arrow(0, 0, 0, ax[0], ax[1], ax[2], pal.result(), 3.5).named("Ax: where A sends x");
        s.arrow(0, 0, 0, x[0], x[1], x[2], pal.learner(), 3.5).named("x: a unit vector on the sphere (angle moves it)");
        s.label("Ax", ax[0], ax[1], ax[2], pal.result()).bold().offset(8, -8);
        s.label("x", x[0], x[1], x[2], pal.learner()).bold().offset(8, -8);
        double lx = s.ui(16);
        double ly = s.ui(22);
        double line = s.ui(22);
        s.screenLabel("x = (" + b(x[0]) + ", " + b(x[1]) + ", " + b(x[2]) + "),  angle " + Numbers.brief(model.angle(), 1) + "°", lx, ly, pal.learner()).bold();
        s.screenLabel("Ax = (" + b(ax[0]) + ", " + b(ax[1]) + ", " + b(ax[2]) + ")", lx, ly + line, pal.result()).bold();
        s.screenLabel("angle between the lines of x and Ax = " + Numbers.brief(model.misalignmentDegrees(), 1) + "°", lx, ly + 2 * line, pal.text()).bold();
        for (int k = 0; k < 3; k++) {
            String text = model.failure() != null && k > 0 ? "" : EigenWords.eigenLine(model, k);
            s.screenLabel(text, lx, ly + (3 + k) * line, roles[k]).bold();
        }
        String caption = model.failure() != null ? "x and Ax only: the eigenvalues could not be computed"
                : model.isDefective() ? "a repeated λ with fewer eigen-lines than dimensions: A shears"
                : !model.isReal() ? model.complexSentence()
                : aligned ? "x lies on an eigen-line: A only stretches it, Ax = λx with λ = " + b(model.alignedLambda())
                : "x travels v₁ → v₂ → v₃ → v₁ on the sphere; Ax lines up with x at each";
        s.screenLabel(caption, lx, ly + 6 * line, model.isReal() ? pal.text() : pal.warning()).bold();
    }
}
