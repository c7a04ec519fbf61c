package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationData.Curve;
import org.mathlens.explorables.ml.RegularizationModel.Problem;
import org.mathlens.explorables.ml.RegularizationModel.Slice;

class RegularizationModelTest {
    private static final double[][] TRAIN = RegularizationData.training(Curve.SINE, 0.2, 1);
    private static final double[][] HELD = RegularizationData.validation(Curve.SINE, 0.2, 1);

    private static RegularizationModel fitted(int degree, Penalty penalty, double lambda) {
        RegularizationModel m = new RegularizationModel();
        m.set(new Problem(TRAIN, HELD, Curve.SINE, degree, penalty, lambda));
        return m;
    }

    private static double[][] randomPoints(Random r, int n) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = -1 + 2 * r.nextDouble();
            p[i] = new double[] {x, Math.cos(2 * x) + 0.3 * r.nextGaussian()};
        }
        return p;
    }

    @Test
    void presetsAreSeededSamplesOfTheirCurve() {
        assertThat(RegularizationData.training(Curve.SINE, 0.2, 1)).isDeepEqualTo(TRAIN);
        assertThat(java.util.Arrays.deepEquals(RegularizationData.training(Curve.SINE, 0.2, 2), TRAIN)).isFalse();
        assertThat(TRAIN).hasNumberOfRows(RegularizationData.TRAINING_POINTS);
        assertThat(HELD).hasNumberOfRows(RegularizationData.VALIDATION_POINTS);
        for (Curve c : Curve.values()) {
            for (double[] q : RegularizationData.training(c, 0, 7)) {
                assertThat(q[0]).isBetween(-1.0, 1.0);
                assertThat(q[1]).isCloseTo(c.at(q[0]), within(0.0005 + 1e-12 + Math.abs(c.at(q[0]) - c.at(q[0] + 0.0005)) * 2));
            }
        }
        assertThat(Curve.named("cubic")).isEqualTo(Curve.CUBIC);
        assertThat(Curve.named("[[1, 2]]")).isNull();
    }

    @Test
    void theErrorsAreMeanSquaredErrorsAndValidationIsUndefinedWithoutPoints() {
        RegularizationModel m = fitted(3, Penalty.NONE, 0);
        double sum = 0;
        for (double[] q : HELD) sum += Math.pow(q[1] - m.predict(q[0]), 2);
        assertThat(m.validationError()).isCloseTo(sum / HELD.length, within(1e-15));
        assertThat(m.weights()).containsExactly(PolynomialFit.fit(RegularizationModel.column(TRAIN, 0), RegularizationModel.column(TRAIN, 1), 3, Penalty.NONE, 0));
        RegularizationModel alone = new RegularizationModel();
        alone.set(new Problem(TRAIN, new double[0][], null, 3, Penalty.L2, 0.1));
        assertThat(alone.hasValidation()).isFalse();
        assertThat(alone.validationError()).isNaN();
        assertThat(alone.byDegree().bestDegree()).isEqualTo(-1);
    }

    @RepeatedTest(10)
    void theRidgePathAgreesWithTheClosedFormAtEveryLambda() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        double[][] pts = randomPoints(r, 8 + r.nextInt(30));
        int degree = r.nextInt(16);
        double[] xs = RegularizationModel.column(pts, 0), ys = RegularizationModel.column(pts, 1);
        RidgePath path = new RidgePath(xs, ys, degree);
        for (double lambda : new double[] {0, 1e-6, 1e-4, 0.01, 1, 10}) {
            double[] expected = PolynomialFit.ridge(xs, ys, degree, lambda);
            double[] got = path.at(lambda);
            // both minimise the same objective; compare the objective and the predictions
            assertThat(PolynomialFit.objective(got, xs, ys, Penalty.L2, lambda)).as("seed %d, λ %s", seed, lambda)
                    .isCloseTo(PolynomialFit.objective(expected, xs, ys, Penalty.L2, lambda), within(1e-9));
            for (double x = -1; x <= 1; x += 0.25) {
                if (lambda > 0) {
                    assertThat(PolynomialFit.predict(got, x)).as("seed %d, λ %s, x %s", seed, lambda, x)
                            .isCloseTo(PolynomialFit.predict(expected, x), within(1e-6 * (1 + Math.abs(PolynomialFit.predict(expected, x)))));
                }
            }
        }
    }

    @Test
    void theSweepsAgreeWithSeparateFits() {
        RegularizationModel m = fitted(9, Penalty.L2, 0.001);
        var byDegree = m.byDegree();
        double[] xs = RegularizationModel.column(TRAIN, 0), ys = RegularizationModel.column(TRAIN, 1);
        int best = 0;
        for (int d = 0; d <= RegularizationModel.MAX_DEGREE; d++) {
            double[] w = PolynomialFit.fit(xs, ys, d, Penalty.L2, 0.001);
            assertThat(byDegree.train()[d]).isCloseTo(PolynomialFit.meanSquaredError(w, xs, ys), within(1e-12));
            if (byDegree.validation()[d] < byDegree.validation()[best]) best = d;
        }
        assertThat(byDegree.bestDegree()).isEqualTo(best);
        assertThat(byDegree.train()[9]).isCloseTo(m.trainError(), within(1e-12));
        var byLambda = m.byLambda();
        assertThat(byLambda.lambdas()).containsExactly(RegularizationSweeps.LAMBDAS);
        assertThat(byLambda.lambdas()[0]).isEqualTo(1e-6);
        assertThat(byLambda.lambdas()[byLambda.lambdas().length - 1]).isCloseTo(10, within(1e-12));
        for (int i = 0; i < byLambda.lambdas().length; i += 7) {
            double[] w = PolynomialFit.ridge(xs, ys, 9, byLambda.lambdas()[i]);
            assertThat(byLambda.train()[i]).isCloseTo(PolynomialFit.meanSquaredError(w, xs, ys), within(1e-9));
        }
        assertThat(fitted(9, Penalty.NONE, 0.001).byLambda()).isNull();
    }

    @Test
    void onlyTheSweepAChangeTouchesIsDoneAgain() {
        RegularizationModel m = new RegularizationModel();
        m.set(new Problem(TRAIN, HELD, Curve.SINE, 9, Penalty.L2, 0.001));
        var byDegree = m.byDegree();
        var byLambda = m.byLambda();
        m.set(new Problem(TRAIN, HELD, Curve.SINE, 9, Penalty.L2, 0.01));
        assertThat(m.byLambda()).isSameAs(byLambda);
        assertThat(m.byDegree()).isNotSameAs(byDegree);
        byDegree = m.byDegree();
        m.set(new Problem(TRAIN, HELD, Curve.SINE, 5, Penalty.L2, 0.01));
        assertThat(m.byDegree()).isSameAs(byDegree);
        assertThat(m.byLambda()).isNotSameAs(byLambda);
        double[][] moved = TRAIN.clone();
        moved[0] = new double[] {moved[0][0], moved[0][1] + 1};
        m.set(new Problem(moved, HELD, null, 5, Penalty.L2, 0.01));
        assertThat(m.byDegree()).isNotSameAs(byDegree);
    }

    @Test
    void lassoPathsMeetTheirOptimalityConditionsAndTheFirstZeroIsWhereAWeightSnapsToZero() {
        RegularizationModel m = fitted(3, Penalty.L1, 0.001);
        var s = m.byLambda();
        double[] xs = RegularizationModel.column(TRAIN, 0), ys = RegularizationModel.column(TRAIN, 1);
        for (int i = 0; i < s.lambdas().length; i++) {
            double[] w = s.paths()[i];
            double lambda = s.lambdas()[i];
            double[] g = gradient(w, xs, ys);
            assertThat(g[0]).isCloseTo(0, within(1e-9));
            for (int j = 1; j < w.length; j++) {
                if (w[j] == 0) assertThat(Math.abs(g[j])).isLessThanOrEqualTo(lambda + 1e-9);
                else assertThat(g[j] + lambda * Math.signum(w[j])).isCloseTo(0, within(1e-9));
            }
        }
        double first = s.firstZero();
        assertThat(zeros(PolynomialFit.fit(xs, ys, 3, Penalty.L1, first))).isGreaterThanOrEqualTo(1);
        assertThat(zeros(PolynomialFit.fit(xs, ys, 3, Penalty.L1, first * 0.999))).isZero();
        assertThat(zeros(PolynomialFit.fit(xs, ys, 3, Penalty.L1, first / 10))).isZero();
    }

    @Test
    void theFitIsWhereTheLowestContourTouchesThePenaltyRegion() {
        Random r = new Random(5);
        for (Penalty pen : new Penalty[] {Penalty.L1, Penalty.L2}) {
            RegularizationModel m = fitted(5, pen, 0.003);
            Slice s = m.slice();
            assertThat(s.level()).isCloseTo(m.trainError(), within(1e-12));
            for (int k = 0; k < 2000; k++) {
                // a point inside (or on) the region does no better than the fit
                double a = (2 * r.nextDouble() - 1) * 1.2 * s.l1Budget();
                double b = (2 * r.nextDouble() - 1) * 1.2 * s.l1Budget();
                boolean inside = pen == Penalty.L1 ? Math.abs(a) + Math.abs(b) <= s.l1Budget() : Math.hypot(a, b) <= s.l2Radius();
                if (inside) assertThat(s.mse(a, b)).isGreaterThanOrEqualTo(s.level() - 1e-12);
            }
            double[] c = s.centre();
            assertThat(s.mse(c[0], c[1])).isLessThanOrEqualTo(s.level());
            double h = 1e-6;
            assertThat((s.mse(c[0] + h, c[1]) - s.mse(c[0] - h, c[1])) / (2 * h)).isCloseTo(0, within(1e-6));
        }
        assertThat(fitted(1, Penalty.L2, 0.01).slice()).isNull();
        // L1 at this λ puts the fit on a corner of the diamond: w₂ exactly 0
        Slice corner = fitted(3, Penalty.L1, 0.01).slice();
        assertThat(corner.wk()).isEqualTo(0.0);
        assertThat(corner.wj()).isNotZero();
    }

    private static int zeros(double[] w) {
        int z = 0;
        for (int j = 1; j < w.length; j++) if (w[j] == 0) z++;
        return z;
    }

    private static double[] gradient(double[] w, double[] xs, double[] ys) {
        double[] g = new double[w.length];
        for (int i = 0; i < xs.length; i++) {
            double r = ys[i] - PolynomialFit.predict(w, xs[i]);
            for (int j = 0; j < w.length; j++) g[j] -= 2.0 / xs.length * r * Math.pow(xs[i], j);
        }
        return g;
    }
}
