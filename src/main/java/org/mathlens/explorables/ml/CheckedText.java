package org.mathlens.explorables.ml;

import java.util.function.UnaryOperator;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;

/**
 * A parameter kept as text that a pure parser must accept (layer sizes, feature names,
 * activations); the parser returns the tidy spelling to show, or throws with one sentence,
 * which the learner sees at the parameter while the value stays as it was.
 */
final class CheckedText extends Parameter<String> {
    private final UnaryOperator<String> tidy;

    CheckedText(String name, String description, String initial, UnaryOperator<String> tidy) {
        super(name, description, initial);
        this.tidy = tidy;
    }

    @Override
    protected String parseValue(String text) {
        return text;
    }

    @Override
    protected String check(String candidate) {
        try {
            return tidy.apply(candidate.trim());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage());
        }
    }

    @Override
    public String format(String value) {
        return value;
    }
}
