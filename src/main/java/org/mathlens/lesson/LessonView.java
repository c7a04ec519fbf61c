package org.mathlens.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The lesson beside a pane: title, introduction, the steps as clickable cards and the exercises
 * with their answer fields. Page Down / Page Up (while the view has focus) walk the steps, as do
 * {@link #nextStep()} and {@link #previousStep()} for a menu or a presentation clicker.
 *
 * <p>Showing a lesson does not touch the pane; the shell applies {@link Lesson#params()} when it
 * opens the lesson. Ids for tests and CSS: {@code #lesson-step-N}, {@code #lesson-answer-N},
 * {@code #lesson-check-N}, {@code #lesson-result-N}, {@code #lesson-error-N}; style classes
 * {@code lesson-step}, {@code lesson-step-current}, {@code lesson-answer}, {@code lesson-check},
 * {@code lesson-result}, {@code lesson-input-error}.
 */
public final class LessonView extends ScrollPane {

    static final String STYLESHEET =
            Objects.requireNonNull(LessonView.class.getResource("lesson.css")).toExternalForm();

    private final LessonActions actions;
    private final VBox content = new VBox();
    private final List<VBox> stepCards = new ArrayList<>();
    private final ReadOnlyIntegerWrapper currentStep = new ReadOnlyIntegerWrapper(this, "currentStep", -1);
    private Lesson lesson;

    public LessonView(LessonActions actions) {
        this.actions = Objects.requireNonNull(actions);
        getStyleClass().add("lesson-view");
        content.getStyleClass().add("lesson-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN && !stepCards.isEmpty()) {
                nextStep();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && !stepCards.isEmpty()) {
                previousStep();
                e.consume();
            }
        });
    }

    /** Replaces the content with this lesson; no step is current until one is chosen. */
    public void show(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson);
        stepCards.clear();
        currentStep.set(-1);

        Label section = new Label(lesson.sectionTitle());
        section.getStyleClass().addAll("lesson-section", "text-muted");
        TextFlow title = MarkdownRenderer.renderInline(lesson.title(), "title-2");
        title.getStyleClass().add("lesson-title");
        content.getChildren().setAll(section, title, MarkdownRenderer.render(lesson.intro()));

        if (!lesson.steps().isEmpty()) {
            content.getChildren().add(heading("Steps"));
            for (int i = 0; i < lesson.steps().size(); i++) {
                VBox card = stepCard(lesson.steps().get(i), i);
                stepCards.add(card);
                content.getChildren().add(card);
            }
        }
        if (!lesson.exercises().isEmpty()) {
            content.getChildren().add(heading("Exercises"));
            for (int i = 0; i < lesson.exercises().size(); i++) {
                content.getChildren().add(new ExerciseCard(lesson, i, actions));
            }
        }
        setVvalue(0);
    }

    /** The lesson shown, or null. */
    public Lesson getLesson() {
        return lesson;
    }

    /** Index of the current step; -1 before any step is chosen. */
    public ReadOnlyIntegerProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public int getCurrentStep() {
        return currentStep.get();
    }

    /** Applies step {@code index} to the pane, highlights it and scrolls it into view; out of range is ignored. */
    public void goToStep(int index) {
        if (lesson == null || index < 0 || index >= stepCards.size()) {
            return;
        }
        try {
            actions.applyStep(lesson, lesson.steps().get(index));
        } finally {                                     // even if the shell fails, the highlight follows the click
            int previous = currentStep.get();
            if (previous >= 0) {
                stepCards.get(previous).getStyleClass().remove("lesson-step-current");
            }
            stepCards.get(index).getStyleClass().add("lesson-step-current");
            currentStep.set(index);
            scrollIntoView(stepCards.get(index));
        }
    }

    /** The step after the current one (the first if none is current); nothing after the last. */
    public void nextStep() {
        if (currentStep.get() < stepCards.size() - 1) {
            goToStep(currentStep.get() + 1);
        }
    }

    /** The step before the current one; nothing before the first. */
    public void previousStep() {
        if (currentStep.get() > 0) {
            goToStep(currentStep.get() - 1);
        }
    }

    private VBox stepCard(Step step, int index) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("lesson-step-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        TextFlow title = MarkdownRenderer.renderInline(step.title(), "text-bold");
        title.getStyleClass().add("lesson-step-title");
        HBox header = new HBox(8, number, title);
        header.getStyleClass().add("lesson-step-header");

        VBox card = new VBox(header, MarkdownRenderer.render(step.markdown()));
        card.getStyleClass().add("lesson-step");
        card.setId("lesson-step-" + index);
        card.setCursor(Cursor.HAND);
        card.setOnMouseClicked(e -> goToStep(index));
        return card;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("title-4", "lesson-part-heading");
        return label;
    }

    /** Scrolls just enough to show the node (top first if it is taller than the viewport). */
    private void scrollIntoView(VBox card) {
        applyCss();
        layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight || viewportHeight <= 0) {
            return;
        }
        Bounds b = card.getBoundsInParent();
        double scrollable = contentHeight - viewportHeight;
        double top = getVvalue() * scrollable;
        double target = top;
        if (b.getMinY() < top || b.getHeight() > viewportHeight) {
            target = b.getMinY();
        } else if (b.getMaxY() > top + viewportHeight) {
            target = b.getMaxY() - viewportHeight;
        }
        setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}
