package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;

class MleExplorableTest {
    private final MleExplorable pane = new MleExplorable();

    private double read(String name) {
        return Double.parseDouble(pane.readouts().read(name).text());
    }

    @Test
    void theGaussianReadoutsAreTheSampleAndTheSum() {
        double[][] rows = MleSamples.gaussian(1);
        double[] xs = new double[rows.length];
        for (int i = 0; i < xs.length; i++) xs[i] = rows[i][0];
        assertThat(read("mu_hat")).isEqualTo(Likelihood.muHat(xs));
        assertThat(read("sigma_hat")).isEqualTo(Likelihood.sigmaHat(xs));
        assertThat(read("log_likelihood")).isEqualTo(Likelihood.gaussianLogLikelihood(xs, 2.5, 1));
        assertThat(pane.readouts().read("mse").text()).isEqualTo("undefined");
    }

    @Test
    void muAtTheSampleMeanIsTheHighest() {
        pane.parameters().set("mu", Double.toString(Math.round(read("mu_hat") * 100) / 100.0));
        double top = read("log_likelihood");
        for (String mu : new String[] {"1", "3", "5"}) {
            pane.parameters().set("mu", mu);
            assertThat(read("log_likelihood")).isLessThan(top);
        }
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        double before = read("mu_hat");
        pane.parameters().set("seed", "2");
        assertThat(read("mu_hat")).isNotEqualTo(before).isEqualTo(Likelihood.muHat(column(MleSamples.gaussian(2))));
    }

    private static double[] column(double[][] rows) {
        double[] xs = new double[rows.length];
        for (int i = 0; i < xs.length; i++) xs[i] = rows[i][0];
        return xs;
    }

    @Test
    void theClinicalTrialsLogLikelihoodIsTheMseIdentity() {
        pane.parameters().setAll(Map.of("model", "regression", "data", "clinical-trial", "m", "-0.5", "b", "2", "sigma", "0.5"));
        double mse = read("mse");
        assertThat(read("log_likelihood")).isCloseTo(-4 * Math.log(2 * Math.PI * 0.25) - 8 * mse / 0.5, within(1e-9));
        assertThat(pane.readouts().read("mu_hat").text()).isEqualTo("undefined");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("the clinical trial");
    }

    @Test
    void theBernoulliReadoutsAreTheCrossEntropy() {
        pane.parameters().set("preset", "pass or fail");
        assertThat(pane.model().kind()).isEqualTo(MleModel.Kind.BERNOULLI);
        assertThat(read("cross_entropy")).isCloseTo(-read("log_likelihood") / 24, within(1e-12));
        assertThat(read("accuracy")).isBetween(0.0, 1.0);
    }

    @Test
    void badDataIsOneSentenceAndChangesNothing() {
        double before = read("log_likelihood");
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3]]"))
                .isInstanceOf(ParameterException.class).hasMessage("data: needs at least 2 rows");
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3], [4, 5, 6]]"))
                .isInstanceOf(ParameterException.class).hasMessage("data: needs 1 to 2 columns in every row; row 1 has 3");
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2], [nan, 1]]")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("data", "heights")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("data is a preset (sample, clinical-trial)");
        assertThat(pane.parameters().get("data").text()).isEqualTo("sample");
        assertThat(read("log_likelihood")).isEqualTo(before);
    }

    @Test
    void labelsThatAreNotZeroOrOneAreNamed() {
        pane.parameters().setAll(Map.of("model", "bernoulli", "data", "[[0, 1], [1, 2], [2, 0]]"));
        assertThat(pane.model().problem()).isEqualTo("bernoulli needs each label to be 0 or 1; row 2 has 2");
        assertThat(pane.readouts().read("cross_entropy").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("log_likelihood").text()).isEqualTo("undefined");
    }

    @Test
    void eachModelShowsOnlyItsOwnParameters() {
        assertThat(inUse()).containsExactly("model", "data", "seed", "mu", "sigma", "preset");
        pane.parameters().set("model", "regression");
        assertThat(inUse()).containsExactly("model", "data", "seed", "sigma", "m", "b", "preset");
        pane.parameters().set("model", "bernoulli");
        assertThat(inUse()).containsExactly("model", "data", "seed", "b", "w", "preset");
        pane.parameters().set("data", "[[0, 1], [1, 0]]");
        assertThat(inUse()).doesNotContain("seed");
    }

    private java.util.List<String> inUse() {
        return pane.parameters().all().stream().filter(p -> p.inUse()).map(p -> p.name()).toList();
    }

    @Test
    void theBenchSlidesMuAcrossTheSample() {
        pane.benchFrame(0);
        double first = read("log_likelihood");
        pane.benchFrame(30);
        assertThat(pane.parameters().get("mu").text()).isEqualTo(Double.toString(Math.round((read("mu_hat") + 2) * 100) / 100.0));
        assertThat(read("log_likelihood")).isLessThan(first);
    }
}
