package org.mathlens.explorables.ml;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/**
 * The weights w₀…w_d as bars, and each weight's path as λ grows (log scale): L2 shrinks them
 * all smoothly, L1 drops them to exactly zero one by one. A bar and its path share a colour.
 */
final class RegularizationWeightCharts extends TwoChartSheet {

    RegularizationWeightCharts(RegularizationModel model, Sheet sheet) {
        super(model, sheet);
    }

    /** Weight j's colour: hues round the wheel, darker on a light background. */
    static Color colour(Palette pal, int j, int degree) {
        if (j == 0) return pal.textMuted();
        double hue = 360.0 * (j - 1) / Math.max(1, degree);
        return pal.isDark() ? Color.hsb(hue, 0.55, 0.95) : Color.hsb(hue, 0.85, 0.7);
    }

    /** 15 as ₁₅: a subscript typeset, not typed as w_15. */
    static String sub(int n) {
        StringBuilder s = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) s.append((char) ('\u2080' + ch - '0'));
        return s.toString();
    }

    @Override
    void draw(Painter p, RegularizationChart.TwoUp at, double h) {
        double[] weights = model.weights();
        double big = 0;
        for (double v : weights) big = Math.max(big, Math.abs(v));
        big = big > 0 ? big * 1.1 : 1;
        bars(p, at.first(-0.5, weights.length - 0.5, false, -big, big, false), weights, big);
        RegularizationSweeps.ByLambda s = model.byLambda();
        double[] lambdas = RegularizationSweeps.LAMBDAS;
        RegularizationChart c = at.second(lambdas[0], lambdas[lambdas.length - 1], true, -big, big, false);
        paths(p, c, s);
        p.screenLabel("w₀ grey (never penalised), w₁…w" + sub(weights.length - 1) + " in colour", at.left(), h - p.ui(14),
                p.palette().textMuted(), false, TextAlignment.LEFT);
    }

    private void bars(Painter p, RegularizationChart c, double[] weights, double big) {
        Palette pal = p.palette();
        GraphicsContext g = p.gc();
        c.frame(p, "weights w₀…w" + sub(weights.length - 1), weights.length > 8 ? 5 : 1);
        double zero = c.sy(0);
        double half = Math.min(p.ui(14), c.width / weights.length * 0.35);
        for (int j = 0; j < weights.length; j++) {
            double x = c.sx(j);
            double y = c.sy(weights[j]);
            g.setFill(colour(pal, j, weights.length - 1));
            g.fillRect(x - half, Math.min(y, zero), 2 * half, Math.max(Math.abs(y - zero), p.ui(1)));
            if (weights[j] == 0 && j > 0) {
                p.screenLabel("0", x, zero - p.ui(10), pal.warning(), true, TextAlignment.CENTER);
            }
        }
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1));
        g.strokeLine(c.left, zero, c.left + c.width, zero);
    }

    private void paths(Painter p, RegularizationChart c, RegularizationSweeps.ByLambda s) {
        Palette pal = p.palette();
        c.frame(p, "weights vs λ", 1);
        if (s == null) {
            c.message(p, "no penalty: λ does nothing");
            return;
        }
        int d = model.degree();
        double[] ys = new double[s.lambdas().length];
        for (int j = 1; j <= d; j++) {
            for (int i = 0; i < ys.length; i++) ys[i] = s.paths()[i][j];
            c.line(p, s.lambdas(), ys, colour(pal, j, d), 2, false);
        }
        double lambda = model.problem().lambda();
        c.mark(p, Math.max(lambda, s.lambdas()[0]), pal.extra(), lambda == 0 ? "λ = 0" : "λ = " + RegularizationChart.lambdaText(lambda), false, false);
        if (model.problem().penalty() == Penalty.L1 && Double.isFinite(s.firstZero())) {
            c.mark(p, s.firstZero(), pal.warning(), "first 0: λ = " + RegularizationChart.lambdaText(s.firstZero()), true, true);
        }
    }

    @Override
    public String name() {
        return "the weights as bars and their paths as λ grows";
    }
}
