package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.vectors.InverseGaussJordan.Kind;
import org.mathlens.explorables.vectors.InverseGaussJordan.Step;
import org.mathlens.math.linalg.Linalg;

class InverseModelTest {
    @Test
    void gaussJordanInvertsTwoOneOneOne() {
        InverseGaussJordan gj = new InverseGaussJordan(new double[][] {{2, 1}, {1, 1}});
        List<String> ops = gj.steps().stream().map(Step::text).toList();
        assertThat(ops).containsExactly("start with [A | I]", "R2 ← R2 − 0.5·R1", "R1 ← R1 − 2·R2", "R1 ← R1 / 2", "R2 ← 2·R2");
        assertThat(gj.steps().get(1).matrix()).isDeepEqualTo(new double[][] {{2, 1, 1, 0}, {0, 0.5, -0.5, 1}});
        assertThat(gj.steps().get(2).matrix()).isDeepEqualTo(new double[][] {{2, 0, 2, -2}, {0, 0.5, -0.5, 1}});
        assertThat(gj.singular()).isFalse();
        assertThat(gj.inverse()).isDeepEqualTo(new double[][] {{1, -1}, {-1, 2}});
    }

    @Test
    void aZeroPivotIsSwappedAway() {
        InverseGaussJordan gj = new InverseGaussJordan(new double[][] {{0, 1}, {1, 0}});
        assertThat(gj.steps()).extracting(Step::text).containsExactly("start with [A | I]", "R1 ↔ R2");
        Step swap = gj.steps().get(1);
        assertThat(swap.kind()).isEqualTo(Kind.SWAP);
        assertThat(swap.matrix()).isDeepEqualTo(new double[][] {{1, 0, 0, 1}, {0, 1, 1, 0}});
        assertThat(gj.inverse()).isDeepEqualTo(new double[][] {{0, 1}, {1, 0}});
    }

    @Test
    void aNegativeFactorAddsAndANegativePivotDivides() {
        InverseGaussJordan gj = new InverseGaussJordan(new double[][] {{1, 2}, {-3, -2}});
        assertThat(gj.steps()).extracting(Step::text)
                .containsExactly("start with [A | I]", "R2 ← R2 + 3·R1", "R1 ← R1 − 0.5·R2", "R2 ← R2 / 4");
        assertThat(gj.inverse()).isDeepEqualTo(new double[][] {{-0.5, -0.5}, {0.75, 0.25}});
    }

