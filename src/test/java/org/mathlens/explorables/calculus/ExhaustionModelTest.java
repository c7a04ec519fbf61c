package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExhaustionModelTest {
    @Test
    void polygonAreasAreTheClosedForms() {
        assertThat(ExhaustionModel.inscribed(4)).isCloseTo(2, within(1e-15));
        assertThat(ExhaustionModel.circumscribed(4)).isCloseTo(4, within(1e-15));
        assertThat(ExhaustionModel.inscribed(6)).isCloseTo(3 * Math.sqrt(3) / 2, within(1e-15));
        assertThat(ExhaustionModel.circumscribed(6)).isCloseTo(2 * Math.sqrt(3), within(1e-15));
        for (int n = 3; n <= 200; n++) {
            assertThat(ExhaustionModel.inscribed(n)).as("n = %d", n).isCloseTo(n / 2.0 * Math.sin(2 * Math.PI / n), within(0.0));
            assertThat(ExhaustionModel.circumscribed(n)).as("n = %d", n).isCloseTo(n * Math.tan(Math.PI / n), within(0.0));
        }
    }

    @Test
    void polygonsSqueezePiMonotonically() {
        for (int n = 3; n < 200; n++) {
            double in = ExhaustionModel.inscribed(n);
            double out = ExhaustionModel.circumscribed(n);
            assertThat(in).as("n = %d", n).isLessThan(Math.PI).isLessThan(ExhaustionModel.inscribed(n + 1));
            assertThat(out).as("n = %d", n).isGreaterThan(Math.PI).isGreaterThan(ExhaustionModel.circumscribed(n + 1));
        }
        // Archimedes' 96-gons: 3 10/71 < π < 3 1/7
        assertThat(ExhaustionModel.inscribed(96)).isLessThan(Math.PI);
        assertThat(ExhaustionModel.circumscribed(96) - ExhaustionModel.inscribed(96)).isLessThan(0.01);
        // the gap shrinks like 1/n² (π³/n² to leading order)
        double ratio = (ExhaustionModel.circumscribed(100) - ExhaustionModel.inscribed(100))
                / (ExhaustionModel.circumscribed(200) - ExhaustionModel.inscribed(200));
        assertThat(ratio).isCloseTo(4, within(0.01));
    }

    @Test
    void rectanglesSqueezeOneThirdWithGapOneOverN() {
        assertThat(ExhaustionModel.lowerSum(4)).isEqualTo((0 + 1 + 4 + 9) / 64.0);
        assertThat(ExhaustionModel.upperSum(4)).isEqualTo((1 + 4 + 9 + 16) / 64.0);
        for (int n = 1; n <= 200; n++) {
            double lo = ExhaustionModel.lowerSum(n);
            double hi = ExhaustionModel.upperSum(n);
            assertThat(lo).as("n = %d", n).isLessThan(1.0 / 3);
            assertThat(hi).as("n = %d", n).isGreaterThan(1.0 / 3);
            assertThat(hi - lo).as("n = %d", n).isCloseTo(1.0 / n, within(1e-15));
        }
    }

    @Test
    void paneReadouts() {
        ExhaustionExplorable pane = new ExhaustionExplorable();
        pane.parameters().set("n", "4");
        assertThat(pane.readouts().read("inner").text()).isEqualTo("2.0");
        assertThat(Double.parseDouble(pane.readouts().read("outer").text())).isCloseTo(4, within(1e-15));
        pane.parameters().set("shape", "parabola");
        pane.parameters().set("n", "10");
        assertThat(pane.readouts().read("inner").text()).isEqualTo("0.285");
        assertThat(pane.readouts().read("outer").text()).isEqualTo("0.385");
        assertThat(Double.parseDouble(pane.readouts().read("error").text())).isCloseTo(0.1, within(1e-15));
        pane.animation().orElseThrow().step();
        assertThat(pane.parameters().get("n").text()).isEqualTo("11.0");
    }
}
