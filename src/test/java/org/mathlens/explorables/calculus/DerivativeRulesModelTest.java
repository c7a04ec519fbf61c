package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.MathLanguage;

class DerivativeRulesModelTest {
    @Test
    void derivativeAndSlopeOfACubic() {
        DerivativeRulesModel m = new DerivativeRulesModel("x^3 - 3x^2 + 2", 1.5);
        assertThat(m.derivativeText()).isEqualTo("3*x^2 - 6*x");
        assertThat(m.slope()).isEqualTo(3 * 2.25 - 9);
        m.setX(2);
        assertThat(m.slope()).isEqualTo(0.0);
    }

    @Test
    void stepsNameTheirRulesOutermostFirst() {
        DerivativeRulesModel m = new DerivativeRulesModel("sin(x^2)", 1);
        assertThat(m.stepLines()).containsExactly(
                "chain rule: d/dx sin(x^2) = 2*x*cos(x^2)",
                "derivative of sin: d/dx sin(x^2) = cos(x^2)",
                "power rule: d/dx x^2 = 2*x");
        assertThat(m.stepLatex()).hasSize(3);
        assertThat(m.stepLatex().get(0)).startsWith("\\frac{d}{dx}").contains("\\sin");
        assertThat(m.stepRules().get(0)).isEqualTo("chain rule");
        assertThat(new DerivativeRulesModel("x^2*sin(x)", 0).stepLines().get(0)).startsWith("product rule:");
        assertThat(new DerivativeRulesModel("sin(x)/x", 1).stepLines().get(0)).startsWith("quotient rule:");
        assertThat(new DerivativeRulesModel("3*x + 5", 1).stepLines())
                .anyMatch(s -> s.startsWith("sum rule:"))
                .anyMatch(s -> s.startsWith("constant multiple rule:"))
                .anyMatch(s -> s.startsWith("constant rule: d/dx 5 = 0"));
    }

    @Test
    void slopeIsUndefinedOffTheDomain() {
        DerivativeRulesModel m = new DerivativeRulesModel("sqrt(x)", 0);
        assertThat(m.slope()).isNaN();
        m.setX(4);
        assertThat(m.slope()).isEqualTo(0.25);
    }

    @Test
    void quizAcceptsEquivalentFormsAndExplainsWrongOnes() {
        DerivativeRulesModel m = new DerivativeRulesModel("x^2 + 2x + 2", 0);
        assertThat(m.check("2x + 2").right()).isTrue();
        assertThat(m.check("2*(x + 1)").message()).isEqualTo("Right!");
        DerivativeRulesModel.Verdict wrong = m.check("2x");
        assertThat(wrong.right()).isFalse();
        assertThat(wrong.message()).isEqualTo("Not yet — at x = −2.95 your answer gives −5.9 but f′ is −3.9");
        assertThat(m.check("2x +").message()).startsWith("Cannot read your answer");
        assertThat(m.check("").right()).isFalse();
        // undefined points of f′ are skipped: 1/(2 sqrt x) only counts for x > 0
        DerivativeRulesModel root = new DerivativeRulesModel("sqrt(x)", 1);
        assertThat(root.check("0.5/sqrt(x)").right()).isTrue();
        assertThat(root.check("0.5/sqrt(abs(x))").right()).isTrue();
    }

    @Test
    void randomQuizFunctionsAreDifferentiableAndTheirDerivativeChecksRight() {
        long seed = 7;
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String f = DerivativeRulesModel.randomFunction(r);
            DerivativeRulesModel m = new DerivativeRulesModel(f, 0);
            assertThat(m.derivativeText()).as("seed %d: %s", seed, f).isNotNull();
            assertThat(m.check(m.derivativeText()).right()).as("seed %d: %s", seed, f).isTrue();
            // the symbolic derivative agrees with a central difference
            double x = 0.3;
            double h = 1e-5;
            double fd = (MathLanguage.compile(f, "x").value(x + h) - MathLanguage.compile(f, "x").value(x - h)) / (2 * h);
            m.setX(x);
            assertThat(m.slope()).as("seed %d: %s", seed, f).isCloseTo(fd, within(1e-4 * Math.max(1, Math.abs(fd))));
        }
    }

    @Test
    void paneReadoutsAndQuiz() {
        DerivativeRulesExplorable pane = new DerivativeRulesExplorable();
        pane.parameters().set("f", "x^2 + 2x + 2");
        pane.parameters().set("x", "2");
        assertThat(pane.readouts().read("derivative").text()).isEqualTo("2*x + 2");
        assertThat(pane.readouts().read("slope").text()).isEqualTo("6.0");
        assertThatThrownBy(() -> pane.parameters().set("f", "foo(x)")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().get("f").text()).isEqualTo("x^2 + 2x + 2");
        pane.parameters().set("quiz", "true");
        String f = pane.parameters().get("f").text();
        assertThat(f).isNotEqualTo("x^2 + 2x + 2");
        assertThat(pane.answer("0")).startsWith("Not yet");
        assertThat(pane.readouts().read("derivative").text()).isEqualTo("hidden");
        assertThat(pane.answer(pane.model().derivativeText())).isEqualTo("Right!");
        assertThat(pane.readouts().read("derivative").text()).isEqualTo(pane.model().derivativeText());
        pane.newFunction();
        assertThat(pane.parameters().get("f").text()).isNotEqualTo(f);
    }
}
