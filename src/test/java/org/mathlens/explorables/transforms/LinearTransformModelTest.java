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
        m.set(new double[][] {{0, -1}, {1, 0}});
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
        m.set(new double[][] {{1, 2}, {0.5, 1}});
        assertThat(m.det()).isEqualTo(0.0);
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a line");
        m.set(new double[][] {{1, 0}, {0, 0}});
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a line");
        m.set(new double[][] {{0, 0}, {0, 0}});
        assertThat(m.verdict()).isEqualTo("the plane collapses onto a point");
        m.set(new double[][] {{-1, 0}, {0, 1}});
        assertThat(m.det()).isEqualTo(-1.0);
        assertThat(m.verdict()).isEqualTo("orientation flips");
    }

    @Test
    void theMorphRunsFromTheIdentityToA() {
        LinearTransformModel m = new LinearTransformModel();
        m.set(new double[][] {{2, 1}, {-1, 3}});
        m.set(new double[][] {{2, 1}, {-1, 3}}, 0);
        assertThat(m.drawn()).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        assertThat(m.drawnDet()).isEqualTo(1.0);
        m.set(new double[][] {{2, 1}, {-1, 3}}, 1);
        assertThat(m.drawn()).isEqualTo(new double[][] {{2, 1}, {-1, 3}});
        assertThat(m.drawnDet()).isEqualTo(m.det()).isEqualTo(7.0);
        // smooth(0.5) = 0.5: M = (I + A) / 2, det M = 1.5·2 + 0.5·0.5 = 3.25
        m.set(new double[][] {{2, 1}, {-1, 3}}, 0.5);
        assertThat(m.drawn()).isEqualTo(new double[][] {{1.5, 0.5}, {-0.5, 2}});
        assertThat(m.drawnDet()).isEqualTo(3.25);
    }

    @RepeatedTest(20)
    void theDrawnDeterminantIsTheDeterminantOfTheDrawnMatrix() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        double[][] a = {{r.nextGaussian() * 3, r.nextGaussian() * 3}, {r.nextGaussian() * 3, r.nextGaussian() * 3}};
        double t = r.nextDouble();
        LinearTransformModel m = new LinearTransformModel();
        m.set(a, t);
        double[][] d = m.drawn();
        assertThat(m.drawnDet()).as("seed %d", seed)
                .isCloseTo(d[0][0] * d[1][1] - d[0][1] * d[1][0], within(1e-9 * (1 + Math.abs(m.det()))));
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
    void playingMovesTOnlyAndTheDrawnMatrixFollowsIt() {
        LinearTransformExplorable pane = new LinearTransformExplorable();
        pane.parameters().set("A", "[[3, 0], [0, 3]]");
        assertThat(pane.parameters().get("t").text()).as("the idea at rest: A itself").isEqualTo("1.0");
        assertThat(pane.model().drawn()).isEqualTo(new double[][] {{3, 0}, {0, 3}});
        var anim = pane.animation().orElseThrow();
        anim.step();
        assertThat(pane.parameters().get("t").text()).isEqualTo("0.0");
        assertThat(pane.model().drawn()).isEqualTo(new double[][] {{1, 0}, {0, 1}});
        anim.step();
        // t = 0.25, s = smooth(0.25) = 0.15625: M = 1.3125·I
        assertThat(pane.model().drawn()).isEqualTo(new double[][] {{1.3125, 0}, {0, 1.3125}});
        assertThat(pane.readouts().read("detM").text()).isEqualTo(Double.toString(1.3125 * 1.3125));
        anim.advance(10);
        assertThat(anim.isFinished()).isTrue();
        assertThat(pane.parameters().get("t").text()).isEqualTo("1.0");
        assertThat(pane.parameters().get("A").text()).isEqualTo("[[3.0, 0.0], [0.0, 3.0]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("9.0");
        assertThat(pane.readouts().read("detM").text()).isEqualTo("9.0");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
    }
}
