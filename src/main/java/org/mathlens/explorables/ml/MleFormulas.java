package org.mathlens.explorables.ml;

import org.mathlens.math.Numbers;

/**
 * The typeset working beside the mle pane's picture: how the points' probabilities combine into
 * the number the readouts give, with the current numbers put in.
 */
final class MleFormulas {
    private MleFormulas() {
    }

    static String latex(MleModel m) {
        if (!m.solved()) {
            return "";
        }
        int n = m.n();
        return switch (m.kind()) {
            case GAUSSIAN -> "\\begin{array}{l} L = \\prod_{i=1}^{" + n + "} p(x_i) = " + scientific(m.likelihood())
                    + " \\\\[4pt] \\log L = \\sum_{i=1}^{" + n + "} \\log p(x_i) = " + tex(m.logLikelihood(), 3)
                    + " \\\\[4pt] \\hat\\mu = \\bar x = " + tex(m.muHat(), 3) + ", \\quad \\hat\\sigma = " + tex(m.sigmaHat(), 3)
                    + "\\end{array}";
            case REGRESSION -> "\\begin{array}{l} \\log L = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{n\\,\\mathrm{MSE}}{2\\sigma^2}"
                    + " \\\\[6pt] = -\\frac{" + n + "}{2}\\log(2\\pi \\cdot " + tex(m.sigma(), 3) + "^2) - \\frac{" + n + " \\cdot "
                    + tex(m.mse(), 4) + "}{2 \\cdot " + tex(m.sigma(), 3) + "^2}"
                    + " \\\\[6pt] = " + tex(m.identity(), 3) + "\\end{array}";
            case BERNOULLI -> "\\begin{array}{l} -\\frac{1}{n}\\log L = -\\frac{1}{n}\\sum_{i} \\big[y_i \\log p_i + (1 - y_i)\\log(1 - p_i)\\big]"
                    + " \\\\[6pt] = \\frac{" + tex(-m.logLikelihood(), 3) + "}{" + n + "} = " + tex(m.crossEntropy(), 4)
                    + " \\\\[4pt] \\text{the binary cross-entropy}\\end{array}";
        };
    }

    private static String tex(double x, int digits) {
        return Numbers.brief(x, digits).replace("\u2212", "-");
    }

    /** 1.23 × 10⁻⁹ written in LaTeX; products of many densities are tiny. */
    static String scientific(double x) {
        if (x == 0) {
            return "0 \\text{ (below the smallest double)}";
        }
        if (x >= 1e-3 && x < 1e4) {
            return tex(x, 4);
        }
        int e = (int) Math.floor(Math.log10(x));
        double mant = x / Math.pow(10, e);
        return tex(mant, 3) + " \\times 10^{" + e + "}";
    }
}
