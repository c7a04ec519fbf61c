package org.mathlens.app;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mathlens.explorable.Background;

/**
 * The bottom line: what just happened, or what went wrong, in one sentence; never a stack
 * trace. One line high whatever it says (the picture above does not jump); a long message ends
 * in "…" and its whole text is on hover.
 */
public final class StatusBar extends HBox {
    /** One line of text at the normal size, with the bar's padding. */
    static final double HEIGHT = 28;
    private final Label message = new Label("Ready");
    private final Tooltip whole = new Tooltip();

    public StatusBar() {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        message.setId("status-message");
        message.setWrapText(false);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setTooltip(whole);
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(message, work(), workBar());
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
        say(text);
    }

    public void error(Object problem) {
        if (!message.getStyleClass().contains("status-error")) {
            message.getStyleClass().add("status-error");
        }
        say(String.valueOf(problem));
    }

    /** One line: line breaks become spaces (a multi-line message would not fit the bar). */
    private void say(String text) {
        String line = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
        message.setText(line);
        message.setAccessibleText(line);
        whole.setText(line);
    }

    /** Whether the shown text is cut short with "…" (the tooltip then has it whole). */
    public boolean isCut() {
        javafx.scene.Node text = message.lookup(".text");
        return text instanceof javafx.scene.text.Text t && !t.getText().equals(message.getText());
    }

    public String text() {
        return message.getText();
    }
}
