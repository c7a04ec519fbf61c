package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.kit.Looks;
import org.mathlens.kit.ShownPane;

/** The replay is the {@code events} parameter: at rest the forward pass is done, each step is one more event. */
class AutodiffMotionTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    /** The readouts as text: readings of vectors hold arrays, which compare by identity. */
    private static Map<String, String> texts(org.mathlens.explorable.Explorable pane) {
        Map<String, String> texts = new java.util.TreeMap<>();
        pane.readouts().readAll().forEach((k, v) -> texts.put(k, v.text()));
        return texts;
    }

    @Test
    void atRestTheForwardPassIsDoneAndNoAdjointIsKnown() {
        Toolkit.onFx(() -> {
            AutodiffExplorable pane = new AutodiffExplorable();
            AutodiffModel m = pane.model();
            assertThat(m.shown()).isEqualTo(m.forwardCount()).isPositive();
            assertThat(m.shown()).isLessThan(m.total());
            ShownPane shown = ShownPane.of(pane);
            shown.render();
            assertThat(shown.legendLines()).contains("forward pass: " + m.forwardCount() + " of " + m.forwardCount() + " nodes evaluated");
            return null;
        });
    }

    @Test
    void eachStepShowsOneMoreEventAndOnlyThePictureChanges() {
        Toolkit.onFx(() -> {
            AutodiffExplorable pane = new AutodiffExplorable();
            AutodiffModel m = pane.model();
            ShownPane shown = ShownPane.of(pane);
            Map<String, String> readouts = texts(pane);
            PaneAnimation play = pane.animation().orElseThrow();
            WritableImage before = shown.render();
            int fw = m.forwardCount();
            play.step();
            assertThat(pane.parameters().get("events").text()).isEqualTo(Double.toString(fw + 1));
            assertThat(m.shown()).isEqualTo(fw + 1);
            assertThat(ShownPane.differingPixels(before, shown.render())).isGreaterThan(100);
            assertThat(shown.legendLines()).anyMatch(l -> l.startsWith("backward pass: edge 1 of " + (m.total() - fw)));
            play.advance(0.6 * (m.total() + 3));
            assertThat(play.isFinished()).isTrue();
            assertThat(m.shown()).isEqualTo(m.total());
            assertThat(pane.parameters().get("events").text()).isEqualTo(Double.toString(m.total()));
            assertThat(texts(pane)).as("the gradient is the same however far the replay is").isEqualTo(readouts);
            assertThat(pane.parameters().get("preset").text()).isEqualTo("cylinder");
            play.rewind();
            assertThat(m.shown()).isZero();
            return null;
        });
    }
}
