package org.mathlens.explorables.ml;

import java.util.function.LongSupplier;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationModel.Slice;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The penalty's geometry for w₁ and w₂ (the other weights held at the fit's): the training
 * error's contours over (w₁, w₂), the L1 diamond |w₁| + |w₂| ≤ t or the L2 disc w₁² + w₂² ≤ r²
 * through the fit, and the contour that touches it there. The diamond's corners sit on the
 * axes, so the touching point is often a corner: a weight exactly 0.
 */
final class RegularizationSlicePicture {
    private static final int ELLIPSE_POINTS = 120;
    private final RegularizationModel model;
    private final LongSupplier version;
    private final double[] xs = new double[ELLIPSE_POINTS];
    private final double[] ys = new double[ELLIPSE_POINTS];

    RegularizationSlicePicture(RegularizationModel model, LongSupplier version) {
        this.model = model;
        this.version = version;
    }

    /** A view holding the origin, the bowl's bottom, the fit and the region. */
    static double[] home(Slice s) {
        if (s == null) return new double[] {-1, 1, -1, 1};
        double t = s.l1Budget();
        double x0 = -t, x1 = t, y0 = -t, y1 = t;
        double[] c = s.centre();
        double[][] pts = c == null ? new double[][] {{s.wj(), s.wk()}} : new double[][] {{s.wj(), s.wk()}, c};
        for (double[] q : pts) {
            x0 = Math.min(x0, q[0]);
            x1 = Math.max(x1, q[0]);
            y0 = Math.min(y0, q[1]);
            y1 = Math.max(y1, q[1]);
        }
        double m = Math.max(0.1, 0.25 * Math.max(x1 - x0, y1 - y0));
        return new double[] {x0 - m, x1 + m, y0 - m, y1 + m};
    }

    void addTo(Plane plane) {
        plane.add(new ContourMap((a, b) -> model.slice() == null ? 0 : model.slice().mse(a, b), version, ContourMap.Levels.LOG, 12));
        plane.add(this::draw);
        plane.add(new Card(Card.Corner.TOP_LEFT, this::cardLines));
    }

    private void draw(Painter p) {
        Slice s = model.slice();
        Palette pal = p.palette();
        if (s == null) {
            p.screenLabel("the slice needs w₁ and w₂: raise the degree to 2 or more", p.view().width() / 2, p.view().height() / 2,
                    pal.textMuted(), true, TextAlignment.CENTER);
            return;
        }
        Penalty pen = model.problem().penalty();
        Color fill = Palette.fill(pal.warning(), 0.18);
        if (pen == Penalty.L1) {
            double t = s.l1Budget();
            p.polygon(new double[] {t, 0, -t, 0}, new double[] {0, t, 0, -t}, 4, fill, pal.warning(), 2.5);
        } else if (pen == Penalty.L2) {
            p.circle(0, 0, s.l2Radius(), fill, pal.warning(), 2.5);
        }
        touchingContour(p, s, pal.result());
        double[] c = s.centre();
        if (c != null) {
            p.dot(c[0], c[1], 5, pal.text());
            beside(p, "lowest error", c[0], c[1], -14, pal.text(), false);
        }
        p.dot(s.wj(), s.wk(), 7, pal.result());
        beside(p, "the fit", s.wj(), s.wk(), 16, pal.result(), true);
        p.label("w₁", p.view().maxX(), 0, -24, -14, pal.textMuted(), true);
        p.label("w₂", 0, p.view().maxY(), 8, 14, pal.textMuted(), true);
    }

    /** The ellipse MSE(w₁, w₂) = MSE at the fit, from the 2×2 quadratic form's eigenvectors. */
    private void touchingContour(Painter p, Slice s, Color colour) {
        double[] c = s.centre();
        if (c == null) return;
        double excess = s.n() * (s.level() - s.mse(c[0], c[1]));
        if (!(excess > 0)) return;
        double a = s.jj(), b = s.jk(), d = s.kk();
        double mean = (a + d) / 2, diff = Math.hypot((a - d) / 2, b);
        double l1 = mean + diff, l2 = mean - diff;
        if (!(l2 > 0)) return;
        double angle = 0.5 * Math.atan2(2 * b, a - d);
        double ca = Math.cos(angle), sa = Math.sin(angle);
        double r1 = Math.sqrt(excess / l1), r2 = Math.sqrt(excess / l2);
        for (int i = 0; i < ELLIPSE_POINTS; i++) {
            double t = 2 * Math.PI * i / ELLIPSE_POINTS;
            double u = r1 * Math.cos(t), v = r2 * Math.sin(t);
            xs[i] = c[0] + u * ca - v * sa;
            ys[i] = c[1] + u * sa + v * ca;
        }
        p.polygon(xs, ys, ELLIPSE_POINTS, null, colour, 2.5);
    }

    Card.Line[] cardLines() {
        Slice s = model.slice();
        if (s == null) return new Card.Line[] {new Card.Line("w₁ and w₂ need degree ≥ 2", Palette::textMuted, true)};
        String at = "(w₁, w₂) = " + Numbers.pair(s.wj(), s.wk(), 4);
        return switch (model.problem().penalty()) {
            case NONE -> new Card.Line[] {
                new Card.Line("no penalty: the fit sits at the bowl's bottom", Palette::text, true),
                new Card.Line(at, Palette::result, false)};
            case L1 -> new Card.Line[] {
                new Card.Line("L1: |w₁| + |w₂| ≤ " + Numbers.label(s.l1Budget()) + " (a diamond)", Palette::warning, true),
                new Card.Line(at + (s.wj() == 0 || s.wk() == 0 ? ": on a corner, a weight exactly 0" : ""), Palette::result, false)};
            case L2 -> new Card.Line[] {
                new Card.Line("L2: w₁² + w₂² ≤ " + Numbers.label(s.l2Radius()) + "² (a disc)", Palette::warning, true),
                new Card.Line(at, Palette::result, false)};
        };
    }

    /** Words beside a point, on its left when it is near the right edge, so they are never cut off there. */
    private static void beside(Painter p, String words, double x, double y, double dyPx, javafx.scene.paint.Color c, boolean bold) {
        boolean right = p.sx(x) > p.view().width() * 0.65;
        p.screenLabel(words, p.sx(x) + p.ui(right ? -10 : 10), p.sy(y) + p.ui(dyPx), c, bold,
                right ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
    }
}
