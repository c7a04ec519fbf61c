package org.mathlens.explorables.vectors;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Vec2;

/**
 * C = AB in the Falk scheme: B above and to the right, A to the left, C where A's rows meet B's
 * columns. Hovering an entry of C (or moving with the arrow keys) lights the row of A and the
 * column of B it comes from and writes the sum of products out. For two 2×2 matrices, two
 * small planes show the grid under AB and under BA, so AB ≠ BA can be seen.
 */
public final class MatrixMultiplyExplorable extends AbstractExplorable {
    private final MatrixParameter a = parameters.add(new MatrixParameter("A", "the left factor, m×n (1 to 5 each)",
            new double[][] {{1, 1}, {0, 1}}, 1, 5, 1, 5, false, 1000));
    private final MatrixParameter b = parameters.add(new MatrixParameter("B", "the right factor, n×p (1 to 5 each)",
            new double[][] {{0, -1}, {1, 0}}, 1, 5, 1, 5, false, 1000));
    private final MatrixMultiplyModel model = new MatrixMultiplyModel();
    private int selRow;
    private int selCol;
    private Sheet sheet;

    public MatrixMultiplyExplorable() {
        super("matrix-multiply", "Matrix multiplication", Section.VECTORS_AND_MATRICES,
                "Each entry of AB is a row of A times a column of B: hover an entry of C to see its sum.");
        readouts.add("product", "AB", () -> model.product() == null ? Reading.undefined() : Reading.of(model.product()))
                .add("reversed", "BA", () -> model.reversed() == null ? Reading.undefined() : Reading.of(model.reversed()));
        parametersChanged();
    }

    public MatrixMultiplyModel model() {
        return model;
    }

