package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.linalg.Linalg;

class PseudoinverseModelTest {
    @Test
    void theClinicalTrialLineMatchesTheTextbookFormulas() {
        PseudoinverseModel model = new PseudoinverseModel();
        double[][] pts = Datasets.clinicalTrial();
        model.fit(pts);
        // independent: m = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − m x̄
        double mx = 0;
        double my = 0;
        for (double[] p : pts) {
            mx += p[0] / pts.length;
            my += p[1] / pts.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double m = sxy / sxx;
        assertThat(model.x(1)).isCloseTo(m, within(1e-12));
        assertThat(model.x(0)).isCloseTo(my - m * mx, within(1e-12));
        assertThat(model.x(1)).isCloseTo(-0.4692857142857143, within(1e-12));
        assertThat(model.x(0)).isCloseTo(1.76, within(1e-12));
        double loss = 0;
        for (double[] p : pts) {
            double r = p[1] - (model.x(0) + model.x(1) * p[0]);
            loss += r * r;
        }
        assertThat(model.loss()).isCloseTo(loss, within(1e-12));
        assertThat(model.residualNorm()).isCloseTo(Math.sqrt(loss), within(1e-12));
        assertThat(model.kind()).isEqualTo(PseudoinverseModel.Kind.LEAST_SQUARES);
    }

    @Test
    void oneEquationInTwoUnknownsGivesThePointOfTheLineNearestTheOrigin() {
        PseudoinverseModel model = new PseudoinverseModel();
        model.system(new double[][] {{3, 4}}, new double[] {10});
        // x = y·aᵀ/‖a‖² = 10·(3, 4)/25
        assertThat(model.x()).containsExactly(new double[] {1.2, 1.6}, within(1e-12));
        assertThat(model.norm()).isCloseTo(2, within(1e-12));
        assertThat(model.residualNorm()).isCloseTo(0, within(1e-12));
        assertThat(model.kind()).isEqualTo(PseudoinverseModel.Kind.MINIMUM_NORM);
    }

    @Test
    void aSquareInvertibleSystemIsSolvedExactly() {
        PseudoinverseModel model = new PseudoinverseModel();
        model.system(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
        assertThat(model.x()).containsExactly(new double[] {0.8, 1.4}, within(1e-12));
        assertThat(model.kind()).isEqualTo(PseudoinverseModel.Kind.EXACT);
    }

    @Test
    void aYOfTheWrongLengthIsASentenceNotACrash() {
        PseudoinverseModel model = new PseudoinverseModel();
        model.system(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2, 3});
        assertThat(model.solved()).isFalse();
        assertThat(model.problem()).isEqualTo("y has 3 entries but A has 2 rows: give y one entry per equation");
    }

    /** Full column rank: X⁺ = (XᵀX)⁻¹Xᵀ, the normal equations. */
    @RepeatedTest(40)
    void withIndependentColumnsItIsTheNormalEquations(RepetitionInfo info) {
        long seed = 1600 + info.getCurrentRepetition();
        Random r = new Random(seed);
        int n = 1 + r.nextInt(4);
        int m = n + r.nextInt(5);
        double[][] a = random(r, m, n);
        double[][] at = Linalg.transpose(a);
        double[][] normal = Linalg.multiply(Linalg.inverse(Linalg.multiply(at, a)), at);
        assertClose(PseudoinverseModel.pseudoinverse(a), normal, 1e-8, "seed " + seed);
    }

    /** The four Penrose conditions define A⁺ uniquely, for every shape and rank. */
    @RepeatedTest(60)
    void satisfiesThePenroseConditionsEvenWhenRankDeficient(RepetitionInfo info) {
        long seed = 2600 + info.getCurrentRepetition();
        Random r = new Random(seed);
        int m = 1 + r.nextInt(4);
        int n = 1 + r.nextInt(4);
        int k = 1 + r.nextInt(Math.min(m, n));
        double[][] a = Linalg.multiply(random(r, m, k), random(r, k, n));
        assertThat(Linalg.rank(a)).as("seed %d", seed).isEqualTo(k);
        double[][] p = PseudoinverseModel.pseudoinverse(a);
        String why = "seed " + seed + ", " + m + "×" + n + " of rank " + k;
        assertClose(Linalg.multiply(Linalg.multiply(a, p), a), a, 1e-8, why + ": A A⁺ A = A");
        assertClose(Linalg.multiply(Linalg.multiply(p, a), p), p, 1e-8, why + ": A⁺ A A⁺ = A⁺");
        double[][] ap = Linalg.multiply(a, p);
        double[][] pa = Linalg.multiply(p, a);
        assertClose(Linalg.transpose(ap), ap, 1e-8, why + ": (A A⁺)ᵀ = A A⁺");
        assertClose(Linalg.transpose(pa), pa, 1e-8, why + ": (A⁺ A)ᵀ = A⁺ A");
    }

    /** A⁺y minimises ‖Ax − y‖, and among the minimisers it is the shortest. */
    @RepeatedTest(30)
    void theAnswerIsLeastSquaresAndThenShortest(RepetitionInfo info) {
        long seed = 3600 + info.getCurrentRepetition();
        Random r = new Random(seed);
        int m = 1 + r.nextInt(4);
        int n = 1 + r.nextInt(4);
        double[][] a = random(r, m, n);
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = r.nextGaussian() * 3;
        }
        PseudoinverseModel model = new PseudoinverseModel();
        model.system(a, y);
        // the residual is orthogonal to every column of A (the normal equations Aᵀ(Ax − y) = 0)
        double[] res = new double[m];
        for (int i = 0; i < m; i++) {
            res[i] = model.residual(i);
        }
        double[] atr = Linalg.multiply(Linalg.transpose(a), res);
        for (double v : atr) {
            assertThat(v).as("seed %d: Aᵀ(y − Ax)", seed).isCloseTo(0, within(1e-8));
        }
        // x is in the row space of A: x = A⁺A x
        double[] back = Linalg.multiply(Linalg.multiply(model.pinv(), a), model.x());
        assertThat(back).as("seed %d: x in the row space", seed).containsExactly(model.x(), within(1e-8));
    }

    private static double[][] random(Random r, int m, int n) {
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Math.round(r.nextGaussian() * 40) / 10.0;
            }
        }
        return a;
    }

    private static void assertClose(double[][] actual, double[][] expected, double tol, String why) {
        assertThat(actual.length).as(why).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(why + ", row " + i).containsExactly(expected[i], within(tol));
        }
    }
}
