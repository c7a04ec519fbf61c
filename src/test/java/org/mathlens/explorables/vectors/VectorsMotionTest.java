package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.kit.Looks;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Snapshots;

/**
 * Each moving pane of section 1 moves one parameter. Setting it (as {@code --set} does) must
 * change the picture, leave every readout that does not depend on it alone, and give exactly
 * the picture a pane reaching the same value by another road gives: no second copy of state.
 */
class VectorsMotionTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    /** pane, its motion parameter, a value mid-way, another value, and the settings that give the motion something to move. */
    static Stream<Arguments> motions() {
        return Stream.of(
                Arguments.of("span", "gram_schmidt", "1.5", "0", ""),
                Arguments.of("matrix-properties", "flip", "0.5", "0", "A = [[1, 2, 3], [4, 5, 6]]"),
                Arguments.of("tensors", "progress", "0.5", "0", "op = sum"),
                Arguments.of("tensors", "progress", "0.3", "1", "op = broadcast"),
                Arguments.of("inverse", "trip", "0.5", "2", ""),
                Arguments.of("inverse", "step", "2", "4", ""),
                Arguments.of("linear-systems", "step", "2.5", "4", "preset = sheriff"),
                Arguments.of("linear-systems", "step", "3.2", "8", "preset = three-planes"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("motions")
    void theMotionParameterAloneDecidesThePicture(String id, String name, String mid, String other, String context) {
        Toolkit.onFx(() -> {
            Explorable pane = Catalog.create(id).orElseThrow();
            pane.parameters().setAll(settings(context));
            PaneLayout layout = laidOut(pane);
            WritableImage before = Snapshots.render(pane.view(), 1);
            Map<String, String> readBefore = readouts(pane);

            pane.parameters().setAll(Map.of(name, mid));
            layout.layout();
            WritableImage now = Snapshots.render(pane.view(), 1);
            assertThat(differingPixels(before, now)).as("%s = %s changes the picture of %s", name, mid, id).isPositive();
            assertThat(readouts(pane)).as("the motion moves the picture, not the mathematics").isEqualTo(readBefore);

            // another road to the same values: through a different value and a play step, then every value of the first pane
            Explorable road = Catalog.create(id).orElseThrow();
            road.parameters().setAll(settings(context));
            PaneLayout roadLayout = laidOut(road);
            road.parameters().setAll(Map.of(name, other));
            road.animation().orElseThrow().step();
            road.parameters().setAll(pane.parameters().snapshot());
            roadLayout.layout();
            assertThat(differingPixels(now, Snapshots.render(road.view(), 1)))
                    .as("%s drawn from its parameters only, whatever came before", id).isZero();
            return null;
        });
    }

    @ParameterizedTest(name = "vectors: k = {0}")
    @MethodSource("kValues")
    void vectorsSweepMovesKAndTheScaledReadoutWithIt(String k) {
        Toolkit.onFx(() -> {
            Explorable pane = Catalog.create("vectors").orElseThrow();
            laidOut(pane);
            WritableImage before = Snapshots.render(pane.view(), 1);
            pane.parameters().setAll(Map.of("k", k));
            assertThat(differingPixels(before, Snapshots.render(pane.view(), 1))).isPositive();
            double kk = Double.parseDouble(k);
            assertThat(pane.readouts().read("scaled").text())
                    .isEqualTo(org.mathlens.math.Numbers.format(new double[] {3 * kk, 1 * kk}));
            return null;
        });
    }

    static Stream<String> kValues() {
        return Stream.of("-2", "0", "2.5");
    }

    private static Map<String, String> readouts(Explorable pane) {
        Map<String, String> texts = new LinkedHashMap<>();
        pane.readouts().readAll().forEach((key, reading) -> texts.put(key, reading.text()));
        return texts;
    }

    private static Map<String, String> settings(String line) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!line.isBlank()) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return m;
    }

    private static PaneLayout laidOut(Explorable pane) {
        PaneLayout layout = new PaneLayout(pane);
        Scene scene = new Scene(layout, 1000, 640);
        Looks.style(scene);
        layout.applyCss();
        layout.layout();
        return layout;
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
