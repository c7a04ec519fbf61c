package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LowRankChartsTest {
    @Test
    void theLogScaleIsLabelledWithTypesetPowersOfTen() {
        assertThat(LowRankCharts.powerOfTen(0)).isEqualTo("10⁰");
        assertThat(LowRankCharts.powerOfTen(2)).isEqualTo("10²");
        assertThat(LowRankCharts.powerOfTen(-13)).isEqualTo("10⁻¹³");
    }
}
