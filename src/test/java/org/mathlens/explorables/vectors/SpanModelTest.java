package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Vec2;

class SpanModelTest {
    @Test
    void combinesTipToTail() {
        SpanModel m = new SpanModel(new Vec2(2, 1), new Vec2(1, 2), 1.5, 1);
        assertThat(m.firstLeg()).isEqualTo(new Vec2(3, 1.5));
        assertThat(m.combo()).isEqualTo(new Vec2(4, 3.5));
        assertThat(m.independent()).isTrue();
        assertThat(m.rank()).isEqualTo(2);
        Vec2 c = m.coordinates(4, 3.5).orElseThrow();
        assertThat(c.x()).isCloseTo(1.5, within(1e-12));
        assertThat(c.y()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void gramSchmidtOfThreeOneAndTwoTwo() {
        SpanModel m = new SpanModel(new Vec2(3, 1), new Vec2(2, 2), 0, 0);
        double r = Math.sqrt(10);
        Vec2 q1 = m.q1().orElseThrow();
        Vec2 q2 = m.q2().orElseThrow();
        assertThat(q1.x()).isCloseTo(3 / r, within(1e-15));
        assertThat(q1.y()).isCloseTo(1 / r, within(1e-15));
        // v − (v·q1) q1 = (2, 2) − 0.8·(3, 1) = (−0.4, 1.2), of length 0.4·√10
        assertThat(q2.x()).isCloseTo(-1 / r, within(1e-15));
        assertThat(q2.y()).isCloseTo(3 / r, within(1e-15));
        assertThat(m.shadowOnQ1().orElseThrow().x()).isCloseTo(2.4, within(1e-14));
    }

    @Test
    void dependentVectorsSpanALineAndHaveNoGramSchmidt() {
        SpanModel m = new SpanModel(new Vec2(2, 1), new Vec2(-4, -2), 1, 1);
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.independent()).isFalse();
        assertThat(m.combo()).isEqualTo(new Vec2(-2, -1));
        assertThat(m.q1()).isEmpty();
        assertThat(m.q2()).isEmpty();
        assertThat(m.coordinates(1, 1)).isEmpty();
        assertThat(m.animatedPair(1.5)).isEmpty();
        assertThat(m.lineDirection()).contains(new Vec2(-4, -2));
        m.set(Vec2.ZERO, new Vec2(0, 3), 1, 1);
        assertThat(m.rank()).as("one zero vector: the span of the other").isEqualTo(1);
        assertThat(m.lineDirection()).contains(new Vec2(0, 3));
        m.set(Vec2.ZERO, Vec2.ZERO, 2, -1);
        assertThat(m.rank()).as("both zero: a point").isZero();
        assertThat(m.combo()).isEqualTo(Vec2.ZERO);
        assertThat(m.lineDirection()).isEmpty();
    }

    @Test
    void theAnimationPassesThroughEachStageAndEndsAtQ1Q2() {
        SpanModel m = new SpanModel(new Vec2(3, 1), new Vec2(2, 2), 0, 0);
        Vec2 q1 = m.q1().orElseThrow();
        Vec2 q2 = m.q2().orElseThrow();
        assertThat(m.animatedPair(0).orElseThrow()).containsExactly(new Vec2(3, 1), new Vec2(2, 2));
        assertThat(m.animatedPair(1).orElseThrow()).containsExactly(q1, new Vec2(2, 2));
        Vec2[] two = m.animatedPair(2).orElseThrow();
        assertThat(two[0]).isEqualTo(q1);
        assertThat(two[1].x()).isCloseTo(-0.4, within(1e-14));
        assertThat(two[1].y()).isCloseTo(1.2, within(1e-14));
        assertThat(m.animatedPair(3).orElseThrow()).containsExactly(q1, q2);
        assertThat(m.animatedPair(7).orElseThrow()).as("clamped past the end").containsExactly(q1, q2);
        Vec2 half = m.animatedPair(0.5).orElseThrow()[0];
        assertThat(half.x()).as("half way through stage 1, u is half way to q1").isCloseTo((3 + q1.x()) / 2, within(1e-14));
        Vec2 early = m.animatedPair(0.1).orElseThrow()[0];
        assertThat((3 - early.x()) / (3 - q1.x())).as("eases in: slower than linear at the start").isLessThan(0.1);
        assertThat(SpanModel.stageOf(0)).isZero();
        assertThat(SpanModel.stageOf(0.2)).isEqualTo(1);
        assertThat(SpanModel.stageOf(2)).isEqualTo(2);
        assertThat(SpanModel.stageOf(2.5)).isEqualTo(3);
    }

    @Test
    void gramSchmidtIsOrthonormalAndKeepsTheSpan() {
        long seed = 1234L;
        Random r = new Random(seed);
        int checked = 0;
        while (checked < 300) {
            Vec2 u = new Vec2(r.nextInt(21) - 10 + r.nextDouble(), r.nextInt(21) - 10);
            Vec2 v = new Vec2(r.nextInt(21) - 10, r.nextInt(21) - 10 + r.nextDouble());
            SpanModel m = new SpanModel(u, v, 0, 0);
            if (!m.independent()) {
                continue;
            }
            checked++;
            Vec2 q1 = m.q1().orElseThrow();
            Vec2 q2 = m.q2().orElseThrow();
            assertThat(q1.dot(q2)).as("seed %d: q1·q2 = 0 for u = %s, v = %s", seed, u, v).isCloseTo(0.0, within(1e-9));
            assertThat(q1.norm()).as("seed %d: |q1| = 1", seed).isCloseTo(1.0, within(1e-12));
            assertThat(q2.norm()).as("seed %d: |q2| = 1", seed).isCloseTo(1.0, within(1e-12));
            assertThat(q1.cross(u)).as("seed %d: q1 along u", seed).isCloseTo(0.0, within(1e-9 * u.norm()));
            assertThat(q1.dot(u)).as("seed %d: q1 points like u", seed).isPositive();
            // the same span: u and v are combinations of q1 and q2 (orthonormal: the coefficients are dot products)
            for (Vec2 w : new Vec2[] {u, v}) {
                Vec2 back = q1.times(w.dot(q1)).plus(q2.times(w.dot(q2)));
                assertThat(back.minus(w).norm()).as("seed %d: %s rebuilt from q1, q2", seed, w).isLessThan(1e-9 * (1 + w.norm()));
            }
            // the basis coordinates rebuild the point
            double a = r.nextInt(7) - 3;
            double b = r.nextInt(7) - 3;
            m.set(u, v, a, b);
            Vec2 c = m.coordinates(m.combo().x(), m.combo().y()).orElseThrow();
            assertThat(c.x()).as("seed %d", seed).isCloseTo(a, within(1e-8));
            assertThat(c.y()).as("seed %d", seed).isCloseTo(b, within(1e-8));
        }
    }

    @Test
    void theExplorableReadsOutWhatTheModelComputes() {
        SpanExplorable pane = new SpanExplorable();
        pane.parameters().set("u", "[3, 1]");
        pane.parameters().set("v", "[2, 2]");
        pane.parameters().set("a", "2");
        pane.parameters().set("b", "-1");
        assertThat(pane.readouts().read("combo").text()).isEqualTo("[4.0, 0.0]");
        assertThat(pane.readouts().read("independent").text()).isEqualTo("true");
        assertThat(pane.readouts().read("q1").text()).isEqualTo(org.mathlens.math.Numbers.format(new double[] {3 / Math.sqrt(10), 1 / Math.sqrt(10)}));
        assertThat(pane.parameters().get("gram_schmidt").text()).as("at rest q1, q2 are drawn").isEqualTo("3.0");
        pane.parameters().set("gram_schmidt", "0");
        var play = pane.animation().orElseThrow();
        play.step();
        play.step();
        assertThat(pane.parameters().get("gram_schmidt").text()).isEqualTo("2.0");
        assertThat(pane.parameters().get("u").text()).as("animating never edits the parameters").isEqualTo("[3.0, 1.0]");
        play.advance(100);
        assertThat(play.isFinished()).isTrue();
        assertThat(pane.parameters().get("gram_schmidt").text()).isEqualTo("3.0");
        pane.parameters().set("v", "[-6, -2]");
        assertThat(pane.readouts().read("independent").text()).isEqualTo("false");
        assertThat(pane.readouts().read("q1").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("q2").text()).isEqualTo("undefined");
        pane.parameters().set("gram_schmidt", "1.5");
        pane.reset();
        assertThat(pane.parameters().get("gram_schmidt").text()).isEqualTo("3.0");
        assertThat(pane.readouts().read("combo").text()).isEqualTo("[4.0, 3.5]");
    }
}
