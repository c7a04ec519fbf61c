package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.linalg.Linalg;

class EigendecompositionModelTest {
    private static final double R = Math.sqrt(0.5);

    @Test
    void theSymmetricExampleHasEigenvaluesThreeAndOneSignedByTheRule() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{2, 1}, {1, 2}}, 0);
        assertThat(m.kind()).isEqualTo(EigendecompositionModel.Kind.DIAGONALIZABLE);
        assertThat(m.lambda1()).isEqualTo(3.0);
        assertThat(m.lambda2()).isEqualTo(1.0);
        // (1, 1)/√2 and (1, −1)/√2: the largest-magnitude entry (the first, on a tie) positive
        assertThat(m.eigenvector(0)).containsExactly(new double[] {R, R}, within(1e-12));
        assertThat(m.eigenvector(1)).containsExactly(new double[] {R, -R}, within(1e-12));
        assertThat(m.lambda()).isEqualTo(new double[][] {{3, 0}, {0, 1}});
        assertThat(m.det()).isEqualTo(3.0);
        assertThat(m.trace()).isEqualTo(4.0);
        assertThat(m.detSentence()).isEqualTo("det A = 3 = 3 × 1 = λ₁λ₂");
        assertThat(m.traceSentence()).isEqualTo("tr A = 4 = 3 + 1 = λ₁ + λ₂");
        assertThat(m.isSymmetric()).isTrue();
        assertThat(m.dominant()).isEqualTo(0);
    }

    @Test
    void thePaneAgreesWithTheMathLanguage() {
        EigendecompositionExplorable pane = new EigendecompositionExplorable();
        for (String a : new String[] {"[[2, 1], [1, 2]]", "[[1, 2], [3, -4]]", "[[0.5, 1], [0, -2]]", "[[4, 1], [2, 3]]"}) {
            pane.parameters().set("A", a);
            double[][] v = MathLanguage.evaluateMatrix("eigvecs(" + a + ")");
            double[][] shownV = ((org.mathlens.explorable.Reading.Matrix) pane.readouts().read("V")).value();
            for (int i = 0; i < 2; i++) {
                assertThat(shownV[i]).as(a).containsExactly(v[i], within(1e-12));
            }
        }
    }

    @Test
    void aNonSymmetricMatrixStillDecomposes() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{4, 1}, {2, 3}}, 0);
        assertThat(m.lambda1()).isEqualTo(5.0);
        assertThat(m.lambda2()).isEqualTo(2.0);
        assertThat(m.isSymmetric()).isFalse();
        double[][] back = m.reconstructed();
        assertThat(back[0]).containsExactly(new double[] {4, 1}, within(1e-12));
        assertThat(back[1]).containsExactly(new double[] {2, 3}, within(1e-12));
        assertThat(m.detSentence()).isEqualTo("det A = 10 = 5 × 2 = λ₁λ₂");
    }

    @Test
    void complexAndDefectiveMatricesAreNamedNotDecomposed() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{0, -1}, {1, 0}}, 0);
        assertThat(m.kind()).isEqualTo(EigendecompositionModel.Kind.COMPLEX);
        assertThat(m.v()).isNull();
        assertThat(m.lambda()).isNull();
        assertThat(m.imaginary()).isEqualTo(1.0);
        assertThat(m.productOfEigenvalues()).isEqualTo(1.0);
        assertThat(m.detSentence()).isEqualTo("det A = 1 = (0 + 1i)(0 − 1i) = λ₁λ₂");
        m.set(new double[][] {{1, 1}, {0, 1}}, 0);
        assertThat(m.kind()).isEqualTo(EigendecompositionModel.Kind.DEFECTIVE);
        assertThat(m.vInverse()).isNull();
        assertThat(m.eigenvector(0)).containsExactly(1.0, 0.0);
        m.set(new double[][] {{3, -1}, {1, 1}}, 0);
        assertThat(m.kind()).isEqualTo(EigendecompositionModel.Kind.DEFECTIVE);
        assertThat(m.lambda1()).isEqualTo(2.0);
        assertThat(m.eigenvector(0)).containsExactly(new double[] {R, R}, within(1e-12));
        m.set(new double[][] {{2, 0}, {0, 2}}, 3);
        assertThat(m.kind()).isEqualTo(EigendecompositionModel.Kind.DIAGONALIZABLE);
        assertThat(m.reconstructed()).isEqualTo(new double[][] {{2, 0}, {0, 2}});

        EigendecompositionExplorable pane = new EigendecompositionExplorable();
        pane.parameters().set("A", "[[1, -2], [2, 1]]");
        assertThat(pane.readouts().read("V").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("Lambda").text()).as("the complex pair, not undefined (issue 12)")
                .isEqualTo("diag(1.0 + 2.0i, 1.0 − 2.0i)");
        assertThat(pane.readouts().read("det").text()).isEqualTo("5.0");
        assertThat(pane.readouts().read("trace").text()).isEqualTo("2.0");
    }

    @Test
    void theThreeMovesGoFromTheIdentityThroughVInverseAndLambdaVInverseToA() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{4, 1}, {2, 3}}, 0);
        double[][] out = new double[2][2];
        assertThat(m.stage(0, out)).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        double[][] vi = m.vInverse();
        m.stage(1, out);
        for (int i = 0; i < 2; i++) {
            assertThat(out[i]).containsExactly(vi[i], within(1e-12));
        }
        double[][] lvi = Linalg.multiply(m.lambda(), vi);
        m.stage(2, out);
        for (int i = 0; i < 2; i++) {
            assertThat(out[i]).containsExactly(lvi[i], within(1e-12));
        }
        m.stage(3, out);
        assertThat(out[0]).containsExactly(new double[] {4, 1}, within(1e-12));
        assertThat(out[1]).containsExactly(new double[] {2, 3}, within(1e-12));
        // after the first move the eigenvectors sit on the axes
        double[] v1 = m.eigenvector(0);
        m.stage(1, out);
        assertThat(out[0][0] * v1[0] + out[0][1] * v1[1]).isCloseTo(1, within(1e-12));
        assertThat(out[1][0] * v1[0] + out[1][1] * v1[1]).isCloseTo(0, within(1e-12));
        assertThat(m.caption(0.5)).isEqualTo("1. V⁻¹: eigenvectors → axes");
    }

    @Test
    void powersTurnEveryDirectionTowardsTheDominantEigenvector() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{2, 1}, {1, 2}}, 10);
        assertThat(m.power()).isEqualTo(Linalg.power(new double[][] {{2, 1}, {1, 2}}, 10));
        for (int i = 0; i < EigendecompositionModel.SAMPLES; i++) {
            double along = Math.abs(m.imageX(i) * R + m.imageY(i) * R);
            assertThat(along).as("sample %d", i).isGreaterThan(0.999);
        }
        m.setPower(0);
        assertThat(m.imageX(3)).isEqualTo(m.sampleX(3));
    }

    @RepeatedTest(25)
    void vLambdaVInverseGivesBackARandomSymmetricMatrixWithAnOrthogonalV() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        double p = r.nextDouble() * 8 - 4;
        double q = r.nextDouble() * 8 - 4;
        double s = r.nextDouble() * 8 - 4;
        double[][] a = {{p, q}, {q, s}};
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(a, 0);
        assertThat(m.isReal()).as("seed %d", seed).isTrue();
        assertThat(m.lambda1()).as("seed %d", seed).isGreaterThanOrEqualTo(m.lambda2());
        assertThat(m.productOfEigenvalues()).as("seed %d", seed).isCloseTo(m.det(), within(1e-9));
        assertThat(m.sumOfEigenvalues()).as("seed %d", seed).isCloseTo(m.trace(), within(1e-9));
        if (m.vInverse() != null) {
            double[][] back = m.reconstructed();
            for (int i = 0; i < 2; i++) {
                assertThat(back[i]).as("seed %d", seed).containsExactly(a[i], within(1e-9));
            }
            double[] v1 = m.eigenvector(0);
            double[] v2 = m.eigenvector(1);
            assertThat(v1[0] * v2[0] + v1[1] * v2[1]).as("seed %d: V orthogonal", seed).isCloseTo(0, within(1e-9));
        }
    }
}
