package org.mathlens.explorable;

/** A value that does not fit a parameter; the message is meant for the learner, at the place it was typed. */
public final class ParameterException extends RuntimeException {
    public ParameterException(String message) {
        super(message);
    }
}
