package org.mathlens.explorable;

import java.util.List;
import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.MathLanguage;

/**
 * A function typed in the math language, of the given variables ({@code f = x^2 + 2x + 2}).
 * It compiles once when set, so a pane can evaluate it every frame without parsing.
 */
public final class ExpressionParameter extends Parameter<CompiledFunction> {
    private final List<String> variables;

    public ExpressionParameter(String name, String description, String initial, String... variables) {
        super(name, description, MathLanguage.compile(initial, variables));
        this.variables = List.of(variables);
    }

    public List<String> variables() {
        return variables;
    }

    public CompiledFunction function() {
        return get();
    }

    @Override
    protected CompiledFunction parseValue(String text) {
        return MathLanguage.compile(text, variables.toArray(String[]::new));
    }

    @Override
    protected boolean same(CompiledFunction a, CompiledFunction b) {
        return a.text().equals(b.text());
    }

    @Override
    public String format(CompiledFunction value) {
        return value.text();
    }
}
