package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CanvasViewThemeTest {
    private final StackPane root = new StackPane();

    /** Counts its paints; draws nothing. */
    static final class Counting extends CanvasView {
        int paints;

        Counting() {
            super("counting");
        }

        @Override
        public void fit() {
            fitted();
        }

        @Override
        protected void resized(double width, double height) {
        }

        @Override
        protected void paint(GraphicsContext g, Palette palette) {
            paints++;
        }

        @Override
        protected String nameAt(double x, double y) {
            return null;
        }
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    /** A shown view redraws on a theme change; once taken out of its scene it leaves nothing on the theme and can be collected. */
    @Test
    void aDiscardedViewLeavesNoListenerOnTheThemeAndIsCollectable(FxRobot robot) throws Exception {
        Counting[] view = {new Counting()};
        robot.interact(() -> root.getChildren().add(view[0]));
        int before = view[0].paints;
        robot.interact(() -> Theme.uiScaleProperty().set(1.25));
        assertThat(view[0].paints).as("follows the theme while shown").isGreaterThan(before);

        robot.interact(() -> root.getChildren().clear());
        int detached = view[0].paints;
        robot.interact(() -> Theme.uiScaleProperty().set(1.0));
        assertThat(view[0].paints).isEqualTo(detached);
        WeakReference<Counting> ref = new WeakReference<>(view[0]);
        view[0] = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
            robot.interact(() -> { });
        }
        assertThat(ref.get()).as("a view out of its scene is garbage once nothing else holds it").isNull();
    }
}
