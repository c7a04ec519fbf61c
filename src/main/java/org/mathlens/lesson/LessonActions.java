package org.mathlens.lesson;

/** What the lesson view asks of the app shell: it owns the pane and the math language. */
public interface LessonActions {

    /** Put the step's {@code set:} values into the lesson's pane. */
    void applyStep(Lesson lesson, Step step);

    /** Evaluate the typed input and compare it with {@code exercise.answer()} within its tolerance. */
    CheckResult checkAnswer(Lesson lesson, Exercise exercise, String input);

    /** Evaluate {@code exercise.goal()} against the pane's current readouts. */
    CheckResult checkGoal(Lesson lesson, Exercise exercise);
}
