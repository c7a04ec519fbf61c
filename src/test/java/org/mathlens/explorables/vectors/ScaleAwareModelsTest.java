package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Vec2;

/** The vector panes' decisions do not change when every number is scaled by 1e-12 … 1e12. Seeded. */
class ScaleAwareModelsTest {
    private static double scale(Random r) {
        return Math.pow(10, -12 + 24 * r.nextDouble());
    }

    @RepeatedTest(100)
    void matrixPropertiesAreTheSameAtEveryScale(RepetitionInfo info) {
        long seed = 11_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        double s = scale(r);
        double[][] general = {{s * (1 + r.nextDouble()), s * (1 + r.nextDouble())}, {s * (2 + r.nextDouble()), s * (1 + r.nextDouble())}};
        MatrixPropertiesModel m = new MatrixPropertiesModel();
        m.set(general);
        assertThat(m.diagonal()).as("seed %d", seed).isFalse();
        assertThat(m.upper()).as("seed %d", seed).isFalse();
        assertThat(m.lower()).as("seed %d", seed).isFalse();
        assertThat(m.symmetric()).as("seed %d", seed).isFalse();
        double b = s * (1 + r.nextDouble());
        m.set(new double[][] {{s, b}, {b, 2 * s}});
        assertThat(m.symmetric()).as("seed %d", seed).isTrue();
        m.set(new double[][] {{s, 0}, {0, 3 * s}});
        assertThat(m.diagonal()).as("seed %d", seed).isTrue();
    }

    @Test
    void theIssuesMatrixIsNotDiagonalTriangularOrSymmetric() {
        MatrixPropertiesModel m = new MatrixPropertiesModel();
        m.set(new double[][] {{1e-10, 2e-10}, {3e-10, 4e-10}});
        assertThat(m.diagonal()).isFalse();
        assertThat(m.upper()).isFalse();
        assertThat(m.lower()).isFalse();
        assertThat(m.symmetric()).isFalse();
    }

    @RepeatedTest(100)
    void dotProductAnglesAndProjectionsAreScaleFree(RepetitionInfo info) {
        long seed = 12_000 + info.getCurrentRepetition();
        Random r = new Random(seed);
        Vec2 u = new Vec2(r.nextGaussian(), r.nextGaussian());
        Vec2 v = new Vec2(r.nextGaussian(), r.nextGaussian());
        DotProductModel plain = new DotProductModel(u, v);
        // scales far outside 1e±12 too: 2^±560 makes every square leave the range of a double
        int a = -560 + r.nextInt(1121);
        int b = -560 + r.nextInt(1121);
        DotProductModel scaled = new DotProductModel(new Vec2(Math.scalb(u.x(), a), Math.scalb(u.y(), a)),
                new Vec2(Math.scalb(v.x(), b), Math.scalb(v.y(), b)));
        assertThat(scaled.cos().getAsDouble()).as("seed %d", seed).isCloseTo(plain.cos().getAsDouble(), within(1e-15));
        assertThat(scaled.angleDegrees().getAsDouble()).as("seed %d", seed).isCloseTo(plain.angleDegrees().getAsDouble(), within(1e-12));
        Vec2 p = plain.projection().get();
        Vec2 q = scaled.projection().get();
        assertThat(q.x()).as("seed %d", seed).isCloseTo(Math.scalb(p.x(), b), within(1e-14 * Math.scalb(Math.abs(p.x()) + Math.abs(p.y()), b)));
        assertThat(q.y()).as("seed %d", seed).isCloseTo(Math.scalb(p.y(), b), within(1e-14 * Math.scalb(Math.abs(p.x()) + Math.abs(p.y()), b)));
        assertThat(scaled.side()).as("seed %d", seed).isEqualTo(plain.side());
    }

    @Test
    void theIssuesTinyVector() {
        DotProductModel m = new DotProductModel(new Vec2(1e-170, 1e-170), new Vec2(1, 0));
        assertThat(m.cos().getAsDouble()).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(m.projection().get().x()).isCloseTo(0.5, within(1e-15));
        assertThat(m.projection().get().y()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void smallSolutionsAreNotRoundedToZero() {
        assertThat(LinearSystemsModel.tidy(3e-13)).isEqualTo(3e-13);
        assertThat(LinearSystemsModel.tidy(-4.2e-20)).isEqualTo(-4.2e-20);
        assertThat(LinearSystemsModel.tidy(29.999999999999996)).isEqualTo(30.0);
    }
}
