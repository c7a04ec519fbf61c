package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The entry point of the math language: parse, evaluate, compile, print. Everything it
 * throws is a {@link MathError} whose message can be shown to a learner as is.
 */
public final class MathLanguage {
    private MathLanguage() {
    }

    /** Parses one expression (no assignment). */
    public static Expr parse(String text) {
        return guard(() -> Parser.parseExpression(text));
    }

    /** Parses one expression in which these names are values (a goal's readouts, such as {@code det}). */
    public static Expr parse(String text, java.util.Set<String> boundNames) {
        return guard(() -> Parser.parseExpression(text, boundNames));
    }

    /** Parses an input-bar line: {@code A = [[1, 2], [0, 1]]}, {@code f(x) = x^3 - x}, or a bare expression. */
    public static Statement parseStatement(String text) {
        return guard(() -> Parser.parseStatement(text));
    }

    /** Evaluates a closed expression (constants only). */
    public static Value evaluate(String text) {
        return evaluate(text, Map.of());
    }

    /** Evaluates with the given variables; a {@link Value.FunctionValue} in the map is callable by its name. */
    public static Value evaluate(String text, Map<String, Value> variables) {
        return guard(() -> evaluate(Parser.parseExpression(text, variables.keySet()), variables));
    }

    public static Value evaluate(Expr e, Map<String, Value> variables) {
        return guard(() -> new Evaluator(Map.copyOf(variables)).eval(e));
    }

    public static double evaluateScalar(String text) {
        Value v = evaluate(text);
        if (v instanceof Value.Scalar s) {
            return s.value();
        }
        throw new MathError("expected a number, got " + v.describe());
    }

    public static double[] evaluateVector(String text) {
        Value v = evaluate(text);
        if (v instanceof Value.VectorValue vec) {
            return vec.values().clone();
        }
        throw new MathError("expected a vector, got " + v.describe());
    }

    /** A matrix by rows; a vector is not a matrix. */
    public static double[][] evaluateMatrix(String text) {
        Value v = evaluate(text);
        if (v instanceof Value.MatrixValue m) {
            return Arrays.stream(m.rows()).map(double[]::clone).toArray(double[][]::new);
        }
        throw new MathError("expected a matrix, got " + v.describe());
    }

    /** Compiles a real formula of the given variables for fast evaluation. */
    public static CompiledFunction compile(String text, String... variables) {
        return compile(text, Map.of(), variables);
    }

    /** As {@link #compile(String, String...)}, with numbers (pane parameters) and user functions from the map. */
    public static CompiledFunction compile(String text, Map<String, Value> environment, String... variables) {
        return guard(() -> {
            Expr e = Parser.parseExpression(text);
            return Compiler.compile(e, text, List.of(variables), Map.copyOf(environment));
        });
    }

    public static String format(Value v) {
        return ValueFormat.format(v);
    }

    /**
     * The last line of defence for "only MathError escapes": every limit in the language is
     * meant to be checked up front, but a stack overflow or an unforeseen runtime exception
     * must still reach the learner as a message, not a crash.
     */
    private static <T> T guard(java.util.function.Supplier<T> work) {
        Work.begin();
        try {
            return work.get();
        } catch (MathError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new MathError("expression nested too deeply");
        } catch (OutOfMemoryError e) {
            throw new MathError("the result is too large to compute");
        } catch (RuntimeException e) {
            // a library's or the JVM's words (IndexOutOfBoundsException, "SVD Failed!") mean
            // nothing to a learner; the cause is closed where it arises, this is the backstop
            throw new MathError(INTERNAL);
        } finally {
            Work.end();
        }
    }

    /** The backstop sentence when something unforeseen failed inside the language. */
    static final String INTERNAL = "cannot compute this: Mathlens hit a case it does not handle (please report the input)";
}
