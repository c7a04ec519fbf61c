package org.mathlens.kit;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mathlens.explorable.Explorable;

/**
 * A pane as the learner sees it: the picture, and the control panel (from the parameters) and
 * the live readouts either beside it (the default, and what {@code --snapshot} and export
 * render), under it in a short band (a narrow window: the picture keeps the width), or hidden
 * (presenter mode). The picture's accessible text is the pane's description, kept current.
 */
public final class PaneLayout extends BorderPane {
    /** Where the controls and values stand. */
    public enum Controls { BESIDE, BELOW, HIDDEN }

    /** The band under the picture takes at most this share of the height. */
    static final double BELOW_SHARE = 0.36;

    private final Explorable explorable;
    private final VBox heading;
    private final VBox controls;
    private final VBox values;
    private final VBox side = new VBox(8);
    private final HBox band = new HBox(24);
    private final ScrollPane sideScroll = scroll(side, "pane-side-scroll");
    private final ScrollPane bandScroll = scroll(band, "pane-below-scroll");
    /** The description is read from every readout: at most a few times a second, not every frame. */
    private final PauseTransition describeSoon = new PauseTransition(Duration.millis(250));
    private Controls placed;

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
        heading = new VBox(8, title, summary);
        controls = new VBox(8, sectionTitle("Controls"), new ParameterPanel(explorable.parameters(), explorable.history()));
        values = new VBox(8, sectionTitle("Values"), new ReadoutPanel(explorable.readouts(), explorable.revision()));
        side.getStyleClass().add("pane-side");
        side.setPadding(new Insets(12));
        side.setMinWidth(240);
        band.getStyleClass().addAll("pane-side", "pane-below");
        band.setPadding(new Insets(8, 12, 8, 12));
        HBox.setHgrow(controls, Priority.ALWAYS);
        HBox.setHgrow(values, Priority.ALWAYS);
        controls.setMinWidth(0);
        values.setMinWidth(0);
        // the column grows with presenter mode's scale, so values keep their line breaks
        sideScroll.minWidthProperty().bind(Theme.uiScaleProperty().multiply(250));
        sideScroll.prefWidthProperty().bind(Theme.uiScaleProperty().multiply(290));
        bandScroll.maxHeightProperty().bind(heightProperty().multiply(BELOW_SHARE));
        Node picture = explorable.view();
        picture.setAccessibleRoleDescription("picture");
        setCenter(picture);
        setControls(Controls.BESIDE);
        describeSoon.setOnFinished(e -> describe());
        explorable.revision().addListener((o, was, now) -> {
            if (describeSoon.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                describeSoon.playFromStart();
            }
        });
        describe();
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static ScrollPane scroll(javafx.scene.layout.Region content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(styleClass);
        return scroll;
    }

    /** Moves the controls and values beside the picture, under it, or out of sight. */
    public void setControls(Controls where) {
        if (where == placed) {
            return;
        }
        placed = where;
        setRight(null);
        setBottom(null);
        switch (where) {
            case BESIDE -> {
                side.getChildren().setAll(heading, new Separator(), controls, new Separator(), values);
                setRight(sideScroll);
            }
            case BELOW -> {
                // the title is the lesson's and the window's: under the picture every line counts
                band.getChildren().setAll(controls, values);
                setBottom(bandScroll);
            }
            case HIDDEN -> side.getChildren().clear();
        }
    }

    public Controls controls() {
        return placed;
    }

    /** The column beside the picture, whose width the shell sets to keep the picture's share. */
    public ScrollPane sideColumn() {
        return sideScroll;
    }

    /** Puts the description on the picture now (the shell's tests and a screen reader read it there). */
    public void describe() {
        describeSoon.stop();
        explorable.view().setAccessibleText(explorable.description());
    }

    public Explorable explorable() {
        return explorable;
    }
}
