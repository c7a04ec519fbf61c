package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.Parameters;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.UndoHistory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ParameterPanelTest {
    private final Parameters parameters = new Parameters();
    private final ScalarParameter steps = parameters.add(new ScalarParameter("steps", "how many steps", 10, 1, 100, 1));
    private final ScalarParameter lrAdam = parameters.add(
            new ScalarParameter("lr_adam", "Adam's learning rate η", 0.01, 0.001, 1, 0.001)).labelled("learning rate");
    private final ScalarParameter beta1Adam = parameters.add(
            new ScalarParameter("beta1_adam", "Adam's β₁", 0.9, 0, 0.999, 0.001)).labelled("β₁").inGroup("Adam");
    private ParameterPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ParameterPanel(parameters, new UndoHistory(parameters));
        stage.setScene(new javafx.scene.Scene(new StackPane(panel), 300, 500));
        stage.show();
    }

    @Test
    void rowsShowWordsAndTheTooltipGivesTheIdLessonsUse(FxRobot robot) {
        List<String> labels = robot.lookup(".parameter-name").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(labels).containsExactly("steps", "learning rate", "β₁");
        assertThat(ParameterPanel.tooltipText(lrAdam))
                .isEqualTo("Adam's learning rate η\nset it as “lr_adam” in lessons and --set");
        assertThat(ParameterPanel.tooltipText(steps)).isEqualTo("how many steps");
        assertThat(lrAdam.name()).isEqualTo("lr_adam");
    }

    @Test
    void aGroupIsCollapsedAndLeavesWhenNoneOfItsParametersIsInUse(FxRobot robot) {
        TitledPane adam = robot.lookup("#group-Adam").queryAs(TitledPane.class);
        assertThat(adam.isExpanded()).isFalse();
        assertThat(adam.isVisible()).isTrue();
        robot.interact(() -> beta1Adam.inUseProperty().set(false));
        assertThat(adam.isVisible()).isFalse();
        assertThat(((Node) adam).isManaged()).isFalse();
    }
}
