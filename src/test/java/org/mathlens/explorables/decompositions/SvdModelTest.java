package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Eigen;
import org.mathlens.math.linalg.Linalg;

class SvdModelTest {
    @Test
    void aDiagonalMatrixIsItsOwnStretch() {
        SvdModel m = new SvdModel(new double[][] {{2, 0}, {0, 3}}, 3);
        assertThat(m.sigma()).containsExactly(3, 2);
        assertThat(m.rank()).isEqualTo(2);
        assertThat(m.condition()).isCloseTo(1.5, within(1e-12));
        // v₁ is the y axis (A stretches y most); signs are fixed so its big entry is positive
        assertThat(m.rightVector(0)[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void aRankOneMatrixHasAZeroSingularValueAndInfiniteCondition() {
        SvdModel m = new SvdModel(new double[][] {{1, 2}, {2, 4}}, 3);
        assertThat(m.sigma()[0]).isCloseTo(5, within(1e-12));
        assertThat(m.sigma()[1]).isCloseTo(0, within(1e-12));
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.condition()).isInfinite();
    }

    @Test
    void aReflectionLivesInU() {
        SvdModel m = new SvdModel(new double[][] {{1, 0}, {0, -1}}, 3);
        assertThat(m.sigma()).containsExactly(1, 1);
        assertThat(m.uReflects()).isTrue();
        assertThat(Linalg.det(m.v())).isCloseTo(1, within(1e-12));
        // half way through the last move the flipped axis is squashed flat
        double[][] half = SvdModel.partial(m.u(), 0.5);
        assertThat(Math.abs(Linalg.det(half))).isLessThan(1e-12);
    }

    @RepeatedTest(60)
    void theThreeMovesRebuildAAndMatchTheEigenvaluesOfATA(RepetitionInfo info) {
        long seed = 7919L * info.getCurrentRepetition();
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(2);
        double[][] a = random(rnd, n);
        SvdModel m = new SvdModel(a, 0);
        String why = "seed " + seed + ", A = " + Arrays.deepToString(a);
        double[][] usv = Linalg.multiply(m.u(), Linalg.multiply(diag(m.sigma()), Linalg.transpose(m.v())));
        assertClose(usv, a, 1e-9, why + ": U Σ Vᵀ = A");
        assertClose(Linalg.multiply(Linalg.transpose(m.u()), m.u()), Linalg.identity(n), 1e-9, why + ": UᵀU = I");
        assertClose(Linalg.multiply(Linalg.transpose(m.v()), m.v()), Linalg.identity(n), 1e-9, why + ": VᵀV = I");
        assertThat(Linalg.det(m.v())).as(why + ": Vᵀ is a rotation").isCloseTo(1, within(1e-9));
        // the independent oracle: the eigenvalues of the symmetric AᵀA are σ²
        Eigen e = Linalg.eigen(m.gram());
        double[] lambda = e.real().clone();
        Arrays.sort(lambda);
        for (int i = 0; i < n; i++) {
            double s = m.sigma(i);
            assertThat(s * s).as(why + ": σ" + i + "²").isCloseTo(lambda[n - 1 - i], within(1e-8 * (1 + lambda[n - 1])));
            assertThat(i == 0 || m.sigma(i - 1) >= s).as(why + ": largest first").isTrue();
        }
        // the stages: I, then Vᵀ, then ΣVᵀ, then UΣVᵀ = A
        assertClose(m.mapAt(0), Linalg.identity(n), 1e-12, why + ": M(0) = I");
        assertClose(m.mapAt(1), Linalg.transpose(m.v()), 1e-9, why + ": M(1) = Vᵀ");
        assertClose(m.mapAt(2), Linalg.multiply(diag(m.sigma()), Linalg.transpose(m.v())), 1e-9, why + ": M(2) = ΣVᵀ");
        assertClose(m.mapAt(3), a, 1e-9, why + ": M(3) = A");
        // part way through the first move the circle is only turned: M stays orthogonal
        double[][] mid = m.mapAt(0.37);
        assertClose(Linalg.multiply(Linalg.transpose(mid), mid), Linalg.identity(n), 1e-9, why + ": a turn keeps lengths");
        // at the end vᵢ lands on σᵢuᵢ
        m.setProgress(3);
        for (int i = 0; i < n; i++) {
            double[] moved = m.movedVector(i);
            double[] ui = m.leftVector(i);
            for (int r = 0; r < n; r++) {
                assertThat(moved[r]).as(why).isCloseTo(m.sigma(i) * ui[r], within(1e-9));
            }
        }
    }

    @RepeatedTest(30)
    void signsDoNotFlipBetweenNearlyEqualMatrices(RepetitionInfo info) {
        long seed = 104729L * info.getCurrentRepetition();
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(2);
        double[][] a = random(rnd, n);
        SvdModel m = new SvdModel(a, 3);
        double[] s = m.sigma();
        boolean separated = true;
        for (int i = 1; i < n; i++) {
            separated &= s[i - 1] - s[i] > 0.2 && s[i] > 0.2;
        }
        if (!separated) {
            return; // close singular values may legitimately swap their vectors
        }
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = a[i][j] + 1e-7 * rnd.nextGaussian();
            }
        }
        SvdModel near = new SvdModel(b, 3);
        assertClose(near.v(), m.v(), 1e-4, "seed " + seed + ": V moves a little, never flips");
        assertClose(near.u(), m.u(), 1e-4, "seed " + seed + ": U moves a little, never flips");
    }

    private static double[][] random(Random rnd, int n) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = Math.round(rnd.nextGaussian() * 200) / 100.0;
            }
        }
        return a;
    }

    private static double[][] diag(double[] s) {
        double[][] d = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            d[i][i] = s[i];
        }
        return d;
    }

    private static void assertClose(double[][] got, double[][] want, double tol, String why) {
        for (int i = 0; i < want.length; i++) {
            for (int j = 0; j < want[0].length; j++) {
                assertThat(got[i][j]).as(why + " at (" + i + ", " + j + ")").isCloseTo(want[i][j], within(tol));
            }
        }
    }
}
