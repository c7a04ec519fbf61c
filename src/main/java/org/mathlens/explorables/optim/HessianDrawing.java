package org.mathlens.explorables.optim;

import java.util.function.LongSupplier;
import javafx.scene.paint.Color;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The Hessian view of the jacobian-hessian pane: f's contour map with the Hessian's
 * eigenvectors at the point, the principal directions of curvature labelled with their
 * eigenvalues, and a card with H, λ₁, λ₂ and the second-derivative test, all read from the model.
 */
final class HessianDrawing {
    private final JacobianHessianModel model;

    private HessianDrawing(JacobianHessianModel model) {
        this.model = model;
    }

    /** Adds f's contour map, the two principal directions and the card of H, λ and the kind to the plane. */
    static void addTo(Plane plane, JacobianHessianModel model, LongSupplier fVersion) {
        HessianDrawing d = new HessianDrawing(model);
        plane.add(new ContourMap(model::f, fVersion, ContourMap.Levels.QUANTILE, 14));
        plane.add(d.new Direction(0));
        plane.add(d.new Direction(1));
        plane.add(new Card(Card.Corner.TOP_LEFT, d::lines));
    }

    private Card.Line[] lines() {
        if (!model.hessianDefined()) {
            return new Card.Line[] {
                new Card.Line("f = " + model.function().text(), Palette::text, true),
                new Card.Line(model.functionProblem() != null ? model.functionProblem() : "the Hessian is undefined at this point",
                        Palette::warning, true)};
        }
        double[][] h = model.hessian();
        double[] g = model.gradient();
        double ratio = model.curvatureRatio();
        return new Card.Line[] {
            new Card.Line("f = " + model.function().text() + " at (" + Numbers.brief(model.x(), 2) + ", " + Numbers.brief(model.y(), 2) + ")",
                    Palette::text, true),
            new Card.Line("H = [[" + Numbers.label(h[0][0]) + ", " + Numbers.label(h[0][1]) + "], ["
                    + Numbers.label(h[1][0]) + ", " + Numbers.label(h[1][1]) + "]]", Palette::text, false),
            // label, not brief: a curvature of 2e-10 must not read as the 0 the words deny
            new Card.Line("λ₁ = " + Numbers.label(model.lambda(0)), Palette::result, false),
            new Card.Line("λ₂ = " + Numbers.label(model.lambda(1)), Palette::extra, false),
            model.isCritical() ? new Card.Line(model.kindWords() + ": " + model.kind().reason(), Palette::text, true)
                    : new Card.Line("not a critical point: H " + model.shapeWords() + " here", Palette::text, true),
            Double.isNaN(ratio) ? null : new Card.Line("|λ| ratio (condition number) " + Numbers.brief(ratio, 3), Palette::textMuted, false),
            model.isCritical() ? new Card.Line("∇f = 0: a critical point", Palette::textMuted, false)
                    : new Card.Line("∇f = (" + Numbers.brief(g[0], 3) + ", " + Numbers.brief(g[1], 3)
                            + ") ≠ 0: f still slopes, so no minimum or maximum here", Palette::warning, false)};
    }

    /** One principal direction of curvature through the point, both ways, labelled with its λ. */
    private final class Direction implements Drawable {
        private final int index;
        private double ax;
        private double ay;
        private double bx;
        private double by;

        Direction(int index) {
            this.index = index;
        }

        @Override
        public void draw(Painter p) {
            double l = model.lambda(index);
            if (!Double.isFinite(l)) {
                ax = ay = bx = by = Double.NaN;
                return;
            }
            double[] d = model.direction(index);
            double len = p.ui(index == 0 ? 90 : 70) / p.view().scale();
            double x = model.x();
            double y = model.y();
            ax = x - d[0] * len;
            ay = y - d[1] * len;
            bx = x + d[0] * len;
            by = y + d[1] * len;
            Color c = index == 0 ? p.palette().result() : p.palette().extra();
            p.arrow(x, y, bx, by, c, 3);
            p.arrow(x, y, ax, ay, c, 3);
            String text = (index == 0 ? "λ₁ = " : "λ₂ = ") + Numbers.label(l) + " (" + model.curvatureWords(index) + ")";
            // label the lower end (or the right one of a level arrow): the card sits top left
            double ex = d[0];
            double ey = d[1];
            if (ey > 1e-9 || (Math.abs(ey) <= 1e-9 && ex < 0)) {
                ex = -ex;
                ey = -ey;
            }
            double tx = x + ex * len;
            double ty = y + ey * len;
            double ox = ex * 14;
            double oy = -ey * 14 + 6;
            p.label(text, tx, ty, ox < -4 ? ox - text.length() * 7.5 : ox, oy, c, true);
        }

        @Override
        public String name() {
            return "principal direction " + (index + 1) + ": curvature λ" + (index == 0 ? "₁" : "₂") + " = "
                    + Numbers.brief(model.lambda(index), 3);
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            return Double.isFinite(ax) && p.pixelDistanceToSegment(sx, sy, ax, ay, bx, by) <= p.ui(6);
        }
    }
}
