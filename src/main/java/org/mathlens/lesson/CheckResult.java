package org.mathlens.lesson;

/**
 * The verdict on an exercise.
 *
 * <ul>
 *   <li>{@code right == true}: the lesson view shows "Right!";</li>
 *   <li>{@code right == false}, no message: "Not yet" with the exercise's hint;</li>
 *   <li>{@code right == false} with a message: the input could not be checked (e.g. "expected ']'
 *       at column 6"); the message appears under the field and the verdict is left as it was.</li>
 * </ul>
 */
public record CheckResult(boolean right, String message) {

    public static CheckResult correct() {
        return new CheckResult(true, null);
    }

    public static CheckResult notYet() {
        return new CheckResult(false, null);
    }

    /** The input is malformed or cannot be evaluated; {@code message} says where and why. */
    public static CheckResult error(String message) {
        return new CheckResult(false, message);
    }

    public boolean isError() {
        return !right && message != null && !message.isBlank();
    }
}
