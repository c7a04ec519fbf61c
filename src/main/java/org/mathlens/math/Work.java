package org.mathlens.math;


import java.util.Locale;

/**
 * The bounds on how much one evaluation of the math language may do, and its cooperative
 * cancellation. A learning app answers in a moment or says which bound a request passes:
 * every entry point of the language (input bar, {@code --eval}, a {@code --set}, a lesson's
 * {@code set:} line, a scene file) goes through {@link MathLanguage}, which opens one
 * evaluation; the evaluator, the linear algebra and the calculus charge their work here as
 * they go, and a thread whose interrupt flag is set stops at the next charge with
 * "Cancelled.". Outside an evaluation (a pane's model calling {@code Linalg} directly on its
 * own 2×2 matrix) nothing is counted, only cancellation is checked.
 */
public final class Work {
    /** Most entries one vector or matrix may hold: 500×500. */
    public static final int MAX_ENTRIES = 250_000;
    /** Most multiply-adds of matrix arithmetic in one evaluation (about a second's work). */
    public static final long MAX_OPERATIONS = 2_000_000_000L;
    /** Most steps (formula nodes visited, built or evaluated) in one evaluation. */
    public static final long MAX_STEPS = 10_000_000L;
    /** Most nodes in one formula built by inlining definitions or differentiating. */
    public static final int MAX_FORMULA_NODES = 50_000;

    /** Per thread: [open evaluations, operations spent, steps spent]. */
    private static final ThreadLocal<long[]> STATE = ThreadLocal.withInitial(() -> new long[3]);

    private Work() {
    }

    /** Opens an evaluation; only the outermost one resets the counters. Pair with {@link #end()}. */
    public static void begin() {
        long[] s = STATE.get();
        if (s[0]++ == 0) {
            s[1] = 0;
            s[2] = 0;
        }
    }

    public static void end() {
        STATE.get()[0]--;
    }

    /** Stops with "Cancelled." when the thread was asked to stop (the input bar's Cancel). */
    public static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new MathError("Cancelled.");
        }
    }

    /**
     * Charges {@code count} multiply-adds of {@code what} before doing them, so work beyond the
     * bound is refused before it starts rather than after a long wait.
     */
    public static void operations(double count, String what) {
        checkCancelled();
        long[] s = STATE.get();
        if (s[0] == 0) {
            return;
        }
        if (!(s[1] + count <= MAX_OPERATIONS)) {
            throw new MathError(what + " needs about " + approximately(count) + " multiplications; one evaluation is limited to "
                    + approximately(MAX_OPERATIONS) + " here");
        }
        s[1] += (long) count;
    }

    /** Charges steps of tree walking (the evaluator, the inliner, the derivative, a sampled formula). */
    public static void steps(long count) {
        long[] s = STATE.get();
        if (s[0] == 0) {
            checkCancelled();
            return;
        }
        s[2] += count;
        checkCancelled();               // one field read: cheap enough for the evaluator's inner loop
        if (s[2] > MAX_STEPS) {
            throw new MathError("this takes more than " + approximately(MAX_STEPS)
                    + " steps (does a definition use the previous one twice, doubling the work each time?); one evaluation is limited to that here");
        }
    }

    /** Refuses a vector or matrix with more entries than {@link #MAX_ENTRIES}. */
    public static void entries(double rows, double columns, String what) {
        if (!(rows * columns <= MAX_ENTRIES)) {
            throw new MathError("Matrices are limited to 500×500 (250,000 entries) here; " + what + " is too large");
        }
    }

    /** Refuses a formula that has grown past {@link #MAX_FORMULA_NODES} nodes. */
    public static void formula(long nodes, String what) {
        if (nodes > MAX_FORMULA_NODES) {
            throw new MathError(what + " grows beyond " + String.format(Locale.ROOT, "%,d", MAX_FORMULA_NODES)
                    + " terms (does each definition double the one before?); formulas are limited to that here");
        }
    }

    /** 1.3e10 or 2e9: a size to read, not to compute with. */
    public static String approximately(double x) {
        int exponent = (int) Math.floor(Math.log10(x));
        double mantissa = Math.round(x / Math.pow(10, exponent) * 10) / 10.0;
        if (mantissa >= 10) {
            mantissa /= 10;
            exponent++;
        }
        String m = Numbers.typed(mantissa);
        return m + "e" + exponent;
    }
}
