package org.mathlens.math.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

class DerivativeTest {

    private static String diff(String f) {
        return MathLanguage.format(MathLanguage.evaluate("diff(" + f + ", x)"));
    }

    @Test
    void theDeltaMethodExample() {
        assertThat(diff("x^2 + 2x + 2")).isEqualTo("2*x + 2");
        assertThat(MathLanguage.evaluateScalar("diff(x^2 + 2x + 2, x, 2)")).isEqualTo(6.0);
        assertThat(MathLanguage.evaluateScalar("diff(x^2, x, 5)")).isEqualTo(10.0);
    }

    @Test
    void simplifiedResults() {
        assertThat(diff("x")).isEqualTo("1");
        assertThat(diff("7")).isEqualTo("0");
        assertThat(diff("3x")).isEqualTo("3");
        assertThat(diff("x^3")).isEqualTo("3*x^2");
        assertThat(diff("x^3 - x")).isEqualTo("3*x^2 - 1");
        assertThat(diff("sin(x)")).isEqualTo("cos(x)");
        assertThat(diff("cos(x)")).isEqualTo("-sin(x)");
        assertThat(diff("exp(x)")).isEqualTo("exp(x)");
        assertThat(diff("log(x)")).isEqualTo("1/x");
        assertThat(diff("sin(x^2)")).isEqualTo("2*x*cos(x^2)");
        assertThat(diff("x*sin(x)")).isEqualTo("sin(x) + x*cos(x)");
        assertThat(diff("1/x")).isEqualTo("-1/x^2");
        assertThat(diff("2^x")).isEqualTo("2^x*log(2)");
        assertThat(diff("a*x^2")).isEqualTo("a*(2*x)");
        assertThat(diff("e^x")).isEqualTo("e^x");
        assertThat(MathLanguage.format(MathLanguage.evaluate("diff(diff(x^3, x), x)"))).isEqualTo("6*x");
        assertThat(MathLanguage.parse(diff("sin(x)*exp(-x^2/10) + x^3 - 2x")).freeVariables()).containsExactly("x");
    }

    @Test
    void stepsNameTheRulesInOrder() {
        Derivation d = Derivative.of(MathLanguage.parse("x^2 + 2x + 2"), "x");
        assertThat(d.result()).isEqualTo(MathLanguage.parse("2*x + 2"));
        assertThat(d.steps()).extracting(Step::rule).containsExactly(
                Rule.SUM, Rule.SUM, Rule.POWER, Rule.CONSTANT_MULTIPLE, Rule.VARIABLE, Rule.CONSTANT);
        assertThat(d.steps().get(2).expression()).isEqualTo(MathLanguage.parse("x^2"));
        assertThat(d.steps().get(2).derivative()).isEqualTo(MathLanguage.parse("2*x"));

        Derivation chain = Derivative.of(MathLanguage.parse("sin(x^2)"), "x");
        assertThat(chain.steps()).extracting(Step::rule).containsExactly(Rule.CHAIN, Rule.SIN, Rule.POWER);
        assertThat(chain.steps().get(1).derivative()).isEqualTo(MathLanguage.parse("cos(x^2)"));

        Derivation q = Derivative.of(MathLanguage.parse("sqrt(x)/(x - 1) * tan(x) + abs(x) - cos(x)*log(x)"), "x");
        assertThat(q.steps()).extracting(Step::rule).contains(Rule.DIFFERENCE, Rule.PRODUCT, Rule.QUOTIENT,
                Rule.SQRT, Rule.TAN, Rule.ABS, Rule.COS, Rule.LOG);
        Derivation ex = Derivative.of(MathLanguage.parse("exp(3x)"), "x");
        assertThat(ex.steps()).extracting(Step::rule).containsExactly(Rule.CHAIN, Rule.EXP, Rule.CONSTANT_MULTIPLE, Rule.VARIABLE);
    }

