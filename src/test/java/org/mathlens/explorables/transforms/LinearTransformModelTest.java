package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Linalg;

class LinearTransformModelTest {
    @Test
    void aRotationByNinetyDegreesKeepsAreaAndOrientation() {
        LinearTransformModel m = new LinearTransformModel();
        m.set(LinearTransformModel.PRESETS.get("rotation"));
        assertThat(m.det()).isEqualTo(1.0);
        assertThat(m.col1()).containsExactly(0.0, 1.0);
        assertThat(m.col2()).containsExactly(-1.0, 0.0);
        assertThat(m.apply(1, 0)).containsExactly(0.0, 1.0);
        assertThat(m.verdict()).isNull();
    }

    @Test
    void theColumnsAreWhereTheBasisVectorsLand() {
        LinearTransformModel m = new LinearTransformModel();
        m.set(new double[][] {{1.5, -1}, {0.5, 1}});
        assertThat(m.apply(1, 0)).containsExactly(m.col1());
        assertThat(m.apply(0, 1)).containsExactly(m.col2());
        assertThat(m.det()).isEqualTo(2.0);
    }

    @Test
    void singularMatricesCollapseThePlaneAndReflectionsFlipIt() {
        LinearTransformModel m = new LinearTransformModel();
        m.set(LinearTransformModel.PRESETS.get("singular"));
        assertThat(m.det()).isEqualTo(0.0);
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a line");
        m.set(LinearTransformModel.PRESETS.get("projection"));
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a line");
        m.set(new double[][] {{0, 0}, {0, 0}});
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a point");
        m.set(LinearTransformModel.PRESETS.get("reflection"));
        assertThat(m.det()).isEqualTo(-1.0);
        assertThat(m.verdict()).isEqualTo("orientation flips");
    }

    @Test
    void theMorphRunsFromTheIdentityToA() {
        LinearTransformModel m = new LinearTransformModel();
        m.set(new double[][] {{2, 1}, {-1, 3}});
        double[][] out = new double[2][2];
        assertThat(m.between(0, out)).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        assertThat(m.between(1, out)).isEqualTo(new double[][] {{2, 1}, {-1, 3}});
        assertThat(m.between(0.5, out)).isEqualTo(new double[][] {{1.5, 0.5}, {-0.5, 2}});
        assertThat(LinearTransformModel.ease(0)).isEqualTo(0.0);
        assertThat(LinearTransformModel.ease(0.5)).isEqualTo(0.5);
        assertThat(LinearTransformModel.ease(1)).isEqualTo(1.0);
    }

    @RepeatedTest(20)
    void theDeterminantIsTheSignedAreaOfTheParallelogramOnTheColumns() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        double[][] a = {{r.nextInt(9) - 4, r.nextInt(9) - 4}, {r.nextInt(9) - 4, r.nextInt(9) - 4}};
        LinearTransformModel m = new LinearTransformModel();
        m.set(a);
        double[] c1 = m.col1();
        double[] c2 = m.col2();
        assertThat(m.det()).as("seed %d", seed).isCloseTo(c1[0] * c2[1] - c1[1] * c2[0], within(1e-12));
        assertThat(m.det() == 0).as("seed %d", seed).isEqualTo(Linalg.rank(a) < 2);
    }

    @Test
    void thePaneReadsOutTheColumnsAndFollowsThePresets() {
        LinearTransformExplorable pane = new LinearTransformExplorable();
        pane.parameters().set("preset", "shear");
        assertThat(pane.readouts().read("col2").text()).isEqualTo("[1.0, 1.0]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("1.0");
        pane.parameters().set("A", "[[2, 0], [0, -3]]");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
        assertThat(pane.readouts().read("det").text()).isEqualTo("-6.0");
        assertThat(pane.readouts().read("col1").text()).isEqualTo("[2.0, 0.0]");
        pane.parameters().set("preset", "projection");
        assertThat(pane.readouts().read("det").text()).isEqualTo("0.0");
        assertThat(pane.history().canUndo()).isFalse();
        pane.history().record(() -> pane.parameters().set("A", "[[1, 2], [3, 4]]"));
        pane.history().undo();
        assertThat(pane.parameters().get("A").text()).isEqualTo("[[1.0, 0.0], [0.0, 0.0]]");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("projection");
    }

    @Test
    void playingDrawsTheInterpolatedMatrixWithoutTouchingA() {
        LinearTransformExplorable pane = new LinearTransformExplorable();
        pane.parameters().set("A", "[[3, 0], [0, 3]]");
        var anim = pane.animation().orElseThrow();
        anim.step();
        assertThat(pane.shownMatrix()).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        anim.step();
        assertThat(pane.shownMatrix()[0][0]).isCloseTo(1.5, within(1e-9));
        anim.advance(10);
        assertThat(pane.parameters().get("A").text()).isEqualTo("[[3.0, 0.0], [0.0, 3.0]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("9.0");
    }
}
