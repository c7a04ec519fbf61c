package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.calculus.IntegralsModel.Method;

class IntegralsModelTest {
    private static IntegralsModel model(String f, double a, double b) {
        return new IntegralsModel(f, a, b, 8, Method.LEFT);
    }

    @Test
    void sumsOfXSquaredOnTheUnitInterval() {
        IntegralsModel m = model("x^2", 0, 1);
        assertThat(m.exact()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(IntegralsModel.sum(x -> x * x, 0, 1, 4, Method.LEFT)).isEqualTo(14 / 64.0);
        assertThat(IntegralsModel.sum(x -> x * x, 0, 1, 4, Method.RIGHT)).isEqualTo(30 / 64.0);
        assertThat(IntegralsModel.sum(x -> x * x, 0, 1, 4, Method.MIDPOINT)).isEqualTo((1 + 9 + 25 + 49) / 256.0);
        assertThat(IntegralsModel.sum(x -> x * x, 0, 1, 4, Method.TRAPEZOID)).isEqualTo(22 / 64.0);
        assertThat(m.riemann()).isEqualTo(IntegralsModel.sum(x -> x * x, 0, 1, 8, Method.LEFT));
        assertThat(m.error()).isCloseTo(m.riemann() - 1.0 / 3, within(1e-15));
    }

    @Test
    void linearFunctionsAreExactForMidpointAndTrapezoid() {
        IntegralsModel m = model("3x + 1", -1, 2);
        assertThat(m.exact()).isCloseTo(7.5, within(1e-12));
        for (int n = 1; n <= 10; n++) {
            assertThat(IntegralsModel.sum(x -> 3 * x + 1, -1, 2, n, Method.MIDPOINT)).isCloseTo(7.5, within(1e-12));
            assertThat(IntegralsModel.sum(x -> 3 * x + 1, -1, 2, n, Method.TRAPEZOID)).isCloseTo(7.5, within(1e-12));
        }
        assertThat(m.order(Method.MIDPOINT)).isNaN();
    }

    @Test
    void errorRatiosShowEachMethodsOrder() {
        // error(n)/error(2n) → 2 for left and right (first order), → 4 for midpoint and trapezoid (second order)
        for (String f : new String[] {"exp(x)", "sin(x) + x^2", "1/(1 + x^2)"}) {
            IntegralsModel m = model(f, 0.2, 1.7);
            for (Method method : Method.values()) {
                double[] e = m.errors(method);
                double ratio = e[128] / e[256];
                double expected = method == Method.LEFT || method == Method.RIGHT ? 2 : 4;
                assertThat(ratio).as("%s, %s", f, method).isCloseTo(expected, within(0.02));
                assertThat(m.order(method)).as("%s, %s", f, method).isCloseTo(expected == 2 ? -1 : -2, within(0.02));
            }
            // midpoint's leading error is half the trapezoid's, with the opposite sign
            double mid = IntegralsModel.sum(m.formula().f(), 0.2, 1.7, 64, Method.MIDPOINT) - m.exact();
            double trap = IntegralsModel.sum(m.formula().f(), 0.2, 1.7, 64, Method.TRAPEZOID) - m.exact();
            assertThat(trap / mid).as(f).isCloseTo(-2, within(0.01));
        }
    }

    @Test
    void signedAreaAndReversedBounds() {
        IntegralsModel m = model("sin(x)", 0, 2 * Math.PI);
        assertThat(m.exact()).isCloseTo(0, within(1e-12));
        IntegralsModel below = model("x - 2", 0, 1);
        assertThat(below.exact()).isCloseTo(-1.5, within(1e-14));
        IntegralsModel reversed = model("x^2", 1, 0);
        assertThat(reversed.exact()).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(IntegralsModel.sum(x -> x * x, 1, 0, 4, Method.TRAPEZOID)).isEqualTo(-22 / 64.0);
    }

    @Test
    void undefinedIntegrandsGiveNaNAndAReason() {
        IntegralsModel m = model("1/x", -1, 1);
        assertThat(m.exact()).isNaN();
        assertThat(m.exactError()).isNotBlank();
        assertThat(model("sqrt(x)", -1, 1).riemann()).isNaN();
    }

    @Test
    void aucByTrapezoidsEqualsAucByRanks() {
        double[][] roc = IntegralsModel.roc(IntegralsModel.SCORES, IntegralsModel.LABELS);
        assertThat(roc[0][0]).isEqualTo(0.0);
        assertThat(roc[1][0]).isEqualTo(0.0);
        assertThat(roc[0][roc[0].length - 1]).isEqualTo(1.0);
        assertThat(roc[1][roc[1].length - 1]).isEqualTo(1.0);
        assertThat(roc[0]).hasSize(20);              // 19 distinct scores + the origin
        assertThat(IntegralsModel.aucRanks(IntegralsModel.SCORES, IntegralsModel.LABELS)).isEqualTo(0.765);
        assertThat(IntegralsModel.aucTrapezoid(roc)).isCloseTo(0.765, within(1e-15));
        long seed = 11;
        Random r = new Random(seed);
        for (int t = 0; t < 100; t++) {
            int size = 2 + r.nextInt(30);
            double[] s = new double[size];
            int[] l = new int[size];
            for (int i = 0; i < size; i++) {
                s[i] = r.nextInt(8) / 8.0;      // many ties
                l[i] = i < 1 ? 1 : i < 2 ? 0 : r.nextInt(2);
            }
            assertThat(IntegralsModel.aucTrapezoid(IntegralsModel.roc(s, l)))
                    .as("seed %d, trial %d", seed, t).isCloseTo(IntegralsModel.aucRanks(s, l), within(1e-12));
        }
    }

    @Test
    void paneReadouts() {
        IntegralsExplorable pane = new IntegralsExplorable();
        assertThat(pane.readouts().read("riemann").text()).isEqualTo(Double.toString(140 / 512.0));
        assertThat(pane.readouts().read("exact").text()).isEqualTo(Double.toString(1.0 / 3));
        pane.parameters().set("method", "trapezoid");
        pane.parameters().set("n", "4");
        assertThat(pane.readouts().read("riemann").text()).isEqualTo(Double.toString(22 / 64.0));
        pane.parameters().set("f", "1/x");
        pane.parameters().set("a", "-1");
        assertThat(pane.readouts().read("exact").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("error").text()).isEqualTo("undefined");
        pane.parameters().set("view", "roc");
        assertThat(pane.readouts().read("exact").text()).isEqualTo("0.765");
        assertThat(Double.parseDouble(pane.readouts().read("riemann").text())).isCloseTo(0.765, within(1e-15));
        assertThat(Math.abs(Double.parseDouble(pane.readouts().read("error").text()))).isLessThan(1e-15);
    }
}
