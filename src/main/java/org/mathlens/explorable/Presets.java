package org.mathlens.explorable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Named examples of a pane, each a set of parameter texts in the shape of a lesson step's
 * {@code set:} lines ({@code "A = [[1, 1], [0, 1]]"}). Choosing one applies its texts with
 * {@link Parameters#setAll} (all or nothing); the choice shown is always derived from the
 * values — the preset they match, or {@value #CUSTOM} — so it can never go stale when the
 * learner drags, types, steps a lesson or undoes. No re-entrancy flags are needed: applying a
 * preset only sets values that then match it, and setting a value already held changes nothing.
 *
 * <pre>
 * Presets.of("a shear", "A = [[1, 1], [0, 1]]")
 *        .and("a rotation", "A = [[0, -1], [1, 0]]")
 *        .install(parameters, "preset", "a named example; editing A makes it custom");
 * </pre>
 */
public final class Presets {
    public static final String CUSTOM = "custom";

    private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();

    private Presets() {
    }

    public static Presets of(String name, String... assignments) {
        return new Presets().and(name, assignments);
    }

    public Presets and(String name, String... assignments) {
        if (CUSTOM.equals(name) || texts.containsKey(name)) {
            throw new IllegalArgumentException("preset name taken: " + name);
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a preset line is NAME = VALUE, not " + assignment);
            }
            set.put(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
        }
        texts.put(name, set);
        return this;
    }

    /** The preset names, in order, with {@value #CUSTOM} first. */
    public List<String> choices() {
        List<String> c = new ArrayList<>();
        c.add(CUSTOM);
        c.addAll(texts.keySet());
        return c;
    }

    /** The texts a preset sets. */
    public Map<String, String> texts(String name) {
        Map<String, String> set = texts.get(name);
        if (set == null) {
            throw new IllegalArgumentException("no preset " + name);
        }
        return set;
    }

    /**
     * Adds the choice parameter to the pane and ties it to the values. Call after the
     * parameters the presets set have been added; their current values choose the initial one.
     */
    public ChoiceParameter install(Parameters parameters, String name, String description) {
        Map<String, Map<String, String>> canonical = canonicalTexts(parameters);
        ChoiceParameter choice = parameters.add(new ChoiceParameter(name, description,
                matching(parameters, canonical), choices()));
        choice.property().addListener((o, old, now) -> {
            if (!CUSTOM.equals(now)) {
                parameters.setAll(texts.get(now));
            }
        });
        for (Parameter<?> p : parameters.all()) {
            if (p != choice) {
                p.property().addListener((o, old, now) -> choice.set(matching(parameters, canonical)));
            }
        }
        return choice;
    }

    /** Each preset's texts as its parameters print them, so matching compares like with like. */
    private Map<String, Map<String, String>> canonicalTexts(Parameters parameters) {
        Map<String, Map<String, String>> canonical = new LinkedHashMap<>();
        texts.forEach((preset, set) -> {
            Map<String, String> c = new LinkedHashMap<>();
            set.forEach((param, text) -> c.put(param, reprint(parameters.get(param), text)));
            canonical.put(preset, c);
        });
        return canonical;
    }

    private static <T> String reprint(Parameter<T> p, String text) {
        return p.format(p.parse(text));
    }

    private static String matching(Parameters parameters, Map<String, Map<String, String>> canonical) {
        for (Map.Entry<String, Map<String, String>> preset : canonical.entrySet()) {
            boolean all = true;
            for (Map.Entry<String, String> e : preset.getValue().entrySet()) {
                if (!Objects.equals(parameters.get(e.getKey()).text(), e.getValue())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return preset.getKey();
            }
        }
        return CUSTOM;
    }
}
