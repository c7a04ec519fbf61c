package org.mathlens.explorables.ml;

import java.util.function.DoubleSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * Regression with Gaussian noise: the points, the line y = m·x + b, and at each xᵢ a bell of
 * noise N(m·xᵢ + b, σ²) lying on its side (its width shows density, relative to its peak); a
 * short bar from the line's x to the bell at yᵢ shows how likely that point is. Under the
 * chart, the log-likelihood computed point by point and through the MSE, the same number.
 */
final class MleRegressionPicture extends MlePicture {

    MleRegressionPicture(MleModel model, DoubleSupplier width, DoubleSupplier height) {
        super(model, MleModel.Kind.REGRESSION, width, height);
    }

    /** The data box {x0, x1, y0, y1}, padded; it follows the data only. */
    static double[] box(MleModel m) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (int i = 0; i < m.n(); i++) {
            x0 = Math.min(x0, m.x(i));
            x1 = Math.max(x1, m.x(i));
            y0 = Math.min(y0, m.y(i));
            y1 = Math.max(y1, m.y(i));
        }
        double px = Math.max(0.08 * (x1 - x0), 0.5), py = Math.max(0.25 * (y1 - y0), 0.5);
        return new double[] {x0 - px, x1 + px, y0 - py, y1 + py};
    }

    @Override
    void draw(Painter p, double w, double h, double left, double right) {
        double top = p.ui(40);
        double[] bx = box(model);
        MleFrame f = new MleFrame(p, left, top, w - left - right, h - top - p.ui(160), bx[0], bx[1], bx[2], bx[3]);
        f.axes("the line, and a bell of noise at each xᵢ", "x");
        f.clip();
        Palette pal = p.palette();
        double m = model.m(), b = model.b(), s = model.sigma();
        f.curve(x -> m * x + b, pal.learner(), 3, false);
        double bellPx = Math.min(p.ui(56), 0.7 * f.width / Math.max(1, model.n()));
        var g = p.gc();
        for (int i = 0; i < model.n(); i++) {
            double xi = model.x(i), yi = model.y(i), c = m * xi + b;
            double sx = f.sx(xi);
            g.setStroke(Palette.fill(pal.learner(), 0.75));
            g.setFill(Palette.fill(pal.learner(), 0.12));
            g.setLineWidth(p.ui(1.5));
            g.beginPath();
            g.moveTo(sx, f.sy(c - 3 * s));
            for (int k = 0; k <= 40; k++) {
                double y = c - 3 * s + 6 * s * k / 40;
                double z = (y - c) / s;
                g.lineTo(sx + bellPx * Math.exp(-0.5 * z * z), f.sy(y));
            }
            g.lineTo(sx, f.sy(c + 3 * s));
            g.closePath();
            g.fill();
            g.stroke();
            double zi = (yi - c) / s;
            double reach = bellPx * Math.exp(-0.5 * zi * zi);
            double py = f.sy(yi);
            g.setStroke(pal.warning());
            g.setLineWidth(p.ui(3));
            g.strokeLine(sx, py, sx + reach, py);
            g.setLineDashes(p.ui(4), p.ui(4));
            g.setLineWidth(p.ui(1));
            g.strokeLine(sx, py, sx, f.sy(c));
            g.setLineDashes((double[]) null);
            double r = p.ui(5);
            g.setFill(pal.first());
            g.fillOval(sx - r, py - r, 2 * r, 2 * r);
        }
        f.unclip();
        working(p, left, h - p.ui(100));
    }

    /** The identity, with the current numbers: two routes to one value. */
    private void working(Painter p, double x, double y) {
        Palette pal = p.palette();
        int n = model.n();
        double s = model.sigma();
        p.screenLabel("log L = Σ log N(yᵢ; m·xᵢ + b, σ²) = " + Numbers.brief(model.logLikelihood(), 3), x, y, pal.text(), true, TextAlignment.LEFT);
        p.screenLabel("= −(n/2)·log(2πσ²) − n·MSE/(2σ²) = " + Numbers.brief(model.identity(), 3), x, y + p.ui(22),
                pal.result(), true, TextAlignment.LEFT);
        p.screenLabel("y = " + Numbers.brief(model.m(), 3) + "·x + " + Numbers.factor(model.b(), 3) + ", σ = " + Numbers.brief(s, 3)
                + ", MSE = " + Numbers.brief(model.mse(), 4) + ", n = " + n, x, y + p.ui(44), pal.learner(), true, TextAlignment.LEFT);
        p.screenLabel("σ held: the largest log L is the smallest MSE", x, y + p.ui(66), pal.textMuted(), false, TextAlignment.LEFT);
    }

    @Override
    public String name() {
        return model.kind() == MleModel.Kind.REGRESSION ? "the line, a bell of noise at each point; orange: how far the bell reaches at yᵢ, the point's density" : null;
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return model.kind() == MleModel.Kind.REGRESSION;
    }
}
