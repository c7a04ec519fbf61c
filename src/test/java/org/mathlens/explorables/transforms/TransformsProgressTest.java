package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.Morph;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Snapshots;

/**
 * Each pane's progress is a parameter (issue 11): setting it — as a lesson, --set, undo or a
 * frame of Play does — moves the picture and the numbers beside it together, because both are
 * drawn from (model, progress) and nothing else.
 */
class TransformsProgressTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
    }

    @Test
    void linearTransformDrawsTheMorphAtT() {
        Toolkit.onFx(() -> {
            LinearTransformExplorable pane = new LinearTransformExplorable();
            pane.parameters().set("A", "[[2, 1], [-1, 3]]");
            assertPictureMoves(pane, Map.of("t", "0.3"));
            double[][] m = Morph.of(new double[][] {{2, 1}, {-1, 3}}, 0.3);
            assertThat(pane.model().drawn()).isEqualTo(m);
            assertThat(Double.parseDouble(pane.readouts().read("detM").text()))
                    .isCloseTo(m[0][0] * m[1][1] - m[0][1] * m[1][0], within(1e-12));
            assertThat(pane.readouts().read("det").text()).as("A itself is untouched").isEqualTo("7.0");
            return null;
        });
    }

    @Test
    void affineDrawsTheChainAsFarAsStep() {
        Toolkit.onFx(() -> {
            AffineExplorable pane = new AffineExplorable();
            pane.parameters().set("ops", "translate(1, 0); rotate(90); scale(2, 3)");
            assertPictureMoves(pane, Map.of("step", "1.5"));
            assertThat(pane.model().drawn()).isEqualTo(pane.model().partial(1.5));
            // halfway through rotate(90): 45°, after the shift
            double r = Math.sqrt(0.5);
            assertThat(pane.model().drawn()[0][2]).isCloseTo(r, within(1e-12));
            assertThat(pane.model().drawn()[1][2]).isCloseTo(r, within(1e-12));
            assertThat(pane.readouts().read("detDrawn").text()).isEqualTo("1.0");
            assertThat(pane.readouts().read("det").text()).as("the whole chain's det is unchanged").isEqualTo("6.0");
            return null;
        });
    }

    @Test
    void determinantDrawsTheMorphAtTAndTheExpansionAtSteps() {
        Toolkit.onFx(() -> {
            DeterminantExplorable pane = new DeterminantExplorable();
            pane.parameters().set("A", "[[2, 1, 3], [0, 1, 4], [5, 6, 0]]");
            assertThat(pane.model().expansion().isComplete()).isFalse();
            assertPictureMoves(pane, Map.of("steps", "2"));
            assertThat(pane.model().expansion().root().isExpanded()).isTrue();
            assertThat(pane.model().expansion().isComplete()).isFalse();
            pane.parameters().set("steps", "120");
            assertThat(pane.model().expansion().isComplete()).isTrue();
            assertThat(pane.model().expansion().root().value()).isEqualTo(Double.parseDouble(pane.readouts().read("det").text()));
            pane.parameters().set("steps", "1");
            assertThat(pane.model().expansion().isComplete()).as("going back starts the expansion again").isFalse();
            pane.parameters().set("A", "[[3, 1], [1, 2]]");
            assertPictureMoves(pane, Map.of("t", "0.5"));
            return null;
        });
    }

    @Test
    void eigenDrawsXAtTheAngle() {
        Toolkit.onFx(() -> {
            EigenExplorable pane = new EigenExplorable();
            assertPictureMoves(pane, Map.of("angle", "45"));
            assertThat(pane.model().x()[0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
            assertThat(pane.model().isAligned()).as("45° is an eigen-direction of [[2, 1], [1, 2]]").isTrue();
            var play = pane.animation().orElseThrow();
            play.step();
            assertThat(pane.parameters().get("angle").text()).as("Step: on to the next eigen-direction").isEqualTo("135.0");
            return null;
        });
    }

    @Test
    void eigendecompositionDrawsTheMovesDone() {
        Toolkit.onFx(() -> {
            EigendecompositionExplorable pane = new EigendecompositionExplorable();
            pane.parameters().set("A", "[[4, 1], [2, 3]]");
            assertThat(pane.drawn()).as("at rest: A").isEqualTo(new double[][] {{4, 1}, {2, 3}});
            assertPictureMoves(pane, Map.of("stage", "1"));
            assertThat(pane.drawn()).isEqualTo(pane.model().vInverse());
            var play = pane.animation().orElseThrow();
            play.step();
            assertThat(pane.parameters().get("stage").text()).isEqualTo("2.0");
            double[][] lvi = pane.model().afterMove(2);
            assertThat(pane.drawn()).isEqualTo(lvi);
            return null;
        });
    }

    /** Sets the values and demands the rendered pane changes. */
    private static void assertPictureMoves(Explorable pane, Map<String, String> values) {
        PaneLayout layout = new PaneLayout(pane);
        new Scene(layout, 1100, 720);
        layout.applyCss();
        layout.layout();
        WritableImage before = Snapshots.render(pane.view(), 1);
        pane.parameters().setAll(values);
        layout.layout();
        WritableImage after = Snapshots.render(pane.view(), 1);
        int n = 0;
        for (int y = 0; y < (int) Math.min(before.getHeight(), after.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(before.getWidth(), after.getWidth()); x++) {
                if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        assertThat(n).as("pixels changed by %s", values).isGreaterThan(200);
    }
}
