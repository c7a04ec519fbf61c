package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.linalg.Linalg;

class DeterminantModelTest {

    @Test
    void twoByTwoIsAdMinusBc() {
        DeterminantModel m = new DeterminantModel(new double[][] {{1, 2}, {3, 4}});
        assertThat(m.det()).isCloseTo(-2.0, within(1e-12));
        assertThat(m.measure()).isCloseTo(2.0, within(1e-12));
        assertThat(m.flipsOrientation()).isTrue();
        assertThat(m.shapeSentence()).contains("orientation flips");
        assertThat(m.twoByTwoFormula()).isEqualTo("ad − bc = 1·4 − 2·3");
        assertThat(DeterminantExpansion.cofactorDet(m.matrix())).isEqualTo(-2.0);
    }

    @Test
    void diagonalCubeHasVolumeTwentyFour() {
        DeterminantModel m = new DeterminantModel(new double[][] {{2, 0, 0}, {0, 3, 0}, {0, 0, 4}});
        assertThat(m.det()).isCloseTo(24.0, within(1e-12));
        assertThat(m.measure()).isCloseTo(24.0, within(1e-12));
        assertThat(m.measureName()).isEqualTo("volume");
        assertThat(m.flipsOrientation()).isFalse();
        DeterminantExpansion e = m.expansion();
        e.completeAll();
        assertThat(e.root().value()).isEqualTo(24.0);
        // the two zero entries of the first row are skipped, not expanded
        assertThat(e.root().children()).extracting(DeterminantExpansion.Node::isSkipped).containsExactly(false, true, true);
    }

    @Test
    void twoEqualRowsGiveZeroAndCollapse() {
        DeterminantModel m = new DeterminantModel(new double[][] {{1, 2, 3}, {4, 5, 6}, {1, 2, 3}});
        assertThat(m.det()).isEqualTo(0.0);
        assertThat(DeterminantExpansion.cofactorDet(m.matrix())).isEqualTo(0.0);
        assertThat(m.shapeSentence()).isEqualTo("det = 0: the cube collapses onto a plane");
        DeterminantModel line = new DeterminantModel(new double[][] {{1, 2}, {2, 4}});
        assertThat(line.shapeSentence()).isEqualTo("det = 0: the square collapses onto a line");
        DeterminantModel point = new DeterminantModel(new double[][] {{0, 0}, {0, 0}});
        assertThat(point.shapeSentence()).isEqualTo("det = 0: the square collapses onto a point");
    }

