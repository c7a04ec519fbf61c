package org.mathlens.math.expr;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.mathlens.math.Numbers;

/** LaTeX for expressions and values, for the app's formula renderer (JLaTeXMath). */
public final class Latex {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi",
            "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Psi", "Omega");
    private static final Set<String> NAMED_FUNCTIONS = Set.of("sin", "cos", "tan", "exp", "log", "ln", "det");

    private Latex() {
    }

    public static String of(Expr e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    public static String of(Value v) {
        if (v instanceof Value.Scalar s) {
            return number(s.value());
        }
        if (v instanceof Value.VectorValue vec) {
            // a vector is a column, as in "a vector on the right of * is a column"
            StringJoiner j = new StringJoiner("\\\\", "\\begin{pmatrix}", "\\end{pmatrix}");
            for (double x : vec.values()) {
                j.add(number(x));
            }
            return j.toString();
        }
        if (v instanceof Value.MatrixValue m) {
            StringJoiner rows = new StringJoiner("\\\\", "\\begin{pmatrix}", "\\end{pmatrix}");
            for (double[] row : m.rows()) {
                StringJoiner cells = new StringJoiner(" & ");
                for (double x : row) {
                    cells.add(number(x));
                }
                rows.add(cells.toString());
            }
            return rows.toString();
        }
        if (v instanceof Value.ComplexValue c) {
            return complex(c);
        }
        if (v instanceof Value.ComplexVector cv) {
            StringJoiner j = new StringJoiner("\\\\", "\\begin{pmatrix}", "\\end{pmatrix}");
            cv.values().forEach(c -> j.add(complex(c)));
            return j.toString();
        }
        if (v instanceof Value.Symbolic s) {
            return of(s.expr());
        }
        if (v instanceof Value.FunctionValue f) {
            return of(f.body());
        }
        return text(ValueFormat.format(v));
    }

    /** Whole numbers without ".0" (a matrix reads 1 & 2), others as Numbers prints them, inf as ∞. */
    static String number(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "\\infty" : "-\\infty";
        }
        if (Double.isNaN(x)) {
            return "\\mathrm{NaN}";
        }
        // exact, as typed: a typeset formula shows the numbers of the expression itself, unrounded
        String s = Numbers.typed(x);
        int exponent = s.indexOf('E');
        if (exponent > 0) {
            s = s.substring(0, exponent) + " \\times 10^{" + s.substring(exponent + 1) + "}";
        }
        return s;
    }

    private static String complex(Value.ComplexValue c) {
        double im = c.im() == 0 ? 0.0 : c.im();
        return number(c.re()) + (im < 0 ? " - " : " + ") + number(Math.abs(im)) + "i";
    }

    private static String text(String s) {
        return "\\text{" + s.replace("\\", "\\backslash ").replace("{", "\\{").replace("}", "\\}")
                .replace("_", "\\_").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#") + "}";
    }

    private static String name(String n) {
        if (n.equals("inf")) {
            return "\\infty";
        }
        if (GREEK.contains(n)) {
            return "\\" + n;
        }
        String safe = n.replaceAll("[^A-Za-z0-9]", "");
        if (safe.length() > 1) {
            return "\\mathrm{" + safe + "}";
        }
        return safe.isEmpty() ? "?" : safe;
    }

    private static void write(Expr e, StringBuilder out) {
        if (e instanceof Expr.Num n) {
            out.append(number(n.value()));
        } else if (e instanceof Expr.Var v) {
            out.append(name(v.name()));
        } else if (e instanceof Expr.Str s) {
            out.append(text(s.text()));
        } else if (e instanceof Expr.Neg n) {
            out.append('-');
            wrapped(n.operand(), Printer.precedence(n.operand()) < Op.UNARY_PRECEDENCE, out);
        } else if (e instanceof Expr.Binary b) {
            binary(b, out);
        } else if (e instanceof Expr.Call c) {
            call(c, out);
        } else if (e instanceof Expr.Vector v) {
            vector(v, out);
        }
    }

    private static void binary(Expr.Binary b, StringBuilder out) {
        int p = b.op().precedence;
        switch (b.op()) {
            case DIV -> {
                // the fraction bar groups both sides: no parentheses needed
                out.append("\\frac{");
                write(b.left(), out);
                out.append("}{");
                write(b.right(), out);
                out.append('}');
            }
            case POW -> {
                out.append('{');
                wrapped(b.left(), Printer.precedence(b.left()) <= p, out);
                out.append("}^{");
                write(b.right(), out);
                out.append('}');
            }
            default -> {
                wrapped(b.left(), Printer.precedence(b.left()) < p, out);
                out.append(switch (b.op()) {
                    case ADD -> " + ";
                    case SUB -> " - ";
                    case MUL -> implicit(b) ? " " : " \\cdot ";
                    case HADAMARD -> " \\odot ";
                    case EQ -> " = ";
                    case NE -> " \\neq ";
                    case LT -> " < ";
                    case LE -> " \\leq ";
                    case GT -> " > ";
                    default -> " \\geq ";
                });
                wrapped(b.right(), Printer.precedence(b.right()) <= p, out);
            }
        }
    }

    /** 2x rather than 2·x: a number before a letter or a function reads naturally without a dot. */
    private static boolean implicit(Expr.Binary b) {
        if (!(b.left() instanceof Expr.Num n) || n.value() < 0) {
            return false;
        }
        Expr r = b.right();
        if (r instanceof Expr.Binary p && p.op() == Op.POW) {
            r = p.left();
        }
        return r instanceof Expr.Var || r instanceof Expr.Call;
    }

    private static void call(Expr.Call c, StringBuilder out) {
        List<Expr> args = c.args();
        if (c.name().equals("sqrt") && args.size() == 1) {
            out.append("\\sqrt{");
            write(args.get(0), out);
            out.append('}');
            return;
        }
        if (c.name().equals("abs") && args.size() == 1) {
            out.append("\\left|");
            write(args.get(0), out);
            out.append("\\right|");
            return;
        }
        if (c.name().equals("diff") && args.size() == 2) {
            out.append("\\frac{d}{d").append(of(args.get(1))).append("}\\left(");
            write(args.get(0), out);
            out.append("\\right)");
            return;
        }
        if (NAMED_FUNCTIONS.contains(c.name())) {
            out.append('\\').append(c.name());
        } else {
            out.append("\\operatorname{").append(c.name().replaceAll("[^A-Za-z0-9]", "")).append('}');
        }
        out.append("\\left(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(args.get(i), out);
        }
        out.append("\\right)");
    }

    private static void vector(Expr.Vector v, StringBuilder out) {
        boolean matrix = v.elements().stream().allMatch(e -> e instanceof Expr.Vector);
        StringJoiner rows = new StringJoiner("\\\\", "\\begin{pmatrix}", "\\end{pmatrix}");
        for (Expr element : v.elements()) {
            if (matrix) {
                StringJoiner cells = new StringJoiner(" & ");
                ((Expr.Vector) element).elements().forEach(x -> cells.add(of(x)));
                rows.add(cells.toString());
            } else {
                rows.add(of(element));
            }
        }
        out.append(rows);
    }

    private static void wrapped(Expr e, boolean wrap, StringBuilder out) {
        if (wrap) {
            out.append("\\left(");
        }
        write(e, out);
        if (wrap) {
            out.append("\\right)");
        }
    }
}
