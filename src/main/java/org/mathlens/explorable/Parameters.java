package org.mathlens.explorable;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;

/** A pane's parameters by name, in the order its control panel shows them. */
public final class Parameters {
    private final Map<String, Parameter<?>> byName = new LinkedHashMap<>();

    public <P extends Parameter<?>> P add(P parameter) {
        if (byName.putIfAbsent(parameter.name(), parameter) != null) {
            throw new IllegalArgumentException("two parameters named " + parameter.name());
        }
        return parameter;
    }

    public Collection<Parameter<?>> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    public Optional<Parameter<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The parameter of that name, or a {@link ParameterException} naming the ones there are. */
    public Parameter<?> get(String name) {
        Parameter<?> p = byName.get(name);
        if (p == null) {
            throw new ParameterException("unknown parameter '" + name + "'; this pane has " + String.join(", ", byName.keySet()));
        }
        return p;
    }

    /** Sets one parameter from text; on a bad value nothing changes. */
    public void set(String name, String text) {
        get(name).setText(text);
    }

    /**
     * Sets several parameters from text, all or none: every value is parsed before any is set,
     * so a lesson step with one bad value leaves the pane as it was.
     */
    public void setAll(Map<String, String> texts) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            get(e.getKey()).parse(e.getValue());
        }
        texts.forEach(this::set);
    }

    /** Every parameter as text: enough to restore the pane exactly (undo, saved scenes). */
    public Map<String, String> snapshot() {
        Map<String, String> texts = new LinkedHashMap<>();
        byName.forEach((name, p) -> texts.put(name, p.text()));
        return texts;
    }

    public void resetAll() {
        byName.values().forEach(Parameter::reset);
    }

    /** Calls the listener whenever any parameter changes. */
    public void addListener(InvalidationListener listener) {
        byName.values().forEach(p -> p.property().addListener(listener));
    }
}
