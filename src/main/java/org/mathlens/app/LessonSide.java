package org.mathlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;

/** The right column: the lesson of the open pane. (Interim: one topic per pane until lessons load.) */
public final class LessonSide extends StackPane {
    private final PaneHost host;
    private final StatusBar status;

    public LessonSide(PaneHost host, StatusBar status) {
        this.host = host;
        this.status = status;
        setId("lesson-side");
        getStyleClass().add("lesson-panel");
        setMinWidth(260);
        setPrefWidth(380);
        getChildren().add(Shell.placeholder("The lesson appears here."));
    }

    public List<Topic> topics() {
        return Catalog.all().stream().map(LessonSide::topicOf).toList();
    }

    private static Topic topicOf(Explorable e) {
        return new Topic(e.section().title(), e.title(), e.id(), e.id(), (e.title() + " " + e.summary()).toLowerCase(Locale.ROOT));
    }

    public List<String> problems() {
        return List.of();
    }

    public void show(Topic topic) {
    }

    public void nextStep() {
    }

    public void previousStep() {
    }

    public void openFolder(Path dir) {
        status.error("lesson folders are not supported yet");
    }
}
