package org.mathlens.math.expr;

import org.mathlens.math.MathError;

/** The named constants of the language. They cannot be assigned and are never free variables. */
public final class Constants {
    private Constants() {
    }

    public static boolean isConstant(String name) {
        return name.equals("pi") || name.equals("e") || name.equals("inf");
    }

    /** The value of a constant; only call when {@link #isConstant} holds. */
    public static double value(String name) {
        return switch (name) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> throw new MathError("unknown constant '" + name + "'");
        };
    }
}
