package org.mathlens.math.optim;

/**
 * One first-order optimizer: given the point and the gradient there, the next point. It keeps
 * its own state (velocity, running averages) between steps; {@link #reset} forgets it.
 */
public interface Optimizer {
    /** A short id: sgd, momentum, nesterov, adagrad, rmsprop, adam. */
    String name();

    /** The next point; x and grad are not changed. */
    double[] step(double[] x, double[] grad);

    /** Forgets the state, as before the first step. */
    void reset();

    /** The update rule in plain text, as drawn beside the race. */
    String rule();
}
