package org.mathlens.explorables.ml;

import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;

/** The digit pad's strokes as a parameter, so a lesson step or {@code --set drawing=…} can draw a digit. */
final class DrawingParameter extends Parameter<Drawing> {
    DrawingParameter(String name, String description, Drawing initial) {
        super(name, description, initial);
    }

    @Override
    protected Drawing parseValue(String text) {
        try {
            return Drawing.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(name() + ": " + e.getMessage());
        }
    }

    @Override
    public String format(Drawing value) {
        return value.text();
    }
}