    @Test
    void partialDerivativesOfTheCylinderVolume() {
        double[] g = MathLanguage.evaluateVector("grad(pi*r^2*l, [r, l], [3, 5])");
        assertThat(g[0]).isCloseTo(30 * Math.PI, within(1e-12));
        assertThat(g[1]).isCloseTo(9 * Math.PI, within(1e-12));
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> MathLanguage.evaluate("diff(det(x), x)")).hasMessageContaining("does not know how to differentiate det");
        assertThatThrownBy(() -> MathLanguage.evaluate("diff(x^2, 3)")).hasMessageContaining("needs a variable name");
        assertThatThrownBy(() -> MathLanguage.evaluate("diff(x^2, pi)")).hasMessageContaining("needs a variable name");
        assertThatThrownBy(() -> MathLanguage.evaluate("diff(x^2, x) + 1")).hasMessageContaining("cannot compute with a formula");
    }

    /** Central differences with two step sizes; NaN when they disagree (f is not smooth enough there). */
    private static double finiteDifference(CompiledFunction f, double x) {
        double h = 1e-5 * Math.max(1, Math.abs(x));
        double d1 = (f.value(x + h) - f.value(x - h)) / (2 * h);
        double d2 = (f.value(x + h / 2) - f.value(x - h / 2)) / h;
        if (!Double.isFinite(d1) || !Double.isFinite(d2) || Math.abs(d1 - d2) > 1e-5 * Math.max(1, Math.abs(d1))) {
            return Double.NaN;
        }
        return d2;
    }

    @Test
    void symbolicDerivativesAgreeWithFiniteDifferences() {
        int compared = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            Random random = new Random(seed);
            Expr f = RandomExprs.differentiable(random, 4);
            Expr d = Derivative.of(f, "x").result();
            CompiledFunction fc = MathLanguage.compile(f.toString(), "x");
            CompiledFunction dc = MathLanguage.compile(d.toString(), "x");
            for (int i = 0; i < 3; i++) {
                double x = (random.nextDouble() - 0.3) * 6;
                double exact = dc.value(x);
                double numeric = finiteDifference(fc, x);
                if (Double.isFinite(exact) && Double.isFinite(numeric) && Math.abs(exact) < 1e6) {
                    assertThat(exact).as("seed %d: d/dx %s = %s at x = %s", seed, f, d, x)
                            .isCloseTo(numeric, within(1e-3 * Math.max(1, Math.abs(numeric))));
                    compared++;
                }
            }
        }
        assertThat(compared).as("enough points where both are defined").isGreaterThan(2000);
    }

    private static DerivativeStructure oracle(Expr e, DerivativeStructure x) {
        DSFactory factory = x.getFactory();
        if (e instanceof Expr.Num n) {
            return factory.constant(n.value());
        }
        if (e instanceof Expr.Var) {
            return x;
        }
        if (e instanceof Expr.Neg n) {
            return oracle(n.operand(), x).negate();
        }
        if (e instanceof Expr.Binary b) {
            DerivativeStructure l = oracle(b.left(), x);
            DerivativeStructure r = oracle(b.right(), x);
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUB -> l.subtract(r);
                case MUL -> l.multiply(r);
                case DIV -> l.divide(r);
                default -> b.right() instanceof Expr.Num n ? l.pow(n.value()) : l.pow(r);
            };
        }
        Expr.Call c = (Expr.Call) e;
        DerivativeStructure a = oracle(c.args().get(0), x);
        return switch (c.name()) {
            case "sin" -> a.sin();
            case "cos" -> a.cos();
            case "tan" -> a.tan();
            case "exp" -> a.exp();
            case "log" -> a.log();
            case "sqrt" -> a.sqrt();
            default -> a.abs();
        };
    }

    @Test
    void symbolicDerivativesAgreeWithHipparchusAutomaticDifferentiation() {
        DSFactory factory = new DSFactory(1, 1);
        int compared = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            Random random = new Random(seed * 31 + 5);
            Expr f = RandomExprs.differentiable(random, 4);
            CompiledFunction dc = MathLanguage.compile(Derivative.of(f, "x").result().toString(), "x");
            double x = 0.1 + random.nextDouble() * 3;
            double expected = oracle(f, factory.variable(0, x)).getPartialDerivative(1);
            double actual = dc.value(x);
            if (Double.isFinite(expected) && Double.isFinite(actual)) {
                assertThat(actual).as("seed %d: d/dx %s at x = %s", seed, f, x)
                        .isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void userFunctionsAndStoredFormulas() {
        Map<String, Value> vars = Map.of("f", new Value.FunctionValue(List.of("x"), MathLanguage.parse("x^3 - x")),
                "g", MathLanguage.evaluate("diff(x^2, x)"));
        assertThat(MathLanguage.format(MathLanguage.evaluate("diff(f(x), x)", vars))).isEqualTo("3*x^2 - 1");
        assertThat(MathLanguage.evaluate("diff(g, x, 1)", vars)).isEqualTo(new Value.Scalar(2));
    }
}
