package org.mathlens.explorables.optim;

import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.autodiff.Graph;

/**
 * A formula of any variables (f = pi*r^2*l), kept as its text: it is accepted when the
 * autodiff engine can build its computational graph, so a formula with a comparison, an
 * unknown function or too many operations is refused with the engine's message.
 */
public final class FormulaParameter extends Parameter<String> {
    public FormulaParameter(String name, String description, String initial) {
        super(name, description, initial);
    }

    @Override
    protected String parseValue(String text) {
        return text;
    }

    @Override
    protected String check(String candidate) {
        String t = candidate.trim();
        if (t.isEmpty()) {
            throw new ParameterException(name() + " needs a formula");
        }
        try {
            Graph.parse(t);
        } catch (RuntimeException e) {
            throw new ParameterException(name() + ": " + e.getMessage());
        }
        return t;
    }

    @Override
    public String format(String value) {
        return value;
    }
}
