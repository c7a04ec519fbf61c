package org.mathlens.explorables.transforms;

import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * The layers of the eigendecomposition's plane beyond the bent grid: the eigen-lines, the fan of
 * Aᵏx, and the ghosts of the unit square after each move done. Each reads the model only.
 */
final class EigendecompositionPicture {
    /** Where the fan of sample directions is drawn (world units from the origin). */
    static final double FAN = 3.2;

    private EigendecompositionPicture() {
    }

    /** The eigen-directions of A as whole dashed lines, a right-angle mark when they are perpendicular. */
    static final class EigenLines implements Drawable {
        private final EigendecompositionModel model;

        EigenLines(EigendecompositionModel model) {
            this.model = model;
        }

        @Override
        public void draw(Painter p) {
            double[] e1 = model.eigenvector(0);
            if (e1 == null) {
                return;
            }
            double[] e2 = model.eigenvector(1);
            Palette pal = p.palette();
            var v = p.view();
            double reach = Math.hypot(v.maxX() - v.minX(), v.maxY() - v.minY()) + Math.hypot(v.centerX(), v.centerY());
            p.dashedLine(-reach * e1[0], -reach * e1[1], reach * e1[0], reach * e1[1], Palette.fill(pal.first(), 0.75), 1.5);
            if (model.kind() == EigendecompositionModel.Kind.DIAGONALIZABLE) {
                p.dashedLine(-reach * e2[0], -reach * e2[1], reach * e2[0], reach * e2[1], Palette.fill(pal.second(), 0.75), 1.5);
                p.arrow(0, 0, e1[0], e1[1], Palette.fill(pal.first(), 0.6), 2);
                p.arrow(0, 0, e2[0], e2[1], Palette.fill(pal.second(), 0.6), 2);
                if (model.isSymmetric()) {
                    p.rightAngle(0, 0, e1[0], e1[1], e2[0], e2[1], pal.text());
                }
            }
        }

        @Override
        public String name() {
            return "an eigen-direction: A only stretches vectors on this line";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] e1 = model.eigenvector(0);
            if (e1 == null) {
                return false;
            }
            double[] e2 = model.eigenvector(1);
            double r = 50;
            return p.pixelDistanceToSegment(sx, sy, -r * e1[0], -r * e1[1], r * e1[0], r * e1[1]) <= p.ui(5)
                    || p.pixelDistanceToSegment(sx, sy, -r * e2[0], -r * e2[1], r * e2[0], r * e2[1]) <= p.ui(5);
        }
    }

    /** The fan shows once k ≥ 1 and the three moves are done (it would hide them). */
    private static boolean fanShown(EigendecompositionModel model) {
        return model.k() >= 1 && model.atRest();
    }

    /** The sample directions x (hollow dots on a circle) and where Aᵏx points (thin arrows), shown at rest. */
    static final class Fan implements Drawable {
        private final EigendecompositionModel model;

        Fan(EigendecompositionModel model) {
            this.model = model;
        }

        @Override
        public void draw(Painter p) {
            if (!fanShown(model)) {
                return;
            }
            Palette pal = p.palette();
            var line = Palette.fill(pal.learner(), 0.85);
            var ring = Palette.fill(pal.learner(), 0.35);
            p.circle(0, 0, FAN, null, ring, 1);
            for (int i = 0; i < EigendecompositionModel.SAMPLES; i++) {
                double x = model.imageX(i);
                double y = model.imageY(i);
                p.dot(FAN * model.sampleX(i), FAN * model.sampleY(i), 3, ring);
                if (x == 0 && y == 0) {
                    p.dot(0, 0, 4, line);
                } else {
                    p.arrow(0, 0, FAN * x, FAN * y, line, 1.5);
                }
            }
        }

        @Override
        public String name() {
            return "A" + EigendecompositionModel.superscript(model.k()) + "x for 8 directions x, scaled to the same length";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (!fanShown(model)) {
                return false;
            }
            for (int i = 0; i < EigendecompositionModel.SAMPLES; i++) {
                if (p.pixelDistanceToSegment(sx, sy, 0, 0, FAN * model.imageX(i), FAN * model.imageY(i)) <= p.ui(4)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The unit square after each move done (faint, numbered 1 and 2; 0 dashed is before A), so
     * the three moves read at rest as well as in play.
     */
    static final class Ghosts implements Drawable {
        private final EigendecompositionModel model;

        Ghosts(EigendecompositionModel model) {
            this.model = model;
        }

        private final double[] xs = new double[4];
        private final double[] ys = new double[4];

        @Override
        public void draw(Painter p) {
            if (model.afterMove(0) == null) {
                return;
            }
            Palette pal = p.palette();
            int done = (int) Math.floor(model.stage() + 1e-9);
            for (int i = 1; i <= Math.min(2, done); i++) {
                double[][] m = model.afterMove(i);
                square(m);
                var c = i == 1 ? pal.first() : pal.second();
                p.polygon(xs, ys, 4, Palette.fill(c, 0.08), Palette.fill(c, 0.7), 1.5);
                p.label(i == 1 ? "1: V⁻¹" : "2: ΛV⁻¹", xs[2] / 2, ys[2] / 2, 0, 0, Palette.fill(c, 0.95), true);
            }
        }

        private void square(double[][] m) {
            double[] ux = {0, 1, 1, 0};
            double[] uy = {0, 0, 1, 1};
            for (int k = 0; k < 4; k++) {
                xs[k] = m[0][0] * ux[k] + m[0][1] * uy[k];
                ys[k] = m[1][0] * ux[k] + m[1][1] * uy[k];
            }
        }

        @Override
        public String name() {
            return "the unit square after each move done: 1 after V⁻¹, 2 after ΛV⁻¹";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            return false;
        }
    }

}
