package org.mathlens.math.expr;
// TEMPORARY STUB until branch expr merges
public final class MathError extends RuntimeException {
    private final int column;
    public MathError(String m) { this(m, 0); }
    public MathError(String m, int c) { super(m); column = c; }
    public int column() { return column; }
}
