package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.ReadoutPanel;

/** The section-2 defects of issue 12 that have a readout, a caption or a control to pin. */
class TransformsPicturesTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
    }

    @Test
    void theDefaultSymmetricAHasAReflectionForV() {
        EigendecompositionModel m = new EigendecompositionModel();
        m.set(new double[][] {{2, 1}, {1, 2}}, 0);
        // v₁ = (1, 1)/√2, v₂ = (1, −1)/√2 by the sign rule: det V = −1
        assertThat(m.vDet()).isCloseTo(-1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(m.symmetryNote()).isEqualTo("symmetric: V is orthogonal, a reflection (det V = −1); eigenvectors perpendicular");
        m.set(new double[][] {{3, 0}, {0, 1}}, 0);
        assertThat(m.symmetryNote()).isEqualTo("symmetric: V is orthogonal, a rotation (det V = 1); eigenvectors perpendicular");
        m.set(new double[][] {{4, 1}, {2, 3}}, 0);
        assertThat(m.symmetryNote()).as("not symmetric: no note").isNull();
    }

    @Test
    void complexEigenvaluesAreReadAsThePairTheLegendShows() {
        EigendecompositionExplorable pane = new EigendecompositionExplorable();
        pane.parameters().set("A", "[[1, -2], [2, 1]]");
        assertThat(pane.readouts().read("lambda1").text()).isEqualTo("1.0 + 2.0i");
        assertThat(pane.readouts().read("lambda2").text()).isEqualTo("1.0 − 2.0i");
        assertThat(pane.readouts().read("Lambda").text()).isEqualTo("diag(1.0 + 2.0i, 1.0 − 2.0i)");
        pane.parameters().set("A", "[[2, 1], [1, 2]]");
        assertThat(pane.readouts().read("lambda1").text()).isEqualTo("3.0");
    }

    @Test
    void eigenShowsNoThirdRowBesideA2x2() {
        Toolkit.onFx(() -> {
            EigenExplorable pane = new EigenExplorable();
            PaneLayout layout = new PaneLayout(pane);
            new Scene(layout, 1100, 720);
            layout.applyCss();
            layout.layout();
            ReadoutPanel panel = (ReadoutPanel) layout.lookup(".readout-panel");
            assertThat(pane.readouts().applies("lambda3")).isFalse();
            assertThat(pane.readouts().applies("v3")).isFalse();
            assertThat(value(panel, "lambda3").isVisible()).isFalse();
            assertThat(value(panel, "v3").isManaged()).isFalse();
            assertThat(value(panel, "lambda2").isVisible()).isTrue();
            pane.parameters().set("A", "[[2, 1, 0], [1, 2, 0], [0, 0, 4]]");
            layout.layout();
            assertThat(value(panel, "lambda3").isVisible()).as("a 3×3 A has a λ₃").isTrue();
            assertThat(value(panel, "lambda3").getText()).isNotEqualTo("undefined");
            return null;
        });
    }

    @Test
    void determinantsTIsOutOfUseFrom3x3On() {
        DeterminantExplorable pane = new DeterminantExplorable();
        assertThat(pane.parameters().get("t").inUse()).isTrue();
        pane.parameters().set("A", "[[2, 0, 0], [0, 3, 0], [0, 0, 4]]");
        assertThat(pane.parameters().get("t").inUse()).isFalse();
        assertThat(pane.readouts().applies("area")).isFalse();
        assertThat(pane.readouts().applies("volume")).isTrue();
        pane.parameters().setAll(Map.of("A", "[[1, 2], [3, 4]]"));
        assertThat(pane.parameters().get("t").inUse()).isTrue();
    }

    @Test
    void from3x3OnTheExpansionShowsItsMinorsAtRest() {
        DeterminantExplorable pane = new DeterminantExplorable();
        pane.parameters().set("A", "[[2, 1, 0, 3], [1, 0, 2, 1], [0, 3, 1, 1], [1, 1, 0, 2]]");
        DeterminantExpansion e = pane.model().expansion();
        assertThat(e.root().isExpanded()).as("the first row is open before any step").isTrue();
        assertThat(e.visibleNodes()).hasSize(5);
        assertThat(pane.parameters().get("steps").text()).isEqualTo("0.0");
        // the steps left are the ones after that opening, and they still reach the answer
        pane.parameters().set("steps", Integer.toString(pane.model().stepsToComplete()));
        assertThat(pane.model().expansion().isComplete()).isTrue();
        assertThat(pane.model().expansion().root().value()).isEqualTo(-4.0);
        pane.parameters().setAll(Map.of("A", "[[3, 1], [1, 2]]", "steps", "0"));
        assertThat(pane.model().expansion().root().isExpanded()).as("2×2: the plane is the picture, the box stays shut").isFalse();
    }

    @Test
    void theDeterminantPlaneFollowsTAndComesBackToA() {
        DeterminantExplorable pane = new DeterminantExplorable();
        pane.parameters().setAll(Map.of("A", "[[2, 1], [1, -1]]", "t", "0.5"));
        // s = smooth(0.5) = 0.5: M = (I + A) / 2, det M = (1.5·0 − 0.5·0.5) = −0.25
        assertThat(pane.model().drawnEntry(0, 0)).isEqualTo(1.5);
        assertThat(pane.model().drawnDet()).isEqualTo(-0.25);
        assertThat(pane.model().drawsA()).isFalse();
        pane.parameters().set("t", "1");
        assertThat(pane.model().drawsA()).isTrue();
        assertThat(pane.model().drawnDet()).isEqualTo(-3.0);
    }

    private static Label value(ReadoutPanel panel, String name) {
        return (Label) panel.lookup("#readout-" + name);
    }
}
