package org.mathlens.explorables.ml;

import java.util.List;
import org.mathlens.math.Numbers;

/**
 * The typeset working beside the mle pane's picture, one formula a line: how the points'
 * probabilities combine into the number the readouts give, with the current numbers put in.
 */
final class MleFormulas {
    /** Lines shown at most; the view keeps this many formula slots. */
    static final int LINES = 4;

    private MleFormulas() {
    }

    static List<String> lines(MleModel m) {
        if (!m.solved()) {
            return List.of();
        }
        int n = m.n();
        return switch (m.kind()) {
            case GAUSSIAN -> List.of(
                    "L = \\prod_{i=1}^{" + n + "} p(x_i) = " + scientific(m.likelihood()),
                    "\\log L = \\sum_{i=1}^{" + n + "} \\log p(x_i) = " + tex(m.logLikelihood(), 3),
                    "\\hat\\mu = \\bar x = " + tex(m.muHat(), 3) + ", \\quad \\hat\\sigma = " + tex(m.sigmaHat(), 3));
            case REGRESSION -> List.of(
                    "\\log L = \\sum_i \\log \\mathcal{N}(y_i;\\, m x_i + b,\\, \\sigma^2)",
                    "= -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{n\\,\\mathrm{MSE}}{2\\sigma^2}",
                    "= -\\frac{" + n + "}{2}\\log(2\\pi \\cdot " + tex(m.sigma(), 3) + "^2) - \\frac{" + n + " \\cdot "
                            + tex(m.mse(), 4) + "}{2 \\cdot " + tex(m.sigma(), 3) + "^2}",
                    "= " + tex(m.identity(), 3));
            case BERNOULLI -> List.of(
                    "P(y_i \\mid x_i) = p_i^{\\,y_i}(1 - p_i)^{1 - y_i}",
                    "-\\frac{\\log L}{n} = -\\frac{1}{n}\\sum_i \\log P(y_i \\mid x_i)",
                    "= \\frac{" + tex(-m.logLikelihood(), 3) + "}{" + n + "} = " + tex(m.crossEntropy(), 4),
                    "\\text{the binary cross-entropy}");
        };
    }

    private static String tex(double x, int digits) {
        return Numbers.brief(x, digits).replace("\u2212", "-");
    }

    /** 1.23 × 10⁻⁹ written in LaTeX; products of many densities are tiny. */
    static String scientific(double x) {
        if (x == 0) {
            return "0 \\text{ (too small for a double)}";
        }
        if (x >= 1e-3 && x < 1e4) {
            return tex(x, 4);
        }
        int e = (int) Math.floor(Math.log10(x));
        double mant = x / Math.pow(10, e);
        if (mant >= 9.9995) {
            mant /= 10;
            e++;
        }
        return tex(mant, 3) + " \\times 10^{" + e + "}";
    }
}
