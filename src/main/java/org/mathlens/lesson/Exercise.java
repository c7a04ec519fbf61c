package org.mathlens.lesson;

import java.util.Optional;

/**
 * A question the learner answers, either by typing a value ({@link #answer}) or by moving the
 * pane until a condition on its readouts holds ({@link #goal}). Exactly one of the two is present.
 *
 * @param title     the text after {@code ## Exercise:}
 * @param markdown  the question, without the directive lines
 * @param answer    the expected value as math-language text, e.g. {@code [4, 3]} or {@code sqrt(2)}
 * @param goal      a condition on the pane's readouts, e.g. {@code abs(det) < 0.01}
 * @param tolerance how far a typed answer may be from the expected one (default {@link #DEFAULT_TOLERANCE})
 * @param hint      shown with "Not yet" when the answer is not right
 * @param line      1-based line of the exercise's heading
 */
public record Exercise(String title, String markdown, Optional<String> answer, Optional<String> goal,
                       double tolerance, Optional<String> hint, int line) {

    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** True if the learner types an answer; false if the pane itself must reach the goal. */
    public boolean expectsTypedAnswer() {
        return answer.isPresent();
    }
}
