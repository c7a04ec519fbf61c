package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.Reading;

class ReadoutPanelLayoutTest {
    @Test
    void longValuesBreakBetweenEntriesNeverInsideANumber() {
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {1, 2}))).isEqualTo("[1.0, 2.0]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {0.7071067811865475, -0.7071067811865476})))
                .isEqualTo("[0.7071067811865475,\n -0.7071067811865476]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[][] {{0.5, 0.25, 0.125}, {1, 2, 3}})))
                .isEqualTo("[[0.5, 0.25, 0.125],\n [1.0, 2.0, 3.0]]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[][] {{0.7071067811865475, 0.5}, {0.25, -0.7071067811865476}})))
                .isEqualTo("[[0.7071067811865475,\n  0.5],\n [0.25,\n  -0.7071067811865476]]");
        assertThat(ReadoutPanel.layout(Reading.word("none: left -1.0, right 1.0, which differ"))).isEqualTo("none: left -1.0, right 1.0, which differ");
    }

    @Test
    void aLongVectorShowsItsFirstEntriesAndHowManyThereAre() {
        double[] sigma = new double[128];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = 128 - i;
        }
        assertThat(ReadoutPanel.layout(Reading.of(sigma)))
                .isEqualTo("[128.0,\n 127.0,\n 126.0,\n 125.0,\n 124.0,\n 123.0,\n … (128 values)]");
        double[] eight = java.util.Arrays.copyOf(sigma, 8);
        assertThat(ReadoutPanel.layout(Reading.of(eight)).split("\n")).hasSize(8);
    }

    @Test
    void aLargeMatrixNamesItsSize() {
        assertThat(ReadoutPanel.layout(Reading.of(new double[10][10]))).isEqualTo("10×10 matrix\n(hover to read it)");
        assertThat(ReadoutPanel.layout(Reading.of(new double[2][9]))).isEqualTo("2×9 matrix\n(hover to read it)");
        assertThat(ReadoutPanel.layout(Reading.of(new double[8][8]))).doesNotContain("matrix").startsWith("[[0.0,");
    }
}
