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
    /** When a readout only means something in some settings (λ₃ of a 3×3 A): the panel hides it otherwise. */
    private final Map<String, java.util.function.BooleanSupplier> appliesWhen = new LinkedHashMap<>();

    public Readouts add(String name, String label, Supplier<Reading> source) {
        if (byName.putIfAbsent(name, new Readout(name, label, source)) != null) {
            throw new IllegalArgumentException("two readouts named " + name);
        }
        return this;
    }

    /**
     * A readout the values column shows only while {@code applies} holds (λ₃ and v₃ for a 3×3 A,
     * not beside a 2×2 one); lessons, --readouts and scenes still read it, as "undefined" there.
     */
    public Readouts addWhen(String name, String label, java.util.function.BooleanSupplier applies, Supplier<Reading> source) {
        add(name, label, source);
        appliesWhen.put(name, applies);
        return this;
    }

    /** Whether the readout means something in the pane's present settings (true unless added with a condition). */
    public boolean applies(String name) {
        java.util.function.BooleanSupplier when = appliesWhen.get(name);
        return when == null || when.getAsBoolean();
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
