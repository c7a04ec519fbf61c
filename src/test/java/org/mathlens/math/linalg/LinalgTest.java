package org.mathlens.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

class LinalgTest {

    private static String eval(String s) {
        return MathLanguage.format(MathLanguage.evaluate(s));
    }

    @Test
    void determinantInverseSolve() {
        assertThat(eval("det([[1, 2], [3, 4]])")).isEqualTo("-2.0");
        assertThat(eval("det([[1, 2, 3], [4, 5, 6], [7, 8, 9]])")).isEqualTo("0.0");
        assertThat(eval("inv([[1, 2], [3, 4]])")).isEqualTo("[[-2.0, 1.0], [1.5, -0.5]]");
        assertThat(eval("solve([[2, 1], [1, 3]], [3, 5])")).isEqualTo("[0.8, 1.4]");
        assertThat(eval("solve([[2, 0], [0, 4]], [[2, 4], [4, 8]])")).isEqualTo("[[1.0, 2.0], [1.0, 2.0]]");
        assertThatThrownBy(() -> MathLanguage.evaluate("inv([[1, 2], [2, 4]])")).isInstanceOf(MathError.class)
                .hasMessage("matrix is singular (det = 0): it has no inverse; pinv(A) gives the least-squares one");
        assertThatThrownBy(() -> MathLanguage.evaluate("solve([[1, 2], [2, 4]], [1, 2])")).hasMessageStartingWith("matrix is singular");
        assertThatThrownBy(() -> MathLanguage.evaluate("det([[1, 2, 3], [4, 5, 6]])")).hasMessage("det needs a square matrix, got a 2×3 matrix");
        assertThatThrownBy(() -> MathLanguage.evaluate("det([1, 2])")).hasMessage("det needs a matrix, got a vector of length 2");
        assertThatThrownBy(() -> MathLanguage.evaluate("inv([[inf, 0], [0, 1]])")).hasMessageContaining("finite entries");
    }

    @Test
    void pseudoInverseRankSvdTraceTranspose() {
        double[][] p = MathLanguage.evaluateMatrix("pinv([[1, 2], [2, 4]])");
        double[][] expected = {{0.04, 0.08}, {0.08, 0.16}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(p[i][j]).isCloseTo(expected[i][j], within(1e-14));
            }
        }
        assertThat(eval("pinv([[2, 0], [0, 4]])")).isEqualTo("[[0.5, 0.0], [0.0, 0.25]]");
        assertThat(eval("rank([[1, 2], [2, 4]])")).isEqualTo("1.0");
        assertThat(eval("rank([[1, 2, 3], [4, 5, 6], [7, 8, 10]])")).isEqualTo("3.0");
        assertThat(eval("rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]])")).isEqualTo("2.0");
        assertThat(eval("svd([[3, 0], [0, 4]])")).isEqualTo("[4.0, 3.0]");
        double[] s = MathLanguage.evaluateVector("svd([[1, 2], [3, 4], [5, 6]])");
        assertThat(s).hasSize(2);
        assertThat(s[0]).isCloseTo(9.525518091565107, within(1e-12));
        assertThat(s[1]).isCloseTo(0.514300580658644, within(1e-12));
        assertThat(eval("trace([[1, 2], [3, 4]])")).isEqualTo("5.0");
        assertThat(eval("transpose([[1, 2, 3], [4, 5, 6]])")).isEqualTo("[[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]");
        assertThat(eval("identity(2)")).isEqualTo("[[1.0, 0.0], [0.0, 1.0]]");
        assertThat(eval("diag([1, 2])")).isEqualTo("[[1.0, 0.0], [0.0, 2.0]]");
        assertThat(eval("diag([[1, 2], [3, 4]])")).isEqualTo("[1.0, 4.0]");
        assertThat(eval("dot([1, 2, 3], [4, 5, 6])")).isEqualTo("32.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("identity(1e9)")).isInstanceOf(MathError.class);
    }

