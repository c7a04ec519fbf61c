package org.mathlens.explorables.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.Numbers;
import org.mathlens.math.calculus.Limits;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

class LimitsModelTest {
    private static LimitsModel model(String f, double a) {
        return new LimitsModel(f, a, Limits.Side.BOTH);
    }

    /** What --eval limit(f, x, a) prints, so the pane and the input bar agree. */
    private static String eval(String f, String a) {
        try {
            return Numbers.format(MathLanguage.evaluateScalar("limit(" + f + ", x, " + a + ")"));
        } catch (MathError e) {
            return "none: " + e.getMessage().replace("limit does not exist: ", "");
        }
    }

    @Test
    void agreesWithTheLanguagesLimit() {
        String[][] cases = {{"sin(x)/x", "0"}, {"abs(x)/x", "0"}, {"1/x", "0"}, {"1/x^2", "0"}, {"sin(1/x)", "0"},
            {"(2x + 1)/(x + 1)", "inf"}, {"exp(x)", "-inf"}, {"(x^2 - 1)/(x - 1)", "1"}, {"x^2", "3"}};
        for (String[] c : cases) {
            LimitsModel m = model(c[0], MathLanguage.evaluateScalar(c[1]));
            assertThat(m.limit().text()).as(c[0]).isEqualTo(eval(c[0], c[1]));
        }
    }

    @Test
    void theClassicCases() {
        LimitsModel hole = model("sin(x)/x", 0);
        assertThat(hole.limit().value()).isEqualTo(1.0);
        assertThat(hole.left().value()).isEqualTo(1.0);
        assertThat(hole.f(0)).isNaN();
        LimitsModel jump = model("abs(x)/x", 0);
        assertThat(jump.left().value()).isEqualTo(-1.0);
        assertThat(jump.right().value()).isEqualTo(1.0);
        assertThat(jump.limit().text()).isEqualTo("none: left -1.0, right 1.0");
        LimitsModel pole = model("1/x", 0);
        assertThat(pole.left().value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(pole.right().value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(pole.limit().exists()).isFalse();
        assertThat(new LimitsModel("1/x", 0, Limits.Side.RIGHT).limit().text()).isEqualTo("inf");
        assertThat(model("sin(1/x)", 0).limit().text()).isEqualTo("none: f oscillates near 0.0");
        LimitsModel far = model("(2x + 1)/(x + 1)", Double.POSITIVE_INFINITY);
        assertThat(far.limit().value()).isEqualTo(2.0);
        assertThat(far.right().text()).isEqualTo("none: x → inf only from the left");
    }

    @Test
    void marchingPointsCloseInTenfold() {
        LimitsModel m = model("sin(x)/x", 0);
        assertThat(m.point(0, -1)).isEqualTo(-1.0);
        assertThat(m.point(2, 1)).isEqualTo(0.01);
        assertThat(m.sides()).containsExactly(-1, 1);
        LimitsModel far = model("exp(x)", Double.NEGATIVE_INFINITY);
        assertThat(far.point(3, 1)).isEqualTo(-1000.0);
        assertThat(far.sides()).containsExactly(-1);
        assertThat(new LimitsModel("1/x", 0, Limits.Side.RIGHT).sides()).containsExactly(1);
    }

    @Test
    void deltaForALineIsEpsilonOverTheSlope() {
        LimitsModel m = model("3x + 1", 2);
        // |3x + 1 − 7| < ε exactly when |x − 2| < ε/3; sampling finds the edge within its grid
        for (double eps : new double[] {0.3, 0.03, 0.003}) {
            assertThat(m.delta(eps)).as("ε = %s", eps).isCloseTo(eps / 3, within(eps / 3 * 0.01));
        }
        assertThat(m.delta(10)).isEqualTo(1.0);
    }

    @Test
    void deltaAtAHoleAJumpAndInfinity() {
        // sin x / x > 1 − x²/6, so δ ≈ sqrt(6ε) for small ε
        assertThat(model("sin(x)/x", 0).delta(0.01)).isCloseTo(Math.sqrt(0.06), within(0.003));
        // one-sided limits of a jump: ε smaller than the jump has no δ on both sides
        LimitsModel jump = new LimitsModel("abs(x)/x", 0, Limits.Side.RIGHT);
        assertThat(jump.delta(0.1)).isEqualTo(1.0);
        assertThat(model("abs(x)/x", 0).delta(0.1)).isNaN();
        assertThat(model("1/x", 0).delta(0.1)).isNaN();
        // (2x + 1)/(x + 1) = 2 − 1/(x + 1): within ε of 2 when x > 1/ε − 1, so δ = 1/N ≈ ε/(1 − ε)
        double d = model("(2x + 1)/(x + 1)", Double.POSITIVE_INFINITY).delta(0.2);
        assertThat(1 / d).isCloseTo(4, within(0.05));
    }

    @Test
    void paneReadoutsAndPresets() {
        LimitsExplorable pane = new LimitsExplorable();
        assertThat(pane.readouts().read("limit").text()).isEqualTo("1.0");
        pane.parameters().set("preset", "jump");
        assertThat(pane.readouts().read("left").text()).isEqualTo("-1.0");
        assertThat(pane.readouts().read("right").text()).isEqualTo("1.0");
        assertThat(pane.readouts().read("limit").text()).isEqualTo("none: left -1.0, right 1.0");
        pane.parameters().set("side", "left");
        assertThat(pane.readouts().read("limit").text()).isEqualTo("-1.0");
        pane.parameters().set("preset", "infinite");
        assertThat(pane.readouts().read("limit").text()).isEqualTo("inf");
        pane.parameters().set("a", "-inf");
        pane.parameters().set("f", "exp(x)");
        assertThat(pane.readouts().read("limit").text()).isEqualTo("0.0");
        assertThatThrownBy(() -> pane.parameters().set("a", "1000")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("a", "0/0")).isInstanceOf(ParameterException.class);
        pane.parameters().set("f", "x^2");
        pane.parameters().set("a", "1");
        pane.parameters().set("side", "both");
        pane.parameters().set("epsilon", "0.21");
        assertThat(pane.delta()).isCloseTo(0.1, within(0.001));
    }
}
