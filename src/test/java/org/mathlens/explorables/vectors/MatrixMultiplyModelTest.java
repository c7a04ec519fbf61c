package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Linalg;

class MatrixMultiplyModelTest {
    @Test
    void multipliesRowsByColumns() {
        MatrixMultiplyModel m = new MatrixMultiplyModel();
        m.set(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{7, 8}, {9, 10}, {11, 12}});
        assertThat(m.defined()).isTrue();
        assertThat(m.product()).isDeepEqualTo(new double[][] {{58, 64}, {139, 154}});
        assertThat(m.symbolicSum(0, 1)).isEqualTo("c₁₂ = a₁₁b₁₂ + a₁₂b₂₂ + a₁₃b₃₂");
        assertThat(m.numericSum(0, 1)).isEqualTo("= 1·8 + 2·10 + 3·12 = 64");
        assertThat(m.isSquarePairOf2()).isFalse();
        assertThat(m.reversed()).as("BA is 3×3 here").hasDimensions(3, 3);
        assertThat(m.commutes()).isFalse();
    }

    @Test
    void negativeFactorsAreBracketed() {
        MatrixMultiplyModel m = new MatrixMultiplyModel();
        m.set(new double[][] {{-1, 2}}, new double[][] {{3}, {-0.5}});
        assertThat(m.numericSum(0, 0)).isEqualTo("= (−1)·3 + 2·(−0.5) = −4");
    }

    @Test
    void aShapeMismatchIsExplainedNotThrown() {
        MatrixMultiplyModel m = new MatrixMultiplyModel();
        m.set(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{1, 0}, {0, 1}});
        assertThat(m.defined()).isFalse();
        assertThat(m.product()).isNull();
        assertThat(m.mismatch()).isEqualTo("cannot multiply 2×3 by 2×2: A has 3 columns but B has 2 rows");
        m.set(new double[][] {{1}}, new double[][] {{1, 2}, {3, 4}});
        assertThat(m.mismatch()).isEqualTo("cannot multiply 1×1 by 2×2: A has 1 column but B has 2 rows");
    }

    @Test
    void aShearAndARotationDoNotCommute() {
        MatrixMultiplyModel m = new MatrixMultiplyModel();
        m.set(new double[][] {{1, 1}, {0, 1}}, new double[][] {{0, -1}, {1, 0}});
        assertThat(m.product()).isDeepEqualTo(new double[][] {{1, -1}, {1, 0}});
        assertThat(m.reversed()).isDeepEqualTo(new double[][] {{0, -1}, {1, 1}});
        assertThat(m.commutes()).isFalse();
        m.set(new double[][] {{2, 0}, {0, 3}}, new double[][] {{-1, 0}, {0, 5}});
        assertThat(m.commutes()).as("diagonal matrices commute").isTrue();
    }

    @Test
    void theTransposeOfAProductIsTheProductOfTransposesReversed() {
        for (int trial = 0; trial < 50; trial++) {
            long seed = 9100L + trial;
            Random r = new Random(seed);
            int m = 1 + r.nextInt(5);
            int n = 1 + r.nextInt(5);
            int p = 1 + r.nextInt(5);
            double[][] a = random(r, m, n);
            double[][] b = random(r, n, p);
            MatrixMultiplyModel model = new MatrixMultiplyModel();
            model.set(a, b);
            double[][] left = Linalg.transpose(model.product());
            double[][] right = Linalg.multiply(Linalg.transpose(b), Linalg.transpose(a));
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < m; j++) {
                    assertThat(left[i][j]).as("seed %d", seed).isCloseTo(right[i][j], within(1e-9));
                }
            }
            // every entry is the written sum of products
            int i = r.nextInt(m);
            int j = r.nextInt(p);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += model.term(i, j, k);
            }
            assertThat(model.product()[i][j]).as("seed %d", seed).isCloseTo(sum, within(1e-9));
        }
    }

    static double[][] random(Random r, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = r.nextInt(19) - 9 + (r.nextBoolean() ? 0.5 : 0);
            }
        }
        return a;
    }
}
