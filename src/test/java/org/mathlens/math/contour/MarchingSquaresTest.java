package org.mathlens.math.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    @Test
    void theUnitLevelOfXSquaredPlusYSquaredIsTheUnitCircle() {
        var field = MarchingSquares.sample((x, y) -> x * x + y * y, -2, 2, -2, 2, 81, 81);
        double[] s = MarchingSquares.isoline(field, 1);
        assertThat(s.length).isGreaterThan(4 * 40);
        for (int k = 0; k < s.length; k += 2) {
            assertThat(Math.hypot(s[k], s[k + 1])).isCloseTo(1.0, within(2e-3));
        }
    }

    @Test
    void aStraightLevelIsExact() {
        // f = x + 2y is linear, so the interpolation is exact: every point has x + 2y = 0.5
        var field = MarchingSquares.sample((x, y) -> x + 2 * y, -1, 1, -1, 1, 7, 5);
        double[] s = MarchingSquares.isoline(field, 0.5);
        assertThat(s).isNotEmpty();
        for (int k = 0; k < s.length; k += 2) {
            assertThat(s[k] + 2 * s[k + 1]).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void levelsOutsideTheRangeDrawNothingAndHolesAreSkipped() {
        var field = MarchingSquares.sample((x, y) -> x * x + y * y, -1, 1, -1, 1, 11, 11);
        assertThat(MarchingSquares.isoline(field, 5)).isEmpty();
        var holed = MarchingSquares.sample((x, y) -> Math.log(x), -1, 1, -1, 1, 11, 11);
        for (double v : MarchingSquares.isoline(holed, -1)) {
            assertThat(v).isFinite();
        }
    }

    @Test
    void logLevelsAreGeometricAndQuantileLevelsIncrease() {
        var field = MarchingSquares.sample((x, y) -> x * x + y * y, -1, 1, -1, 1, 21, 21);
        double[] log = MarchingSquares.logLevels(field, 6);
        assertThat(log).hasSize(6);
        for (int k = 1; k + 1 < log.length; k++) {
            assertThat(log[k] / log[k - 1]).isCloseTo(log[k + 1] / log[k], within(1e-9));
        }
        double[] q = MarchingSquares.quantileLevels(field, 5);
        for (int k = 1; k < q.length; k++) {
            assertThat(q[k]).isGreaterThan(q[k - 1]);
        }
    }
}
