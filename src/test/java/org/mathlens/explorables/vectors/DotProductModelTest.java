package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Vec2;

class DotProductModelTest {
    @Test
    void fortyFiveDegrees() {
        DotProductModel m = new DotProductModel(new Vec2(1, 0), new Vec2(1, 1));
        assertThat(m.dot()).isEqualTo(1.0);
        assertThat(m.angleDegrees().getAsDouble()).isEqualTo(45.0);
        assertThat(m.cos().getAsDouble()).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(m.projection()).contains(new Vec2(1, 0));
        assertThat(m.side()).isEqualTo(1);
        assertThat(m.isOrthogonal()).isFalse();
    }

    @Test
    void perpendicularVectorsAreOrthogonalAndCastNoShadow() {
        DotProductModel m = new DotProductModel(new Vec2(2, 1), new Vec2(-1, 2));
        assertThat(m.dot()).isZero();
        assertThat(m.isOrthogonal()).isTrue();
        assertThat(m.angleDegrees().getAsDouble()).isEqualTo(90.0);
        assertThat(m.cos().getAsDouble()).isZero();
        assertThat(m.projection()).contains(Vec2.ZERO);
        assertThat(m.side()).isZero();
    }

    @Test
    void oppositeVectorsMeetAtOneEightyDegreesWithCosineMinusOne() {
        DotProductModel m = new DotProductModel(new Vec2(2, -1), new Vec2(-3, 1.5));
        assertThat(m.dot()).isEqualTo(-7.5);
        assertThat(m.cos().getAsDouble()).isEqualTo(-1.0);
        assertThat(m.angleDegrees().getAsDouble()).isEqualTo(180.0);
        assertThat(m.projection()).contains(new Vec2(-3, 1.5));
        assertThat(m.side()).isEqualTo(-1);
    }

    @Test
    void theProjectionOfThreeFourOnTheXAxisIsItsFirstComponent() {
        DotProductModel m = new DotProductModel(new Vec2(5, 0), new Vec2(3, 4));
        assertThat(m.dot()).isEqualTo(15.0);
        assertThat(m.projection()).contains(new Vec2(3, 0));
        assertThat(m.cos().getAsDouble()).isEqualTo(0.6);
    }

    @Test
    void zeroVectorsHaveNoAngleAndAZeroUHasNoLine() {
        DotProductModel m = new DotProductModel(Vec2.ZERO, new Vec2(3, 1));
        assertThat(m.dot()).isZero();
        assertThat(m.angleDegrees()).isEmpty();
        assertThat(m.cos()).isEmpty();
        assertThat(m.projection()).isEmpty();
        assertThat(m.isOrthogonal()).as("orthogonality is claimed only for two directions").isFalse();
        m.set(new Vec2(3, 1), Vec2.ZERO);
        assertThat(m.angleDegrees()).isEmpty();
        assertThat(m.projection()).contains(Vec2.ZERO);
    }

    @Test
    void theShadowIsOnUsLineAndTheDropIsPerpendicular() {
        long seed = 71L;
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            Vec2 u = new Vec2(r.nextInt(21) - 10 + r.nextDouble(), r.nextInt(21) - 10);
            Vec2 v = new Vec2(r.nextInt(21) - 10, r.nextInt(21) - 10 + r.nextDouble());
            DotProductModel m = new DotProductModel(u, v);
            Vec2 proj = m.projection().orElseThrow();
            double scale = 1 + u.norm() * v.norm();
            assertThat(proj.cross(u)).as("seed %d: proj on u's line", seed).isCloseTo(0.0, within(1e-9 * scale));
            assertThat(v.minus(proj).dot(u)).as("seed %d: v − proj ⟂ u", seed).isCloseTo(0.0, within(1e-9 * scale));
            assertThat(m.dot()).as("seed %d: u·v = |u||v| cos θ", seed)
                    .isCloseTo(u.norm() * v.norm() * Math.cos(Math.toRadians(m.angleDegrees().getAsDouble())), within(1e-9 * scale));
            assertThat(m.dot()).as("seed %d: symmetric", seed).isEqualTo(new DotProductModel(v, u).dot());
            assertThat(m.side()).as("seed %d: the side is the sign of u·v", seed).isEqualTo((int) Math.signum(m.dot()));
        }
    }

    @Test
    void theExplorableReadsOutWhatTheModelComputes() {
        DotProductExplorable pane = new DotProductExplorable();
        pane.parameters().set("u", "[1, 0]");
        pane.parameters().set("v", "[1, 1]");
        assertThat(pane.readouts().read("dot").text()).isEqualTo("1.0");
        assertThat(pane.readouts().read("angle_deg").text()).isEqualTo("45.0");
        assertThat(pane.readouts().read("proj").text()).isEqualTo("[1.0, 0.0]");
        pane.parameters().set("v", "[0, -2]");
        assertThat(pane.readouts().read("angle_deg").text()).isEqualTo("90.0");
        assertThat(pane.readouts().read("cos").text()).isEqualTo("0.0");
        pane.parameters().set("u", "[0, 0]");
        assertThat(pane.readouts().read("dot").text()).isEqualTo("0.0");
        assertThat(pane.readouts().read("proj").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("cos").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("angle_deg").text()).isEqualTo("undefined");
    }
}
