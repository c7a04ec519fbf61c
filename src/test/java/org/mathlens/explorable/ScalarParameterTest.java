package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScalarParameterTest {
    private static ScalarParameter lambda() {
        return new ScalarParameter("lambda", "penalty weight", 0.01, 0, 10, 0.001).logarithmicWithZero(1e-6);
    }

    @Test
    void theLogSliderWithZeroSpansSixAndAHalfDecadesAndItsLeftEndIsZero() {
        ScalarParameter p = lambda();
        assertThat(p.sliderMin()).isEqualTo(-6.5);
        assertThat(p.sliderMax()).isEqualTo(1.0);
        assertThat(p.valueAt(p.sliderMin())).isEqualTo(0.0);
        assertThat(p.valueAt(-6.3)).isEqualTo(0.0);
        assertThat(p.valueAt(-6.2)).isEqualTo(1e-6);
        assertThat(p.valueAt(-6.0)).isEqualTo(1e-6);
        assertThat(p.valueAt(-2.0)).isEqualTo(0.01);
        assertThat(p.valueAt(Math.log10(0.0345))).isEqualTo(0.035);
        assertThat(p.valueAt(1.0)).isEqualTo(10.0);
        assertThat(p.valueAt(3.0)).isEqualTo(10.0);
        assertThat(p.sliderPosition(0)).isEqualTo(-6.5);
        assertThat(p.sliderPosition(1e-9)).isEqualTo(-6.0);
        assertThat(p.sliderPosition(0.01)).isCloseTo(-2.0, within(1e-15));
    }

    @Test
    void zeroIsAValueTheParameterTakesAndNegativesAreRefused() {
        ScalarParameter p = lambda();
        p.setText("0");
        assertThat(p.value()).isEqualTo(0.0);
        assertThatThrownBy(() -> p.setText("-0.1")).isInstanceOf(ParameterException.class).hasMessage("lambda must be between 0.0 and 10.0");
        assertThat(p.value()).isEqualTo(0.0);
    }

    @Test
    void aPositionReadBackGivesTheSameValue() {
        ScalarParameter p = lambda();
        Random r = new Random(17);
        for (int i = 0; i < 1000; i++) {
            double pos = p.sliderMin() + r.nextDouble() * (p.sliderMax() - p.sliderMin());
            double v = p.valueAt(pos);
            assertThat(v).isBetween(0.0, 10.0);
            assertThat(p.valueAt(p.sliderPosition(v))).isEqualTo(v);
        }
    }

    @Test
    void plainAndPositiveLogSlidersKeepTheirMapping() {
        ScalarParameter k = new ScalarParameter("k", null, 1, -3, 3, 0.1);
        assertThat(k.sliderMin()).isEqualTo(-3.0);
        assertThat(k.valueAt(1.234)).isEqualTo(1.2);
        assertThat(k.valueAt(7)).isEqualTo(3.0);
        ScalarParameter rate = new ScalarParameter("rate", null, 0.1, 1e-4, 1, 1e-4).logarithmic();
        assertThat(rate.sliderMin()).isCloseTo(-4.0, within(1e-15));
        assertThat(rate.valueAt(-4.5)).isEqualTo(1e-4);
        assertThat(rate.valueAt(Math.log10(0.00123))).isEqualTo(0.0012);
    }

    @Test
    void aZeroStretchNeedsMinimumZeroAndASmallestBelowTheMaximum() {
        assertThatThrownBy(() -> new ScalarParameter("a", null, 1, 0.5, 10, 0.1).logarithmicWithZero(1e-3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScalarParameter("a", null, 1, 0, 10, 0.1).logarithmicWithZero(20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
