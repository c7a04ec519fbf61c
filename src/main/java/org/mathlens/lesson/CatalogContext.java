package org.mathlens.lesson;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Readouts;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

/** Checks lessons against the real panes of the catalog and the math language. */
public final class CatalogContext implements LessonContext {
    private final Map<String, Explorable> panes = new LinkedHashMap<>();

    public CatalogContext() {
        for (Explorable e : Catalog.all()) {
            panes.put(e.id(), e);
        }
    }

    @Override
    public Optional<PaneInfo> pane(String explorableId) {
        Explorable e = panes.get(explorableId);
        return e == null ? Optional.empty() : Optional.of(new Info(e));
    }

    @Override
    public Optional<String> checkExpression(String text) {
        try {
            var variables = MathLanguage.parse(text).freeVariables();
            if (variables.isEmpty()) {
                MathLanguage.evaluate(text);
            } else {
                // an answer may be a formula (a derivative): it must compile in its own variables
                MathLanguage.compile(text, variables.toArray(String[]::new));
            }
            return Optional.empty();
        } catch (MathError e) {
            return Optional.of(e.getMessage());
        }
    }

    private record Info(Explorable pane) implements PaneInfo {
        @Override
        public Set<String> parameterNames() {
            Set<String> names = new LinkedHashSet<>();
            pane.parameters().all().forEach(p -> names.add(p.name()));
            return names;
        }

        @Override
        public Set<String> readoutNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Readouts.Readout r : pane.readouts().all()) {
                names.add(r.name());
            }
            return names;
        }

        @Override
        public Optional<String> checkGoal(String goal) {
            Map<String, org.mathlens.math.expr.Value> vars = new LinkedHashMap<>();
            for (Readouts.Readout r : pane.readouts().all()) {
                vars.put(r.name(), ExerciseChecker.toValue(r.read()));
            }
            try {
                org.mathlens.math.expr.Value v = MathLanguage.evaluate(goal, vars);
                return v instanceof org.mathlens.math.expr.Value.Bool ? Optional.empty()
                        : Optional.of("is not a condition: it gives " + v.describe() + ", not true or false");
            } catch (MathError e) {
                // run on the pane's starting values, which a step may change (a 3×3 system, a readout
                // that is a word now): an error here is not proof the goal is broken
                return Optional.empty();
            }
        }

        @Override
        public Optional<String> checkParameter(String name, String valueText) {
            try {
                pane.parameters().get(name).parse(valueText);
                return Optional.empty();
            } catch (ParameterException e) {
                return Optional.of(e.getMessage());
            }
        }
    }
}
