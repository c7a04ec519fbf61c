package org.mathlens.explorables.vectors;

import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;

/** The 2×2 system in the plane: its two lines as they stand during the elimination, and the solution. */
final class LinearSystems2D {
    private LinearSystems2D() {
    }

    /** Line i of the 2D system as it stands now: a·x + b·y = c, across the whole view. */
    static final class Line2 implements Drawable {
        private final LinearSystemsModel model;
        private final Supplier<double[][]> shown;
        private final int i;
        private String name;

        Line2(LinearSystemsModel model, Supplier<double[][]> shown, int i) {
            this.model = model;
            this.shown = shown;
            this.i = i;
        }

        private boolean coincidesWithFirst(double[][] s) {
            double[] r0 = s[0];
            double[] r1 = s[1];
            double cross1 = r0[0] * r1[1] - r0[1] * r1[0];
            double cross2 = r0[0] * r1[2] - r0[2] * r1[0];
            double cross3 = r0[1] * r1[2] - r0[2] * r1[1];
            double scale = 1e-9 * (1 + Math.abs(r0[0]) + Math.abs(r0[1]) + Math.abs(r0[2]))
                    * (1 + Math.abs(r1[0]) + Math.abs(r1[1]) + Math.abs(r1[2]));
            return Math.abs(cross1) <= scale && Math.abs(cross2) <= scale && Math.abs(cross3) <= scale;
        }

        @Override
        public void draw(Painter p) {
            if (model.n() != 2) {
                name = null;
                return;
            }
            double[][] s = shown.get();
            double a = s[i][0];
            double b = s[i][1];
            double c = s[i][2];
            double len2 = a * a + b * b;
            String eq = LinearSystemsModel.equation(s[i], 2);
            name = "equation " + (i + 1) + " (" + LinearSystemsModel.row(i) + "): " + eq;
            if (!(len2 > 1e-18)) {
                return; // 0 = c: no line to draw; the card and the verdict say what it means
            }
            double px = c * a / len2;
            double py = c * b / len2;
            Color color = LinearSystemsExplorable.role(p.palette(), i);
            boolean dashed = i == 1 && coincidesWithFirst(s);
            if (dashed) {
                double reach = 2 * Math.hypot(p.view().maxX() - p.view().minX(), p.view().maxY() - p.view().minY())
                        + Math.hypot(px - p.view().centerX(), py - p.view().centerY());
                double ux = -b / Math.sqrt(len2) * reach;
                double uy = a / Math.sqrt(len2) * reach;
                p.dashedLine(px - ux, py - uy, px + ux, py + uy, color, 3);
            } else {
                p.infiniteLine(px, py, -b, a, color, i == 0 ? 3 : 2.5);
            }
            labelOnLine(p, px, py, -b, a, eq, color);
        }

        /** The equation beside the visible part of the line: far along it for line 1, early for line 2. */
        private void labelOnLine(Painter p, double px, double py, double dx, double dy, String text, Color color) {
            double len = Math.hypot(dx, dy);
            dx /= len;
            dy /= len;
            double m = 0.12;
            double w = p.view().maxX() - p.view().minX();
            double h = p.view().maxY() - p.view().minY();
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            double[][] slabs = {
                {px, dx, p.view().minX() + m * w, p.view().maxX() - 0.3 * w},
                {py, dy, p.view().minY() + m * h, p.view().maxY() - m * h}};
            for (double[] sl : slabs) {
                if (Math.abs(sl[1]) < 1e-12) {
                    if (sl[0] < sl[2] || sl[0] > sl[3]) {
                        return;
                    }
                    continue;
                }
                double t1 = (sl[2] - sl[0]) / sl[1];
                double t2 = (sl[3] - sl[0]) / sl[1];
                lo = Math.max(lo, Math.min(t1, t2));
                hi = Math.min(hi, Math.max(t1, t2));
            }
            if (!(lo <= hi)) {
                return;
            }
            double t = lo + (i == 0 ? 0.85 : 0.2) * (hi - lo);
            // on the upper-left side of the line, away from it by a few pixels
            double nx = -dy;
            double ny = dx;
            if (ny < 0) {
                nx = -nx;
                ny = -ny;
            }
            p.label(text, px + t * dx, py + t * dy, nx * 14 - 4, -ny * 14 - 6, color, true);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (model.n() != 2) {
                return false;
            }
            double[] r = shown.get()[i];
            double len = Math.hypot(r[0], r[1]);
            if (!(len > 1e-9)) {
                return false;
            }
            double wx = p.view().wx(sx);
            double wy = p.view().wy(sy);
            return Math.abs(r[0] * wx + r[1] * wy - r[2]) / len * p.view().scale() <= p.ui(6);
        }
    }

    /** The one solution: every line the elimination produces passes through it. */
    static final class SolutionDot implements Drawable {
        private final LinearSystemsModel model;

        SolutionDot(LinearSystemsModel model) {
            this.model = model;
        }

        @Override
        public void draw(Painter p) {
            double[] x = model.solution();
            if (model.n() != 2 || x == null) {
                return;
            }
            Color c = p.palette().result();
            p.dot(x[0], x[1], 7, p.palette().background());
            p.dot(x[0], x[1], 5.5, c);
            p.label(LinearSystemsModel.point(x), x[0], x[1], 12, 16, c, true);
        }

        @Override
        public String name() {
            double[] x = model.solution();
            return x == null || model.n() != 2 ? null : "solution " + LinearSystemsModel.point(x) + ": on both lines";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] x = model.solution();
            return x != null && model.n() == 2 && Math.hypot(p.sx(x[0]) - sx, p.sy(x[1]) - sy) <= p.ui(10);
        }
    }
}
