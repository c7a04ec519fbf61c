package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Vec2;

class VectorsModelTest {
    @Test
    void addsSubtractsAndScalesComponentwise() {
        VectorsModel m = new VectorsModel(new Vec2(3, 1), new Vec2(1, 2), -2);
        assertThat(m.sum()).isEqualTo(new Vec2(4, 3));
        assertThat(m.difference()).isEqualTo(new Vec2(2, -1));
        assertThat(m.scaled()).isEqualTo(new Vec2(-6, -2));
    }

    @RepeatedTest(10)
    void theDifferenceLeadsFromTheTipOfVToTheTipOfU() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        Vec2 u = new Vec2(r.nextInt(21) - 10, r.nextInt(21) - 10);
        Vec2 v = new Vec2(r.nextInt(21) - 10, r.nextInt(21) - 10);
        VectorsModel m = new VectorsModel(u, v, 1);
        assertThat(v.plus(m.difference())).as("seed %d", seed).isEqualTo(u);
        assertThat(m.sum().minus(v)).as("seed %d", seed).isEqualTo(u);
    }

    @Test
    void theExplorableReadsOutWhatTheModelComputes() {
        VectorsExplorable pane = new VectorsExplorable();
        pane.parameters().set("u", "[2, -1]");
        pane.parameters().set("k", "-3");
        assertThat(pane.readouts().read("sum").text()).isEqualTo("[3.0, 1.0]");
        assertThat(pane.readouts().read("difference").text()).isEqualTo("[1.0, -3.0]");
        assertThat(pane.readouts().read("scaled").text()).isEqualTo("[-6.0, 3.0]");
        pane.reset();
        assertThat(pane.readouts().read("u").text()).isEqualTo("[3.0, 1.0]");
    }
}
