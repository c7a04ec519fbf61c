package org.mathlens.math.expr;

/**
 * The compiled form of an expression: a tree of small final nodes over a double[] of variable
 * slots. {@code at(x)} is the one-variable fast path, where every slot reads x — it avoids
 * wrapping x in an array on each call.
 */
final class Nodes {
    private Nodes() {
    }

    abstract static class Node {
        abstract double eval(double[] s);

        abstract double at(double x);
    }

    static final class Const extends Node {
        final double v;

        Const(double v) {
            this.v = v;
        }

        double eval(double[] s) {
            return v;
        }

        double at(double x) {
            return v;
        }
    }

    static final class Slot extends Node {
        final int i;

        Slot(int i) {
            this.i = i;
        }

        double eval(double[] s) {
            return s[i];
        }

        double at(double x) {
            return x;
        }
    }

    static final class Add extends Node {
        final Node a;
        final Node b;

        Add(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return a.eval(s) + b.eval(s);
        }

        double at(double x) {
            return a.at(x) + b.at(x);
        }
    }

    static final class Sub extends Node {
        final Node a;
        final Node b;

        Sub(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return a.eval(s) - b.eval(s);
        }

        double at(double x) {
            return a.at(x) - b.at(x);
        }
    }

    static final class Mul extends Node {
        final Node a;
        final Node b;

        Mul(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return a.eval(s) * b.eval(s);
        }

        double at(double x) {
            return a.at(x) * b.at(x);
        }
    }

    static final class Div extends Node {
        final Node a;
        final Node b;

        Div(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return a.eval(s) / b.eval(s);
        }

        double at(double x) {
            return a.at(x) / b.at(x);
        }
    }

    static final class Pow extends Node {
        final Node a;
        final Node b;

        Pow(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return Math.pow(a.eval(s), b.eval(s));
        }

        double at(double x) {
            return Math.pow(a.at(x), b.at(x));
        }
    }

    /** u^2 as u*u: the most common power, and Math.pow is far slower. */
    static final class Square extends Node {
        final Node a;

        Square(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            double u = a.eval(s);
            return u * u;
        }

        double at(double x) {
            double u = a.at(x);
            return u * u;
        }
    }

    static final class Cube extends Node {
        final Node a;

        Cube(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            double u = a.eval(s);
            return u * u * u;
        }

        double at(double x) {
            double u = a.at(x);
            return u * u * u;
        }
    }

    static final class Negate extends Node {
        final Node a;

        Negate(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return -a.eval(s);
        }

        double at(double x) {
            return -a.at(x);
        }
    }

    /** 1.0 when the comparison holds, 0.0 otherwise (exact comparison; tolerance is for ==). */
    static final class Compare extends Node {
        final Op op;
        final Node a;
        final Node b;

        Compare(Op op, Node a, Node b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        double eval(double[] s) {
            return test(a.eval(s), b.eval(s));
        }

        double at(double x) {
            return test(a.at(x), b.at(x));
        }

        private double test(double p, double q) {
            boolean r = switch (op) {
                case EQ -> Arithmetic.close(p, q);
                case NE -> !Arithmetic.close(p, q);
                case LT -> p < q;
                case LE -> p <= q;
                case GT -> p > q;
                default -> p >= q;
            };
            return r ? 1.0 : 0.0;
        }
    }

    static final class Sin extends Node {
        final Node a;

        Sin(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.sin(a.eval(s));
        }

        double at(double x) {
            return Math.sin(a.at(x));
        }
    }

    static final class Cos extends Node {
        final Node a;

        Cos(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.cos(a.eval(s));
        }

        double at(double x) {
            return Math.cos(a.at(x));
        }
    }

    static final class Tan extends Node {
        final Node a;

        Tan(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.tan(a.eval(s));
        }

        double at(double x) {
            return Math.tan(a.at(x));
        }
    }

    static final class Exp extends Node {
        final Node a;

        Exp(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.exp(a.eval(s));
        }

        double at(double x) {
            return Math.exp(a.at(x));
        }
    }

    static final class Log extends Node {
        final Node a;

        Log(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.log(a.eval(s));
        }

        double at(double x) {
            return Math.log(a.at(x));
        }
    }

    static final class Sqrt extends Node {
        final Node a;

        Sqrt(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.sqrt(a.eval(s));
        }

        double at(double x) {
            return Math.sqrt(a.at(x));
        }
    }

    static final class Abs extends Node {
        final Node a;

        Abs(Node a) {
            this.a = a;
        }

        double eval(double[] s) {
            return Math.abs(a.eval(s));
        }

        double at(double x) {
            return Math.abs(a.at(x));
        }
    }
}
