package org.mathlens.app;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The bottom line: what just happened, or what went wrong, in one sentence; never a stack trace. */
public final class StatusBar extends HBox {
    private final Label message = new Label("Ready");

    public StatusBar() {
        getStyleClass().add("status-bar");
        setId("status-bar");
        message.setId("status-message");
        getChildren().add(message);
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
