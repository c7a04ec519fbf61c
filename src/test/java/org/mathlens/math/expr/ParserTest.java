package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Expr p(String s) {
        return MathLanguage.parse(s);
    }

    @Test
    void precedenceAndAssociativity() {
        assertThat(p("1 + 2*3")).isEqualTo(p("1 + (2*3)"));
        assertThat(p("2^3^2")).isEqualTo(p("2^(3^2)"));
        assertThat(p("-x^2")).isEqualTo(new Expr.Neg(p("x^2")));
        assertThat(p("2^-1")).isEqualTo(new Expr.Binary(Op.POW, new Expr.Num(2), new Expr.Num(-1)));
        assertThat(p("a - b - c")).isEqualTo(p("(a - b) - c"));
        assertThat(p("a / b * c")).isEqualTo(p("(a / b) * c"));
        assertThat(p("x + 1 == 2*y")).isEqualTo(new Expr.Binary(Op.EQ, p("x + 1"), p("2*y")));
        assertThat(p("A .* B + C")).isEqualTo(p("(A .* B) + C"));
    }

    @Test
    void implicitMultiplicationWhereLearnersWriteIt() {
        assertThat(p("2x")).isEqualTo(p("2*x"));
        assertThat(p("3(x + 1)")).isEqualTo(p("3*(x + 1)"));
        assertThat(p("2 sin(x)")).isEqualTo(p("2*sin(x)"));
        assertThat(p("2pi")).isEqualTo(p("2*pi"));
        assertThat(p("(x+1)(x-1)")).isEqualTo(p("(x+1)*(x-1)"));
        assertThat(p("2x^2")).isEqualTo(p("2*(x^2)"));
        assertThat(p("xy")).isEqualTo(new Expr.Var("xy"));
        assertThat(p("2e3")).isEqualTo(new Expr.Num(2000));
        assertThat(p("2e")).isEqualTo(p("2*e"));
    }

    @Test
    void numbersAsJavaPrintsThem() {
        assertThat(p("1.0E-4")).isEqualTo(new Expr.Num(1e-4));
        assertThat(p("1e-3")).isEqualTo(new Expr.Num(0.001));
        assertThat(p("-2.5")).isEqualTo(new Expr.Num(-2.5));
        assertThat(p(".5")).isEqualTo(new Expr.Num(0.5));
    }

    @Test
    void bracketsStringsAndCalls() {
        assertThat(p("[[1, 2], [3, 4]]")).isInstanceOf(Expr.Vector.class);
        assertThat(p("limit(f, x, 0, \"left\")")).isEqualTo(new Expr.Call("limit",
                List.of(new Expr.Var("f"), new Expr.Var("x"), new Expr.Num(0), new Expr.Str("left"))));
    }

    @Test
    void errorsNameTheColumn() {
        assertThatThrownBy(() -> p("sin(x + 1")).isInstanceOf(MathError.class).hasMessage("expected ')' at column 10")
                .extracting(e -> ((MathError) e).column()).isEqualTo(10);
        assertThatThrownBy(() -> p("(1 + 2 * 3")).hasMessage("expected ')' at column 11");
        assertThatThrownBy(() -> p("2 + * x")).hasMessage("unexpected '*' at column 5");
        assertThatThrownBy(() -> p("2 3")).hasMessage("unexpected '3' at column 3");
        assertThatThrownBy(() -> p("1 + x)")).hasMessage("unexpected ')' at column 6");
        assertThatThrownBy(() -> p("")).hasMessage("empty input");
        assertThatThrownBy(() -> p("   ")).hasMessage("empty input");
        assertThatThrownBy(() -> p("x = 3")).hasMessage("unexpected '=' (write == to compare) at column 3");
        assertThatThrownBy(() -> p("2 # 3")).hasMessage("unexpected '#' at column 3");
        assertThatThrownBy(() -> p("sin x")).hasMessageStartingWith("sin needs its argument in parentheses");
        assertThatThrownBy(() -> p("1e999")).hasMessage("number 1e999 is too large at column 1");
    }

    @Test
    void deepNestingIsAClearErrorNotAStackOverflow() {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        assertThatThrownBy(() -> p(deep)).isInstanceOf(MathError.class).hasMessage("expression nested too deeply");
        assertThatThrownBy(() -> p("-".repeat(100_000) + "1")).hasMessage("expression nested too deeply");
        assertThatThrownBy(() -> p("1+".repeat(100_000) + "1")).hasMessage("expression nested too deeply");
        assertThatThrownBy(() -> p("2^".repeat(100_000) + "1")).hasMessage("expression nested too deeply");
        assertThat(p("(".repeat(50) + "x" + ")".repeat(50))).isEqualTo(new Expr.Var("x"));
    }

    @Test
    void statementsForTheInputBar() {
        Statement a = MathLanguage.parseStatement("A = [[1, 2], [0, 1]]");
        assertThat(a.name()).isEqualTo("A");
        assertThat(a.params()).isEmpty();
        assertThat(a.body()).isEqualTo(p("[[1, 2], [0, 1]]"));
        assertThat(a.isAssignment()).isTrue();

        Statement f = MathLanguage.parseStatement("f(x) = x^3 - x");
        assertThat(f.name()).isEqualTo("f");
        assertThat(f.params()).containsExactly("x");
        assertThat(f.body()).isEqualTo(p("x^3 - x"));
        assertThat(f.isFunctionDefinition()).isTrue();

        Statement g = MathLanguage.parseStatement("g(x, y) = x*y");
        assertThat(g.params()).containsExactly("x", "y");

        Statement bare = MathLanguage.parseStatement("f(2) + 1");
        assertThat(bare.name()).isNull();
        assertThat(bare.body()).isEqualTo(p("f(2) + 1"));

        assertThatThrownBy(() -> MathLanguage.parseStatement("pi = 3")).hasMessage("cannot assign to 'pi': it is a constant at column 1");
        assertThatThrownBy(() -> MathLanguage.parseStatement("sin = 3")).hasMessageStartingWith("cannot assign to 'sin'");
        assertThatThrownBy(() -> MathLanguage.parseStatement("f(x, x) = x")).hasMessage("parameter 'x' appears twice");
    }

    @Test
    void typographicSignsAreUnderstood() {
        assertThat(p("2 × 3 − 1")).isEqualTo(p("2*3 - 1"));
        assertThat(p("2π")).isEqualTo(p("2*pi"));
        assertThat(p("x ≤ 1")).isEqualTo(p("x <= 1"));
    }
}
