package org.mathlens.explorables.decompositions;

import java.util.function.BooleanSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * x = A⁺y drawn for its shape. Two unknowns: each equation is a line in the (x₁, x₂) plane;
 * the answer is where they meet, or (too many equations) the point whose dashed residuals to
 * the lines are smallest in squares, or (too few) the point of the line nearest the origin,
 * at a right angle. One unknown: the points (aᵢ, yᵢ) and the line through the origin of slope x.
 * Three or four unknowns: y (blue) and A·x (pink) as bars side by side, one pair per equation.
 */
final class PseudoinverseSystemPicture implements Drawable {
    private final PseudoinverseModel model;
    private final BooleanSupplier shown;
    private final double[] xs = new double[4];
    private final double[] ys = new double[4];

    PseudoinverseSystemPicture(PseudoinverseModel model, BooleanSupplier shown) {
        this.model = model;
        this.shown = shown;
    }

    static double[] home(PseudoinverseModel model) {
        double[][] a = model.a();
        double[] y = model.y();
        double x0 = -1;
        double x1 = 1;
        double y0 = -1;
        double y1 = 1;
        int n = a[0].length;
        for (int i = 0; i < a.length; i++) {
            double px;
            double py;
            if (n == 2) {
                double len2 = a[i][0] * a[i][0] + a[i][1] * a[i][1];
                px = len2 == 0 || i >= y.length ? 0 : y[i] * a[i][0] / len2;
                py = len2 == 0 || i >= y.length ? 0 : y[i] * a[i][1] / len2;
            } else if (n == 1) {
                px = a[i][0];
                py = i < y.length ? y[i] : 0;
            } else {
                px = i + 1;
                py = i < y.length ? y[i] : 0;
            }
            x0 = Math.min(x0, px);
            x1 = Math.max(x1, px);
            y0 = Math.min(y0, py);
            y1 = Math.max(y1, py);
        }
        if (model.solved()) {
            double[] f = model.fitted();
            for (int i = 0; i < f.length && n > 2; i++) {
                y0 = Math.min(y0, f[i]);
                y1 = Math.max(y1, f[i]);
            }
            if (n == 2) {
                x0 = Math.min(x0, model.x(0));
                x1 = Math.max(x1, model.x(0));
                y0 = Math.min(y0, model.x(1));
                y1 = Math.max(y1, model.x(1));
            }
        }
        double mx = Math.max(1, (x1 - x0) * 0.35);
        double my = Math.max(1, (y1 - y0) * 0.35);
        return new double[] {x0 - mx, x1 + mx, y0 - my * 2, y1 + my};
    }

    @Override
    public void draw(Painter p) {
        if (!shown.getAsBoolean() || !model.solved()) {
            return;
        }
        switch (model.unknowns()) {
            case 1 -> oneUnknown(p);
            case 2 -> twoUnknowns(p);
            default -> bars(p);
        }
    }

    private void twoUnknowns(Painter p) {
        double[][] a = model.a();
        double[] y = model.y();
        double u = model.x(0);
        double v = model.x(1);
        for (int i = 0; i < a.length; i++) {
            double len2 = a[i][0] * a[i][0] + a[i][1] * a[i][1];
            if (len2 == 0) {
                continue;
            }
            double px = y[i] * a[i][0] / len2;
            double py = y[i] * a[i][1] / len2;
            p.infiniteLine(px, py, -a[i][1], a[i][0], p.palette().first(), 2.5);
            p.label("equation " + (i + 1), px, py, 8, -10, p.palette().first(), true);
            double r = model.residual(i);
            if (Math.abs(r) > 1e-12) {
                // the foot of the perpendicular from x to line i: |rᵢ| / ‖aᵢ‖ away
                p.dashedLine(u, v, u + r * a[i][0] / len2, v + r * a[i][1] / len2, p.palette().warning(), 2);
            }
        }
        PseudoinverseModel.Kind kind = model.kind();
        if ((kind == PseudoinverseModel.Kind.MINIMUM_NORM || kind == PseudoinverseModel.Kind.BOTH) && Math.hypot(u, v) > 1e-12) {
            p.dashedLine(0, 0, u, v, p.palette().extra(), 3);
            double[] dir = nullDirection(a);
            p.rightAngle(u, v, -u, -v, dir[0], dir[1], p.palette().extra());
            p.label("‖x‖ smallest", u / 2, v / 2, 10, 16, p.palette().extra(), true);
        }
        p.dot(0, 0, 4, p.palette().text());
        p.dot(u, v, 7, p.palette().result());
        p.label("x = A⁺y", u, v, 12, 20, p.palette().result(), true);
        p.screenLabel("x₁ →", p.view().width() - p.ui(40), p.sy(0) - p.ui(10), p.palette().textMuted(), true, TextAlignment.LEFT);
        p.screenLabel("x₂ ↑", p.sx(0) + p.ui(8), p.ui(18), p.palette().textMuted(), true, TextAlignment.LEFT);
    }

    /** A direction along which A·x does not change (the solution line), from A's first non-zero row. */
    private static double[] nullDirection(double[][] a) {
        for (double[] row : a) {
            if (row[0] != 0 || row[1] != 0) {
                return new double[] {-row[1], row[0]};
            }
        }
        return new double[] {1, 0};
    }

    private void oneUnknown(Painter p) {
        double[][] a = model.a();
        double[] y = model.y();
        double slope = model.x(0);
        p.infiniteLine(0, 0, 1, slope, p.palette().result(), 3);
        for (int i = 0; i < a.length; i++) {
            p.dashedLine(a[i][0], y[i], a[i][0], model.fitted()[i], p.palette().warning(), 2);
            p.dot(a[i][0], y[i], 6, p.palette().first());
            p.label("(a" + sub(i + 1) + ", y" + sub(i + 1) + ")", a[i][0], y[i], 10, -10, p.palette().first(), false);
        }
        p.screenLabel("a →", p.view().width() - p.ui(34), p.sy(0) - p.ui(10), p.palette().textMuted(), true, TextAlignment.LEFT);
        p.screenLabel("y ↑", p.sx(0) + p.ui(8), p.ui(18), p.palette().textMuted(), true, TextAlignment.LEFT);
    }

    private void bars(Painter p) {
        double[] y = model.y();
        double[] f = model.fitted();
        for (int i = 0; i < y.length; i++) {
            double c = i + 1;
            bar(p, c - 0.17, y[i], Palette.fill(p.palette().first(), 0.75));
            bar(p, c + 0.17, f[i], Palette.fill(p.palette().result(), 0.75));
            p.label("equation " + (i + 1), c, 0, -36, 24, p.palette().text(), true);
        }
        p.label("y", 0.55, y[0], 0, 0, p.palette().first(), true);
        p.label("A·x", y.length + 0.3, f[f.length - 1], 0, 0, p.palette().result(), true);
    }

    private void bar(Painter p, double centre, double height, javafx.scene.paint.Color color) {
        xs[0] = centre - 0.15;
        xs[1] = centre + 0.15;
        xs[2] = centre + 0.15;
        xs[3] = centre - 0.15;
        ys[0] = 0;
        ys[1] = 0;
        ys[2] = height;
        ys[3] = height;
        p.polygon(xs, ys, 4, color, null, 0);
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₀' + i));
    }
}
