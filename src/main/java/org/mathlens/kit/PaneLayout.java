package org.mathlens.kit;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.Explorable;

/**
 * A pane as the learner sees it: the picture, and beside it the control panel (from the
 * parameters) and the live readouts. The shell hosts it; {@code --snapshot} and export render it.
 */
public final class PaneLayout extends BorderPane {
    private final Explorable explorable;

    public PaneLayout(Explorable explorable) {
        this.explorable = explorable;
        getStyleClass().add("pane-layout");
        setId("pane-" + explorable.id());
        Label title = new Label(explorable.title());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label summary = new Label(explorable.summary());
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        Label valuesTitle = new Label("Values");
        valuesTitle.getStyleClass().add("section-title");
        Label controlsTitle = new Label("Controls");
        controlsTitle.getStyleClass().add("section-title");
        VBox side = new VBox(8, title, summary, new Separator(),
                controlsTitle, new ParameterPanel(explorable.parameters(), explorable.history()),
                new Separator(), valuesTitle, new ReadoutPanel(explorable.readouts(), explorable.revision()));
        side.getStyleClass().add("pane-side");
        side.setPadding(new Insets(12));
        side.setMinWidth(240);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("pane-side-scroll");
        // the column grows with presenter mode's scale, so values keep their line breaks
        scroll.minWidthProperty().bind(Theme.uiScaleProperty().multiply(250));
        scroll.prefWidthProperty().bind(Theme.uiScaleProperty().multiply(290));
        setCenter(explorable.view());
        setRight(scroll);
    }

    public Explorable explorable() {
        return explorable;
    }
}
