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
}
