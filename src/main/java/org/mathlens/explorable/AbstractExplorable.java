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

    /** The values a description reads aloud: enough to say what is drawn, few enough to listen to. */
    static final int DESCRIBED = 8;

    /**
     * The default description: the first readouts as "label = value", joined as a sentence,
     * and how many more the values column lists. Panes override {@link #description()} with
     * better words; this keeps every pane describable from what it already shows.
     */
    public static String describe(String title, Readouts readouts) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int total = 0;
        for (Readouts.Readout r : readouts.all()) {
            if (total++ < DESCRIBED) {
                parts.add(r.label() + " = " + spoken(r.read()));
            }
        }
        if (parts.isEmpty()) {
            return title + ".";
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        String more = total > DESCRIBED ? " " + (total - DESCRIBED) + " more values are listed beside the picture." : "";
        return title + ": " + list + "." + more;
    }

    /** A reading as it is said: short numbers, a vector as (3, 1), a matrix row by row. */
    static String spoken(Reading reading) {
        if (reading instanceof Reading.Number n) {
            return org.mathlens.math.Numbers.label(n.value());
        } else if (reading instanceof Reading.Vector v) {
            return tuple(v.value());
        } else if (reading instanceof Reading.Matrix m) {
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (double[] row : m.value()) {
                rows.add(tuple(row));
            }
            return "the matrix with rows " + String.join(", ", rows);
        }
        return reading.text();
    }

    private static String tuple(double[] v) {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "(", ")");
        for (double x : v) {
            j.add(org.mathlens.math.Numbers.label(x));
        }
        return j.toString();
    }

    @Override
    public String description() {
        return describe(title, readouts);
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
