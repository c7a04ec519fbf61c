package org.mathlens.math.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Op;
import org.mathlens.math.expr.Value;

class GraphTest {
    @Test
    void squareAtFiveHasSlopeTen() {
        Graph g = Graph.parse("x^2");
        assertThat(g.forward(5)).isEqualTo(25.0);
        assertThat(g.backward()).containsExactly(10.0);
    }

    @Test
    void cylinderVolumeGradientIsThirtyPiAndNinePi() {
        Graph g = Graph.parse("pi * r^2 * l");
        assertThat(g.variables()).containsExactly("l", "r");
        assertThat(g.forward(5, 3)).isCloseTo(45 * Math.PI, within(1e-12));
        double[] grad = g.backward();
        assertThat(grad[1]).as("∂v/∂r = 2πrl").isCloseTo(30 * Math.PI, within(1e-12));
        assertThat(grad[0]).as("∂v/∂l = πr²").isCloseTo(9 * Math.PI, within(1e-12));
    }

    @Test
    void regressionLossOfOnePoint() {
        // L = (y − (m x + b))² at b = 1, m = 0.5, x = 2, y = 3: residual 3 − 2 = 1
        Graph g = Graph.parse("(y - (m*x + b))^2");
        assertThat(g.variables()).containsExactly("b", "m", "x", "y");
        assertThat(g.forward(1, 0.5, 2, 3)).isEqualTo(1.0);
        // ∂L/∂b = −2r = −2, ∂L/∂m = −2rx = −4, ∂L/∂x = −2rm = −1, ∂L/∂y = 2r = 2
        assertThat(g.backward()).containsExactly(-2.0, -4.0, -1.0, 2.0);
    }

    @Test
    void aVariableUsedTwiceIsOneNodeWhoseAdjointAccumulates() {
        Graph g = Graph.parse("x*x + x");
        long inputs = g.nodes().stream().filter(n -> n.kind() == Graph.Kind.INPUT).count();
        assertThat(inputs).isEqualTo(1);
        assertThat(g.consumers(g.inputNode(0))).hasSize(2);
        g.forward(3);
        assertThat(g.backward()).containsExactly(7.0);
        // three edges reach x: two from x·x, one from the sum
        long intoX = g.backwardEvents().stream().filter(e -> e.node() == g.inputNode(0)).count();
        assertThat(intoX).isEqualTo(3);
    }

    @Test
    void sharedSubexpressionsAppearOnce() {
        Graph g = Graph.parse("sin(x*y) + cos(x*y)");
        long products = g.nodes().stream().filter(n -> n.kind() == Graph.Kind.MUL).count();
        assertThat(products).isEqualTo(1);
    }

    @Test
    void eventsWriteTheLocalDerivative() {
        Graph g = Graph.parse("a*b");
        g.forward(2, 3);
        g.backward();
        assertThat(g.forwardEvents()).hasSize(3);
        assertThat(g.forwardEvents().get(2).text()).isEqualTo("n2 = a·b = 2·3 = 6");
        assertThat(g.backwardEvents()).hasSize(3);
        assertThat(g.backwardEvents().get(1).text()).contains("∂(a·b)/∂a = b = 3");
        assertThat(g.backwardEvents().get(2).text()).contains("∂(a·b)/∂b = a = 2");
    }

