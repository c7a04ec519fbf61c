package org.mathlens.app;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.kit.PaneLayout;

/**
 * The centre of the window: shows one pane at a time. Switching panes stops the old one's
 * animation (the player is handed the new one) so a hidden pane costs nothing.
 */
public final class PaneHost extends StackPane {
    private final Player player;
    private final ObjectProperty<Explorable> current = new SimpleObjectProperty<>(this, "current");
    private PaneLayout layout;

    public PaneHost(Player player) {
        this.player = player;
        setId("pane-host");
        getStyleClass().add("pane-host");
        Label hint = new Label("Choose a lesson on the left.");
        hint.getStyleClass().add("text-muted");
        getChildren().add(hint);
    }

    /** Says which lesson is about to open, while the window draws its first frame. */
    public void showLoading(String title) {
        Label loading = new Label("Opening " + title + "…");
        loading.getStyleClass().add("text-muted");
        getChildren().setAll(loading);
    }

    /** Opens a fresh instance of the pane, or leaves the current one if the id is unknown. */
    public Optional<Explorable> open(String id) {
        Optional<Explorable> next = Catalog.create(id);
        next.ifPresent(e -> {
            layout = new PaneLayout(e);
            getChildren().setAll(layout);
            player.setAnimation(e.animation().orElse(null));
            current.set(e);
        });
        return next;
    }

    public ObjectProperty<Explorable> currentProperty() {
        return current;
    }

    public Explorable current() {
        return current.get();
    }

    /** What export and presenter mode render: the pane with its controls and values. */
    public PaneLayout paneLayout() {
        return layout;
    }
}
