package org.mathlens.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexTest {

    private static String latex(String s) {
        return Latex.of(MathLanguage.parse(s));
    }

    @Test
    void expressions() {
        assertThat(latex("a/b")).isEqualTo("\\frac{a}{b}");
        assertThat(latex("x^2")).isEqualTo("{x}^{2}");
        assertThat(latex("sin(x)")).isEqualTo("\\sin\\left(x\\right)");
        assertThat(latex("2x + 1")).isEqualTo("2 x + 1");
        assertThat(latex("(x + 1)*(x - 1)")).isEqualTo("\\left(x + 1\\right) \\cdot \\left(x - 1\\right)");
        assertThat(latex("sqrt(x) + abs(y)")).isEqualTo("\\sqrt{x} + \\left|y\\right|");
        assertThat(latex("pi*theta")).isEqualTo("\\pi \\cdot \\theta");
        assertThat(latex("x <= 1")).isEqualTo("x \\leq 1");
        assertThat(latex("[[1, 2], [3, 4]]")).isEqualTo("\\begin{pmatrix}1 & 2\\\\3 & 4\\end{pmatrix}");
        assertThat(latex("det(A)")).isEqualTo("\\det\\left(A\\right)");
        assertThat(latex("(x + 1)^2")).isEqualTo("{\\left(x + 1\\right)}^{2}");
    }

    @Test
    void values() {
        assertThat(Latex.of(MathLanguage.evaluate("[[1, 2], [3, 4]]"))).isEqualTo("\\begin{pmatrix}1 & 2\\\\3 & 4\\end{pmatrix}");
        assertThat(Latex.of(MathLanguage.evaluate("[1, 2.5]"))).isEqualTo("\\begin{pmatrix}1\\\\2.5\\end{pmatrix}");
        assertThat(Latex.of(new Value.Scalar(1e-4))).isEqualTo("1.0 \\times 10^{-4}");
        assertThat(Latex.of(new Value.Scalar(Double.NEGATIVE_INFINITY))).isEqualTo("-\\infty");
        assertThat(Latex.of(new Value.ComplexValue(0, -1))).isEqualTo("0 - 1i");
        assertThat(Latex.of(MathLanguage.evaluate("diff(x^2, x)"))).isEqualTo("2 x");
        assertThat(Latex.of(new Value.Text("a_b"))).isEqualTo("\\text{a\\_b}");
    }
}
