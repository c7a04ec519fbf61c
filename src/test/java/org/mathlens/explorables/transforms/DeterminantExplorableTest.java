package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.kit.Handle;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Snapshots;

/**
 * The bug of issue 11: after {@code --set A=...} or a drag of a column handle, the 2×2 picture
 * kept drawing the default matrix beside readouts of the new one. The picture is now drawn from
 * (A, t) only, so both must move it.
 */
class DeterminantExplorableTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
    }

    @Test
    void settingADrawsTheNewMatrix() {
        Toolkit.onFx(() -> {
            DeterminantExplorable pane = new DeterminantExplorable();
            PaneLayout layout = laidOut(pane);
            WritableImage before = Snapshots.render(pane.view(), 1);
            pane.parameters().setAll(Map.of("A", "[[2, 1], [1, -1]]"));
            layout.layout();
            Plane plane = planeOf(pane.view());
            // the handles sit on the columns of the new A, which the readouts describe
            assertThat(plane.handles()).extracting(Handle::x, Handle::y)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2.0, 1.0), org.assertj.core.groups.Tuple.tuple(1.0, -1.0));
            assertThat(pane.readouts().read("det").text()).isEqualTo("-3.0");
            assertThat(differingPixels(before, Snapshots.render(pane.view(), 1))).isGreaterThan(500);
            return null;
        });
    }

    @Test
    void draggingAColumnMovesThePicture() {
        Toolkit.onFx(() -> {
            DeterminantExplorable pane = new DeterminantExplorable();
            laidOut(pane);
            WritableImage before = Snapshots.render(pane.view(), 1);
            Handle second = planeOf(pane.view()).handles().get(1);
            second.moveTo(1, -1);
            assertThat(second.x()).isEqualTo(1.0);
            assertThat(second.y()).isEqualTo(-1.0);
            assertThat(pane.parameters().get("A").text()).isEqualTo("[[3.0, 1.0], [1.0, -1.0]]");
            assertThat(pane.readouts().read("det").text()).isEqualTo("-4.0");
            assertThat(differingPixels(before, Snapshots.render(pane.view(), 1))).isGreaterThan(500);
            return null;
        });
    }

    @Test
    void midPlayTheHandlesSitOnTheMatrixDrawnAndGrabbingOneLandsOnA() {
        Toolkit.onFx(() -> {
            DeterminantExplorable pane = new DeterminantExplorable();
            laidOut(pane);
            pane.parameters().setAll(Map.of("A", "[[3, 1], [1, 2]]", "t", "0.5"));
            // s = smooth(0.5) = 0.5: M = (I + A) / 2
            Handle first = planeOf(pane.view()).handles().get(0);
            assertThat(first.x()).isEqualTo(2.0);
            assertThat(first.y()).isEqualTo(0.5);
            Handle second = planeOf(pane.view()).handles().get(1);
            second.moveTo(0, 2);
            assertThat(pane.parameters().get("t").text()).isEqualTo("1.0");
            assertThat(pane.parameters().get("A").text()).isEqualTo("[[2.0, 0.0], [0.5, 2.0]]");
            return null;
        });
    }

    @Test
    void playCarriesThePlaneFromIToAAndStops() {
        Toolkit.onFx(() -> {
            DeterminantExplorable pane = new DeterminantExplorable();
            laidOut(pane);
            var play = pane.animation().orElseThrow();
            play.rewind();
            Handle first = planeOf(pane.view()).handles().get(0);
            assertThat(first.x()).isEqualTo(1.0);
            assertThat(first.y()).isEqualTo(0.0);
            play.advance(10);
            assertThat(play.isFinished()).isTrue();
            assertThat(first.x()).isEqualTo(3.0);
            assertThat(first.y()).isEqualTo(1.0);
            return null;
        });
    }

    private static PaneLayout laidOut(DeterminantExplorable pane) {
        PaneLayout layout = new PaneLayout(pane);
        new Scene(layout, 1100, 720);
        layout.applyCss();
        layout.layout();
        return layout;
    }

    private static Plane planeOf(Node node) {
        if (node instanceof Plane p) {
            return p;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Plane p = planeOf(child);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int n = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
