package org.mathlens.lesson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stand-in for the app's catalog and math language: one pane "vectors" with parameters u, v (vectors
 * written [a, b]) and k (a number), readouts sum and det; an expression "parses" unless its brackets
 * are unbalanced or it contains "??".
 */
final class FakeContext implements LessonContext {

    @Override
    public Optional<PaneInfo> pane(String explorableId) {
        return explorableId.equals("vectors") ? Optional.of(new VectorsPane()) : Optional.empty();
    }

    @Override
    public Optional<String> checkExpression(String text) {
        if (text.contains("??")) {
            return Optional.of("unexpected '?' at column " + (text.indexOf("??") + 1));
        }
        return GoalCheck.bracketProblem(text);
    }

    private static final class VectorsPane implements PaneInfo {
        private static final Map<String, String> KINDS = Map.of("u", "vector", "v", "vector", "k", "number");

        @Override
        public Set<String> parameterNames() {
            return KINDS.keySet();
        }

        @Override
        public Set<String> readoutNames() {
            return Set.of("sum", "det");
        }

        @Override
        public Optional<String> checkParameter(String name, String valueText) {
            if (KINDS.get(name).equals("number")) {
                try {
                    Double.parseDouble(valueText);
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of("expected a number");
                }
            }
            return valueText.matches("\\[\\s*-?[\\d.]+\\s*,\\s*-?[\\d.]+\\s*]")
                    ? Optional.empty() : Optional.of("expected a vector [x, y]");
        }
    }
}