    @Test
    void aSingularMatrixStopsAtTheMissingPivot() {
        InverseGaussJordan gj = new InverseGaussJordan(new double[][] {{1, 2}, {2, 4}});
        assertThat(gj.singular()).isTrue();
        assertThat(gj.inverse()).isNull();
        Step last = gj.steps().get(gj.steps().size() - 1);
        assertThat(last.kind()).isEqualTo(Kind.SINGULAR);
        assertThat(last.text()).isEqualTo("no pivot in column 2: A is singular, it has no inverse");
        assertThat(last.matrix()).isDeepEqualTo(new double[][] {{1, 2, 1, 0}, {0, 0, -2, 1}});
        assertThat(new InverseGaussJordan(new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}).singular()).isTrue();
    }

    @Test
    void theModelReadsDetInverseAndSolution() {
        InverseModel m = new InverseModel();
        m.set(new double[][] {{2, 1}, {1, 1}}, new double[] {3, 2, 99});
        assertThat(m.det()).isCloseTo(1.0, within(1e-12));
        assertThat(m.b()).containsExactly(3, 2);
        assertThat(m.solution()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(m.solution()[1]).isCloseTo(1.0, within(1e-12));
        assertThat(m.solutions()).isEqualTo(InverseModel.Solutions.ONE);
    }

    @Test
    void aSingularSystemHasNoneOrInfinitelyManySolutions() {
        InverseModel m = new InverseModel();
        m.set(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2, 0});
        assertThat(m.det()).isEqualTo(0.0);
        assertThat(m.singular()).isTrue();
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.solutions()).as("b = (1, 2) lies on the line the columns span").isEqualTo(InverseModel.Solutions.INFINITE);
        m.set(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 0, 0});
        assertThat(m.solutions()).isEqualTo(InverseModel.Solutions.NONE);
        assertThat(m.whySingular()).startsWith("det A = 0: the columns of A are dependent, so A squashes space onto a line");
        m.set(new double[][] {{0, 0}, {0, 0}}, new double[] {0, 0, 0});
        assertThat(m.solutions()).isEqualTo(InverseModel.Solutions.INFINITE);
        assertThat(m.whySingular()).contains("a single point");
    }

    @Test
    void theAnimationGoesToAAndBackToI() {
        InverseModel m = new InverseModel();
        m.set(new double[][] {{2, 1}, {1, 1}}, new double[] {0, 0, 0});
        double[][] out = new double[2][2];
        m.animated(0, out);
        assertThat(out).isDeepEqualTo(new double[][] {{1, 0}, {0, 1}});
        m.animated(1, out);
        assertThat(out).isDeepEqualTo(new double[][] {{2, 1}, {1, 1}});
        m.animated(2, out);
        assertThat(out).isDeepEqualTo(new double[][] {{1, 0}, {0, 1}});
        m.set(new double[][] {{1, 2}, {2, 4}}, new double[] {0, 0, 0});
        m.animated(2, out);
        assertThat(out).as("a singular A has no way back").isDeepEqualTo(new double[][] {{1, 2}, {2, 4}});
    }

    @Test
    void timesItsInverseIsIdentityAndGaussJordanAgreesWithLinalg() {
        for (int trial = 0; trial < 100; trial++) {
            long seed = 7700L + trial;
            Random r = new Random(seed);
            int n = 2 + r.nextInt(2);
            double[][] a = MatrixMultiplyModelTest.random(r, n, n);
            for (int i = 0; i < n; i++) {
                a[i][i] += 20 * (r.nextBoolean() ? 1 : -1);   // diagonally dominant: well conditioned
            }
            InverseModel m = new InverseModel();
            m.set(a, new double[] {1, 2, 3});
            double[][] product = Linalg.multiply(a, m.inverse());
            double[][] gj = m.gaussJordan().inverse();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(product[i][j]).as("seed %d", seed).isCloseTo(i == j ? 1 : 0, within(1e-12));
                    assertThat(gj[i][j]).as("seed %d", seed).isCloseTo(m.inverse()[i][j], within(1e-12));
                }
            }
            double[] ax = Linalg.multiply(a, m.solution());
            for (int i = 0; i < n; i++) {
                assertThat(ax[i]).as("seed %d", seed).isCloseTo(i + 1.0, within(1e-10));
            }
        }
    }

    @Test
    void gaussJordanMatchesLinalgOnMatricesNeedingSwaps() {
        for (int trial = 0; trial < 100; trial++) {
            long seed = 3300L + trial;
            Random r = new Random(seed);
            int n = 2 + r.nextInt(2);
            double[][] a = MatrixMultiplyModelTest.random(r, n, n);
            a[0][0] = 0;   // forces a swap whenever the rest allows one
            InverseGaussJordan gj = new InverseGaussJordan(a);
            boolean singular = Linalg.isSingular(a);
            assertThat(gj.singular()).as("seed %d", seed).isEqualTo(singular);
            if (!singular && Linalg.norm(a, 2) * Linalg.norm(Linalg.inverse(a), 2) < 1e6) {
                double[][] inv = Linalg.inverse(a);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(gj.inverse()[i][j]).as("seed %d", seed).isCloseTo(inv[i][j], within(1e-8));
                    }
                }
            }
        }
    }

    /** Issue 10: a nearly singular A is said to be so, at every scale, and never called singular. */
    @Test
    void aNearlySingularMatrixIsSaidToBeSoAtEveryScaleAndIsNeverCalledSingular() {
        Random r = new Random(10);
        for (int trial = 0; trial < 40; trial++) {
            double scale = Math.pow(10, -12 + 24 * r.nextDouble());
            double gap = Math.pow(10, -13 + 2 * r.nextDouble()); // κ ≈ 25/gap, far beyond 1e10
            double[][] a = {{scale, 2 * scale}, {2 * scale, (4 + gap) * scale}};
            InverseModel m = new InverseModel();
            m.set(a, new double[] {1, 1});
            assertThat(m.singular()).as("scale %s gap %s", scale, gap).isFalse();
            assertThat(m.nearlySingular()).as("scale %s gap %s", scale, gap).isTrue();
            assertThat(m.inverseWords()).startsWith("A is nearly singular: κ(A) = ");
            assertThat(m.gaussJordan().singular()).as("the steps agree with the inverse shown").isFalse();
            assertThat(m.gaussJordan().steps()).extracting(Step::text).noneMatch(t -> t.endsWith("/ 0"));
        }
        InverseModel exact = new InverseModel();
        exact.set(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1});
        assertThat(exact.singular()).isTrue();
        assertThat(exact.nearlySingular()).isFalse();
        assertThat(exact.condition()).isInfinite();
        InverseModel tame = new InverseModel();
        tame.set(new double[][] {{1e-10, 0}, {0, 1e6}}, new double[] {1, 1});
        assertThat(tame.nearlySingular()).as("badly scaled is not nearly singular").isFalse();
        assertThat(tame.inverseWords()).isNull();
    }
}
