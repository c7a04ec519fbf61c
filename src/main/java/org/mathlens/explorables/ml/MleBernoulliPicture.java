package org.mathlens.explorables.ml;

import java.util.function.DoubleSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * Bernoulli labels under a logistic curve: above, the labelled points on the rails y = 0 and
 * y = 1 and the curve p = σ(w·x + b), the best curve dashed; below, on the same x axis, each
 * point's probability of its own label as a bar, and the mean of −log of the bars written as
 * the binary cross-entropy.
 */
final class MleBernoulliPicture extends MlePicture {

    MleBernoulliPicture(MleModel model, DoubleSupplier width, DoubleSupplier height) {
        super(model, MleModel.Kind.BERNOULLI, width, height);
    }

    static double[] xRange(MleModel m) {
        double[] extent = m.xExtent();
        double lo = extent[0];
        double hi = extent[1];
        double pad = Math.max(0.1 * (hi - lo), 0.5);
        return new double[] {lo - pad, hi + pad};
    }

    @Override
    void draw(Painter p, double w, double h, double left, double right) {
        double[] xr = xRange(model);
        MleFrame top = new MleFrame(p, left, p.ui(40), w - left - right, h * 0.48 - p.ui(40), xr[0], xr[1], -0.05, 1.05);
        curve(p, top);
        double y = h * 0.48 + p.ui(64);
        MleFrame bars = new MleFrame(p, left, y, w - left - right, h - y - p.ui(140), xr[0], xr[1], 0, 1);
        bars(p, bars);
        working(p, left, h - p.ui(100));
    }

    private void curve(Painter p, MleFrame f) {
        Palette pal = p.palette();
        f.axes("labels 1 (blue), 0 (orange); p = σ(w·x + b)", "x");
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
    }

    private void bars(Painter p, MleFrame f) {
        Palette pal = p.palette();
        f.axes("P(own label): p for a 1, 1 − p for a 0", "x");
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
        p.screenLabel("log L = Σ log P(own label) = " + Numbers.brief(model.logLikelihood(), 3), x, y, pal.text(), true, TextAlignment.LEFT);
        p.screenLabel("cross-entropy −log L / " + n + " = " + Numbers.brief(model.crossEntropy(), 4), x, y + p.ui(22),
                pal.result(), true, TextAlignment.LEFT);
        p.screenLabel("accuracy (p ≥ ½ says 1): " + Numbers.brief(100 * model.accuracy(), 1) + " %", x, y + p.ui(44),
                pal.text(), false, TextAlignment.LEFT);
        double[] best = model.best();
        p.screenLabel("w = " + Numbers.brief(model.w(), 3) + ", b = " + Numbers.brief(model.b(), 3), x, y + p.ui(66),
                pal.learner(), true, TextAlignment.LEFT);
        p.screenLabel(best == null ? "separable: no best curve" : "dashed best ŵ = " + Numbers.brief(best[0], 2) + ", b̂ = " + Numbers.brief(best[1], 2),
                x + p.ui(130), y + p.ui(66), pal.result(), true, TextAlignment.LEFT);
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
