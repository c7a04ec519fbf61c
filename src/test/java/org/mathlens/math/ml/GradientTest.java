package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.autodiff.Graph;

class GradientTest {
    private static double[][] randomRows(Random r, int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    /** Central differences on every parameter against backpropagation, for each activation, loss and penalty. */
    @Test
    void backpropagationMatchesFiniteDifferences() {
        long base = System.nanoTime();
        List<Penalty> penalties = List.of(Penalty.NONE, Penalty.l2(0.03), Penalty.l1(0.02));
        for (int trial = 0; trial < 24; trial++) {
            long seed = base + trial;
            Random r = new Random(seed);
            Activation f = Activation.values()[trial % 4];
            Loss loss = Loss.values()[(trial / 4) % 2];
            Penalty penalty = penalties.get(trial % 3);
            int d = 1 + r.nextInt(3);
            int classes = 2 + r.nextInt(2);
            int[] sizes = {d, 2 + r.nextInt(3), 2 + r.nextInt(2), classes};
            // relu needs second layer activation varied too: a different one per layer
            Activation g = Activation.values()[(trial + 1) % 4];
            Network net = Network.random(sizes, List.of(f, g), seed);
            double[][] x = randomRows(r, 5, d);
            int[] y = new int[5];
            for (int i = 0; i < 5; i++) {
                y[i] = r.nextInt(classes);
            }
            double[] p = net.parameters();
            double[] grad = Gradient.of(net, x, y, loss, penalty).values();
            for (int i = 0; i < p.length; i++) {
                double h = 1e-6;
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[i] += h;
                minus[i] -= h;
                double numeric = (net.withParameters(plus).loss(x, y, loss, penalty)
                        - net.withParameters(minus).loss(x, y, loss, penalty)) / (2 * h);
                assertThat(grad[i]).as("seed %d, %s/%s, %s, parameter %d", seed, f, g, loss, i)
                        .isCloseTo(numeric, within(1e-5 * (1 + Math.abs(numeric))));
            }
        }
    }

    /** A 2–2–1 sigmoid net with squared error written as one expression; the autodiff engine's gradient must equal backprop's. */
    @Test
    void backpropagationMatchesTheAutodiffEngine() {
        long seed = 20261202L;
        Random r = new Random(seed);
        Network net = Network.random(new int[] {2, 2, 1}, List.of(Activation.SIGMOID), seed);
        double[] p = net.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextGaussian();
        }
        net = net.withParameters(p);
        double x1 = 0.7;
        double x2 = -1.3;
        // parameters: W1 = [[p0, p1], [p3... ]] laid out as W1 row by row (p0 p1 p2 p3), b1 (p4 p5), W2 (p6 p7), b2 (p8)
        String h0 = String.format(Locale.ROOT, "1/(1+exp(-(p0*%s + p1*%s + p4)))", x1, x2);
        String h1 = String.format(Locale.ROOT, "1/(1+exp(-(p2*%s + p3*%s + p5)))", x1, x2);
        String expr = "(p6*" + h0 + " + p7*" + h1 + " + p8 - 1)^2/2";
        Graph graph = Graph.parse(expr);
        List<String> vars = new ArrayList<>(graph.variables());
        assertThat(vars).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
        double[] auto = graph.gradient(p);
        double[] back = Gradient.of(net, new double[][] {{x1, x2}}, new int[] {0}, Loss.SQUARED, Penalty.NONE).values();
        // class 0 of one output: the target is 1
        for (int i = 0; i < p.length; i++) {
            assertThat(back[i]).as("parameter p%d", i).isCloseTo(auto[i], within(1e-12));
        }
    }

    @Test
    void crossEntropyOfEqualLogitsIsLogOfTheClassCount() {
        assertThat(Loss.CROSS_ENTROPY.value(new double[] {0.3, 0.3, 0.3}, 1)).isCloseTo(Math.log(3), within(1e-15));
        assertThat(Loss.SQUARED.value(new double[] {1, 0.5}, 0)).isCloseTo(0.125, within(1e-15));
        double[] g = new double[2];
        Loss.CROSS_ENTROPY.gradient(new double[] {0, 0}, 0, g);
        assertThat(g).containsExactly(-0.5, 0.5);
    }

    @Test
    void penaltiesTouchWeightsOnly() {
        Network net = Network.random(new int[] {1, 1}, List.of(), 1);
        double w = net.weight(0, 0, 0);
        double[] plain = Gradient.of(net, new double[][] {{2}}, new int[] {0}, Loss.SQUARED, Penalty.NONE).values();
        double[] l2 = Gradient.of(net, new double[][] {{2}}, new int[] {0}, Loss.SQUARED, Penalty.l2(0.5)).values();
        double[] l1 = Gradient.of(net, new double[][] {{2}}, new int[] {0}, Loss.SQUARED, Penalty.l1(0.5)).values();
        assertThat(l2[0] - plain[0]).isCloseTo(0.5 * w, within(1e-15));
        assertThat(l1[0] - plain[0]).isCloseTo(0.5 * Math.signum(w), within(1e-15));
        assertThat(l2[1]).as("the bias is not penalised").isEqualTo(plain[1]);
    }
}
