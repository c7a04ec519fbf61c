package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run of input-bar lines (or {@code --eval} options) that remembers what was assigned:
 * {@code A = [[2, 1], [1, 2]]} then {@code eig(A)}, or {@code f(x) = x^3 - x} then {@code f(2)}.
 * Never throws: every line gives a {@link Result}, right or with the language's own message.
 */
public final class Session {
    /** One evaluated line: the statement it was (null when it did not parse), the value or the error. */
    public record Result(String input, Statement statement, Value value, String error) {
        public boolean ok() {
            return error == null;
        }

        /** What a line of output shows: the value, or {@code error: message}. */
        public String text() {
            if (!ok()) {
                return "error: " + error;
            }
            if (statement != null && statement.isFunctionDefinition()) {
                return statement.name() + "(" + String.join(", ", statement.params()) + ") = " + statement.body();
            }
            return MathLanguage.format(value);
        }
    }

    private final Map<String, Value> variables = new LinkedHashMap<>();

    public Result run(String line) {
        Statement statement;
        try {
            statement = MathLanguage.parseStatement(line);
        } catch (MathError e) {
            return new Result(line, null, null, e.getMessage());
        }
        try {
            if (statement.isFunctionDefinition()) {
                Value.FunctionValue f = new Value.FunctionValue(statement.params(), statement.body());
                variables.put(statement.name(), f);
                return new Result(line, statement, f, null);
            }
            Value value = MathLanguage.evaluate(statement.body(), variables);
            if (statement.isAssignment()) {
                variables.put(statement.name(), value);
            }
            return new Result(line, statement, value, null);
        } catch (MathError e) {
            return new Result(line, statement, null, e.getMessage());
        }
    }

    public Map<String, Value> variables() {
        return Map.copyOf(variables);
    }
}
