package org.mathlens.explorables.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.Derivation;
import org.mathlens.math.expr.Latex;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Rule;
import org.mathlens.math.expr.Step;

/**
 * f and its symbolic derivative (from {@link org.mathlens.math.expr.Derivative}) with the
 * rule used at each step, the tangent at x, and a quiz: random functions to differentiate and
 * a check of the learner's answer by comparing values at many points.
 */
public final class DerivativeRulesModel {
    /** Where a typed answer is compared with f′: 40 points −2.95, −2.8, …, 2.9: readable, and off 0 and the integers. */
    static final double[] CHECK_POINTS = new double[40];

    static {
        for (int k = 0; k < CHECK_POINTS.length; k++) {
            CHECK_POINTS[k] = Math.round((-2.95 + 0.15 * k) * 100) / 100.0;
        }
    }

    private Formula formula;
    private double x;

    public DerivativeRulesModel(String f, double x) {
        setFunction(Formula.of(f));
        this.x = x;
    }

    void setFunction(Formula f) {
        if (formula == null || !formula.text().equals(f.text())) {
            formula = f;
        }
    }

    public void setX(double x) {
        this.x = x;
    }

    Formula formula() {
        return formula;
    }

    public double x() {
        return x;
    }

    public double fx() {
        return formula.at(x);
    }

    /** The simplified derivative as text, or null when the rules cannot take f. */
    public String derivativeText() {
        Derivation d = formula.derivation();
        return d == null ? null : d.result().toString();
    }

    /** Why there is no derivative (unknown function), or null. */
    public String derivativeError() {
        return formula.derivativeError();
    }

    DoubleUnaryOperator derivative() {
        return formula.derivative();
    }

    /** f′(x); NaN where f′ is undefined. */
    public double slope() {
        double s = formula.slopeAt(x);
        return Double.isFinite(s) ? s : Double.NaN;
    }

    /** The steps as readable lines, outermost rule first: "chain rule: d/dx sin(x^2) = 2*x*cos(x^2)". */
    public List<String> stepLines() {
        Derivation d = formula.derivation();
        List<String> lines = new ArrayList<>();
        if (d == null) {
            return lines;
        }
        for (Step s : d.steps()) {
            lines.add(ruleName(s.rule()) + ": d/dx " + s.expression() + " = " + s.derivative());
        }
        return lines;
    }

    /** The rule each step used, in the order of {@link #stepLines()}: "chain rule". */
    public List<String> stepRules() {
        Derivation d = formula.derivation();
        List<String> rules = new ArrayList<>();
        if (d != null) {
            d.steps().forEach(s -> rules.add(ruleName(s.rule())));
        }
        return rules;
    }

    /** Each step's equation in LaTeX, for the formula renderer: \\frac{d}{dx}\\left(…\\right) = …. */
    public List<String> stepLatex() {
        List<String> lines = new ArrayList<>();
        for (String[] sides : stepLatexSides()) {
            lines.add(sides[0] + " = " + sides[1]);
        }
        return lines;
    }

    /** Each step's two sides in LaTeX, the derivative asked for and what it is, for a narrow column. */
    public List<String[]> stepLatexSides() {
        Derivation d = formula.derivation();
        List<String[]> sides = new ArrayList<>();
        if (d != null) {
            for (Step s : d.steps()) {
                sides.add(new String[] {"\\frac{d}{dx}\\left(" + Latex.of(s.expression()) + "\\right)", Latex.of(s.derivative())});
            }
        }
        return sides;
    }

    /** The derivative in LaTeX, or null when there is none. */
    public String derivativeLatex() {
        Derivation d = formula.derivation();
        return d == null ? null : Latex.of(d.result());
    }

