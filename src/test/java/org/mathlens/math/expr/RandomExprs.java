package org.mathlens.math.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random expression trees for the property tests. */
final class RandomExprs {
    private static final String[] VARIABLES = {"x", "y", "theta", "r"};
    private static final String[] FUNCTIONS = {"sin", "cos", "tan", "exp", "log", "sqrt", "abs"};

    private RandomExprs() {
    }

    /** Any tree the printer must round-trip: every node kind, negative and fractional numbers. */
    static Expr anyTree(Random random, int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return switch (random.nextInt(4)) {
                case 0 -> new Expr.Var(VARIABLES[random.nextInt(VARIABLES.length)]);
                case 1 -> new Expr.Num(random.nextInt(21) - 10);
                case 2 -> new Expr.Num((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6));
                default -> random.nextInt(4) == 0 ? new Expr.Str("left") : new Expr.Var("pi");
            };
        }
        int kind = random.nextInt(10);
        if (kind < 5) {
            Op[] ops = Op.values();
            return new Expr.Binary(ops[random.nextInt(ops.length)], anyTree(random, depth - 1), anyTree(random, depth - 1));
        }
        if (kind < 7) {
            return new Expr.Neg(anyTree(random, depth - 1));
        }
        List<Expr> args = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            args.add(anyTree(random, depth - 1));
        }
        if (kind < 9) {
            return new Expr.Call(random.nextBoolean() ? FUNCTIONS[random.nextInt(FUNCTIONS.length)] : "solve", args);
        }
        return new Expr.Vector(args);
    }

    /** A real function of x built from the differentiable vocabulary, for derivative checks. */
    static Expr differentiable(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(3)) {
                case 0, 1 -> new Expr.Var("x");
                default -> new Expr.Num(random.nextInt(9) - 4 + (random.nextBoolean() ? 0.5 : 0));
            };
        }
        return switch (random.nextInt(9)) {
            case 0 -> new Expr.Binary(Op.ADD, differentiable(random, depth - 1), differentiable(random, depth - 1));
            case 1 -> new Expr.Binary(Op.SUB, differentiable(random, depth - 1), differentiable(random, depth - 1));
            case 2, 3 -> new Expr.Binary(Op.MUL, differentiable(random, depth - 1), differentiable(random, depth - 1));
            case 4 -> new Expr.Binary(Op.DIV, differentiable(random, depth - 1), differentiable(random, depth - 1));
            case 5 -> new Expr.Binary(Op.POW, differentiable(random, depth - 1),
                    random.nextBoolean() ? new Expr.Num(random.nextInt(4) + 1) : differentiable(random, depth - 1));
            case 6 -> new Expr.Neg(differentiable(random, depth - 1));
            default -> new Expr.Call(FUNCTIONS[random.nextInt(FUNCTIONS.length)], List.of(differentiable(random, depth - 1)));
        };
    }
}
