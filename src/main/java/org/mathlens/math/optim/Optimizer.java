package org.mathlens.math.optim;

/**
 * One first-order optimizer: given the point and the gradient there, the next point. It keeps
 * its own state (velocity, running averages) between steps; {@link #reset} forgets it.
 */
public interface Optimizer {
    /**
     * The ε that keeps AdaGrad, RMSProp and Adam from dividing by zero. PyTorch uses 1e-8 for
     * RMSProp and Adam but 1e-10 for AdaGrad; one value here keeps the race fair, and the rules
     * drawn beside it say which.
     */
    double EPSILON = 1e-8;

    /** A short id: sgd, momentum, nesterov, adagrad, rmsprop, adam. */
    String name();

    /** The next point; x and grad are not changed. */
    double[] step(double[] x, double[] grad);

    /** Forgets the state, as before the first step. */
    void reset();

    /** The update rule in plain text, as drawn beside the race. */
    String rule();
}
