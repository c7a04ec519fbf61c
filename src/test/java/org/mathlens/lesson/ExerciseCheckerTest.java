package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Readouts;

class ExerciseCheckerTest {
    private static Exercise answer(String expected, double tolerance) {
        return new Exercise("q", "", Optional.of(expected), Optional.empty(), tolerance, Optional.of("hint"), 1);
    }

    private static Exercise goal(String condition) {
        return new Exercise("q", "", Optional.empty(), Optional.of(condition), 1e-6, Optional.empty(), 1);
    }

    @Test
    void numbersVectorsAndMatricesWithinTheTolerance() {
        assertThat(ExerciseChecker.checkAnswer(answer("sqrt(2)", 1e-3), "1.4142").right()).isTrue();
        assertThat(ExerciseChecker.checkAnswer(answer("sqrt(2)", 1e-6), "1.4142").right()).isFalse();
        assertThat(ExerciseChecker.checkAnswer(answer("[4, 3]", 1e-6), "[1 + 3, 3]").right()).isTrue();
        assertThat(ExerciseChecker.checkAnswer(answer("[[1, -1], [-1, 2]]", 1e-6), "[[1, -1], [-1, 2]]").right()).isTrue();
    }

    @Test
    void malformedOrMisshapenInputIsAnErrorAtTheField() {
        CheckResult bad = ExerciseChecker.checkAnswer(answer("[4, 3]", 1e-6), "[4, 3");
        assertThat(bad.isError()).isTrue();
        assertThat(bad.message()).contains("expected");
        CheckResult shape = ExerciseChecker.checkAnswer(answer("[4, 3]", 1e-6), "7");
        assertThat(shape.isError()).isTrue();
        assertThat(shape.message()).isEqualTo("expected a vector of length 2, got a number");
    }

    @Test
    void formulasAreComparedByTheirValuesNotTheirSpelling() {
        Exercise derivative = answer("exp(x) + x*exp(x)", 1e-6);
        assertThat(ExerciseChecker.checkAnswer(derivative, "(1 + x) exp(x)").right()).isTrue();
        assertThat(ExerciseChecker.checkAnswer(derivative, "x exp(x)").right()).isFalse();
        assertThat(ExerciseChecker.checkAnswer(derivative, "y exp(x)").message()).isEqualTo("unknown variable 'y'");
    }

    @Test
    void goalsReadThePanesReadouts() {
        double[] det = {2};
        Readouts readouts = new Readouts()
                .add("det", "det", () -> Reading.of(det[0]))
                .add("independent", "independent", () -> Reading.of(det[0] != 0))
                .add("x", "x", () -> det[0] == 0 ? Reading.word("none") : Reading.of(new double[] {1, 2}));
        assertThat(ExerciseChecker.checkGoal(goal("det == 0"), readouts).right()).isFalse();
        assertThat(ExerciseChecker.checkGoal(goal("x == [1, 2]"), readouts).right()).isTrue();
        det[0] = 0;
        assertThat(ExerciseChecker.checkGoal(goal("det == 0"), readouts).right()).isTrue();
        assertThat(ExerciseChecker.checkGoal(goal("independent == false"), readouts).right()).isTrue();
        // a readout that became a word makes a numeric goal unmet, not an error
        CheckResult words = ExerciseChecker.checkGoal(goal("x == [1, 2]"), readouts);
        assertThat(words.right()).isFalse();
        assertThat(words.isError()).isFalse();
    }
}
