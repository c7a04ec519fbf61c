package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mathlens.math.MathError;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.linalg.Svd;

class PcaModelTest {
    /** n examples of d correlated features: a random mixing of independent columns of unequal spread. */
    private static double[][] correlated(long seed, int n, int d) {
        Random r = new Random(seed);
        double[][] mix = new double[d][d];
        for (double[] row : mix) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                double t = r.nextGaussian() * (d - c) * 0.7;
                for (int j = 0; j < d; j++) {
                    x[i][j] += t * mix[c][j];
                }
            }
            for (int j = 0; j < d; j++) {
                x[i][j] += 3 * j - 1;
            }
        }
        return x;
    }

    private static double[][] centred(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] m = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                m[j] += row[j] / n;
            }
        }
        double[][] c = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                c[i][j] = x[i][j] - m[j];
            }
        }
        return c;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void agreesWithAnSvdOfTheCentredData(long seed) {
        double[][] x = correlated(seed, 40 + (int) seed, 2 + (int) seed);
        PcaModel pca = PcaModel.of(x, false);
        // independent route: Xc = U Σ Vᵀ, so λⱼ = σⱼ² / (n − 1) and the axes are V's columns
        Svd svd = Svd.of(centred(x));
        int d = x[0].length;
        for (int j = 0; j < d; j++) {
            double lambda = svd.sigma()[j] * svd.sigma()[j] / (x.length - 1);
            assertThat(pca.variance(j)).isCloseTo(lambda, within(1e-9 * (1 + lambda)));
            double[] v = new double[d];
            for (int i = 0; i < d; i++) {
                v[i] = svd.v()[i][j];
            }
            assertThat(Math.abs(dot(v, pca.axes(d)[j]))).isCloseTo(1, within(1e-8));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void explainedRatiosSumToOneLargestFirstAndAxesAreOrthonormalWithTheLargestEntryPositive(long seed) {
        PcaModel pca = PcaModel.of(correlated(seed, 60, 6), seed % 2 == 0);
        double[] r = pca.explained();
        double sum = 0;
        for (int j = 0; j < r.length; j++) {
            sum += r[j];
            if (j > 0) {
                assertThat(r[j]).isLessThanOrEqualTo(r[j - 1]);
            }
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
        double[][] a = pca.axes(6);
        for (int p = 0; p < 6; p++) {
            int big = 0;
            for (int i = 0; i < 6; i++) {
                big = Math.abs(a[p][i]) > Math.abs(a[p][big]) ? i : big;
            }
            assertThat(a[p][big]).isPositive();
            for (int q = 0; q < 6; q++) {
                assertThat(dot(a[p], a[q])).isCloseTo(p == q ? 1 : 0, within(1e-10));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theReconstructionErrorIsTheDroppedVarianceTimesNMinusOneOverNd(boolean standardize) {
        double[][] x = correlated(11, 50, 5);
        PcaModel pca = PcaModel.of(x, standardize);
        int n = 50;
        int d = 5;
        assertThat(pca.reconstructionError(d)).isCloseTo(0, within(1e-12));
        for (int k = 0; k <= d; k++) {
            double dropped = 0;
            for (int j = k; j < d; j++) {
                dropped += pca.variance(j);
            }
            assertThat(pca.reconstructionError(k)).isCloseTo((n - 1.0) / (n * d) * dropped, within(1e-10));
        }
    }

    @Test
    void unstandardizedTheErrorIsTheMeanSquaredDistanceToTheRebuild() {
        double[][] x = correlated(12, 30, 4);
        PcaModel pca = PcaModel.of(x, false);
        for (int k = 1; k <= 4; k++) {
            double sse = 0;
            for (int i = 0; i < 30; i++) {
                double[] r = pca.rebuild(i, k);
                for (int j = 0; j < 4; j++) {
                    sse += (x[i][j] - r[j]) * (x[i][j] - r[j]);
                }
            }
            assertThat(pca.reconstructionError(k)).isCloseTo(sse / (30 * 4), within(1e-10));
        }
        double[] back = pca.rebuild(7, 4);
        assertThat(back).containsExactly(x[7], within(1e-10));
    }

    @Test
    void irisMatchesScikitLearn() {
        PcaModel pca = PcaModel.of(Datasets.iris().x(), false);
        assertThat(pca.explained()).containsExactly(new double[] {0.92461872, 0.05306648, 0.01710261, 0.00521218}, within(1e-8));
        assertThat(pca.mean()).containsExactly(new double[] {5.843333, 3.057333, 3.758, 1.199333}, within(1e-6));
        // StandardScaler then PCA, as scikit-learn's standardized-iris tutorials print it
        PcaModel std = PcaModel.of(Datasets.iris().x(), true);
        assertThat(std.explained()).containsExactly(new double[] {0.72962445, 0.22850762, 0.03668922, 0.00517871}, within(1e-8));
        assertThat(std.covariance(2, 2)).isCloseTo(150.0 / 149, within(1e-12));
    }

    @Test
    void pointsOnALineHaveOneAxisAlongItAndNothingAcross() {
        PcaModel pca = PcaModel.of(new double[][] {{0, 0}, {1, 2}, {2, 4}, {3, 6}}, false);
        assertThat(pca.explained()).containsExactly(new double[] {1, 0}, within(1e-12));
        assertThat(pca.axes(1)[0]).containsExactly(new double[] {1 / Math.sqrt(5), 2 / Math.sqrt(5)}, within(1e-12));
        // the second axis is perpendicular; its largest entry (the first, −2/√5 or +2/√5) is positive
        assertThat(pca.axes(2)[1]).containsExactly(new double[] {2 / Math.sqrt(5), -1 / Math.sqrt(5)}, within(1e-12));
        // Σ (x − x̄)² + (y − ȳ)² = 5 + 20 = 25 over n − 1 = 3
        assertThat(pca.variance(0)).isCloseTo(25 / 3.0, within(1e-12));
        assertThat(pca.reconstructionError(1)).isCloseTo(0, within(1e-12));
        assertThat(pca.score(0, 0)).isCloseTo(-1.5 * Math.sqrt(5), within(1e-12));
    }

    @Test
    void theSignDoesNotFlipWhenTheExamplesAreReordered() {
        double[][] x = correlated(21, 40, 4);
        double[][] reversed = new double[40][];
        for (int i = 0; i < 40; i++) {
            reversed[i] = x[39 - i];
        }
        double[][] a = PcaModel.of(x, false).axes(4);
        double[][] b = PcaModel.of(reversed, false).axes(4);
        for (int j = 0; j < 4; j++) {
            assertThat(b[j]).containsExactly(a[j], within(1e-9));
        }
    }

    @Test
    void digitsHaveSixtyFourAxesAndTwentyOneExplainNinetyPercent() {
        PcaModel pca = PcaModel.of(Datasets.digits().x(), false);
        assertThat(pca.dimension()).isEqualTo(64);
        assertThat(pca.cumulative(20)).isLessThan(0.9);
        assertThat(pca.cumulative(21)).isGreaterThan(0.9);
        assertThat(pca.explained(0)).isCloseTo(0.14890594, within(1e-7));
        // the pixels that are 0 in every image have no variance: the last axes explain nothing
        assertThat(pca.explained(63)).isCloseTo(0, within(1e-12));
    }

    @Test
    void identicalExamplesHaveNoSpreadAndBadRowsAreRefused() {
        PcaModel same = PcaModel.of(new double[][] {{1, 2}, {1, 2}, {1, 2}}, true);
        assertThat(same.hasSpread()).isFalse();
        assertThat(same.explained(0)).isNaN();
        assertThat(same.reconstructionError(1)).isZero();
        assertThatThrownBy(() -> PcaModel.of(new double[][] {{1, 2}}, false)).isInstanceOf(MathError.class)
                .hasMessage("PCA needs at least two examples");
        assertThatThrownBy(() -> PcaModel.of(new double[][] {{1, 2}, {3, Double.NaN}}, false)).isInstanceOf(MathError.class)
                .hasMessage("PCA needs finite numbers, and this data holds NaN");
        assertThatThrownBy(() -> PcaModel.of(new double[][] {{1, 2}, {3}}, false)).isInstanceOf(MathError.class);
    }
}
