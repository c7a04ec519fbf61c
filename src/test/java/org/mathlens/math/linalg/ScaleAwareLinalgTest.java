package org.mathlens.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The linear-algebra decisions (repeated eigenvalue, singular, rank) are relative to the
 * matrix's own scale: the same matrix times 1e-12 or 1e12, or with rows of very different
 * sizes, gets the same answer. Seeded; Hipparchus or an exact construction is the oracle.
 */
class ScaleAwareLinalgTest {
    private static double scale(Random r) {
        return Math.pow(10, -12 + 24 * r.nextDouble());
    }

    @RepeatedTest(200)
    void eigenvaluesOfAKnownConstructionAreFoundAtEveryScale(RepetitionInfo info) {
        long seed = 7_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        double s = scale(r);
        double l1 = s * (0.5 + r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
        double gap = Math.pow(10, -6 * r.nextDouble());              // relative gap 1e-6 … 1
        double l2 = l1 * (1 - gap);
        // A = V diag(λ) V⁻¹ with a well-conditioned V (columns at least 30° apart)
        double t1 = 2 * Math.PI * r.nextDouble();
        double t2 = t1 + Math.toRadians(30 + 120 * r.nextDouble());
        double[][] v = {{Math.cos(t1), Math.cos(t2)}, {Math.sin(t1), Math.sin(t2)}};
        double[][] a = Linalg.multiply(Linalg.multiply(v, new double[][] {{l1, 0}, {0, l2}}), Linalg.inverse(v));
        Eigen e = Linalg.eigen(a);
        double[] expected = l1 > l2 ? new double[] {l1, l2} : new double[] {l2, l1};
        assertThat(e.isReal()).as("seed %d", seed).isTrue();
        // a non-symmetric 2×2 loses about ε·κ(V)·|λ| / gap in each eigenvalue
        double tolerance = 1e-9 * Math.abs(l1);
        assertThat(e.real()[0]).as("seed %d", seed).isCloseTo(expected[0], within(tolerance));
        assertThat(e.real()[1]).as("seed %d", seed).isCloseTo(expected[1], within(tolerance));
        assertThat(e.real()[0]).as("seed %d: two distinct values", seed).isNotEqualTo(e.real()[1]);
        assertThat(e.vectors()).as("seed %d: two eigen-directions", seed).isNotNull();
    }

    @RepeatedTest(200)
    void symmetricEigenvaluesAreNeverMergedWhenDistinct(RepetitionInfo info) {
        long seed = 8_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        double s = scale(r);
        double l1 = s * (0.5 + r.nextDouble());
        double l2 = l1 * (1 - Math.pow(10, -3 - 7 * r.nextDouble()));   // gaps down to 1e-10
        double t = 2 * Math.PI * r.nextDouble();
        double c = Math.cos(t);
        double sn = Math.sin(t);
        double[][] q = {{c, -sn}, {sn, c}};
        double[][] a = Linalg.multiply(Linalg.multiply(q, new double[][] {{l1, 0}, {0, l2}}), Linalg.transpose(q));
        a[1][0] = a[0][1];     // exactly symmetric
        Eigen e = Linalg.eigen(a);
        assertThat(e.real()[0]).as("seed %d", seed).isCloseTo(l1, within(1e-14 * l1 * 8));
        assertThat(e.real()[1]).as("seed %d", seed).isCloseTo(l2, within(1e-14 * l1 * 8));
        assertThat(e.vectors()).as("seed %d", seed).isNotNull();
    }

    @Test
    void theIssuesEigenExamples() {
        assertThat(Linalg.eigen(new double[][] {{1_000_000, 0}, {0, 999_999.5}}).real()).containsExactly(1_000_000, 999_999.5);
        Eigen small = Linalg.eigen(new double[][] {{2e-7, 1e-7}, {1e-7, 2e-7}});
        assertThat(small.real()[0]).isCloseTo(3e-7, within(1e-21));
        assertThat(small.real()[1]).isCloseTo(1e-7, within(1e-21));
        assertThat(small.vectors()).isNotNull();
        assertThat(Linalg.eigen(new double[][] {{1, 0}, {0, 1 + 5e-7}}).real()).containsExactly(1 + 5e-7, 1);
        // still merged: a repeated value split by rounding (a Jordan block) and an exact repeat
        assertThat(Linalg.eigen(new double[][] {{3, -1}, {1, 1}}).real()).containsExactly(2, 2);
        assertThat(Linalg.eigen(new double[][] {{3, -1}, {1, 1}}).vectors()).isNull();
        assertThat(Linalg.eigen(new double[][] {{5e-9, 0}, {0, 5e-9}}).vectors()).isNotNull();
    }

    @RepeatedTest(200)
    void determinantAndSingularityFollowTheScaleNotAnAbsoluteTolerance(RepetitionInfo info) {
        long seed = 9_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        int n = 2 + r.nextInt(3);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = r.nextGaussian() + (i == j ? 3 : 0);      // diagonally dominant: well conditioned
            }
        }
        double[] rowScale = new double[n];
        for (int i = 0; i < n; i++) {
            rowScale[i] = scale(r);
            for (int j = 0; j < n; j++) {
                m[i][j] *= rowScale[i];
            }
        }
        RealMatrix oracle = new Array2DRowRealMatrix(m);
        double expected = new LUDecomposition(oracle, Double.MIN_VALUE).getDeterminant();
        assertThat(Linalg.isSingular(m)).as("seed %d", seed).isFalse();
        assertThat(Linalg.det(m)).as("seed %d", seed).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
        double[][] inverse = Linalg.inverse(m);
        double[][] product = Linalg.multiply(inverse, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(product[i][j]).as("seed %d", seed).isCloseTo(i == j ? 1 : 0, within(1e-10));
            }
        }
        assertThat(Linalg.isNearlySingular(m)).as("seed %d", seed).isFalse();
        // a rank-one matrix at the same scales is singular, with det exactly 0
        double[][] rankOne = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rankOne[i][j] = rowScale[i] * (j + 1.0);
            }
        }
        assertThat(Linalg.isSingular(rankOne)).as("seed %d", seed).isTrue();
        assertThat(Linalg.det(rankOne)).as("seed %d", seed).isEqualTo(0.0);
        assertThat(Linalg.rank(rankOne)).as("seed %d", seed).isEqualTo(1);
    }

    @Test
    void theIssuesSingularityExamples() {
        double[][] a = {{1e-10, 0}, {0, 1e6}};
        assertThat(Linalg.det(a)).isCloseTo(1e-4, within(1e-19));
        assertThat(Linalg.isSingular(a)).isFalse();
        assertThat(Linalg.inverse(a)[0][0]).isCloseTo(1e10, within(1e-5));
        // nearly singular: invertible, but said to be so
        double[][] b = {{1, 1}, {1, 1 + 1e-12}};
        assertThat(Linalg.isSingular(b)).isFalse();
        assertThat(Linalg.isNearlySingular(b)).isTrue();
        assertThat(Linalg.condition(b)).isGreaterThan(1e12);
    }

    @RepeatedTest(100)
    void normsNeitherOverflowNorUnderflow(RepetitionInfo info) {
        long seed = 10_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        double[] v = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
        double expected = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        int exponent = -1000 + r.nextInt(2000);          // 2^-1000 … 2^1000: squares would leave the range
        double[] scaled = {Math.scalb(v[0], exponent), Math.scalb(v[1], exponent), Math.scalb(v[2], exponent)};
        assertThat(Linalg.norm(scaled, 2)).as("seed %d", seed).isCloseTo(Math.scalb(expected, exponent),
                within(4 * Math.ulp(Math.scalb(expected, exponent))));
    }
}