    @Test
    void refusesWhatItCannotDifferentiate() {
        assertThatThrownBy(() -> Graph.parse("x < 2")).isInstanceOf(MathError.class).hasMessageContaining("compares");
        assertThatThrownBy(() -> Graph.parse("det(x)")).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> Graph.parse("x").forward(1, 2)).isInstanceOf(MathError.class)
                .hasMessageContaining("1 variable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^2", "pi * r^2 * l", "(y - (m*x + b))^2"})
    void presetGraphsDrawWithoutCrossings(String f) {
        GraphLayout layout = new GraphLayout(Graph.parse(f));
        assertThat(layout.crossings()).isZero();
    }

    @Test
    void layersRunFromInputsToOutput() {
        Graph g = Graph.parse("(y - (m*x + b))^2");
        GraphLayout layout = new GraphLayout(g);
        for (int i = 0; i < g.variables().size(); i++) {
            assertThat(layout.layerOf(g.inputNode(i))).isZero();
        }
        assertThat(layout.layerOf(g.output())).isEqualTo(layout.layerCount() - 1);
        for (Graph.Node n : g.nodes()) {
            for (int in : n.inputs()) {
                assertThat(layout.layerOf(in)).isLessThan(layout.layerOf(n.id()));
            }
        }
    }

    /** Random smooth trees: the adjoints agree with symbolic grad and with central differences. */
    @Test
    void agreesWithSymbolicGradAndFiniteDifferences() {
        for (int trial = 0; trial < 300; trial++) {
            long seed = 1000 + trial;
            Random r = new Random(seed);
            Expr e = smooth(r, 4);
            if (e.freeVariables().isEmpty()) {
                continue;
            }
            Graph g;
            try {
                g = Graph.of(e, List.of("x", "y"));
            } catch (MathError tooSimple) {
                continue; // the output is a bare input: nothing is computed
            }
            double x = 0.3 + r.nextDouble();
            double y = 0.3 + r.nextDouble();
            double f = g.forward(x, y);
            double[] grad = g.backward();
            if (!Double.isFinite(f) || !Double.isFinite(grad[0]) || !Double.isFinite(grad[1]) || Math.abs(f) > 1e6) {
                continue;
            }
            Value symbolic = MathLanguage.evaluate("grad(" + e + ", [x, y], [" + x + ", " + y + "])");
            double[] s = ((Value.VectorValue) symbolic).values();
            for (int k = 0; k < 2; k++) {
                assertThat(grad[k]).as("seed %d: %s, ∂/∂%s vs symbolic", seed, e, k == 0 ? "x" : "y")
                        .isCloseTo(s[k], within(1e-9 * (1 + Math.abs(s[k]))));
            }
            double h = 1e-6;
            double[] p = {x, y};
            for (int k = 0; k < 2; k++) {
                double[] a = p.clone();
                double[] b = p.clone();
                a[k] += h;
                b[k] -= h;
                double fd = (Graph.of(e, List.of("x", "y")).forward(a) - Graph.of(e, List.of("x", "y")).forward(b)) / (2 * h);
                assertThat(grad[k]).as("seed %d: %s, ∂/∂%s vs central difference", seed, e, k == 0 ? "x" : "y")
                        .isCloseTo(fd, within(1e-4 * (1 + Math.abs(fd))));
            }
        }
    }

    private static Expr smooth(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return switch (r.nextInt(5)) {
                case 0, 1 -> new Expr.Var("x");
                case 2, 3 -> new Expr.Var("y");
                default -> new Expr.Num(r.nextInt(5) + 1);
            };
        }
        return switch (r.nextInt(9)) {
            case 0 -> new Expr.Binary(Op.ADD, smooth(r, depth - 1), smooth(r, depth - 1));
            case 1 -> new Expr.Binary(Op.SUB, smooth(r, depth - 1), smooth(r, depth - 1));
            case 2, 3 -> new Expr.Binary(Op.MUL, smooth(r, depth - 1), smooth(r, depth - 1));
            case 4 -> new Expr.Binary(Op.DIV, smooth(r, depth - 1), new Expr.Binary(Op.ADD, new Expr.Num(2), smooth(r, depth - 1)));
            case 5 -> new Expr.Binary(Op.POW, smooth(r, depth - 1), new Expr.Num(r.nextInt(3) + 2));
            case 6 -> new Expr.Neg(smooth(r, depth - 1));
            case 7 -> new Expr.Call(r.nextBoolean() ? "sin" : "cos", List.of(smooth(r, depth - 1)));
            default -> new Expr.Call("exp", List.of(new Expr.Binary(Op.MUL, new Expr.Num(0.1), smooth(r, depth - 1))));
        };
    }
}