    static String ruleName(Rule r) {
        return switch (r) {
            case CONSTANT -> "constant rule";
            case VARIABLE -> "power rule (x′ = 1)";
            case NEGATION -> "constant multiple rule (−1)";
            case CONSTANT_MULTIPLE -> "constant multiple rule";
            case SUM -> "sum rule";
            case DIFFERENCE -> "difference rule";
            case PRODUCT -> "product rule";
            case QUOTIENT -> "quotient rule";
            case POWER -> "power rule";
            case EXPONENTIAL -> "exponential rule (a^u)";
            case GENERAL_POWER -> "general power rule (u^v)";
            case CHAIN -> "chain rule";
            case SIN -> "derivative of sin";
            case COS -> "derivative of cos";
            case TAN -> "derivative of tan";
            case EXP -> "derivative of exp";
            case LOG -> "derivative of log";
            case SQRT -> "derivative of sqrt";
            case ABS -> "derivative of abs";
        };
    }

    // ---- quiz -------------------------------------------------------------------------------

    private static final String[] ATOMS = {"x", "x^2", "x^3", "sin(x)", "cos(x)", "exp(x)", "sqrt(x + 4)", "log(x + 4)"};
    private static final String[] OUTER = {"sin", "cos", "exp"};
    private static final String[] INNER = {"2x", "x^2", "3x + 1", "x^2 - x", "2x^2 + 1", "x/2"};

    /** A random function built from sums, products and compositions of the elementary functions. */
    public static String randomFunction(Random r) {
        String a = ATOMS[r.nextInt(ATOMS.length)];
        String b = ATOMS[r.nextInt(ATOMS.length)];
        int k1 = 1 + r.nextInt(4);
        int k2 = 1 + r.nextInt(4);
        String c1 = k1 == 1 ? "" : k1 + "*";
        String c2 = k2 == 1 ? "" : k2 + "*";
        return switch (r.nextInt(4)) {
            case 0 -> c1 + a + (r.nextBoolean() ? " + " : " - ") + c2 + b;
            case 1 -> (a.equals(b) ? a : "(" + a + ")*(" + b + ")").replace("(x)*", "x*").replace("*(x)", "*x");
            case 2 -> OUTER[r.nextInt(OUTER.length)] + "(" + INNER[r.nextInt(INNER.length)] + ")";
            default -> c1 + OUTER[r.nextInt(OUTER.length)] + "(" + INNER[r.nextInt(INNER.length)] + ") + " + a;
        };
    }

    /** The verdict on a typed answer: right, and the message shown to the learner. */
    public record Verdict(boolean right, String message) {
    }

    /**
     * Compares the answer with f′ at {@link #CHECK_POINTS}, skipping points where f′ is
     * undefined; equal within 1e-6 relative everywhere else is "Right!".
     */
    public Verdict check(String answer) {
        DoubleUnaryOperator d = formula.derivative();
        if (d == null) {
            return new Verdict(false, "f has no derivative by the rules here: " + formula.derivativeError());
        }
        if (answer == null || answer.isBlank()) {
            return new Verdict(false, "Type your f′(x), for example 2*x + 2.");
        }
        DoubleUnaryOperator g;
        try {
            g = MathLanguage.compile(answer, "x")::value;
        } catch (MathError e) {
            return new Verdict(false, "Cannot read your answer: " + e.getMessage());
        }
        int compared = 0;
        for (double p : CHECK_POINTS) {
            double want = d.applyAsDouble(p);
            if (!Double.isFinite(want)) {
                continue;
            }
            compared++;
            double got = g.applyAsDouble(p);
            if (!(Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want)))) {
                String at = Numbers.brief(p, 3);
                return new Verdict(false, "Not yet — at x = " + at + " your answer gives "
                        + (Double.isFinite(got) ? Numbers.brief(got, 4) : "undefined") + " but f′ is " + Numbers.brief(want, 4));
            }
        }
        if (compared < 5) {
            return new Verdict(false, "Cannot check: f′ is undefined almost everywhere in [-3, 3]");
        }
        return new Verdict(true, "Right!");
    }
}
