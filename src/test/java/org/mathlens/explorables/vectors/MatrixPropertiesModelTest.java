package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Linalg;

class MatrixPropertiesModelTest {
    private static MatrixPropertiesModel of(double[][] a) {
        MatrixPropertiesModel m = new MatrixPropertiesModel();
        m.set(a);
        return m;
    }

    @Test
    void normTraceAndTransposeOfASmallMatrix() {
        MatrixPropertiesModel m = of(new double[][] {{1, 2}, {3, 4}});
        assertThat(m.transpose()).isDeepEqualTo(new double[][] {{1, 3}, {2, 4}});
        assertThat(m.frobenius()).isCloseTo(Math.sqrt(30), within(1e-12));
        assertThat(m.trace()).isEqualTo(5.0);
        assertThat(m.frobeniusSum()).isEqualTo("‖A‖_F = √(1² + 2² + 3² + 4²) = √30 ≈ 5.477");
        assertThat(m.traceSum()).isEqualTo("tr A = a₁₁ + a₂₂ = 1 + 4 = 5");
        assertThat(m.symmetric()).isFalse();
        assertThat(m.upper()).isFalse();
        assertThat(m.orthogonal()).isFalse();
    }

    @Test
    void aRectangularMatrixHasNoTrace() {
        MatrixPropertiesModel m = of(new double[][] {{1, 2, 3}, {0, 4, 5}});
        assertThat(m.trace()).isNaN();
        assertThat(m.traceSum()).isEqualTo("tr A is undefined: the trace needs a square matrix, and A is 2×3");
        assertThat(m.transpose()).isDeepEqualTo(new double[][] {{1, 0}, {2, 4}, {3, 5}});
        assertThat(m.upper()).isTrue();
        assertThat(m.lower()).isFalse();
        assertThat(m.symmetric()).isFalse();
        assertThat(m.identity()).isFalse();
        assertThat(m.frobeniusSum()).isEqualTo("‖A‖_F = √(1² + 2² + 3² + 0² + 4² + 5²) = √55 ≈ 7.416");
    }

    @Test
    void badgesOfSpecialMatrices() {
        MatrixPropertiesModel id = of(Linalg.identity(3));
        assertThat(id.identity() && id.diagonal() && id.symmetric() && id.upper() && id.lower() && id.orthogonal()).isTrue();
        MatrixPropertiesModel diag = of(new double[][] {{2, 0}, {0, -1}});
        assertThat(diag.diagonal()).isTrue();
        assertThat(diag.identity()).isFalse();
        assertThat(diag.orthogonal()).isFalse();
        MatrixPropertiesModel sym = of(new double[][] {{2, 1}, {1, 2}});
        assertThat(sym.symmetric()).isTrue();
        assertThat(sym.diagonal()).isFalse();
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        MatrixPropertiesModel rot = of(new double[][] {{c, -s}, {s, c}});
        assertThat(rot.orthogonal()).isTrue();
        assertThat(rot.symmetric()).isFalse();
        MatrixPropertiesModel perm = of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        assertThat(perm.orthogonal()).isTrue();
        assertThat(perm.gram()).isDeepEqualTo(Linalg.identity(3));
        MatrixPropertiesModel low = of(new double[][] {{1, 0, 0}, {2, 3, 0}, {4, 5, 6}});
        assertThat(low.lower()).isTrue();
        assertThat(low.upper()).isFalse();
        assertThat(of(new double[][] {{7}}).trace()).isEqualTo(7.0);
    }

    @Test
    void transposingKeepsTheFrobeniusNormAndTwiceGivesBackA() {
        for (int trial = 0; trial < 50; trial++) {
            long seed = 4200L + trial;
            Random r = new Random(seed);
            double[][] a = MatrixMultiplyModelTest.random(r, 1 + r.nextInt(5), 1 + r.nextInt(5));
            MatrixPropertiesModel m = of(a);
            MatrixPropertiesModel t = of(m.transpose());
            assertThat(t.frobenius()).as("seed %d", seed).isCloseTo(m.frobenius(), within(1e-12));
            assertThat(t.transpose()).as("seed %d", seed).isDeepEqualTo(a);
            assertThat(t.upper()).as("seed %d: Aᵀ is upper exactly when A is lower", seed).isEqualTo(m.lower());
            double[][] sym = Linalg.multiply(m.transpose(), a);
            assertThat(of(sym).symmetric()).as("seed %d: AᵀA is symmetric", seed).isTrue();
        }
    }
}