    @Test
    void cofactorExpansionEqualsLinalgDetForRandomIntegerMatrices() {
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(4);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = r.nextInt(11) - 5;
                }
            }
            double expected = Linalg.det(a);
            DeterminantExpansion e = new DeterminantExpansion(a);
            e.completeAll();
            assertThat(e.root().value()).as("seed %d, %d×%d", seed, n, n).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            // every term is known at the end and they add up to the root
            double sum = 0;
            for (DeterminantExpansion.Node c : e.root().children()) {
                assertThat(c.isKnown()).as("seed %d", seed).isTrue();
                sum += c.term();
            }
            assertThat(sum).as("seed %d", seed).isEqualTo(e.root().value());
            assertThat(e.root().partialSum()).as("seed %d", seed).isEqualTo(e.root().value());
        }
    }

    @Test
    void stepsOpenThenFillTheRunningSum() {
        DeterminantExpansion e = new DeterminantExpansion(new double[][] {{2, 1, 3}, {0, 1, 4}, {5, 6, 0}});
        assertThat(e.root().isExpanded()).isFalse();
        assertThat(e.lastStepped()).isNull();
        assertThat(e.step()).isTrue();                       // open the root
        assertThat(e.root().isExpanded()).isTrue();
        assertThat(e.lastStepped()).isSameAs(e.root());
        assertThat(e.root().children()).hasSize(3);
        assertThat(e.root().partialSum()).isEqualTo(0.0);
        assertThat(e.step()).isTrue();                       // first 2×2 minor [[1,4],[6,0]] = -24
        DeterminantExpansion.Node first = e.root().children().get(0);
        assertThat(first.isKnown()).isTrue();
        assertThat(first.value()).isEqualTo(-24.0);
        assertThat(e.root().partialSum()).isEqualTo(-48.0);
        assertThat(DeterminantExpansionText.valueLines(e.root())).contains("= 2·(−24) − 1·(…) + 3·(…)");
        e.step();
        e.step();
        assertThat(e.isComplete()).isFalse();
        assertThat(e.step()).isTrue();                       // the root's value
        assertThat(e.isComplete()).isTrue();
        assertThat(e.root().value()).isEqualTo(2 * -24 - 1 * (0 - 20) + 3 * (0 - 5));
        assertThat(e.step()).isFalse();
        assertThat(e.stepsToComplete()).isEqualTo(5);
    }

    @Test
    void clickingFoldsAndOpensButLeavesDoNotOpen() {
        DeterminantExpansion e = new DeterminantExpansion(new double[][] {{1, 2, 3, 4}, {0, 1, 0, 2}, {3, 0, 1, 1}, {1, 1, 1, 0}});
        assertThat(e.visibleNodes()).hasSize(1);
        assertThat(e.root().toggle()).isTrue();
        assertThat(e.visibleNodes()).hasSize(5);
        DeterminantExpansion.Node three = e.root().children().get(0);
        assertThat(three.size()).isEqualTo(3);
        assertThat(three.toggle()).isTrue();
        assertThat(e.visibleNodes()).hasSize(8);
        DeterminantExpansion.Node two = three.children().get(0);
        assertThat(two.isLeaf()).isTrue();
        assertThat(two.toggle()).isFalse();
        assertThat(e.root().toggle()).isTrue();              // fold the root: its children hide but keep their state
        assertThat(e.visibleNodes()).hasSize(1);
        e.root().toggle();
        assertThat(three.isExpanded()).isTrue();
    }

    @Test
    void minorDropsARowAndAColumn() {
        double[][] m = DeterminantExpansion.minor(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, 0, 1);
        assertThat(m).isDeepEqualTo(new double[][] {{4, 6}, {7, 9}});
    }

    @Test
    void thePaneReadsDetAreaAndVolumeForTheSize() {
        DeterminantExplorable pane = new DeterminantExplorable();
        pane.parameters().set("A", "[[1, 2], [3, 4]]");
        assertThat(Double.parseDouble(pane.readouts().read("det").text())).isCloseTo(-2.0, within(1e-12));
        assertThat(Double.parseDouble(pane.readouts().read("area").text())).isCloseTo(2.0, within(1e-12));
        assertThat(pane.readouts().read("volume").text()).isEqualTo("undefined");
        pane.parameters().set("A", "[[2, 0, 0], [0, 3, 0], [0, 0, 4]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("24.0");
        assertThat(pane.readouts().read("volume").text()).isEqualTo("24.0");
        assertThat(pane.readouts().read("area").text()).isEqualTo("undefined");
        pane.parameters().set("A", "[[1, 2, 3, 4], [2, 4, 6, 8], [0, 1, 0, 1], [5, 0, 0, 1]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("0.0");
        assertThat(pane.readouts().read("volume").text()).isEqualTo("undefined");
        // play steps the expansion to the end and stops
        var play = pane.animation().orElseThrow();
        for (int i = 0; i < 400 && !play.isFinished(); i++) {
            play.advance(DeterminantExplorable.STEP_SECONDS);
        }
        assertThat(play.isFinished()).isTrue();
        assertThat(pane.model().expansion().root().value()).isEqualTo(0.0);
        play.rewind();
        assertThat(play.isFinished()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void onTheWayFromTheIdentityTheAreaPassesZeroWhereOrientationFlips() {
        double[][] flip = {{1, 0}, {0, -1}};
        DeterminantModel m = new DeterminantModel(org.mathlens.explorable.Morph.between(flip, 0));
        org.assertj.core.api.Assertions.assertThat(m.det()).isEqualTo(1.0);
        m.set(org.mathlens.explorable.Morph.between(flip, 0.5));
        org.assertj.core.api.Assertions.assertThat(m.det()).isEqualTo(0.0);
        m.set(org.mathlens.explorable.Morph.between(flip, 1));
        org.assertj.core.api.Assertions.assertThat(m.matrix()).isEqualTo(flip);
        org.assertj.core.api.Assertions.assertThat(m.flipsOrientation()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void playingA2x2MorphsThePictureButNeverTheMatrix() {
        DeterminantExplorable pane = new DeterminantExplorable();
        pane.parameters().set("A", "[[2, 1], [1, -1]]");
        var play = pane.animation().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(play.isFinished()).isTrue();
        play.rewind();
        play.advance(1.25);
        org.assertj.core.api.Assertions.assertThat(play.isFinished()).isFalse();
        org.assertj.core.api.Assertions.assertThat(pane.readouts().read("det").text()).isEqualTo("-3.0");
        play.advance(5);
        org.assertj.core.api.Assertions.assertThat(play.isFinished()).isTrue();
        org.assertj.core.api.Assertions.assertThat(pane.parameters().snapshot().get("A")).isEqualTo("[[2.0, 1.0], [1.0, -1.0]]");
    }
}
