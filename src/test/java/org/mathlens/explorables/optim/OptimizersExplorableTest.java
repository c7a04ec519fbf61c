package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OptimizersExplorableTest {
    @Test
    void readoutsNameEveryOptimizer() {
        OptimizersExplorable pane = new OptimizersExplorable();
        pane.parameters().set("surface", "ill-conditioned");
        pane.parameters().set("start", "[1, 1]");
        pane.parameters().set("lr_sgd", "0.05");
        pane.parameters().set("steps", "1");
        // f(0.9, 0) = 0.81
        assertThat(Double.parseDouble(pane.readouts().read("loss_sgd").text())).isCloseTo(0.81, within(1e-12));
        for (String name : OptimizersModel.NAMES) {
            assertThat(pane.readouts().read("loss_" + name).isFinite()).isTrue();
        }
        pane.parameters().set("lr_sgd", "0.2");
        pane.parameters().set("steps", "100");
        assertThat(pane.readouts().read("loss_sgd").text()).isEqualTo("diverged");
    }

    @Test
    void aSurfaceBringsItsStartAndRates() {
        OptimizersExplorable pane = new OptimizersExplorable();
        pane.parameters().set("surface", "rosenbrock");
        assertThat(pane.parameters().get("start").text()).isEqualTo("[-1.5, 2.0]");
        assertThat(pane.parameters().get("lr_sgd").text()).isEqualTo("0.001");
    }

    @Test
    void hyperparametersAreWordsGroupedPerOptimizer() {
        OptimizersExplorable pane = new OptimizersExplorable();
        assertThat(pane.parameters().get("lr_adam").label()).isEqualTo("learning rate (η)");
        assertThat(pane.parameters().get("lr_adam").group()).isEqualTo("Adam");
        assertThat(pane.parameters().get("beta1_adam").group()).isEqualTo("Adam");
        assertThat(pane.parameters().get("beta2_adam").group()).isEqualTo("Adam");
        assertThat(pane.parameters().get("beta_momentum").group()).isEqualTo("momentum");
        assertThat(pane.parameters().get("rho_rmsprop").group()).isEqualTo("RMSProp");
        assertThat(pane.parameters().get("lr_sgd").group()).isEqualTo("SGD");
        for (var p : pane.parameters().all()) {
            // no hyperparameter shows its id: every grouped one is labelled in words
            if (p.group() != null) {
                assertThat(p.label()).doesNotContain("_");
            }
        }
        assertThat(pane.parameters().get("steps").group()).isNull();
    }

    @Test
    void theRaceHasRunAtRest() {
        OptimizersExplorable pane = new OptimizersExplorable();
        assertThat(Double.parseDouble(pane.parameters().get("steps").text())).isEqualTo(40.0);
        assertThat(pane.model().stepOf(0)).isEqualTo(40);
    }
}
