package org.mathlens.explorable;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The named live values a pane shows. They are read from the model on demand, so the number a
 * lesson checks, the CLI prints and the panel shows is always the one the picture was drawn from.
 */
public final class Readouts {
    /** One named value; {@code label} is how the panel titles it (may use Unicode, e.g. "‖v‖₂"). */
    public record Readout(String name, String label, Supplier<Reading> source) {
        public Reading read() {
            return source.get();
        }
    }

    private final Map<String, Readout> byName = new LinkedHashMap<>();

    public Readouts add(String name, String label, Supplier<Reading> source) {
        if (byName.putIfAbsent(name, new Readout(name, label, source)) != null) {
            throw new IllegalArgumentException("two readouts named " + name);
        }
        return this;
    }

    public Collection<Readout> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    public Optional<Readout> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Reading read(String name) {
        Readout r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown readout '" + name + "'");
        }
        return r.read();
    }

    /** Every readout now, by name, in order. */
    public Map<String, Reading> readAll() {
        Map<String, Reading> values = new LinkedHashMap<>();
        byName.forEach((name, r) -> values.put(name, r.read()));
        return values;
    }
}
