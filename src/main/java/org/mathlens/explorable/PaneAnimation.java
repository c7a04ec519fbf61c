package org.mathlens.explorable;

/**
 * What a pane that moves by itself offers the toolbar's play / pause / step / speed. The shell
 * drives it from one timer and calls {@link #advance} only while the pane is shown and playing,
 * so a hidden pane costs nothing (as Ensemble8's samples do).
 */
public interface PaneAnimation {
    /** Moves on by this many seconds of animation time (already scaled by the chosen speed). */
    void advance(double seconds);

    /** One discrete step: the next row operation, the next gradient step, one more polygon side. */
    void step();

    /** Finished animations stop the player; loops never finish. */
    default boolean isFinished() {
        return false;
    }

    /** Back to the start, for play after the end. */
    default void rewind() {
    }

    /** Forgets a part-second already counted (after Reset); only counters keep one. */
    default void resetClock() {
    }

    /** One bench frame: back to the start when {@code restart}, else one step (a pane's scripted replay). */
    default void stepOrRewind(boolean restart) {
        if (restart) {
            rewind();
        } else {
            step();
        }
    }
}
