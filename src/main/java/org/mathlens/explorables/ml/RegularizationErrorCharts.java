package org.mathlens.explorables.ml;

import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/**
 * Training and validation error (log scale) against the degree and against λ, the current
 * choice marked on both: validation error falling then rising is over-fitting made visible.
 */
final class RegularizationErrorCharts extends TwoChartSheet {

    RegularizationErrorCharts(RegularizationModel model, Sheet sheet) {
        super(model, sheet);
    }

    @Override
    void draw(Painter p, RegularizationChart.TwoUp at, double h) {
        double left = at.left();
        RegularizationSweeps.ByDegree byDegree = model.byDegree();
        RegularizationSweeps.ByLambda byLambda = model.byLambda();
        double[][] all = byLambda == null ? new double[][] {byDegree.train(), byDegree.validation()}
                : new double[][] {byDegree.train(), byDegree.validation(), byLambda.train(), byLambda.validation()};
        double[] range = RegularizationChart.logRange(all, 6);
        degreeChart(p, at.first(0, RegularizationModel.MAX_DEGREE, false, range[0], range[1], true), byDegree);
        RegularizationChart lambdaChart = at.second(RegularizationSweeps.LAMBDAS[0], RegularizationSweeps.LAMBDAS[RegularizationSweeps.LAMBDAS.length - 1], true, range[0], range[1], true);
        lambdaChart(p, lambdaChart, byLambda);
        Palette pal = p.palette();
        double next = key(p, "training", left, h - p.ui(12), pal.first());
        next = key(p, model.hasValidation() ? "validation" : "validation: undefined (no points)", next, h - p.ui(12), pal.second());
        p.screenLabel("MSE, log scale", next, h - p.ui(12), pal.textMuted(), false, TextAlignment.LEFT);
    }

    private void degreeChart(Painter p, RegularizationChart c, RegularizationSweeps.ByDegree s) {
        Palette pal = p.palette();
        c.frame(p, "error vs degree d", 5);
        double[] degrees = new double[s.train().length];
        for (int d = 0; d < degrees.length; d++) degrees[d] = d;
        c.line(p, degrees, s.train(), pal.first(), 2.5, true);
        if (model.hasValidation()) {
            c.line(p, degrees, s.validation(), pal.second(), 2.5, true);
            int best = s.bestDegree();
            if (best >= 0 && best != model.degree()) {
                c.mark(p, best, Palette.fill(pal.second(), 0.8), "best d = " + best, true, true);
            }
        }
        c.mark(p, model.degree(), pal.extra(), "d = " + model.degree(), false, false);
    }

    private void lambdaChart(Painter p, RegularizationChart c, RegularizationSweeps.ByLambda s) {
        Palette pal = p.palette();
        String pen = model.problem().penalty() == PolynomialFit.Penalty.L1 ? "L1" : "L2";
        c.frame(p, s == null ? "error vs λ" : "error vs λ (" + pen + ")", 1);
        if (s == null) {
            c.message(p, "no penalty: λ does nothing");
            return;
        }
        c.line(p, s.lambdas(), s.train(), pal.first(), 2.5, false);
        if (model.hasValidation()) c.line(p, s.lambdas(), s.validation(), pal.second(), 2.5, false);
        double lambda = model.problem().lambda();
        double at = Math.max(lambda, s.lambdas()[0]);
        c.mark(p, at, pal.extra(), lambda == 0 ? "λ = 0" : "λ = " + RegularizationChart.lambdaText(lambda), false, false);
        // the fit's own errors at this λ: the numbers the card and readouts give
        c.line(p, new double[] {at}, new double[] {model.trainError()}, pal.first(), 1, true);
        if (model.hasValidation()) c.line(p, new double[] {at}, new double[] {model.validationError()}, pal.second(), 1, true);
    }

    @Override
    public String name() {
        return "training and validation error against the degree and against λ";
    }
}
