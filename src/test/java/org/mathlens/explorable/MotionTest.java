package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MotionTest {
    @Test
    void ratesStartAtZeroEndAtOneAndClampOutside() {
        for (Rate r : new Rate[] {Rate.LINEAR, Rate.SMOOTH}) {
            assertThat(r.apply(0)).isEqualTo(0);
            assertThat(r.apply(1)).isEqualTo(1);
            assertThat(r.apply(-2)).isEqualTo(0);
            assertThat(r.apply(7)).isEqualTo(1);
        }
        assertThat(Rate.SMOOTH.apply(0.5)).isEqualTo(0.5);
        assertThat(Rate.SMOOTH.apply(0.25)).isEqualTo(0.15625);
        assertThat(Rate.THERE_AND_BACK.apply(0)).isEqualTo(0);
        assertThat(Rate.THERE_AND_BACK.apply(0.5)).isEqualTo(1);
        assertThat(Rate.THERE_AND_BACK.apply(1)).isEqualTo(0);
        assertThat(Rate.SMOOTH.between(2, 6, 0.5)).isEqualTo(4);
    }

    @RepeatedTest(20)
    void smoothIsMonotoneAndSymmetric() {
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        double a = rnd.nextDouble();
        double b = rnd.nextDouble();
        assertThat(Math.signum(Rate.SMOOTH.apply(b) - Rate.SMOOTH.apply(a))).as("seed %d", seed)
                .isIn(Math.signum(b - a), 0.0);
        assertThat(Rate.SMOOTH.apply(1 - a)).as("seed %d", seed).isCloseTo(1 - Rate.SMOOTH.apply(a), within(1e-12));
    }

    @Test
    void stagesSplitProgressIntoNamedMoves() {
        Stages s = new Stages(Rate.LINEAR, "Vᵀ rotates", "Σ stretches", "U rotates");
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.alphaOf(0, 0.5)).isEqualTo(0.5);
        assertThat(s.alphaOf(1, 0.5)).isEqualTo(0);
        assertThat(s.alphaOf(0, 2.25)).isEqualTo(1);
        assertThat(s.alphaOf(2, 2.25)).isEqualTo(0.25);
        assertThat(s.current(0)).isEqualTo(0);
        assertThat(s.current(1.4)).isEqualTo(1);
        assertThat(s.current(3)).isEqualTo(2);
        assertThat(s.describe(0)).isEqualTo("before: Vᵀ rotates");
        assertThat(s.describe(1.4)).isEqualTo("Σ stretches (40 %)");
        assertThat(s.describe(2)).isEqualTo("Σ stretches");
        assertThat(s.describe(3)).isEqualTo("done: U rotates");
    }

    @Test
    void playOnceMovesTheParameterToItsEndAndStops() {
        ScalarParameter stage = new ScalarParameter("stage", null, 0, 0, 3, 0.01);
        Play play = Play.once(stage, 1.5);
        play.advance(1);
        assertThat(stage.value()).isEqualTo(1.5);
        assertThat(play.isFinished()).isFalse();
        play.advance(10);
        assertThat(stage.value()).isEqualTo(3);
        assertThat(play.isFinished()).isTrue();
        play.rewind();
        assertThat(stage.value()).isEqualTo(0);
    }

    @Test
    void stepGoesToTheNextStageThenStartsAgain() {
        ScalarParameter stage = new ScalarParameter("stage", null, 0, 0, 3, 0.01);
        Play play = Play.once(stage, 1);
        stage.set(1.4);
        play.step();
        assertThat(stage.value()).isEqualTo(2);
        play.step();
        assertThat(stage.value()).isEqualTo(3);
        play.step();
        assertThat(stage.value()).isEqualTo(0);
    }

    @Test
    void aMorphFromZeroToOneStepsInQuarters() {
        ScalarParameter t = new ScalarParameter("t", null, 1, 0, 1, 0.01);
        Play play = Play.once(t, 0.5);
        play.step();
        assertThat(t.value()).isEqualTo(0);
        play.step();
        assertThat(t.value()).isEqualTo(0.25);
        t.set(0.6);
        play.step();
        assertThat(t.value()).isEqualTo(0.75);
    }

    @Test
    void bounceSwingsBetweenTheEndsAndNeverFinishes() {
        ScalarParameter k = new ScalarParameter("k", null, 0, -3, 3, 0.1);
        Play play = Play.bounce(k, 2);
        play.advance(1);
        assertThat(k.value()).isEqualTo(2);
        play.advance(1);
        assertThat(k.value()).isEqualTo(2); // up to 3, back to 2
        play.advance(2);
        assertThat(k.value()).isEqualTo(-2);
        play.advance(1.5);
        assertThat(k.value()).isEqualTo(-1); // down to -3, up to -1
        assertThat(play.isFinished()).isFalse();
    }

    @Test
    void alternateFliesToTheOtherEndStopsAndFliesBackOnPlayAgain() {
        ScalarParameter flip = new ScalarParameter("flip", null, 0, 0, 1, 0.01);
        PaneAnimation play = Play.alternate(flip, 0.5);
        assertThat(play.isFinished()).as("resting at an end").isTrue();
        play.rewind();
        play.advance(1);
        assertThat(flip.value()).isEqualTo(0.5);
        play.advance(5);
        assertThat(flip.value()).isEqualTo(1);
        assertThat(play.isFinished()).isTrue();
        play.rewind(); // what the player does when play is pressed at the end
        assertThat(flip.value()).isEqualTo(1);
        play.advance(0.5);
        assertThat(flip.value()).isEqualTo(0.75);
        assertThat(play.isFinished()).isFalse();
        play.step(); // nearer A^T: jump to the other state, A
        assertThat(flip.value()).isEqualTo(0);
        play.step();
        assertThat(flip.value()).isEqualTo(1);
        flip.set(1.0);
        PaneAnimation fromTheTop = Play.alternate(flip, 2);
        fromTheTop.rewind();
        fromTheTop.advance(0.25);
        assertThat(flip.value()).isEqualTo(0.5);
    }

    @Test
    void upToStopsAtALimitTheModelSetsAndStepsInWholeUnits() {
        ScalarParameter step = new ScalarParameter("step", null, 0, 0, 15, 1);
        int[] limit = {4};
        Play play = Play.once(step, 0.5).upTo(() -> limit[0]);
        play.advance(3);
        assertThat(step.value()).isEqualTo(1.5);
        play.advance(100);
        assertThat(step.value()).as("stops at the model's limit, not the slider's").isEqualTo(4);
        assertThat(play.isFinished()).isTrue();
        play.step();
        assertThat(step.value()).as("from the end back to the start").isEqualTo(0);
        play.step();
        play.step();
        assertThat(step.value()).isEqualTo(2);
        step.set(2.4);
        play.step();
        assertThat(step.value()).isEqualTo(3);
        limit[0] = 2;
        assertThat(play.isFinished()).as("a shorter limit is already passed").isTrue();
        play.rewind();
        assertThat(step.value()).isEqualTo(0);
    }

    @Test
    void upToStopsAtALimitBelowTheMaximumThatMayChange() {
        ScalarParameter step = new ScalarParameter("step", null, 12, 0, 12, 0.01);
        double[] chain = {3};
        Play play = Play.once(step, 2).upTo(() -> chain[0]);
        assertThat(play.isFinished()).as("12 is past a chain of 3").isTrue();
        play.rewind();
        play.advance(1);
        assertThat(step.value()).isEqualTo(2);
        play.advance(1);
        assertThat(step.value()).isEqualTo(3);
        assertThat(play.isFinished()).isTrue();
        play.step();
        assertThat(step.value()).as("Step after the end starts again").isEqualTo(0);
        play.step();
        assertThat(step.value()).isEqualTo(1);
        chain[0] = 1;
        assertThat(play.isFinished()).isTrue();
        chain[0] = 20;
        play.advance(10);
        assertThat(step.value()).as("never past the maximum").isEqualTo(12);
    }

    @Test
    void pacedByScalesTheSpeedAsItIsReadEachFrame() {
        ScalarParameter angle = new ScalarParameter("angle", null, 0, 0, 360, 1);
        double[] pace = {1};
        Play play = Play.once(angle, 40).pacedBy(() -> pace[0]);
        play.advance(1);
        assertThat(angle.value()).isEqualTo(40);
        pace[0] = 0.25;
        play.advance(1);
        assertThat(angle.value()).isEqualTo(50);
        Play back = Play.bounce(angle, 40).pacedBy(() -> 2);
        angle.set(300.0);
        back.advance(1);
        assertThat(angle.value()).as("80 up: to 360 and 20 back").isEqualTo(340);
    }

    @Test
    void shrinkApproachesZeroGeometricallyOnItsSideAndStopsAtTheFloor() {
        ScalarParameter dx = new ScalarParameter("dx", null, -1, -3, 3, 0.001);
        PaneAnimation shrink = Play.shrink(dx, 0.25, 1e-4, 1);
        shrink.advance(1);
        assertThat(dx.value()).isCloseTo(-0.25, within(1e-12));
        shrink.step();
        assertThat(dx.value()).isCloseTo(-0.125, within(1e-12));
        assertThat(shrink.isFinished()).isFalse();
        shrink.advance(60);
        assertThat(dx.value()).isEqualTo(-1e-4);
        assertThat(shrink.isFinished()).isTrue();
        shrink.rewind();
        assertThat(dx.value()).isEqualTo(-1);
        dx.set(0.0);
        shrink.rewind();
        assertThat(dx.value()).isEqualTo(1);
        assertThatThrownBy(() -> Play.shrink(dx, 1.5, 1e-4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @RepeatedTest(20)
    void shrinkNeverCrossesZeroNorGrowsWhateverTheFrames(org.junit.jupiter.api.RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition());
        ScalarParameter dx = new ScalarParameter("dx", null, 2 * rnd.nextDouble() - 1, -3, 3, 0.001);
        double sign = Math.signum(dx.value());
        PaneAnimation shrink = Play.shrink(dx, 0.5, 1e-3, 1);
        for (int frame = 0; frame < 200 && !shrink.isFinished(); frame++) {
            double before = Math.abs(dx.value());
            shrink.advance(rnd.nextDouble() / 10);
            assertThat(Math.abs(dx.value())).isLessThanOrEqualTo(Math.max(before, 1e-3));
            assertThat(Math.signum(dx.value())).isIn(sign, 1.0);
        }
    }
}
