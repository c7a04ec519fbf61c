package org.mathlens.explorables.transforms;

import javafx.beans.value.ObservableLongValue;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * The 2×2 determinant's plane: the grid bent by the matrix drawn, the unit square's image
 * shaded with its area written inside, the turn from a₁ to a₂, and handles on the columns.
 * Everything is read from the model's matrix drawn, M(A, t), on every redraw.
 */
final class DeterminantPlane {
    private final DeterminantModel model;
    private final double[] px = new double[4];
    private final double[] py = new double[4];

    private DeterminantPlane(DeterminantModel model) {
        this.model = model;
    }

    /** The plane; {@code moveColumn} receives (column, x, y) when a handle is dragged. */
    static Plane build(DeterminantModel model, ObservableLongValue revision, UndoHistory history, ColumnMove moveColumn) {
        DeterminantPlane d = new DeterminantPlane(model);
        Plane p = new Plane();
        p.setHome(-4.5, 5.5, -3.5, 4.5);
        p.follow(revision);
        p.setHistory(history);
        p.add(new TransformedGrid(d::matrix).withoutSquare());
        p.add(d.new Square());
        p.add(new Arrow("a₁ = A·e₁, the first column of A: where (1, 0) lands", () -> Vec2.ZERO,
                () -> d.col(0), Palette::first, 3.5, () -> d.name() + "·e₁"));
        p.add(new Arrow("a₂ = A·e₂, the second column of A: where (0, 1) lands", () -> Vec2.ZERO,
                () -> d.col(1), Palette::second, 3.5, () -> d.name() + "·e₂"));
        p.add(new Caption(model::drawnShapeSentence, d::captionColour, 0));
        p.add(new Legend()
                .add(Palette::first, () -> d.name() + "·e₁ = " + pair(d.col(0)))
                .add(Palette::second, () -> d.name() + "·e₂ = " + pair(d.col(1)))
                .add(d::areaColour, () -> "det " + d.name() + " = " + model.drawnFormula() + " = " + Numbers.brief(model.drawnDet(), 4))
                .add(d::areaColour, () -> "area = |det " + d.name() + "| = " + Numbers.brief(Math.abs(model.drawnDet()), 4)));
        p.addHandle(new Handle("A·e₁: drag to change column 1 of A", Palette::first,
                () -> d.col(0).toArray(), (x, y) -> moveColumn.accept(0, x, y)));
        p.addHandle(new Handle("A·e₂: drag to change column 2 of A", Palette::second,
                () -> d.col(1).toArray(), (x, y) -> moveColumn.accept(1, x, y)));
        return p;
    }

    /** Where a dragged column handle went. */
    interface ColumnMove {
        void accept(int column, double x, double y);
    }

    /** The matrix drawn, or null (nothing drawn) when A is not 2×2. */
    private double[][] matrix() {
        return model.size() == 2 ? model.drawn() : null;
    }

    /** A at rest, M = (1 − s)I + sA while play carries the plane from I to A. */
    private String name() {
        return model.drawsA() ? "A" : "M";
    }

    private Vec2 col(int j) {
        return model.size() == 2 ? new Vec2(model.drawnEntry(0, j), model.drawnEntry(1, j)) : Vec2.ZERO;
    }

    private Color areaColour(Palette pal) {
        return model.drawnDet() < 0 ? pal.warning() : pal.result();
    }

    private Color captionColour(Palette pal) {
        return model.drawnDet() <= 0 ? pal.warning() : pal.textMuted();
    }

    private static String pair(Vec2 w) {
        return Numbers.pair(w.x(), w.y(), 2);
    }

    /** The unit square before (dashed) and after the matrix drawn (shaded, its area inside). */
    private final class Square implements Drawable {
        @Override
        public void draw(Painter p) {
            if (model.size() != 2) {
                return;
            }
            Palette pal = p.palette();
            Color muted = pal.textMuted();
            p.dashedLine(0, 0, 1, 0, muted, 1.5);
            p.dashedLine(1, 0, 1, 1, muted, 1.5);
            p.dashedLine(1, 1, 0, 1, muted, 1.5);
            p.dashedLine(0, 1, 0, 0, muted, 1.5);
            Vec2 u = col(0);
            Vec2 v = col(1);
            Vec2 s = u.plus(v);
            Color c = areaColour(pal);
            if (model.drawnDet() == 0) {
                flattened(p, u, v, s);
                return;
            }
            px[1] = u.x();
            py[1] = u.y();
            px[2] = s.x();
            py[2] = s.y();
            px[3] = v.x();
            py[3] = v.y();
            p.polygon(px, py, 4, Palette.fill(c, 0.28), c, 2.5);
            turn(p, u, v, c);
            p.screenLabel("area " + Numbers.brief(Math.abs(model.drawnDet()), 3),
                    p.sx(s.x() / 2), p.sy(s.y() / 2), c, true, TextAlignment.CENTER);
        }

        /** The image is a segment (or the origin), drawn thick between its furthest corners. */
        private void flattened(Painter p, Vec2 u, Vec2 v, Vec2 s) {
            double[] xs = {0, u.x(), v.x(), s.x()};
            double[] ys = {0, u.y(), v.y(), s.y()};
            int lo = 0;
            int hi = 0;
            for (int i = 1; i < 4; i++) {
                double key = xs[i] + 1e-3 * ys[i];
                if (key < xs[lo] + 1e-3 * ys[lo]) {
                    lo = i;
                }
                if (key > xs[hi] + 1e-3 * ys[hi]) {
                    hi = i;
                }
            }
            Palette pal = p.palette();
            p.line(xs[lo], ys[lo], xs[hi], ys[hi], Palette.fill(pal.warning(), 0.55), 7);
            p.dot(0, 0, 6, pal.warning());
        }

        /** A small arc from a₁ towards a₂: counter-clockwise keeps orientation, clockwise turns it over. */
        private void turn(Painter p, Vec2 u, Vec2 v, Color c) {
            double r = Math.min(0.45, 0.35 * Math.min(u.norm(), v.norm()));
            if (!(r > 0.05)) {
                return;
            }
            double t0 = Math.atan2(u.y(), u.x());
            double d = Math.IEEEremainder(Math.atan2(v.y(), v.x()) - t0, 2 * Math.PI);
            int n = 14;
            double lx = r * Math.cos(t0);
            double ly = r * Math.sin(t0);
            for (int i = 1; i <= n; i++) {
                double t = t0 + d * i / n;
                double nx = r * Math.cos(t);
                double ny = r * Math.sin(t);
                if (i == n) {
                    p.arrow(lx, ly, nx, ny, c, 2);
                } else {
                    p.line(lx, ly, nx, ny, c, 2);
                }
                lx = nx;
                ly = ny;
            }
        }

        @Override
        public String name() {
            if (model.size() != 2) {
                return null;
            }
            return model.drawnDet() == 0 ? "the image of the unit square: flattened, area 0"
                    : DeterminantPlane.this.name() + " · unit square: a parallelogram of area |det "
                    + DeterminantPlane.this.name() + "| = "
                    + Numbers.brief(Math.abs(model.drawnDet()), 3) + (model.drawnDet() < 0 ? ", turned over" : "");
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            return model.inImageOfUnitSquare(p.view().wx(sx), p.view().wy(sy));
        }
    }
}
