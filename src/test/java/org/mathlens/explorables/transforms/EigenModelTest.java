package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.linalg.Linalg;

class EigenModelTest {

    @Test
    void symmetricTwoByTwoHasThreeAndOne() {
        EigenModel m = new EigenModel(new double[][] {{2, 1}, {1, 2}}, 0);
        assertThat(m.real(0)).isEqualTo(3.0);
        assertThat(m.real(1)).isEqualTo(1.0);
        double h = Math.sqrt(0.5);
        assertThat(m.vector(0)).containsExactly(new double[] {h, h}, within(1e-12));
        // the second is (1, −1)/√2 up to sign; the sign rule makes the largest-magnitude entry positive
        assertThat(Math.abs(m.vector(1)[0])).isCloseTo(h, within(1e-12));
        assertThat(m.vector(1)[0]).isCloseTo(-m.vector(1)[1], within(1e-12));
        // exactly what the math language prints, column by column
        String eigvecs = Numbers.format(MathLanguage.evaluateMatrix("eigvecs([[2,1],[1,2]])"));
        double[][] columns = {m.vector(0), m.vector(1)};
        double[][] asMatrix = Linalg.transpose(columns);
        assertThat(Numbers.format(asMatrix)).isEqualTo(eigvecs);
        assertThat(m.valueText(0)).isEqualTo("3.0");
        assertThat(m.eigenAngles()).containsExactly(45, 135, 225, 315);
    }

    @Test
    void xLinesUpWithAxOnlyOnEigenDirections() {
        EigenModel m = new EigenModel(new double[][] {{2, 1}, {1, 2}}, 45);
        assertThat(m.isAligned()).isTrue();
        assertThat(m.alignedLambda()).isEqualTo(3.0);
        assertThat(m.ax()[0]).isCloseTo(3 * Math.sqrt(0.5), within(1e-12));
        m.setAngle(135);
        assertThat(m.isAligned()).isTrue();
        assertThat(m.alignedLambda()).isEqualTo(1.0);
        m.setAngle(0);
        assertThat(m.isAligned()).isFalse();
        // x = (1, 0), Ax = (2, 1): the lines are atan(1/2) apart
        assertThat(m.misalignmentDegrees()).isCloseTo(Math.toDegrees(Math.atan(0.5)), within(1e-9));
        assertThat(m.turnDegrees()).isCloseTo(Math.toDegrees(Math.atan(0.5)), within(1e-9));
    }

    @Test
    void rotationByNinetyDegreesHasComplexEigenvaluesPlusMinusI() {
        EigenModel m = new EigenModel(new double[][] {{0, -1}, {1, 0}}, 30);
        assertThat(m.isReal()).isFalse();
        assertThat(m.valueText(0)).isEqualTo("0.0+1.0i");
        assertThat(m.valueText(1)).isEqualTo("0.0-1.0i");
        assertThat(m.vector(0)).isNull();
        assertThat(m.rotationDegrees()).isCloseTo(90, within(1e-9));
        assertThat(m.rotationScale()).isCloseTo(1, within(1e-12));
        assertThat(m.complexSentence()).isEqualTo("complex eigenvalues 0 ± 1i: A rotates every vector, no real eigen-direction (turn 90°)");
        assertThat(m.isAligned()).isFalse();
        assertThat(m.misalignmentDegrees()).isCloseTo(90, within(1e-9));
        assertThat(m.eigenAngles()).isEmpty();
    }

    @Test
    void diagonalThreeByThreeHasItsDiagonalAndTheAxes() {
        EigenModel m = new EigenModel(new double[][] {{1, 0, 0}, {0, 5, 0}, {0, 0, 3}}, 0);
        assertThat(new double[] {m.real(0), m.real(1), m.real(2)}).containsExactly(5, 3, 1);
        assertThat(m.vector(0)).containsExactly(0, 1, 0);
        assertThat(m.vector(1)).containsExactly(0, 0, 1);
        assertThat(m.vector(2)).containsExactly(1, 0, 0);
        // the path starts on v₁ and passes v₂ at 120° and v₃ at 240°
        for (double deg : new double[] {0, 120, 240}) {
            m.setAngle(deg);
            assertThat(m.isAligned()).as("at %s°", deg).isTrue();
        }
        m.setAngle(0);
        assertThat(m.alignedLambda()).isEqualTo(5.0);
        m.setAngle(240);
        assertThat(m.alignedLambda()).isEqualTo(1.0);
        m.setAngle(60);
        assertThat(m.isAligned()).isFalse();
        assertThat(Math.hypot(Math.hypot(m.x()[0], m.x()[1]), m.x()[2])).isCloseTo(1, within(1e-12));
        assertThat(m.eigenAngles()).containsExactly(0, 120, 240);
    }

    @Test
    void aRealEigenvectorIsFoundBesideAComplexPair() {
        // a 90° turn in the xy-plane and a stretch by 2 along z
        EigenModel m = new EigenModel(new double[][] {{0, -1, 0}, {1, 0, 0}, {0, 0, 2}}, 0);
        assertThat(m.valueText(0)).isEqualTo("2.0");
        assertThat(m.vector(0)).containsExactly(new double[] {0, 0, 1}, within(1e-12));
        assertThat(m.vector(1)).isNull();
        assertThat(m.valueText(1)).isEqualTo("0.0+1.0i");
        assertThat(m.isAligned()).isTrue();
        assertThat(m.alignedLambda()).isEqualTo(2.0);
    }

