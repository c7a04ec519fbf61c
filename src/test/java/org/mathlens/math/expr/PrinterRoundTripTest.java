package org.mathlens.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrinterRoundTripTest {

    @Test
    void parsingThePrintedTextGivesBackTheSameTree() {
        for (long seed = 1; seed <= 3000; seed++) {
            Expr e = RandomExprs.anyTree(new Random(seed), 5);
            String text = e.toString();
            assertThat(MathLanguage.parse(text)).as("seed %d: %s", seed, text).isEqualTo(e);
        }
    }

    @Test
    void printsWithTheFewestParentheses() {
        assertThat(MathLanguage.parse("(x + 1)*(x - 1)").toString()).isEqualTo("(x + 1)*(x - 1)");
        assertThat(MathLanguage.parse("2x^2 + 3x - 1").toString()).isEqualTo("2*x^2 + 3*x - 1");
        assertThat(MathLanguage.parse("-x^2").toString()).isEqualTo("-x^2");
        assertThat(MathLanguage.parse("(-x)^2").toString()).isEqualTo("(-x)^2");
        assertThat(MathLanguage.parse("a - (b - c)").toString()).isEqualTo("a - (b - c)");
        assertThat(MathLanguage.parse("(a^b)^c").toString()).isEqualTo("(a^b)^c");
        assertThat(MathLanguage.parse("a^b^c").toString()).isEqualTo("a^b^c");
        assertThat(MathLanguage.parse("2^-1").toString()).isEqualTo("2^-1");
        assertThat(MathLanguage.parse("1.0E-4 * x").toString()).isEqualTo("1.0E-4*x");
    }

    @Test
    void freeVariablesSkipConstants() {
        assertThat(MathLanguage.parse("pi*r^2*l + e^x + inf").freeVariables()).containsExactly("r", "l", "x");
    }
}
