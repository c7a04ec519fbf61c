package org.mathlens.math.data;

/** A data file or data set that cannot be used, said in one sentence ({@code file:line: message}). */
public final class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }
}