    @Test
    void eigenvectorsSatisfyAvEqualsLambdaVForRandomSymmetricMatrices() {
        for (long seed = 1; seed <= 100; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(2);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = a[j][i] = Math.round((r.nextDouble() * 10 - 5) * 4) / 4.0;
                }
            }
            EigenModel m = new EigenModel(a, r.nextDouble() * 360);
            assertThat(m.isReal()).as("seed %d: a symmetric matrix has real eigenvalues", seed).isTrue();
            for (int k = 0; k < n; k++) {
                double[] v = m.vector(k);
                double[] av = Linalg.multiply(a, v);
                for (int i = 0; i < n; i++) {
                    assertThat(av[i]).as("seed %d, λ%d, entry %d", seed, k + 1, i).isCloseTo(m.real(k) * v[i], within(1e-9));
                }
                assertThat(Linalg.norm(v, 2)).as("seed %d", seed).isCloseTo(1, within(1e-12));
                if (k > 0) {
                    assertThat(m.real(k)).as("seed %d: sorted, largest first", seed).isLessThanOrEqualTo(m.real(k - 1));
                }
            }
            // wherever x is, it is a unit vector, and Ax is A times it
            double[] x = m.x();
            double[] ax = Linalg.multiply(a, java.util.Arrays.copyOf(x, n));
            for (int i = 0; i < n; i++) {
                assertThat(m.ax()[i]).as("seed %d", seed).isCloseTo(ax[i], within(1e-12));
            }
        }
    }

    @Test
    void thePaneReadsOutEigByNameAndWordsWhereNumbersDoNotApply() {
        EigenExplorable pane = new EigenExplorable();
        pane.parameters().set("A", "[[2, 1], [1, 2]]");
        assertThat(pane.readouts().read("lambda1").text()).isEqualTo("3.0");
        assertThat(pane.readouts().read("lambda2").text()).isEqualTo("1.0");
        assertThat(pane.readouts().read("lambda3").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("v3").text()).isEqualTo("undefined");
        String h = Numbers.format(Math.sqrt(0.5));
        assertThat(pane.readouts().read("v1").text()).isEqualTo(Numbers.format(pane.model().vector(0)));
        assertThat(pane.readouts().read("v1").text()).startsWith("[0.7071067811865");
        pane.parameters().set("A", "[[1, -2], [2, 1]]");
        assertThat(pane.readouts().read("lambda1").text()).isEqualTo("1.0+2.0i");
        assertThat(pane.readouts().read("lambda2").text()).isEqualTo("1.0-2.0i");
        assertThat(pane.readouts().read("v1").text()).isEqualTo("undefined");
        pane.parameters().set("A", "[[2, 0, 0], [0, 3, 0], [0, 0, 4]]");
        assertThat(pane.readouts().read("lambda1").text()).isEqualTo("4.0");
        assertThat(pane.readouts().read("lambda3").text()).isEqualTo("2.0");
        assertThat(pane.readouts().read("v1").text()).isEqualTo("[0.0, 0.0, 1.0]");
        // step lands x on the next eigen-direction
        pane.parameters().set("A", "[[2, 1], [1, 2]]");
        pane.parameters().set("angle", "10");
        pane.animation().orElseThrow().step();
        assertThat(pane.parameters().get("angle").text()).isEqualTo("45.0");
        assertThat(pane.model().isAligned()).isTrue();
        assertThat(h).isNotEmpty();
    }

    @Test
    void aShearHasOneEigenLineAndThePictureDrawsOnlyThatOne() {
        EigenModel m = new EigenModel(new double[][] {{1, 1}, {0, 1}}, 30);
        assertThat(m.real(0)).isEqualTo(1.0);
        assertThat(m.real(1)).isEqualTo(1.0);
        assertThat(m.isDefective()).isTrue();
        int real = m.verifiedVector(0) != null ? 0 : 1;
        assertThat(m.verifiedVector(real)).containsExactly(1, 0);
        assertThat(m.verifiedVector(1 - real)).isNull();
        assertThat(m.eigenAngles()).containsExactly(0, 180);
    }

    @Test
    void aRankOneMatrixHasAPlaneOfEigenvectorsForItsRepeatedZero() {
        EigenExplorable pane = new EigenExplorable();
        pane.parameters().set("A", "[[3.5, 3, -2], [3.5, 3, -2], [7, 6, -4]]");
        assertThat(pane.model().failure()).isNull();
        assertThat(pane.readouts().read("lambda2").text()).isEqualTo("0.0");
        assertThat(pane.readouts().read("lambda3").text()).isEqualTo("0.0");
        double[] v1 = pane.model().verifiedVector(0);
        assertThat(v1[2]).as("v1 is (1, 1, 2)/√6").isCloseTo(2 / Math.sqrt(6), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pane.model().verifiedVector(1)).isNotNull();
        assertThat(pane.model().verifiedVector(2)).isNotNull();
        pane.animation().orElseThrow().step();
        pane.animation().orElseThrow().advance(0.5);
        assertThat(pane.readouts().readAll().values()).allMatch(r -> r.isFinite());
    }
}