    @Test
    void norms() {
        assertThat(eval("norm([3, 4])")).isEqualTo("5.0");
        assertThat(eval("norm([3, -4], 1)")).isEqualTo("7.0");
        assertThat(eval("norm([3, -4], 2)")).isEqualTo("5.0");
        assertThat(MathLanguage.evaluateScalar("norm([1, 2, 3], 3)")).isCloseTo(Math.cbrt(36), within(1e-14));
        assertThat(MathLanguage.evaluateScalar("norm([1, -2, 3], 2.5)"))
                .isCloseTo(Math.pow(1 + Math.pow(2, 2.5) + Math.pow(3, 2.5), 1 / 2.5), within(1e-14));
        assertThat(eval("norm([1, -5, 3], inf)")).isEqualTo("5.0");
        assertThat(eval("norm([[1, -2], [3, 4]], 1)")).isEqualTo("6.0");
        assertThat(eval("norm([[1, -2], [3, 4]], inf)")).isEqualTo("7.0");
        assertThat(eval("norm([[3, 0], [0, 4]])")).isEqualTo("4.0");
        assertThat(eval("frobenius([[1, 2], [2, 4]])")).isEqualTo("5.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("norm([1, 2], 0.5)")).hasMessageContaining("p ≥ 1");
    }

    @Test
    void eigenvaluesAndVectors() {
        assertThat(eval("eig([[2, 1], [1, 2]])")).isEqualTo("[3.0, 1.0]");
        double r = Math.sqrt(0.5);
        double[][] v = MathLanguage.evaluateMatrix("eigvecs([[2, 1], [1, 2]])");
        assertThat(v[0][0]).isCloseTo(r, within(1e-15));
        assertThat(v[1][0]).isCloseTo(r, within(1e-15));
        // second column: the largest-magnitude entry is the first one (a tie), and it is positive
        assertThat(v[0][1]).isCloseTo(r, within(1e-15));
        assertThat(v[1][1]).isCloseTo(-r, within(1e-15));
        assertThat(eval("eigvecs([[2, 0], [0, -3]])")).isEqualTo("[[1.0, 0.0], [0.0, 1.0]]");
        double[][] w = MathLanguage.evaluateMatrix("eigvecs([[1, 2], [0, -3]])");
        assertThat(w[0][0]).isEqualTo(1.0);
        assertThat(Math.abs(w[1][1])).isGreaterThan(Math.abs(w[0][1]));
        assertThat(w[1][1]).isPositive();
        assertThat(eval("eig([[0, -1], [1, 0]])")).isEqualTo("[0.0+1.0i, 0.0-1.0i]");
        assertThatThrownBy(() -> MathLanguage.evaluate("eigvecs([[0, -1], [1, 0]])")).hasMessageContaining("complex");
        assertThat(eval("eig([[4, 1], [2, 3]])")).isEqualTo("[5.0, 2.0]");
    }

    private static double[][] wellConditioned(Random random, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextDouble() * 2 - 1;
            }
            a[i][i] += n * (random.nextBoolean() ? 1 : -1);    // diagonally dominant
        }
        return a;
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(6);
            double[][] a = wellConditioned(random, n);
            double[][] product = Linalg.multiply(Linalg.inverse(a), a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(product[i][j]).as("seed %d (%d, %d)", seed, i, j).isCloseTo(i == j ? 1 : 0, within(1e-12));
                }
            }
        }
    }

    @Test
    void determinantIsMultiplicative() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(6);
            double[][] a = wellConditioned(random, n);
            double[][] b = wellConditioned(random, n);
            double expected = Linalg.det(a) * Linalg.det(b);
            assertThat(Linalg.det(Linalg.multiply(a, b))).as("seed %d", seed)
                    .isCloseTo(expected, within(1e-10 * Math.abs(expected)));
        }
    }

    @Test
    void eigenvaluesSumToTheTrace() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(6);
            double[][] a = new double[n][n];
            for (double[] row : a) {
                for (int j = 0; j < n; j++) {
                    row[j] = random.nextGaussian();
                }
            }
            Eigen e = Linalg.eigen(a);
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                re += e.real()[i];
                im += e.imaginary()[i];
                if (i > 0) {
                    assertThat(e.real()[i]).as("seed %d sorted", seed).isLessThanOrEqualTo(e.real()[i - 1]);
                }
            }
            assertThat(re).as("seed %d", seed).isCloseTo(Linalg.trace(a), within(1e-9));
            assertThat(im).as("seed %d", seed).isCloseTo(0, within(1e-9));
            if (e.vectors() != null) {
                // A v = λ v for every column
                for (int k = 0; k < n; k++) {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = e.vectors()[i][k];
                    }
                    double[] av = Linalg.multiply(a, v);
                    for (int i = 0; i < n; i++) {
                        assertThat(av[i]).as("seed %d", seed).isCloseTo(e.real()[k] * v[i], within(1e-8));
                    }
                    assertThat(Linalg.norm(v, 2)).isCloseTo(1, within(1e-12));
                }
            }
        }
    }

    @Test
    void matrixPowerMatchesRepeatedProducts() {
        double[][] a = {{1, 1}, {1, 0}};
        assertThat(Linalg.power(a, 10)[0][1]).isEqualTo(55.0);     // Fibonacci
        assertThatThrownBy(() -> Linalg.multiply(new double[2][3], new double[2][3]))
                .hasMessage("cannot multiply 2×3 by 2×3: inner sizes 3 and 2 differ");
    }

    @Test
    void repeatedAndDefectiveEigenvalues() {
        Eigen shear = Linalg.eigen(new double[][] {{1, 1}, {0, 1}});
        assertThat(shear.real()).containsExactly(1.0, 1.0);
        assertThat(shear.vectors()).as("a shear has one eigen-direction only").isNull();
        Eigen split = Linalg.eigen(new double[][] {{3, -1}, {1, 1}});
        assertThat(split.real()).containsExactly(2.0, 2.0);
        assertThat(split.imaginary()).containsExactly(0.0, 0.0);
        assertThat(split.vectors()).isNull();
        Eigen identity = Linalg.eigen(new double[][] {{2, 0}, {0, 2}});
        assertThat(identity.vectors()).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        Eigen mixed = Linalg.eigen(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 5}});
        assertThat(mixed.real()).containsExactly(5.0, 2.0, 2.0);
        assertThat(mixed.vectors()[2][0]).isEqualTo(1.0);
    }

    @Test
    void everyEigenvectorSatisfiesAvEqualsLambdaV() {
        long seed = 77L;
        java.util.Random r = new java.util.Random(seed);
        for (int t = 0; t < 200; t++) {
            int n = 2 + r.nextInt(3);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = r.nextInt(7) - 3;
                }
            }
            Eigen e = Linalg.eigen(a);
            if (e.vectors() == null) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = e.vectors()[i][k];
                }
                double[] av = Linalg.multiply(a, v);
                for (int i = 0; i < n; i++) {
                    assertThat(av[i]).as("seed %d, trial %d", seed, t).isCloseTo(e.real()[k] * v[i], org.assertj.core.api.Assertions.within(1e-6));
                }
            }
        }
    }
}
