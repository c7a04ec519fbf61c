package org.mathlens.explorable;

import java.util.List;

/** One of a fixed list of words (a method, a preset, a mode). */
public final class ChoiceParameter extends Parameter<String> {
    private final List<String> choices;

    public ChoiceParameter(String name, String description, String initial, List<String> choices) {
        super(name, description, initial);
        this.choices = List.copyOf(choices);
    }

    public List<String> choices() {
        return choices;
    }

    @Override
    protected String parseValue(String text) {
        return text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
    }

    @Override
    protected String check(String candidate) {
        if (!choices.contains(candidate)) {
            throw new ParameterException(name() + " must be one of " + String.join(", ", choices));
        }
        return candidate;
    }

    @Override
    public String format(String value) {
        return value;
    }
}
