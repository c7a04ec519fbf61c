package org.mathlens.explorables.ml;

import java.util.function.DoubleSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * The Gaussian model: above, the bell N(x; μ, σ²) with each point's density as a bar (the
 * likelihood is the product of the bars' heights), the best bell (x̄, σ̂) as a dashed ghost;
 * below, on the same x axis, log L as a curve over μ at the chosen σ, whose top is always at
 * μ = x̄. The x range follows the data alone, so sliding μ moves the bell, not the axes.
 */
final class MleGaussianPicture extends MlePicture {

    MleGaussianPicture(MleModel model, DoubleSupplier width, DoubleSupplier height) {
        super(model, MleModel.Kind.GAUSSIAN, width, height);
    }

    /** The data axis: the sample's range widened by two σ̂ each side. */
    static double[] xRange(MleModel m) {
        double[] extent = m.xExtent();
        double lo = extent[0];
        double hi = extent[1];
        double s = m.sigmaHat() > 0 ? m.sigmaHat() : Math.max(1, Math.abs(lo));
        return new double[] {lo - 2 * s, hi + 2 * s};
    }

    @Override
    void draw(Painter p, double w, double h, double left, double right) {
        double[] xr = xRange(model);
        bell(p, new MleFrame(p, left, p.ui(40), w - left - right, h * 0.52 - p.ui(40), xr[0], xr[1], 0, peak() * 1.18));
        double top = h * 0.52 + p.ui(64);
        logCurve(p, left, top, w - left - right, h - top - p.ui(44), xr);
    }

    private double peak() {
        double current = 1 / (model.sigma() * Math.sqrt(2 * Math.PI));
        double best = model.sigmaHat() > 0 ? 1 / (model.sigmaHat() * Math.sqrt(2 * Math.PI)) : current;
        double bars = 0;
        for (int i = 0; i < model.n(); i++) {
            bars = Math.max(bars, model.probability(i));
        }
        return Math.max(Math.max(current, bars), Math.min(best, 3 * current));
    }

    private void bell(Painter p, MleFrame f) {
        Palette pal = p.palette();
        f.axes("N(x; μ, σ²) and each point's density p(xᵢ)", "x");
        if (model.sigmaHat() > 0) {
            double mh = model.muHat(), sh = model.sigmaHat();
            f.curve(x -> Math.exp(Likelihood.logNormal(x, mh, sh)), Palette.fill(pal.result(), 0.8), 2, true);
        }
        double mu = model.mu(), s = model.sigma();
        f.curve(x -> Math.exp(Likelihood.logNormal(x, mu, s)), pal.learner(), 3, false);
        var g = p.gc();
        double bar = p.ui(5);
        for (int i = 0; i < model.n(); i++) {
            double x = f.sx(model.x(i));
            double y = f.syClamped(model.probability(i));
            g.setFill(Palette.fill(pal.learner(), 0.55));
            g.fillRect(x - bar / 2, y, bar, f.top + f.height - y);
            g.setFill(pal.first());
            double r = p.ui(4.5);
            g.fillOval(x - r, f.top + f.height - r, 2 * r, 2 * r);
        }
        double kx = f.left + f.width - p.ui(8);
        p.screenLabel("μ = " + Numbers.brief(mu, 3) + ", σ = " + Numbers.brief(s, 3), kx, f.top + p.ui(6), pal.learner(), true, TextAlignment.RIGHT);
        if (model.sigmaHat() > 0) {
            p.screenLabel("best μ̂ = " + Numbers.brief(model.muHat(), 3) + ", σ̂ = " + Numbers.brief(model.sigmaHat(), 3),
                    kx, f.top + p.ui(26), pal.result(), true, TextAlignment.RIGHT);
        }
    }

    private void logCurve(Painter p, double left, double top, double cw, double ch, double[] xr) {
        if (ch < p.ui(50)) {
            return;
        }
        Palette pal = p.palette();
        double s = model.sigma(), xbar = model.muHat();
        double hi = model.logLikelihoodAt(xbar, s);
        double lo = Math.min(model.logLikelihoodAt(xr[0], s), model.logLikelihoodAt(xr[1], s));
        lo = Math.min(lo, model.logLikelihood());
        MleFrame f = new MleFrame(p, left, top, cw, ch, xr[0], xr[1], lo, hi + 0.1 * (hi - lo + 1e-9));
        f.axes("log L = Σ log p(xᵢ) over μ, σ = " + Numbers.brief(s, 3), "μ");
        f.curve(u -> model.logLikelihoodAt(u, s), pal.text(), 2.5, false);
        var g = p.gc();
        double bx = f.sx(xbar), by = f.sy(hi);
        g.setFill(pal.result());
        double r = p.ui(6);
        g.fillOval(bx - r, by - r, 2 * r, 2 * r);
        p.screenLabel("max at μ = x̄", bx + p.ui(10), by - p.ui(10), pal.result(), true, TextAlignment.LEFT);
        double mu = model.mu();
        if (mu >= xr[0] && mu <= xr[1]) {
            double cx = f.sx(mu), cy = f.syClamped(model.logLikelihood());
            g.setStroke(Palette.fill(pal.learner(), 0.7));
            g.setLineWidth(p.ui(1.5));
            g.strokeLine(cx, f.top, cx, f.top + f.height);
            g.setFill(pal.learner());
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            p.screenLabel("now " + Numbers.brief(model.logLikelihood(), 2), cx + p.ui(10), cy + p.ui(14), pal.learner(), true, TextAlignment.LEFT);
        }
    }

    @Override
    public String name() {
        return model.kind() == MleModel.Kind.GAUSSIAN ? "the bell, each point's density, and log L over μ" : null;
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return model.kind() == MleModel.Kind.GAUSSIAN;
    }

}
