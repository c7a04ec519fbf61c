package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleLongProperty;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Readouts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReadoutPanelTest {
    private final SimpleLongProperty revision = new SimpleLongProperty();
    private double norm = 4.497941445275415;
    private ReadoutPanel panel;

    @Start
    void start(Stage stage) {
        Readouts readouts = new Readouts()
                .add("norm", "‖v‖", () -> Reading.of(norm))
                .add("n", "n", () -> Reading.of(6))
                .add("shape", "shape", () -> Reading.of(new double[] {2, 3}))
                .add("kind", "kind", () -> Reading.word("a long sentence that may wrap at its spaces in a narrow column"));
        panel = new ReadoutPanel(readouts, revision);
        stage.setScene(new javafx.scene.Scene(new StackPane(panel), 260, 300));
        stage.show();
    }

    private Label value(FxRobot robot, String name) {
        return robot.lookup("#readout-" + name).queryAs(Label.class);
    }

    @Test
    void valuesAreShortAndTheTooltipHasTheWholeNumber(FxRobot robot) {
        assertThat(value(robot, "norm").getText()).isEqualTo("4.49794");
        assertThat(value(robot, "norm").getTooltip().getText()).isEqualTo("4.497941445275415");
        assertThat(value(robot, "n").getText()).isEqualTo("6");
        assertThat(value(robot, "n").getTooltip().getText()).isEqualTo("6.0");
        assertThat(value(robot, "shape").getText()).isEqualTo("[2, 3]");
        assertThat(value(robot, "norm").isWrapText()).as("a number never wraps inside itself").isFalse();
        assertThat(value(robot, "shape").isWrapText()).isFalse();
        assertThat(value(robot, "kind").isWrapText()).as("words wrap at their spaces").isTrue();
        assertThat(value(robot, "kind").getTooltip()).as("a word shown whole needs no tooltip").isNull();
    }

    @Test
    void theTooltipFollowsTheValue(FxRobot robot) {
        robot.interact(() -> {
            norm = 4.4979414;
            revision.set(revision.get() + 1);
            panel.refresh();
        });
        assertThat(value(robot, "norm").getText()).isEqualTo("4.49794");
        assertThat(value(robot, "norm").getTooltip().getText()).isEqualTo("4.4979414");
    }

    @Test
    void copyingGivesTheExactValue(FxRobot robot) {
        assertThat(panel.exactText(0)).isEqualTo("4.497941445275415");
        Label v = value(robot, "norm");
        MenuItem copy = v.getContextMenu().getItems().get(0);
        assertThat(copy.getText()).isEqualTo("Copy value");
        robot.interact(copy::fire);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("4.497941445275415");
    }
}
