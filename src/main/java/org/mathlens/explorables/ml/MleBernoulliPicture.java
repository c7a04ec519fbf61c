package org.mathlens.explorables.ml;

import java.util.function.DoubleSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * Bernoulli labels under a logistic curve: above, the labelled points on the rails y = 0 and
 * y = 1 and the curve p = σ(w·x + b), the best curve dashed; below, on the same x axis, each
 * point's probability of its own label as a bar, and the mean of −log of the bars written as
 * the binary cross-entropy.
 */
final class MleBernoulliPicture implements Drawable {
    private final MleModel model;
    private final DoubleSupplier width;
    private final DoubleSupplier height;

    MleBernoulliPicture(MleModel model, DoubleSupplier width, DoubleSupplier height) {
        this.model = model;
        this.width = width;
        this.height = height;
    }

    static double[] xRange(MleModel m) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m.n(); i++) {
            lo = Math.min(lo, m.x(i));
            hi = Math.max(hi, m.x(i));
        }
        double pad = Math.max(0.1 * (hi - lo), 0.5);
        return new double[] {lo - pad, hi + pad};
    }

    @Override
    public void draw(Painter p) {
        if (model.kind() != MleModel.Kind.BERNOULLI || !model.solved()) {
            return;
        }
        double w = width.getAsDouble(), h = height.getAsDouble();
        double left = p.ui(80), right = p.ui(24);
        double[] xr = xRange(model);
        MleFrame top = new MleFrame(p, left, p.ui(40), w - left - right, h * 0.48 - p.ui(40), xr[0], xr[1], -0.05, 1.05);
        curve(p, top);
        double y = h * 0.48 + p.ui(64);
        MleFrame bars = new MleFrame(p, left, y, w - left - right, h - y - p.ui(96), xr[0], xr[1], 0, 1);
        bars(p, bars);
        working(p, left, h - p.ui(44));
    }

    private void curve(Painter p, MleFrame f) {
        Palette pal = p.palette();
        f.axes("labels (blue 1, orange 0) and the curve p = σ(w·x + b) = P(label 1 | x)", "x");
        double[] best = model.best();
        if (best != null) {
            f.curve(x -> Likelihood.logistic(best[0] * x + best[1]), Palette.fill(pal.result(), 0.8), 2, true);
        }
        f.curve(model::p, pal.learner(), 3, false);
        var g = p.gc();
        double r = p.ui(5);
        for (int i = 0; i < model.n(); i++) {
            double sx = f.sx(model.x(i)), sy = f.sy(model.label(i));
            g.setFill(model.label(i) == 1 ? pal.first() : pal.second());
            g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
        }
        double kx = f.left + f.width - p.ui(8);
        p.screenLabel("now: w = " + Numbers.brief(model.w(), 3) + ", b = " + Numbers.brief(model.b(), 3), kx, f.top + p.ui(30),
                pal.learner(), true, TextAlignment.RIGHT);
        p.screenLabel(best == null ? "no best curve: the likelihood keeps rising as w grows (the labels are separable)"
                        : "dashed, the best: ŵ = " + Numbers.brief(best[0], 3) + ", b̂ = " + Numbers.brief(best[1], 3),
                kx, f.top + p.ui(50), pal.result(), true, TextAlignment.RIGHT);
    }

    private void bars(Painter p, MleFrame f) {
        Palette pal = p.palette();
        f.axes("each point's probability of its own label: p if it is 1, 1 − p if it is 0", "x");
        var g = p.gc();
        double bar = p.ui(6);
        for (int i = 0; i < model.n(); i++) {
            double sx = f.sx(model.x(i)), sy = f.sy(model.probability(i));
            g.setFill(Palette.fill(model.label(i) == 1 ? pal.first() : pal.second(), 0.75));
            g.fillRect(sx - bar / 2, sy, bar, f.top + f.height - sy);
        }
    }

    private void working(Painter p, double x, double y) {
        Palette pal = p.palette();
        int n = model.n();
        p.screenLabel("log L = Σ log P(own label) = " + Numbers.brief(model.logLikelihood(), 3)
                        + "      −log L / n = " + Numbers.brief(-model.logLikelihood(), 3) + " / " + n + " = " + Numbers.brief(model.crossEntropy(), 4),
                x, y, pal.text(), true, TextAlignment.LEFT);
        p.screenLabel("= −(1/n) Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)]: the binary cross-entropy, " + Numbers.brief(model.crossEntropy(), 4)
                + ";  accuracy " + Numbers.brief(100 * model.accuracy(), 1) + " %", x, y + p.ui(24), pal.result(), true, TextAlignment.LEFT);
    }

    @Override
    public String name() {
        return model.kind() == MleModel.Kind.BERNOULLI ? "the labels, the logistic curve, and each point's probability of its own label" : null;
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return model.kind() == MleModel.Kind.BERNOULLI;
    }
}