    /** The entry of C that is lit, row and column from 0. */
    public int[] selected() {
        return new int[] {selRow, selCol};
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get(), b.get());
        clampSelection();
    }

    private void clampSelection() {
        selRow = Math.max(0, Math.min(selRow, model.rows() - 1));
        selCol = Math.max(0, Math.min(selCol, model.cols() - 1));
    }

    /** Lights entry (i, j) of C, clamped to its size. */
    public void select(int i, int j) {
        int oldRow = selRow;
        int oldCol = selCol;
        selRow = i;
        selCol = j;
        clampSelection();
        if ((oldRow != selRow || oldCol != selCol) && sheet != null) {
            sheet.invalidate();
        }
    }

    @Override
    protected void onReset() {
        selRow = 0;
        selCol = 0;
    }

    @Override
    protected Node createView() {
        sheet = new Sheet();
        sheet.follow(revision());
        Scheme scheme = new Scheme();
        sheet.add(scheme);
        sheet.addEventHandler(MouseEvent.MOUSE_MOVED, e -> scheme.pick(e.getX(), e.getY()));
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> scheme.pick(e.getX(), e.getY()));
        sheet.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case LEFT -> select(selRow, selCol - 1);
                case RIGHT -> select(selRow, selCol + 1);
                case UP -> select(selRow - 1, selCol);
                case DOWN -> select(selRow + 1, selCol);
                default -> {
                    return;
                }
            }
            e.consume();
        });

        Plane ab = composedPlane("AB", model::product, "first B, then A");
        Plane ba = composedPlane("BA", model::reversed, "first A, then B");
        HBox planes = new HBox(6, ab, ba);
        HBox.setHgrow(ab, Priority.ALWAYS);
        HBox.setHgrow(ba, Priority.ALWAYS);
        planes.setPrefHeight(270);
        planes.setMinHeight(200);
        Runnable showPlanes = () -> {
            boolean on = model.isSquarePairOf2();
            planes.setVisible(on);
            planes.setManaged(on);
            if (on) {
                double reach = reach();
                ab.setHome(-reach, reach, -reach, reach);
                ba.setHome(-reach, reach, -reach, reach);
            }
        };
        showPlanes.run();
        revision().addListener(o -> {
            boolean on = model.isSquarePairOf2();
            if (on != planes.isVisible() || (on && lastReach != reach())) {
                showPlanes.run();
            }
        });
        VBox root = new VBox(6, sheet, planes);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        return root;
    }

    private double lastReach;

    /** Half the side of the view that holds the unit square under AB and under BA, in half units. */
    private double reach() {
        double r = 2;
        for (double[][] m : new double[][][] {model.product(), model.reversed()}) {
            if (m == null) {
                continue;
            }
            for (double[] corner : new double[][] {{1, 0}, {0, 1}, {1, 1}}) {
                r = Math.max(r, Math.abs(m[0][0] * corner[0] + m[0][1] * corner[1]) * 1.3);
                r = Math.max(r, Math.abs(m[1][0] * corner[0] + m[1][1] * corner[1]) * 1.3);
            }
        }
        lastReach = Math.ceil(r * 2) / 2;
        return lastReach;
    }

    private Plane composedPlane(String label, Supplier<double[][]> matrix, String order) {
        Plane plane = new Plane();
        plane.setPrefSize(300, 260);
        plane.setMinSize(150, 150);
        plane.follow(revision());
        plane.add(p -> {
            double[][] m = matrix.get();
            if (m == null || m.length != 2 || m[0].length != 2) {
                return;
            }
            Palette c = p.palette();
            p.polygon(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1}, 4, null, c.textMuted(), 1);
            Color lineX = Palette.fill(c.first(), 0.35);
            Color lineY = Palette.fill(c.second(), 0.35);
            for (int k = -6; k <= 6; k++) {
                // the image of the line y = k (parallel to e1) and of x = k (parallel to e2)
                p.line(m[0][0] * -6 + m[0][1] * k, m[1][0] * -6 + m[1][1] * k,
                        m[0][0] * 6 + m[0][1] * k, m[1][0] * 6 + m[1][1] * k, lineX, 1);
                p.line(m[0][0] * k + m[0][1] * -6, m[1][0] * k + m[1][1] * -6,
                        m[0][0] * k + m[0][1] * 6, m[1][0] * k + m[1][1] * 6, lineY, 1);
            }
            p.polygon(new double[] {0, m[0][0], m[0][0] + m[0][1], m[0][1]},
                    new double[] {0, m[1][0], m[1][0] + m[1][1], m[1][1]}, 4,
                    Palette.fill(c.result(), 0.28), c.result(), 2);
        });
        plane.add(new Drawable() {
            @Override
            public void draw(Painter p) {
            }

            @Override
            public String name() {
                double[][] m = matrix.get();
                return m == null ? null : "the unit square under " + label + " (" + order + "): area |det " + label + "| = "
                        + Numbers.brief(Math.abs(m[0][0] * m[1][1] - m[0][1] * m[1][0]), 3);
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                double[][] m = matrix.get();
                if (m == null || m.length != 2 || m[0].length != 2) {
                    return false;
                }
                double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
                if (Math.abs(det) < 1e-12) {
                    return false;
                }
                double x = p.view().wx(sx);
                double y = p.view().wy(sy);
                double u = (m[1][1] * x - m[0][1] * y) / det;
                double v = (-m[1][0] * x + m[0][0] * y) / det;
                return u >= 0 && u <= 1 && v >= 0 && v <= 1;
            }
        });
        plane.add(Arrow.fromOrigin(label + "·e₁: the first column of " + label, () -> column(matrix.get(), 0),
                Palette::first, 3, label + "·e₁"));
        plane.add(Arrow.fromOrigin(label + "·e₂: the second column of " + label, () -> column(matrix.get(), 1),
                Palette::second, 3, label + "·e₂"));
        plane.add(new Legend()
                .add(Palette::result, () -> label + " = " + brief(matrix.get()))
                .add(Palette::text, () -> order + (model.commutes() ? " (AB = BA here)" : "")));
        return plane;
    }

    private static Vec2 column(double[][] m, int j) {
        return m == null || m.length != 2 || m[0].length != 2 ? Vec2.ZERO : new Vec2(m[0][j], m[1][j]);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String brief(double[][] m) {
        if (m == null) {
            return "undefined";
        }
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            s.append(i > 0 ? ", [" : "[");
            for (int j = 0; j < m[i].length; j++) {
                s.append(j > 0 ? ", " : "").append(Numbers.brief(m[i][j], 2));
            }
            s.append(']');
        }
        return s.append(']').toString();
    }

    /** Cycles through entries of C while A's corner sweeps, as a learner hovering and typing would. */
    @Override
    public void benchFrame(int frame) {
        double t = (frame % 40) / 10.0 - 2;
        a.set(new double[][] {{1, t}, {0, 1}});
        select((frame / 7) % 2, (frame / 3) % 2);
        if (sheet != null) {
            sheet.refreshHover();
        }
    }

    /** The three matrices laid out and drawn, and what lies under the mouse. */
    private final class Scheme implements Drawable {
        private double cw;
        private double ch;
        private double xA;
        private double yA;
        private double xB;
        private double yB;
        private String hitName;

        private double z = 1;

        private void layout(Sheet s) {
            double widest = 0;
            for (double[][] m : new double[][][] {model.a(), model.b(), model.product()}) {
                if (m == null) {
                    continue;
                }
                for (double[] row : m) {
                    for (double x : row) {
                        widest = Math.max(widest, s.textWidth(Numbers.brief(x, 2), 15, false));
                    }
                }
            }
            int n = model.inner();
            int m = model.rows();
            int q = model.cols();
            double cw1 = Math.max(s.ui(40), widest + s.ui(20));
            double ch1 = s.ui(30);
            double gap1 = s.ui(30);
            double labelRoom1 = s.textWidth("B  5×5", 14, true) + s.ui(24);
            double needW = model.defined() ? Math.max(labelRoom1, n * cw1) + gap1 + q * cw1 : n * cw1 + 2 * gap1 + q * cw1;
            double needH = model.defined() ? (n + m) * ch1 + gap1 + s.ui(170) : Math.max(m, model.b().length) * ch1 + s.ui(160);
            z = Math.max(0.75, Math.min(1.6, Math.min((s.getWidth() - s.ui(32)) / needW, s.getHeight() / needH)));
            cw = cw1 * z;
            ch = ch1 * z;
            double gap = gap1 * z;
            if (model.defined()) {
                double labelRoom = labelRoom1 * z;
                double w = Math.max(labelRoom, n * cw) + gap + q * cw;
                double left = Math.max(s.ui(16), (s.getWidth() - w) / 2);
                xA = left + Math.max(0, labelRoom - n * cw);
                yB = s.ui(24);
                xB = xA + n * cw + gap;
                yA = yB + n * ch + gap;
            } else {
                double w = n * cw + gap * 2 + q * cw;
                xA = Math.max(s.ui(16), (s.getWidth() - w) / 2);
                yA = s.ui(56);
                xB = xA + n * cw + gap * 2;
                yB = yA;
            }
        }

        @Override
        public void draw(Painter p) {
            layout(sheet);
            Sheet s = sheet;
            Palette c = s.palette();
            int m = model.rows();
            int n = model.inner();
            int q = model.cols();
            if (!model.defined()) {
                drawMatrix(s, model.a(), xA, yA, c.text(), -1, -1, null);
                drawMatrix(s, model.b(), xB, yB, c.text(), -1, -1, null);
                s.text("A  " + Linalg.shape(model.a()), xA, yA - s.ui(20), 14 * z, true, c.first(), TextAlignment.LEFT);
                s.text("B  " + Linalg.shape(model.b()), xB, yB - s.ui(20), 14 * z, true, c.second(), TextAlignment.LEFT);
                s.text("·", (xA + n * cw + xB) / 2, yA + Math.min(m, model.b().length) * ch / 2, 22 * z, true, c.text(), TextAlignment.CENTER);
                double below = yA + Math.max(m, model.b().length) * ch + s.ui(52);
                s.text(model.mismatch(), xA, below, 15 * Math.min(z, 1.15), true, c.warning(), TextAlignment.LEFT);
                s.text(plural(n, "column"), xA + n * cw / 2, yA + m * ch + s.ui(14), 13, true, c.warning(), TextAlignment.CENTER);
                s.text(plural(model.b().length, "row"), xB + q * cw + s.ui(12), yB + model.b().length * ch / 2, 13, true,
                        c.warning(), TextAlignment.LEFT);
                s.text("AB pairs each row of A entry by entry with a column of B,", xA, below + s.ui(26), 13, false,
                        c.textMuted(), TextAlignment.LEFT);
                s.text("so A needs as many columns as B has rows. Resize A or B to make them agree.", xA, below + s.ui(46), 13,
                        false, c.textMuted(), TextAlignment.LEFT);
                return;
            }
            double xC = xB;
            double yC = yA;
            // the lit row of A and column of B, and the guides that lead them to c_ij
            s.box(xA - s.ui(2), yA + selRow * ch + s.ui(2), n * cw + s.ui(4), ch - s.ui(4), Palette.fill(c.first(), 0.16), c.first());
            s.box(xB + selCol * cw + s.ui(2), yB - s.ui(2), cw - s.ui(4), n * ch + s.ui(4), Palette.fill(c.second(), 0.16), c.second());
            s.box(xC + selCol * cw + s.ui(2), yC + selRow * ch + s.ui(2), cw - s.ui(4), ch - s.ui(4), Palette.fill(c.result(), 0.22), c.result());
            var g = s.gc();
            g.setLineDashes(s.ui(4), s.ui(4));
            g.setLineWidth(s.ui(1.2));
            g.setStroke(Palette.fill(c.first(), 0.7));
            g.strokeLine(xA + n * cw + s.ui(3), yA + (selRow + 0.5) * ch, xC + selCol * cw + s.ui(2), yC + (selRow + 0.5) * ch);
            g.setStroke(Palette.fill(c.second(), 0.7));
            g.strokeLine(xB + (selCol + 0.5) * cw, yB + n * ch + s.ui(3), xB + (selCol + 0.5) * cw, yC + selRow * ch + s.ui(2));
            g.setLineDashes((double[]) null);
            drawMatrix(s, model.a(), xA, yA, c.text(), selRow, -1, c.first());
            drawMatrix(s, model.b(), xB, yB, c.text(), -1, selCol, c.second());
            drawMatrix(s, model.product(), xC, yC, c.text(), -2, -2, null);
            s.text(Numbers.brief(model.product()[selRow][selCol], 2), xC + (selCol + 0.5) * cw, yC + (selRow + 0.5) * ch,
                    15 * z, true, c.text(), TextAlignment.CENTER);
            s.text("B  " + Linalg.shape(model.b()), xB - s.ui(14), yB + n * ch / 2, 14 * z, true, c.second(), TextAlignment.RIGHT);
            s.text("A  " + Linalg.shape(model.a()), xA, yA - s.ui(16), 14 * z, true, c.first(), TextAlignment.LEFT);
            s.text("C = AB  " + m + "×" + q, xC, yC + m * ch + s.ui(16) * z, 14 * z, true, c.result(), TextAlignment.LEFT);
            double y = yC + m * ch + s.ui(34) + s.ui(18) * z;
            double x = Math.max(s.ui(16), xA - s.ui(8));
            double zs = Math.min(z, 1.3);
            s.text(model.symbolicSum(selRow, selCol), x, y, 15 * zs, true, c.result(), TextAlignment.LEFT);
            s.text("   " + model.numericSum(selRow, selCol), x, y + s.ui(26) * zs, 15 * zs, false, c.text(), TextAlignment.LEFT);
            y += s.ui(26) * zs - s.ui(24);
            s.text("row " + (selRow + 1) + " of A times column " + (selCol + 1) + " of B, entry by entry, added up",
                    x, y + s.ui(48), 13, false, c.textMuted(), TextAlignment.LEFT);
            s.text("hover an entry of C, or click the picture and use the arrow keys", x, y + s.ui(68), 13, false,
                    c.textMuted(), TextAlignment.LEFT);
        }

        /** Numbers in cells with brackets; the lit row (or column) drawn bold in its colour. */
        private void drawMatrix(Sheet s, double[][] mat, double x, double y, Color text, int litRow, int litCol, Color lit) {
            for (int i = 0; i < mat.length; i++) {
                for (int j = 0; j < mat[i].length; j++) {
                    boolean on = i == litRow || j == litCol;
                    if (litRow == -2 && i == selRow && j == selCol) {
                        continue;
                    }
                    s.text(Numbers.brief(mat[i][j], 2), x + (j + 0.5) * cw, y + (i + 0.5) * ch, 15 * z, on,
                            on ? lit : text, TextAlignment.CENTER);
                }
            }
            s.brackets(x - s.ui(2), y, mat[0].length * cw + s.ui(4), mat.length * ch, s.palette().axis());
        }

        /** The cell of a matrix at (sx, sy): {row, col} or null. */
        private int[] cell(double[][] mat, double x, double y, double sx, double sy) {
            if (mat == null) {
                return null;
            }
            int j = (int) Math.floor((sx - x) / cw);
            int i = (int) Math.floor((sy - y) / ch);
            return sx >= x && sy >= y && i < mat.length && j < mat[0].length ? new int[] {i, j} : null;
        }

        /** Hovering or clicking an entry of C lights it. */
        void pick(double sx, double sy) {
            if (cw == 0 || !model.defined()) {
                return;
            }
            int[] at = cell(model.product(), xB, yA, sx, sy);
            if (at != null) {
                select(at[0], at[1]);
            }
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (cw == 0) {
                return false;
            }
            int[] at = cell(model.a(), xA, yA, sx, sy);
            if (at != null) {
                hitName = entry("a", at, model.a()) + ": row " + (at[0] + 1) + ", column " + (at[1] + 1) + " of A";
                return true;
            }
            at = cell(model.b(), xB, yB, sx, sy);
            if (at != null) {
                hitName = entry("b", at, model.b()) + ": row " + (at[0] + 1) + ", column " + (at[1] + 1) + " of B";
                return true;
            }
            at = model.defined() ? cell(model.product(), xB, yA, sx, sy) : null;
            if (at != null) {
                hitName = entry("c", at, model.product()) + " = row " + (at[0] + 1) + " of A · column " + (at[1] + 1) + " of B";
                return true;
            }
            return false;
        }

        private String entry(String letter, int[] at, double[][] m) {
            return letter + MatrixMultiplyModel.sub(at[0] + 1) + MatrixMultiplyModel.sub(at[1] + 1) + " = "
                    + Numbers.brief(m[at[0]][at[1]], 4);
        }

        @Override
        public String name() {
            return hitName;
        }
    }
}
