package org.mathlens.explorables.transforms;

import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.TransformedGrid;

/** The affine pane's layers beyond the bent grid: the F after each step done, and two parallel lines. */
final class AffinePicture {
    /** The two parallel segments carried with the shape: y = −0.3 and y = 1.3, x from −0.5 to 1.5. */
    private static final double[][] LINES = {{-0.5, -0.3, 1.5, -0.3}, {-0.5, 1.3, 1.5, 1.3}};

    private AffinePicture() {
    }

    /** The F before the chain (dashed, 0) and after each step done so far (faint, numbered). */
    static final class Ghosts implements Drawable {
        private final AffineModel model;

        private final double[] xs = new double[10];
        private final double[] ys = new double[10];

        Ghosts(AffineModel model) {
            this.model = model;
        }

        @Override
        public void draw(Painter p) {
            Palette pal = p.palette();
            int n = model.size();
            int done = (int) Math.floor(model.progress() + 1e-9);
            for (int i = 0; i <= Math.min(done, n); i++) {
                double[][] m = model.prefix(i);
                boolean start = i == 0;
                if (i < n || n == 0) {
                    double[] f = TransformedGrid.LETTER_F[0];
                    double[] g = TransformedGrid.LETTER_F[1];
                    for (int k = 0; k < f.length; k++) {
                        xs[k] = m[0][0] * f[k] + m[0][1] * g[k] + m[0][2];
                        ys[k] = m[1][0] * f[k] + m[1][1] * g[k] + m[1][2];
                    }
                    p.polygon(xs, ys, f.length, start ? null : Palette.fill(pal.result(), 0.12),
                            Palette.fill(start ? pal.textMuted() : pal.result(), start ? 0.9 : 0.6), start ? 1.5 : 1);
                }
                double cx = m[0][0] * 0.5 + m[0][1] * 0.5 + m[0][2];
                double cy = m[1][0] * 0.5 + m[1][1] * 0.5 + m[1][2];
                p.label(Integer.toString(i), cx, cy, -4, 0, start ? pal.textMuted() : pal.text(), true);
            }
        }

        @Override
        public String name() {
            return "the F after each step, numbered (0: before the chain)";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            for (int i = 0; i <= model.size(); i++) {
                double[][] m = model.prefix(i);
                double cx = m[0][0] * 0.5 + m[0][1] * 0.5 + m[0][2];
                double cy = m[1][0] * 0.5 + m[1][1] * 0.5 + m[1][2];
                if (Math.hypot(p.sx(cx) - sx, p.sy(cy) - sy) < p.ui(10)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The two parallel segments under the map drawn now: parallel before, parallel after. */
    static final class Parallels implements Drawable {
        private final AffineModel model;

        Parallels(AffineModel model) {
            this.model = model;
        }

        @Override
        public void draw(Painter p) {
            double[][] shown = model.drawn();
            var c = p.palette().learner();
            for (double[] s : LINES) {
                double x1 = shown[0][0] * s[0] + shown[0][1] * s[1] + shown[0][2];
                double y1 = shown[1][0] * s[0] + shown[1][1] * s[1] + shown[1][2];
                double x2 = shown[0][0] * s[2] + shown[0][1] * s[3] + shown[0][2];
                double y2 = shown[1][0] * s[2] + shown[1][1] * s[3] + shown[1][2];
                p.line(x1, y1, x2, y2, c, 2.5);
            }
            double x = shown[0][0] * 1.5 + shown[0][1] * 1.3 + shown[0][2];
            double y = shown[1][0] * 1.5 + shown[1][1] * 1.3 + shown[1][2];
            p.label("∥", x, y, 6, -6, c, true);
        }

        @Override
        public String name() {
            return "two parallel lines: an affine map keeps them parallel";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[][] shown = model.drawn();
            for (double[] s : LINES) {
                double x1 = shown[0][0] * s[0] + shown[0][1] * s[1] + shown[0][2];
                double y1 = shown[1][0] * s[0] + shown[1][1] * s[1] + shown[1][2];
                double x2 = shown[0][0] * s[2] + shown[0][1] * s[3] + shown[0][2];
                double y2 = shown[1][0] * s[2] + shown[1][1] * s[3] + shown[1][2];
                if (p.pixelDistanceToSegment(sx, sy, x1, y1, x2, y2) <= p.ui(5)) {
                    return true;
                }
            }
            return false;
        }
    }

}
