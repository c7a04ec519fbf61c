package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DeltaMethodModelTest {
    @Test
    void secantSlopeOfTheCourseParabolaIsExactlySixPlusDx() {
        DeltaMethodModel m = new DeltaMethodModel("x^2 + 2x + 2", 2, 1);
        assertThat(m.fx()).isEqualTo(10.0);
        assertThat(m.fxdx()).isEqualTo(17.0);
        assertThat(m.secantSlope()).isEqualTo(7.0);
        assertThat(m.derivative()).isEqualTo(6.0);
        // powers of two are exact in binary, so the slope is exactly 6 + Δx
        for (double dx = 1; dx >= 1.0 / 1024; dx /= 2) {
            m.set(2, dx);
            assertThat(m.secantSlope()).as("dx = %s", dx).isEqualTo(6 + dx);
            m.set(2, -dx);
            assertThat(m.secantSlope()).as("dx = -%s", dx).isEqualTo(6 - dx);
        }
    }

    @Test
    void slopesConvergeToTheDerivativeAsDxShrinks() {
        DeltaMethodModel m = new DeltaMethodModel("x^2 + 2x + 2", 2, 1);
        double previous = Double.POSITIVE_INFINITY;
        for (double h : DeltaMethodModel.TABLE_STEPS) {
            double error = Math.abs(m.slopeFor(h) - 6);
            assertThat(error).isCloseTo(h, within(1e-9)).isLessThan(previous);
            previous = error;
        }
    }

    @Test
    void theAlgebraCancelsDx() {
        DeltaMethodModel m = new DeltaMethodModel("x^2 + 2x + 2", 2, 1);
        assertThat(m.isPolynomial()).isTrue();
        assertThat(m.algebra()).containsExactly(
                "f(x) = x² + 2x + 2",
                "f(x + Δx) − f(x) = 2xΔx + Δx² + 2Δx",
                "[f(x + Δx) − f(x)] / Δx = 2x + 2 + Δx",
                "Δx → 0 leaves f′(x) = 2x + 2");
        assertThat(m.quotientAtX()).isEqualTo("6 + Δx");
        DeltaMethodModel cubic = new DeltaMethodModel("x^3 - 3x", 1, 1);
        assertThat(cubic.algebra()).contains("f(x + Δx) − f(x) = 3x²Δx + 3xΔx² + Δx³ − 3Δx",
                "[f(x + Δx) − f(x)] / Δx = 3x² − 3 + 3xΔx + Δx²");
        assertThat(cubic.quotientAtX()).isEqualTo("3Δx + Δx²");
        assertThat(new DeltaMethodModel("(x - 1)*(x + 1)/2", 0, 1).algebra().get(0)).isEqualTo("f(x) = 0.5x² − 0.5");
        assertThat(new DeltaMethodModel("sin(x)", 0, 1).isPolynomial()).isFalse();
        assertThat(new DeltaMethodModel("x^0.5", 0, 1).isPolynomial()).isFalse();
        assertThat(new DeltaMethodModel("1/x", 0, 1).isPolynomial()).isFalse();
    }

    @Test
    void polynomialQuotientAgreesWithTheNumbers() {
        long seed = 42;
        Random r = new Random(seed);
        for (int i = 0; i < 50; i++) {
            int a = r.nextInt(7) - 3;
            int b = r.nextInt(7) - 3;
            int c = r.nextInt(7) - 3;
            DeltaMethodModel m = new DeltaMethodModel(a + "*x^3 + " + b + "*x^2 + " + c + "*x + 1", r.nextInt(5) - 2, 0.5);
            double x = m.x();
            double expected = 3 * a * x * x + 2 * b * x + c + (3 * a * x + b) * 0.5 + a * 0.25;
            assertThat(m.secantSlope()).as("seed %d, case %d", seed, i).isCloseTo(expected, within(1e-9));
            assertThat(m.derivative()).as("seed %d, case %d", seed, i).isCloseTo(3 * a * x * x + 2 * b * x + c, within(1e-12));
        }
    }

    @Test
    void undefinedPointsGiveNaNNotNonsense() {
        DeltaMethodModel m = new DeltaMethodModel("sqrt(x)", 0, 1);
        assertThat(m.secantSlope()).isEqualTo(1.0);
        assertThat(m.derivative()).isNaN();
        m.set(-1, 0.5);
        assertThat(m.secantSlope()).isNaN();
        m.set(1, 0);
        assertThat(m.secantSlope()).isNaN();
    }

    @Test
    void paneReadoutsFollowParameters() {
        DeltaMethodExplorable pane = new DeltaMethodExplorable();
        assertThat(pane.readouts().read("secant_slope").text()).isEqualTo("7.0");
        assertThat(pane.readouts().read("derivative").text()).isEqualTo("6.0");
        pane.parameters().set("dx", "0.5");
        assertThat(pane.readouts().read("secant_slope").text()).isEqualTo("6.5");
        pane.parameters().set("dx", "0");
        assertThat(pane.readouts().read("secant_slope").text()).isEqualTo("undefined");
        pane.parameters().set("preset", "sine");
        assertThat(pane.parameters().get("f").text()).isEqualTo("sin(x)");
        assertThat(pane.readouts().read("derivative").text()).isEqualTo(Double.toString(Math.cos(1)));
        pane.animation().orElseThrow().step();
        assertThat(pane.parameters().get("dx").text()).isEqualTo("0.75");
    }
}
