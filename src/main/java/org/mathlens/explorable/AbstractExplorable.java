package org.mathlens.explorable;

import java.util.Optional;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.Node;

/** The bookkeeping every pane shares, so a pane writes only its model, its picture and its script. */
public abstract class AbstractExplorable implements Explorable {
    private final String id;
    private final String title;
    private final Section section;
    private final String summary;
    protected final Parameters parameters = new Parameters();
    protected final Readouts readouts = new Readouts();
    private final UndoHistory history = new UndoHistory(parameters);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private boolean listening;
    private Node view;
    private PaneAnimation animation;

    protected AbstractExplorable(String id, String title, Section section, String summary) {
        this.id = id;
        this.title = title;
        this.section = section;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Section section() {
        return section;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final Parameters parameters() {
        listenOnce();
        return parameters;
    }

    @Override
    public final Readouts readouts() {
        return readouts;
    }

    @Override
    public final UndoHistory history() {
        return history;
    }

    @Override
    public final ObservableLongValue revision() {
        listenOnce();
        return revision.getReadOnlyProperty();
    }

    @Override
    public final Node view() {
        listenOnce();
        if (view == null) {
            view = createView();
        }
        return view;
    }

    /**
     * Names the pane's one animation, so Play drives it and Reset forgets its part-second,
     * without each pane overriding {@link #animation} and {@link #onReset} to say so.
     */
    protected final <A extends PaneAnimation> A animatedBy(A played) {
        this.animation = played;
        return played;
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.ofNullable(animation);
    }

    /** Builds the picture once; keep references to what must be updated. */
    protected abstract Node createView();

    @Override
    public void reset() {
        parameters.resetAll();
        history.clear();
        if (animation != null) {
            animation.resetClock();
        }
        onReset();
        changed();
    }

    /** Resets state that is not a parameter (animation phase, selection). */
    protected void onReset() {
    }

    /** Tells the views the model moved; they redraw once in the next pulse. */
    protected final void changed() {
        revision.set(revision.get() + 1);
    }

    /** Called whenever any parameter changes, before views are told; recompute the model here. */
    protected void parametersChanged() {
    }

    private void listenOnce() {
        if (!listening) {
            listening = true;
            parameters.addListener(o -> {
                parametersChanged();
                changed();
            });
        }
    }
}
