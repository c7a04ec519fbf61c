package org.mathlens.lesson;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * One exercise in the lesson view: the question, an answer field (typed-answer exercises only),
 * a Check button, a line for input errors and a line for the verdict.
 */
final class ExerciseCard extends VBox {

    static final String RIGHT = "Right!";
    static final String NOT_YET = "Not yet";

    private final Lesson lesson;
    private final Exercise exercise;
    private final LessonActions actions;
    private final TextField answer;
    private final Label error = new Label();
    private final Label result = new Label();

    ExerciseCard(Lesson lesson, int index, LessonActions actions) {
        this.lesson = lesson;
        this.exercise = lesson.exercises().get(index);
        this.actions = actions;
        getStyleClass().add("lesson-exercise");
        setId("lesson-exercise-" + index);

        TextFlow title = MarkdownRenderer.renderInline(exercise.title(), "text-bold");
        title.getStyleClass().add("lesson-exercise-title");

        Button check = new Button("Check");
        check.getStyleClass().add("lesson-check");
        check.setId("lesson-check-" + index);
        check.setOnAction(e -> check());
        HBox controls = new HBox(8);
        controls.getStyleClass().add("lesson-exercise-controls");
        if (exercise.expectsTypedAnswer()) {
            answer = new TextField();
            answer.getStyleClass().add("lesson-answer");
            answer.setId("lesson-answer-" + index);
            answer.setPromptText("Your answer");
            answer.setOnAction(e -> check());              // Enter checks
            HBox.setHgrow(answer, Priority.ALWAYS);
            controls.getChildren().add(answer);
        } else {
            answer = null;
        }
        controls.getChildren().add(check);

        error.getStyleClass().addAll("lesson-input-error", "danger");
        error.setId("lesson-error-" + index);
        error.setWrapText(true);
        showError(null);
        result.getStyleClass().add("lesson-result");
        result.setId("lesson-result-" + index);
        result.setWrapText(true);
        result.managedProperty().bind(result.textProperty().isNotEmpty());   // no gap before the first check
        result.visibleProperty().bind(result.managedProperty());

        getChildren().addAll(title, MarkdownRenderer.render(exercise.markdown()), controls, error, result);
    }

    void check() {
        if (answer != null && answer.getText().isBlank()) {
            showError("Type an answer first.");
            return;
        }
        CheckResult verdict = ask(() -> answer != null
                ? actions.checkAnswer(lesson, exercise, answer.getText().strip())
                : actions.checkGoal(lesson, exercise));
        if (verdict.isError()) {
            showError(verdict.message());                  // the verdict line stays as it was
            return;
        }
        showError(null);
        result.getStyleClass().removeAll("success", "danger");
        if (verdict.right()) {
            result.setText(RIGHT);
            result.getStyleClass().add("success");
        } else {
            result.setText(exercise.hint().map(h -> NOT_YET + " \u2014 " + h).orElse(NOT_YET));
            result.getStyleClass().add("danger");
        }
    }

    /** A failing shell must not break the lesson: its exception becomes an input error. */
    private static CheckResult ask(Supplier<CheckResult> call) {
        try {
            CheckResult r = call.get();
            return r == null ? CheckResult.error("could not check this answer") : r;
        } catch (RuntimeException e) {
            return CheckResult.error("could not check this answer: " + e.getMessage());
        }
    }

    private void showError(String message) {
        boolean show = message != null;
        error.setText(show ? message : "");
        error.setVisible(show);
        error.setManaged(show);
    }
}
