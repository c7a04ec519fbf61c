package org.mathlens.math;

/**
 * The only exception the math language ever throws. The message is written for a learner
 * ("expected ')' at column 9"), so the app can show it as is.
 */
public final class MathError extends RuntimeException {
    private final int column;

    public MathError(String message) {
        super(message);
        this.column = 0;
    }

    /** A message tied to a place in the input; " at column N" is appended to the message. */
    public MathError(String message, int column) {
        super(column > 0 ? message + " at column " + column : message);
        this.column = Math.max(0, column);
    }

    /** 1-based column of the input the error points at, 0 if it points nowhere. */
    public int column() {
        return column;
    }
}
