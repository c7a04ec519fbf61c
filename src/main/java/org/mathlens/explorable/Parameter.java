package org.mathlens.explorable;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mathlens.math.MathError;

/**
 * One named, typed, observable value of a pane. Every parameter reads from and writes to
 * text, so a lesson line, {@code --set NAME=VALUE}, the input bar and a saved scene all set
 * it the same way. A value that does not fit is refused with a message and the old value stays.
 */
public abstract class Parameter<T> {
    private final String name;
    private final String description;
    private final T initial;
    private final ObjectProperty<T> value;
    private final BooleanProperty inUse = new SimpleBooleanProperty(this, "inUse", true);
    private String label;
    private String group;

    protected Parameter(String name, String description, T initial) {
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.initial = initial;
        this.value = new SimpleObjectProperty<>(this, name, initial);
    }

    public final String name() {
        return name;
    }

    public final String description() {
        return description;
    }

    /**
     * The words the control panel shows for this parameter ("learning rate (Adam)"); its
     * {@link #name()} stays the id lessons, scenes and {@code --set} use. A name that is
     * already a symbol (A, u, x₀) needs no label.
     */
    public final String label() {
        return label == null ? name : label;
    }

    /** Gives the parameter its words in the control panel; returns it, for field initializers. */
    @SuppressWarnings("unchecked")
    public final <P extends Parameter<T>> P labelled(String words) {
        this.label = Objects.requireNonNull(words);
        return (P) this;
    }

    /** The collapsed group the control panel puts this in (one per optimizer), or null. */
    public final String group() {
        return group;
    }

    /** Puts the parameter in a named, collapsed group of the control panel; returns it. */
    @SuppressWarnings("unchecked")
    public final <P extends Parameter<T>> P inGroup(String groupName) {
        this.group = Objects.requireNonNull(groupName);
        return (P) this;
    }

    public final T get() {
        return value.get();
    }

    /** Sets a value the program computed (a drag, a preset); it is checked like typed text. */
    public final void set(T newValue) {
        T checked = check(newValue);
        if (!same(checked, value.get())) {
            value.set(checked);
        }
    }

    public final ObjectProperty<T> property() {
        return value;
    }

    /**
     * Whether the pane's current settings read this parameter (pseudoinverse's A only in
     * system mode). The control panel hides a parameter out of use, so a learner never moves
     * a control that changes nothing; its value is kept, and lessons and --set still reach it.
     * A pane binds this once to the parameters that decide it.
     */
    public final BooleanProperty inUseProperty() {
        return inUse;
    }

    public final boolean inUse() {
        return inUse.get();
    }

    public final T initial() {
        return initial;
    }

    public final String initialText() {
        return format(initial);
    }

    public final void reset() {
        value.set(initial);
    }

    /** Parses text and sets it, or throws {@link ParameterException} and changes nothing. */
    public final void setText(String text) {
        set(parse(text));
    }

    public final String text() {
        return format(get());
    }

    /** Parses text to a value without setting it. */
    public final T parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ParameterException(name + " needs a value");
        }
        try {
            return check(parseValue(text.trim()));
        } catch (MathError e) {
            throw new ParameterException(name + ": " + e.getMessage());
        }
    }

    protected abstract T parseValue(String text);

    public abstract String format(T value);

    /** Returns the value to store (clamped or validated), or throws {@link ParameterException}. */
    protected T check(T candidate) {
        return Objects.requireNonNull(candidate);
    }

    protected boolean same(T a, T b) {
        return Objects.equals(a, b);
    }

    @Override
    public String toString() {
        return name + " = " + text();
    }
}
