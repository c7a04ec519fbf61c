package org.mathlens.explorable;

import java.util.Optional;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.Node;

/**
 * One interactive pane. It describes itself (id, title, section), exposes typed parameters
 * and named readouts, and builds its picture once; the shell, lessons, the CLI and the tests
 * all work through this contract alone.
 */
public interface Explorable {
    /** Stable kebab-case id used by lessons, the CLI and saved scenes: {@code "vectors"}. */
    String id();

    String title();

    Section section();

    /** One sentence: what the learner does here. */
    String summary();

    Parameters parameters();

    Readouts readouts();

    /** The picture, built on first call and updated in place afterwards. */
    Node view();

    /** Back to the starting parameters, view and animation. */
    void reset();

    /** Counts model changes; views redraw when it moves (at most once per pulse). */
    ObservableLongValue revision();

    /** The gestures of this pane that Ctrl+Z undoes. */
    UndoHistory history();

    /**
     * One or two sentences saying what the picture shows now, for a screen reader (the
     * picture's accessible text): by default its readouts in words, "Vectors: u = (3, 1),
     * v = (1, 2) and sum = (4, 3)." A pane may say it better by overriding.
     */
    default String description() {
        return AbstractExplorable.describe(title(), readouts());
    }

    default Optional<PaneAnimation> animation() {
        return Optional.empty();
    }

    /** The model this pane has trained, for File → Export model…; empty for panes that train none. */
    default Optional<ModelFile> trainedModel() {
        return Optional.empty();
    }

    /**
     * One frame of a scripted interaction (a drag, a slider sweep, an animation tick) that
     * {@code --bench} times; frame counts up from 0 and the script may loop.
     */
    void benchFrame(int frame);
}
