package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Background;
import org.mathlens.explorable.ParameterException;

class ImageClassificationExplorableTest {
    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
    }

    @Test
    void theReadoutsAreTheShownEpoch() {
        ImageClassificationExplorable pane = new ImageClassificationExplorable();
        pane.parameters().set("epochs", "4");
        assertThat(pane.readouts().read("epoch").text()).isEqualTo("4.0");
        double acc = Double.parseDouble(pane.readouts().read("test_accuracy").text());
        assertThat(acc).isEqualTo(pane.model().scores().testAccuracy());
        int right = 0;
        for (int k = 0; k < 10; k++) {
            right += pane.model().current().confusion()[k][k];
        }
        assertThat(acc).isEqualTo((double) right / pane.model().testSize());
        assertThat(pane.readouts().read("loss").text()).isEqualTo(Double.toString(pane.model().scores().trainLoss()));
    }

    @Test
    void typedDigitsAreReadAsTheirDigits() {
        ImageClassificationExplorable pane = new ImageClassificationExplorable();
        pane.parameters().set("drawing", "16,3 16,29");
        assertThat(pane.readouts().read("prediction").text()).isEqualTo("1.0");
        pane.parameters().set("drawing", "16,4 11,7 9,16 11,25 16,28 21,25 23,16 21,7 16,4");
        assertThat(pane.readouts().read("prediction").text()).isEqualTo("0.0");
        pane.parameters().set("drawing", "none");
        assertThat(pane.readouts().read("prediction").text()).isEqualTo("undefined");
    }

    @Test
    void drawingAOneWithTheMouseIsReadAsOne() {
        String[] result = Toolkit.onFx(() -> {
            ImageClassificationExplorable pane = new ImageClassificationExplorable();
            pane.parameters().set("drawing", "none");
            Region view = (Region) pane.view();
            Scene scene = new Scene(view, 1000, 640);
            view.applyCss();
            view.layout();
            Node sheet = pane.padView == null ? null : view.getChildrenUnmodifiable().get(4);
            mouse(sheet, MouseEvent.MOUSE_PRESSED, pane.padView.onSheet(16, 3));
            for (int y = 5; y <= 29; y += 2) {
                mouse(sheet, MouseEvent.MOUSE_DRAGGED, pane.padView.onSheet(16, y));
            }
            mouse(sheet, MouseEvent.MOUSE_RELEASED, pane.padView.onSheet(16, 29));
            String drawn = pane.parameters().get("drawing").text();
            String answer = pane.readouts().read("prediction").text();
            pane.history().undo();
            return new String[] {drawn, answer, pane.parameters().get("drawing").text(), String.valueOf(scene != null)};
        });
        assertThat(result[0]).startsWith("16,3 16,5");
        assertThat(result[1]).isEqualTo("1.0");
        assertThat(result[2]).as("the whole stroke is one undo").isEqualTo("none");
    }

    @Test
    void aBadDrawingIsOneSentenceAndChangesNothing() {
        ImageClassificationExplorable pane = new ImageClassificationExplorable();
        String before = pane.parameters().get("drawing").text();
        String answer = pane.readouts().read("prediction").text();
        for (String bad : new String[] {"16", "50,50", "x,y", "1,2;"}) {
            assertThatThrownBy(() -> pane.parameters().set("drawing", bad)).isInstanceOf(ParameterException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("drawing").doesNotContain("\n"));
        }
        assertThat(pane.parameters().get("drawing").text()).isEqualTo(before);
        assertThat(pane.readouts().read("prediction").text()).isEqualTo(answer);
    }

    @Test
    void mlpAndSoftmaxTrainDifferentNetworks() {
        ImageClassificationExplorable pane = new ImageClassificationExplorable();
        double softmax = pane.model().scores().trainLoss();
        pane.parameters().set("model", "mlp");
        assertThat(pane.model().network().sizes()).containsExactly(64, 32, 10);
        assertThat(pane.model().scores().trainLoss()).isNotEqualTo(softmax);
        pane.parameters().set("hidden", "8");
        assertThat(pane.model().network().sizes()).containsExactly(64, 8, 10);
        assertThat(pane.model().epoch()).isEqualTo(15);
    }

    @Test
    void inTheWindowPlayRaisesTheGoalOfTheRunningJobAndEndsOnTheSameWeights() throws Exception {
        ImageClassificationExplorable pane = Toolkit.onFx(ImageClassificationExplorable::new);
        double[] expected = DigitsModel.train(null, pane.settings(), () -> 24, () -> false, null).epochs().get(24).run().network().parameters();
        Background.useWorkerThreads(true);
        try {
            for (int e = 16; e <= 24; e++) {
                String k = Integer.toString(e);
                Toolkit.onFx(() -> {
                    pane.parameters().set("epochs", k); // as Play does, one epoch at a time while the job trains
                    return null;
                });
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Toolkit.onFx(() -> pane.model().epoch() == 24) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            Background.useWorkerThreads(false);
        }
        assertThat(Toolkit.onFx(() -> pane.readouts().read("epoch").text())).isEqualTo("24.0");
        assertThat(Toolkit.onFx(() -> pane.model().network().parameters())).containsExactly(expected);
        assertThat(Toolkit.onFx(() -> pane.model().trained().last())).as("trained to the goal and no further").isEqualTo(24);
    }

    private static void mouse(Node target, javafx.event.EventType<MouseEvent> type, double[] at) {
        Point2D scene = target.localToScene(at[0], at[1]);
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, true, null));
    }
}
