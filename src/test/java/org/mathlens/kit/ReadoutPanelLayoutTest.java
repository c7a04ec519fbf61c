package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorable.Reading;

class ReadoutPanelLayoutTest {
    private static final String F = String.valueOf(ReadoutPanel.FIGURE_SPACE);

    private static String f(int n) {
        return F.repeat(n);
    }

    @Test
    void numbersShowSixSignificantDigitsAndIntegersAsIntegers() {
        assertThat(ReadoutPanel.layout(Reading.of(4.497941445275415))).isEqualTo("4.49794");
        assertThat(ReadoutPanel.layout(Reading.of(7.0))).isEqualTo("7");
        assertThat(ReadoutPanel.layout(Reading.of(6))).as("n = 6, not 6.0").isEqualTo("6");
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {2, 3}))).as("a shape").isEqualTo("[2, 3]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {1, 2}))).isEqualTo("[1, 2]");
        assertThat(ReadoutPanel.layout(Reading.word("none: left -1.0, right 1.0, which differ"))).isEqualTo("none: left -1.0, right 1.0, which differ");
    }

    @Test
    void longValuesBreakBetweenEntriesNeverInsideANumber() {
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {0.7071067811865475, -0.7071067811865476})))
                .isEqualTo("[0.707107, -0.707107]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[] {0.7071067811865475, -0.7071067811865476, 12.5, 0.25})))
                .isEqualTo("[" + f(1) + "0.707107,\n -0.707107,\n " + f(5) + "12.5,\n " + f(5) + "0.25]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[][] {{0.5, 0.25, 0.125}, {1, 2, 3}})))
                .as("a matrix a row a line, its columns right-aligned")
                .isEqualTo("[[0.5, 0.25, 0.125],\n [" + f(2) + "1, " + f(3) + "2, " + f(4) + "3]]");
        assertThat(ReadoutPanel.layout(Reading.of(new double[][] {{0.7071067811865475, 0.5}, {0.25, -0.7071067811865476}})))
                .isEqualTo("[[0.707107, " + f(6) + "0.5],\n [" + f(4) + "0.25, -0.707107]]");
    }

    @Test
    void everyLineBreakFallsAfterACommaAndEveryEntryIsAWholeNumber() {
        long seed = 20261203L;
        Random r = new Random(seed);
        for (int k = 0; k < 300; k++) {
            int rows = 1 + r.nextInt(8);
            int cols = 1 + r.nextInt(8);
            double[][] m = new double[rows][cols];
            for (double[] row : m) {
                for (int j = 0; j < cols; j++) {
                    row[j] = r.nextInt(3) == 0 ? r.nextInt(20) - 10 : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6);
                }
            }
            String text = ReadoutPanel.layout(Reading.of(m));
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length - 1; i++) {
                assertThat(lines[i]).as("seed %d: %s", seed, text).endsWith(",");
            }
            String[] entries = text.replaceAll("[\\[\\]\n " + F + "]", "").split(",");
            assertThat(entries).as("seed %d: %s", seed, text).hasSize(rows * cols);
            for (int n = 0; n < entries.length; n++) {
                double back = Double.parseDouble(entries[n]);
                double x = m[n / cols][n % cols];
                assertThat(Math.abs(back - x)).as("seed %d: %s in %s", seed, x, text).isLessThanOrEqualTo(5e-6 * Math.abs(x));
            }
            String v = ReadoutPanel.layout(Reading.of(m[0]));
            assertThat(v.replaceAll("[\\[\\]\n " + F + "]", "").split(",")).as("seed %d: %s", seed, v).hasSize(cols);
            assertThat(v.split("\n")).allSatisfy(line -> assertThat(line.endsWith(",") || line.endsWith("]")).isTrue());
        }
    }

    @Test
    void aLongVectorShowsItsFirstEntriesAndHowManyThereAre() {
        double[] sigma = new double[128];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = 128 - i;
        }
        assertThat(ReadoutPanel.layout(Reading.of(sigma)))
                .isEqualTo("[128,\n 127,\n 126,\n 125,\n 124,\n 123,\n … (128 values)]");
        double[] eight = java.util.Arrays.copyOf(sigma, 8);
        eight[0] = 128.125;
        assertThat(ReadoutPanel.layout(Reading.of(eight)).split("\n")).hasSize(8);
    }

    @Test
    void aLargeMatrixNamesItsSize() {
        assertThat(ReadoutPanel.layout(Reading.of(new double[10][10]))).isEqualTo("10×10 matrix\n(hover to read it)");
        assertThat(ReadoutPanel.layout(Reading.of(new double[2][9]))).isEqualTo("2×9 matrix\n(hover to read it)");
        assertThat(ReadoutPanel.layout(Reading.of(new double[8][8]))).doesNotContain("matrix").startsWith("[[0,");
    }
}
