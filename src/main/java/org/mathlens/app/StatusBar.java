package org.mathlens.app;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mathlens.explorable.Background;

/** The bottom line: what just happened, or what went wrong, in one sentence; never a stack trace. */
public final class StatusBar extends HBox {
    private final Label message = new Label("Ready");

    public StatusBar() {
        getStyleClass().add("status-bar");
        setId("status-bar");
        message.setId("status-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(message, gap, work(), workBar());
    }

    /** Words for the background work under way ("Training the network…"), empty when idle. */
    private static Label work() {
        Label work = new Label();
        work.setId("status-work");
        work.textProperty().bind(Background.activity().messageProperty());
        return work;
    }

    private static ProgressBar workBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(Background.activity().fractionProperty());
        bar.visibleProperty().bind(Background.activity().fractionProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    public void info(String text) {
        message.getStyleClass().remove("status-error");
        message.setText(text);
        message.setTooltip(null);
    }

    public void error(Object problem) {
        if (!message.getStyleClass().contains("status-error")) {
            message.getStyleClass().add("status-error");
        }
        message.setText(String.valueOf(problem));
        message.setTooltip(new Tooltip(String.valueOf(problem)));
    }

    public String text() {
        return message.getText();
    }
}
