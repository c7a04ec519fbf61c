package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.expr.MathLanguage;

class PartialDerivativesModelTest {
    private static PartialDerivativesModel at(String f, double x, double y) {
        PartialDerivativesModel m = new PartialDerivativesModel();
        m.setFunction(MathLanguage.compile(f, "x", "y"), -3, 3, -3, 3);
        m.setPoint(x, y);
        return m;
    }

    @Test
    void saddleAtOneTwo() {
        PartialDerivativesModel m = at("x^2 - y^2", 1, 2);
        assertThat(m.value()).isEqualTo(-3.0);
        assertThat(m.dfdx()).isEqualTo(2.0);
        assertThat(m.dfdy()).isEqualTo(-4.0);
    }

    @Test
    void cylinderVolumeAtRadiusThreeLengthFive() {
        PartialDerivativesModel m = at("pi*x^2*y", 3, 5);
        assertThat(m.value()).isCloseTo(45 * Math.PI, within(1e-12));
        assertThat(m.dfdx()).isCloseTo(30 * Math.PI, within(1e-12));
        assertThat(m.dfdy()).isCloseTo(9 * Math.PI, within(1e-12));
    }

    @Test
    void slicesPassThroughThePointAndTheLevelCurveHoldsItsValue() {
        PartialDerivativesModel m = at("x^2 + y^2", 1, 1);
        // the slice samples run over the box [-3, 3]; x = 1 is sample 53⅓, so check by value
        for (int k = 0; k < PartialDerivativesModel.SLICE_SAMPLES; k++) {
            double t = m.sliceXs()[k];
            assertThat(m.sliceAlongX()[k]).isCloseTo(t * t + 1, within(1e-12));
            assertThat(m.sliceAlongY()[k]).isCloseTo(1 + m.sliceYs()[k] * m.sliceYs()[k], within(1e-12));
        }
        double[] s = m.level();
        assertThat(s.length).isGreaterThan(40);
        for (int k = 0; k + 1 < s.length; k += 2) {
            // the circle of radius √2, up to the sampling of the field
            assertThat(Math.hypot(s[k], s[k + 1])).isCloseTo(Math.sqrt(2), within(0.02));
        }
    }

    @Test
    void symbolicSlopesAgreeWithCentralDifferences() {
        String[] fs = {"x^2 - y^2", "x^2 + y^2", "pi*x^2*y", "sin(x*y) + exp(x/3)", "x*y^3 - log(1 + x^2)", "sqrt(1 + x^2 + y^2)"};
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            String f = fs[r.nextInt(fs.length)];
            double x = r.nextDouble() * 4 - 2;
            double y = r.nextDouble() * 4 - 2;
            PartialDerivativesModel m = at(f, x, y);
            double[] g = PartialDerivativesModel.centralGradient(m::f, x, y);
            assertThat(m.dfdx()).as("seed %d, f = %s", seed, f).isCloseTo(g[0], within(1e-5 * Math.max(1, Math.abs(g[0]))));
            assertThat(m.dfdy()).as("seed %d, f = %s", seed, f).isCloseTo(g[1], within(1e-5 * Math.max(1, Math.abs(g[1]))));
            double[] oracle = MathLanguage.evaluateVector("grad(" + f + ", [x, y], [" + x + ", " + y + "])");
            assertThat(m.dfdx()).as("seed %d", seed).isCloseTo(oracle[0], within(1e-12));
            assertThat(m.dfdy()).as("seed %d", seed).isCloseTo(oracle[1], within(1e-12));
        }
    }

    @Test
    void undefinedPointsStayExplained() {
        PartialDerivativesModel m = at("log(x) + y", -1, 0);
        assertThat(m.defined()).isFalse();
        assertThat(m.level()).isEmpty();
    }
}
