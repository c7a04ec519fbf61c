package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.kit.FormulaView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LessonViewTest {

    static final String TEXT = """
            ---
            id: vectors
            title: Adding and scaling vectors
            explorable: vectors
            ---
            Inline $u + v$ and display $$\\|v\\|_2 = \\sqrt{v_1^2 + v_2^2}$$ formulas.

            ## Step: The parallelogram
            set: u = [3, 1]
            set: v = [1, 2]

            Drag the tip of **u**.

            ## Step: Scaling
            set: k = 2

            Stretch it.

            ## Exercise: Where does u + v end?
            Type u + v.
            answer: [4, 3]
            tolerance: 1e-6
            hint: Add the first components together, then the second.

            ## Exercise: Make the sum vanish
            Drag v.
            goal: sum == [0, 0]
            hint: v must be the opposite of u.
            """;

    /** Records steps; checks answers as "[a, b]" vectors within the tolerance, like the shell would. */
    static final class FakeActions implements LessonActions {
        final List<Map<String, String>> applied = new ArrayList<>();
        boolean goalReached;

        @Override
        public void applyStep(Lesson lesson, Step step) {
            applied.add(step.set());
        }

        @Override
        public CheckResult checkAnswer(Lesson lesson, Exercise exercise, String input) {
            double[] typed;
            try {
                typed = vector(input);
            } catch (IllegalArgumentException e) {
                return CheckResult.error(e.getMessage());
            }
            double[] expected = vector(exercise.answer().orElseThrow());
            if (typed.length != expected.length) {
                return CheckResult.notYet();
            }
            for (int i = 0; i < typed.length; i++) {
                if (Math.abs(typed[i] - expected[i]) > exercise.tolerance()) {
                    return CheckResult.notYet();
                }
            }
            return CheckResult.correct();
        }

        @Override
        public CheckResult checkGoal(Lesson lesson, Exercise exercise) {
            return goalReached ? CheckResult.correct() : CheckResult.notYet();
        }

        private static double[] vector(String text) {
            if (!text.startsWith("[")) {
                throw new IllegalArgumentException("expected '[' at column 1");
            }
            if (!text.endsWith("]")) {
                throw new IllegalArgumentException("expected ']' at column " + (text.length() + 1));
            }
            String[] parts = text.substring(1, text.length() - 1).split(",");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a number, not '" + parts[i].strip() + "'");
                }
            }
            return v;
        }
    }

    private final FakeActions actions = new FakeActions();
    private LessonView view;
    private Lesson lesson;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        lesson = new LessonParser(LessonContext.SYNTAX_ONLY).parse("t.md", TEXT, "01-v", "Vectors").lesson().orElseThrow();
        view = new LessonView(actions);
        view.show(lesson);
        stage.setScene(new Scene(view, 480, 700));
        stage.sizeToScene();                                // a test may have resized the shared stage
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    @Test
    void rendersTheLesson(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".lesson-step").queryAll()).hasSize(2);
        assertThat(robot.lookup(".lesson-exercise").queryAll()).hasSize(2);
        assertThat(robot.lookup(".lesson-answer").queryAll()).as("only the typed-answer exercise has a field").hasSize(1);
        assertThat(robot.lookup(".lesson-check").queryAll()).hasSize(2);
        assertThat(robot.lookup("#lesson-answer-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#lesson-answer-1").tryQuery()).isEmpty();
        assertThat(robot.lookup(".lesson-title").queryAs(javafx.scene.text.TextFlow.class).getChildren())
                .anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(javafx.scene.text.Text.class,
                        t -> assertThat(t.getText()).isEqualTo("Adding and scaling vectors")));
        assertThat(robot.lookup(".lesson-inline-math").queryAll()).hasSize(1);
        assertThat(robot.lookup(".lesson-display-math").queryAll()).hasSize(1);
        assertThat(view.getCurrentStep()).isEqualTo(-1);
        assertThat(actions.applied).as("showing a lesson changes nothing in the pane").isEmpty();

        FormulaView inline = robot.lookup(".lesson-inline-math").queryAs(FormulaView.class);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> inline.getState() == FormulaView.State.RENDERED);
        assertThat(inline.getLatex()).isEqualTo("u + v");
    }

    @Test
    void clickingAStepAppliesItAndMovesTheHighlight(FxRobot robot) {
        robot.clickOn("#lesson-step-1");
        assertThat(actions.applied).containsExactly(Map.of("k", "2"));
        assertThat(view.getCurrentStep()).isEqualTo(1);
        assertThat(find(robot, "#lesson-step-1", Node.class).getStyleClass()).contains("lesson-step-current");

        robot.clickOn("#lesson-step-0");
        assertThat(actions.applied).last().isEqualTo(Map.of("u", "[3, 1]", "v", "[1, 2]"));
        assertThat(view.getCurrentStep()).isEqualTo(0);
        assertThat(find(robot, "#lesson-step-0", Node.class).getStyleClass()).contains("lesson-step-current");
        assertThat(find(robot, "#lesson-step-1", Node.class).getStyleClass()).doesNotContain("lesson-step-current");
        assertThat(robot.lookup(".lesson-step-current").queryAll()).hasSize(1);
    }

    @Test
    void nextAndPreviousWalkTheStepsAndStopAtTheEnds(FxRobot robot) {
        robot.interact(view::previousStep);
        assertThat(view.getCurrentStep()).isEqualTo(-1);
        robot.interact(view::nextStep);
        assertThat(view.getCurrentStep()).isZero();
        robot.interact(view::nextStep);
        robot.interact(view::nextStep);                     // already at the last step
        assertThat(view.getCurrentStep()).isEqualTo(1);
        assertThat(actions.applied).hasSize(2);
        robot.interact(view::previousStep);
        robot.interact(view::previousStep);                 // already at the first step
        assertThat(view.getCurrentStep()).isZero();
        assertThat(actions.applied).hasSize(3);
        assertThat(actions.applied.get(2)).containsEntry("u", "[3, 1]");
    }

    @Test
    void pageDownAndPageUpWalkTheSteps(FxRobot robot) {
        robot.interact(view::requestFocus);
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(view.getCurrentStep()).isEqualTo(1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.getCurrentStep()).isZero();
    }

    @Test
    void goingToAStepScrollsItIntoView(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setHeight(250));
        assertThat(view.getVvalue()).isZero();
        robot.interact(() -> view.goToStep(1));
        assertThat(view.getVvalue()).isGreaterThan(0);
        javafx.geometry.Bounds card = robot.lookup("#lesson-step-1").query().localToScene(
                robot.lookup("#lesson-step-1").query().getBoundsInLocal());
        javafx.geometry.Bounds viewport = view.localToScene(view.getLayoutBounds());
        assertThat(card.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY() - 1);
        assertThat(card.getMinY()).isLessThan(viewport.getMaxY());
    }

    @Test
    void aWrongAnswerGetsTheHintAndARightOneIsPraised(FxRobot robot) {
        Label result = find(robot, "#lesson-result-0", Label.class);

        robot.clickOn("#lesson-answer-0").write("[4, 4]");
        robot.clickOn("#lesson-check-0");
        assertThat(result.getText()).isEqualTo("Not yet \u2014 Add the first components together, then the second.");
        assertThat(result.getStyleClass()).contains("danger").doesNotContain("success");

        robot.interact(() -> find(robot, "#lesson-answer-0", TextField.class).setText("[4.0, 3]"));
        robot.clickOn("#lesson-answer-0").type(KeyCode.ENTER);
        assertThat(result.getText()).isEqualTo("Right!");
        assertThat(result.getStyleClass()).contains("success").doesNotContain("danger");
    }

    @Test
    void malformedInputShowsTheErrorUnderTheFieldAndNothingElse(FxRobot robot) {
        Label result = find(robot, "#lesson-result-0", Label.class);
        Label error = find(robot, "#lesson-error-0", Label.class);
        assertThat(error.isVisible()).isFalse();

        robot.clickOn("#lesson-answer-0").write("[4, 3").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("expected ']' at column 6");
        assertThat(error.getStyleClass()).contains("danger");
        assertThat(result.getText()).isEmpty();

        robot.write("]").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(result.getText()).isEqualTo("Right!");

        robot.interact(() -> find(robot, "#lesson-answer-0", TextField.class).setText("4, 3]"));
        robot.clickOn("#lesson-check-0");
        assertThat(error.getText()).isEqualTo("expected '[' at column 1");
        assertThat(result.getText()).as("the verdict stays").isEqualTo("Right!");
    }

    @Test
    void anEmptyAnswerIsNotSentToTheShell(FxRobot robot) {
        robot.interact(() -> find(robot, "#lesson-check-0", Button.class).fire());
        assertThat(find(robot, "#lesson-error-0", Label.class).getText()).isEqualTo("Type an answer first.");
    }

    @Test
    void aGoalExerciseAsksThePane(FxRobot robot) {
        Label result = find(robot, "#lesson-result-1", Label.class);
        robot.interact(() -> find(robot, "#lesson-check-1", Button.class).fire());
        assertThat(result.getText()).isEqualTo("Not yet \u2014 v must be the opposite of u.");

        actions.goalReached = true;
        robot.interact(() -> find(robot, "#lesson-check-1", Button.class).fire());
        assertThat(result.getText()).isEqualTo("Right!");
    }

    @Test
    void showingAnotherLessonResetsTheStep(FxRobot robot) {
        robot.interact(() -> view.goToStep(1));
        robot.interact(() -> view.show(lesson));
        assertThat(view.getCurrentStep()).isEqualTo(-1);
        assertThat(robot.lookup(".lesson-step-current").queryAll()).isEmpty();
    }
}
