package org.mathlens.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Readouts;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Value;

/**
 * Checks exercises: a typed answer against the expected value (numbers, vectors, matrices,
 * within the exercise's tolerance), or a goal such as {@code det == 0} against the pane's
 * readouts. Malformed input comes back as an error message for the place it was typed.
 */
public final class ExerciseChecker {
    private ExerciseChecker() {
    }

    public static CheckResult checkAnswer(Exercise exercise, String input) {
        if (exercise.answer().isEmpty()) {
            return CheckResult.error("this exercise is checked on the pane: press Check");
        }
        if (input == null || input.isBlank()) {
            return CheckResult.error("type an answer first");
        }
        java.util.Set<String> variables;
        try {
            variables = MathLanguage.parse(exercise.answer().get()).freeVariables();
        } catch (MathError e) {
            return CheckResult.error("the lesson's own answer does not parse: " + e.getMessage());
        }
        if (!variables.isEmpty()) {
            return checkFormula(exercise, input, variables.toArray(String[]::new));
        }
        Value given;
        try {
            given = MathLanguage.evaluate(input);
        } catch (MathError e) {
            return CheckResult.error(e.getMessage());
        }
        Value expected;
        try {
            expected = MathLanguage.evaluate(exercise.answer().get());
        } catch (MathError e) {
            return CheckResult.error("the lesson's own answer does not evaluate: " + e.getMessage());
        }
        if (!sameShape(given, expected)) {
            return CheckResult.error("expected " + expected.describe() + ", got " + given.describe());
        }
        return close(numbers(given), numbers(expected), exercise.tolerance()) ? CheckResult.correct() : CheckResult.notYet();
    }

    /**
     * A formula answer (such as a derivative) is right when it agrees with the expected one at
     * many points where both are defined; the two need not be written alike.
     */
    private static CheckResult checkFormula(Exercise exercise, String input, String[] variables) {
        org.mathlens.math.expr.CompiledFunction given;
        try {
            given = MathLanguage.compile(input, variables);
        } catch (MathError e) {
            return CheckResult.error(e.getMessage());
        }
        org.mathlens.math.expr.CompiledFunction expected = MathLanguage.compile(exercise.answer().get(), variables);
        java.util.Random points = new java.util.Random(42);
        double[] at = new double[variables.length];
        int compared = 0;
        for (int trial = 0; trial < 200 && compared < 40; trial++) {
            for (int i = 0; i < at.length; i++) {
                at[i] = Math.round((points.nextDouble() * 6 - 3) * 1000) / 1000.0;
            }
            double want = expected.value(at);
            double got = given.value(at);
            if (!Double.isFinite(want)) {
                continue;
            }
            if (!close(new double[] {got}, new double[] {want}, Math.max(exercise.tolerance(), 1e-9))) {
                return CheckResult.notYet();
            }
            compared++;
        }
        return compared > 0 ? CheckResult.correct() : CheckResult.error("could not compare the formulas at any point");
    }

    public static CheckResult checkGoal(Exercise exercise, Readouts readouts) {
        if (exercise.goal().isEmpty()) {
            return CheckResult.error("type your answer in the field");
        }
        Map<String, Value> vars = new LinkedHashMap<>();
        for (Readouts.Readout r : readouts.all()) {
            vars.put(r.name(), toValue(r.read()));
        }
        try {
            Value v = MathLanguage.evaluate(exercise.goal().get(), vars);
            if (v instanceof Value.Bool b) {
                return b.value() ? CheckResult.correct() : CheckResult.notYet();
            }
            return CheckResult.error("the goal is not a condition: " + exercise.goal().get());
        } catch (MathError e) {
            // a readout that is a word ("undefined") makes a numeric goal unmet, not broken
            return CheckResult.notYet();
        }
    }

    static Value toValue(Reading r) {
        if (r instanceof Reading.Number n) {
            return new Value.Scalar(n.value());
        }
        if (r instanceof Reading.Vector v) {
            return new Value.VectorValue(v.value());
        }
        if (r instanceof Reading.Matrix m) {
            return new Value.MatrixValue(m.value());
        }
        String word = r.text();
        if (word.equals("true") || word.equals("false")) {
            return new Value.Bool(Boolean.parseBoolean(word));
        }
        return new Value.Text(word);
    }

    private static boolean sameShape(Value a, Value b) {
        if (a instanceof Value.Scalar && b instanceof Value.Scalar) {
            return true;
        }
        if (a instanceof Value.VectorValue va && b instanceof Value.VectorValue vb) {
            return va.values().length == vb.values().length;
        }
        if (a instanceof Value.MatrixValue ma && b instanceof Value.MatrixValue mb) {
            return ma.rows().length == mb.rows().length && ma.rows()[0].length == mb.rows()[0].length;
        }
        return false;
    }

    private static double[] numbers(Value v) {
        if (v instanceof Value.Scalar s) {
            return new double[] {s.value()};
        }
        if (v instanceof Value.VectorValue vec) {
            return vec.values();
        }
        double[][] rows = ((Value.MatrixValue) v).rows();
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /** Within the tolerance, absolutely for small numbers and relatively for large ones. */
    private static boolean close(double[] given, double[] expected, double tolerance) {
        for (int i = 0; i < given.length; i++) {
            double scale = Math.max(1, Math.abs(expected[i]));
            if (!(Math.abs(given[i] - expected[i]) <= tolerance * scale)) {
                return false;
            }
        }
        return true;
    }
}
