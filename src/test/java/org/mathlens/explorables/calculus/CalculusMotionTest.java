package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.kit.Looks;
import org.mathlens.kit.ShownPane;

/**
 * Play in the calculus panes moves one parameter, and the picture, the legend and the
 * readouts all follow that one value: Δx shrinking, the points marching, the strips doubling.
 */
class CalculusMotionTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    private static String text(Explorable pane, String parameter) {
        return pane.parameters().get(parameter).text();
    }

    /** The readouts as text: readings of vectors hold arrays, which compare by identity. */
    private static Map<String, String> texts(org.mathlens.explorable.Explorable pane) {
        Map<String, String> texts = new java.util.TreeMap<>();
        pane.readouts().readAll().forEach((k, v) -> texts.put(k, v.text()));
        return texts;
    }

    @Test
    void shrinkingDxTurnsTheSecantAndTheLegendSaysTheReadoutsSlope() {
        Toolkit.onFx(() -> {
            DeltaMethodExplorable pane = new DeltaMethodExplorable();
            ShownPane shown = ShownPane.of(pane);
            WritableImage before = shown.render();
            PaneAnimation play = pane.animation().orElseThrow();
            play.advance(1);
            // f = x² + 2x + 2 at 2: Δy/Δx = 2x + 2 + Δx = 6.25 for Δx = 1/4
            assertThat(pane.parameters().get("dx").text()).isEqualTo("0.25");
            assertThat(pane.readouts().read("secant_slope").text()).isEqualTo("6.25");
            assertThat(ShownPane.differingPixels(before, shown.render())).isGreaterThan(200);
            assertThat(shown.legendLines()).contains("secant slope Δy/Δx = 6.25");
            assertThat(text(pane, "preset")).as("Δx is no longer the example's").isEqualTo("custom");
            play.advance(30);
            assertThat(play.isFinished()).isTrue();
            assertThat(pane.model().dx()).isEqualTo(1e-4);
            assertThat(pane.model().secantSlope()).isCloseTo(6, within(2e-4));
            pane.parameters().set("preset", "parabola");
            assertThat(text(pane, "dx")).isEqualTo("1.0");
            return null;
        });
    }

    @Test
    void pointsMarchOneAtATimeAndOnlyThePictureChanges() {
        Toolkit.onFx(() -> {
            LimitsExplorable pane = new LimitsExplorable();
            ShownPane shown = ShownPane.of(pane);
            PaneAnimation march = pane.animation().orElseThrow();
            Map<String, String> readouts = texts(pane);
            march.rewind();
            assertThat(text(pane, "points")).isEqualTo("1.0");
            WritableImage one = shown.render();
            march.step();
            assertThat(text(pane, "points")).isEqualTo("2.0");
            WritableImage two = shown.render();
            assertThat(ShownPane.differingPixels(one, two)).isGreaterThan(50);
            march.advance(0.75);
            assertThat(text(pane, "points")).isEqualTo("3.0");
            march.advance(100);
            assertThat(text(pane, "points")).isEqualTo(Double.toString(LimitsModel.MAX_POINTS));
            assertThat(march.isFinished()).isTrue();
            assertThat(texts(pane)).as("where the limit is does not depend on how many points are shown")
                    .isEqualTo(readouts);
            assertThat(text(pane, "preset")).as("the points are not part of an example").isEqualTo("removable hole");
            shown.render();
            assertThat(shown.legendLines()).contains("limit = 1", "from the left = 1   from the right = 1");
            pane.parameters().set("preset", "at infinity");
            shown.render();
            assertThat(shown.legendLines()).contains("limit = 2");
            assertThat(shown.legendLines().get(0)).contains("x → ∞");
            return null;
        });
    }

    @Test
    void refiningDoublesTheStripsAndTheSumFollows() {
        Toolkit.onFx(() -> {
            IntegralsExplorable pane = new IntegralsExplorable();
            ShownPane shown = ShownPane.of(pane);
            WritableImage eight = shown.render();
            pane.animation().orElseThrow().step();
            assertThat(text(pane, "n")).isEqualTo("16.0");
            // left sum of x² on [0, 1] with n strips: (n − 1)(2n − 1) / (6n²)
            assertThat(Double.parseDouble(pane.readouts().read("riemann").text())).isCloseTo(15.0 * 31 / (6 * 256), within(1e-12));
            assertThat(ShownPane.differingPixels(eight, shown.render())).isGreaterThan(200);
            assertThat(shown.legendLines()).contains("left sum = 0.302734   with n = 16 strips");
            assertThat(text(pane, "preset")).isEqualTo("custom");
            pane.parameters().set("preset", "parabola");
            assertThat(text(pane, "n")).isEqualTo("8.0");
            return null;
        });
    }
}
