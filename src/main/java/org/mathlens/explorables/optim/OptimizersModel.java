package org.mathlens.explorables.optim;

import java.util.List;
import org.mathlens.math.optim.AdaGrad;
import org.mathlens.math.optim.Adam;
import org.mathlens.math.optim.Momentum;
import org.mathlens.math.optim.Optimizer;
import org.mathlens.math.optim.RmsProp;
import org.mathlens.math.optim.Sgd;

/**
 * Six optimizers racing from one start on a test surface. Each run is computed once per change
 * of surface, start or hyperparameters (up to {@link #MAX_STEPS}); a run whose point leaves
 * ±{@link #LIMIT} or whose loss is no longer finite stops there and counts as diverged.
 */
public final class OptimizersModel {
    public static final int MAX_STEPS = 400;
    public static final double LIMIT = 1e3;
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");

    /** The test surfaces, their gradients, where to look and their smallest value. */
    public enum Surface {
        ILL_CONDITIONED("ill-conditioned", -5, 5, -3, 3, 0, -4, 2),
        ROSENBROCK("rosenbrock", -2.2, 2.2, -1, 3.2, 0, -1.5, 2),
        SADDLE("saddle", -4.5, 4.5, -2.5, 2.5, -0.25, -4, 0.05),
        BEALE("beale", -1.5, 4.5, -2, 3, 0, 0.5, 2);

        public final String id;
        public final double x0;
        public final double x1;
        public final double y0;
        public final double y1;
        public final double minimum;
        public final double startX;
        public final double startY;
        /** Where the minima are, as x, y, x, y, ... */
        public final double[] minima;
        /** Where a saddle point is (x, y), or empty. */
        public final double[] saddle;

        Surface(String id, double x0, double x1, double y0, double y1, double minimum, double startX, double startY) {
            this.id = id;
            this.x0 = x0;
            this.x1 = x1;
            this.y0 = y0;
            this.y1 = y1;
            this.minimum = minimum;
            this.startX = startX;
            this.startY = startY;
            this.minima = switch (id) {
                case "rosenbrock" -> new double[] {1, 1};
                case "saddle" -> new double[] {0, 1, 0, -1};
                case "beale" -> new double[] {3, 0.5};
                default -> new double[] {0, 0};
            };
            this.saddle = id.equals("saddle") ? new double[] {0, 0} : new double[0];
        }

        public static Surface of(String id) {
            for (Surface s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown surface " + id);
        }

        /** The formula, as written on the picture. */
        public String formula() {
            return switch (this) {
                case ILL_CONDITIONED -> "f = x² + 10y²";
                case ROSENBROCK -> "f = (1 − x)² + 100(y − x²)²";
                case SADDLE -> "f = x²/2 + y⁴/4 − y²/2  (saddle at 0)";
                case BEALE -> "f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²";
            };
        }

        public double f(double x, double y) {
            return switch (this) {
                case ILL_CONDITIONED -> x * x + 10 * y * y;
                case ROSENBROCK -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
                case SADDLE -> 0.5 * x * x + 0.25 * y * y * y * y - 0.5 * y * y;
                case BEALE -> {
                    double a = 1.5 - x + x * y;
                    double b = 2.25 - x + x * y * y;
                    double c = 2.625 - x + x * y * y * y;
                    yield a * a + b * b + c * c;
                }
            };
        }

        public double[] gradient(double x, double y) {
            return switch (this) {
                case ILL_CONDITIONED -> new double[] {2 * x, 20 * y};
                case ROSENBROCK -> new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
                case SADDLE -> new double[] {x, y * y * y - y};
                case BEALE -> {
                    double a = 1.5 - x + x * y;
                    double b = 2.25 - x + x * y * y;
                    double c = 2.625 - x + x * y * y * y;
                    yield new double[] {
                        2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                        2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y};
                }
            };
        }

        /** Hyperparameters that make a fair race here, in the order of {@link Hyper}'s fields. */
        public Hyper recommended() {
            return switch (this) {
                case ILL_CONDITIONED -> new Hyper(0.04, 0.01, 0.9, 0.01, 0.9, 0.5, 0.05, 0.9, 0.2, 0.9, 0.999);
                case ROSENBROCK -> new Hyper(0.001, 0.0005, 0.9, 0.0005, 0.9, 0.5, 0.01, 0.9, 0.05, 0.9, 0.999);
                case SADDLE -> new Hyper(0.1, 0.05, 0.9, 0.05, 0.9, 0.5, 0.02, 0.9, 0.05, 0.9, 0.999);
                case BEALE -> new Hyper(0.001, 0.001, 0.9, 0.001, 0.9, 0.5, 0.01, 0.9, 0.05, 0.9, 0.999);
            };
        }
    }

    /** Every optimizer's hyperparameters. */
    public record Hyper(double lrSgd, double lrMomentum, double betaMomentum, double lrNesterov, double betaNesterov,
            double lrAdagrad, double lrRmsprop, double rhoRmsprop, double lrAdam, double beta1Adam, double beta2Adam) {
        public Optimizer[] optimizers() {
            return new Optimizer[] {new Sgd(lrSgd), new Momentum(lrMomentum, betaMomentum), Momentum.nesterov(lrNesterov, betaNesterov),
                new AdaGrad(lrAdagrad), new RmsProp(lrRmsprop, rhoRmsprop), new Adam(lrAdam, beta1Adam, beta2Adam)};
        }
    }

    private Surface surface = Surface.ILL_CONDITIONED;
    private final double[][] xs = new double[6][MAX_STEPS + 1];
    private final double[][] ys = new double[6][MAX_STEPS + 1];
    private final double[][] losses = new double[6][MAX_STEPS + 1];
    private final int[] length = new int[6];
    private final boolean[] diverged = new boolean[6];
    private final String[] rules = new String[6];
    private int shown;

    public void set(Surface surface, double startX, double startY, Hyper hyper) {
        this.surface = surface;
        Optimizer[] opts = hyper.optimizers();
        for (int o = 0; o < 6; o++) {
            rules[o] = opts[o].rule();
            double[] p = {startX, startY};
            xs[o][0] = startX;
            ys[o][0] = startY;
            losses[o][0] = surface.f(startX, startY);
            length[o] = 1;
            diverged[o] = false;
            for (int k = 1; k <= MAX_STEPS; k++) {
                double[] next = opts[o].step(p, surface.gradient(p[0], p[1]));
                double l = surface.f(next[0], next[1]);
                if (!Double.isFinite(l) || !(Math.abs(next[0]) <= LIMIT) || !(Math.abs(next[1]) <= LIMIT)) {
                    diverged[o] = true;
                    break;
                }
                p = next;
                xs[o][k] = p[0];
                ys[o][k] = p[1];
                losses[o][k] = l;
                length[o] = k + 1;
            }
        }
        shown = Math.min(shown, MAX_STEPS);
    }

    public void show(int steps) {
        shown = Math.max(0, Math.min(steps, MAX_STEPS));
    }

    public Surface surface() {
        return surface;
    }

    public int shown() {
        return shown;
    }

    /** The step optimizer o is at: the shown step, or its last before diverging. */
    public int stepOf(int o) {
        return Math.min(shown, length[o] - 1);
    }

    public boolean divergedNow(int o) {
        return diverged[o] && shown >= length[o];
    }

    public boolean diverges(int o) {
        return diverged[o];
    }

    public double x(int o, int k) {
        return xs[o][k];
    }

    public double y(int o, int k) {
        return ys[o][k];
    }

    public double loss(int o, int k) {
        return losses[o][k];
    }

    /** The loss now (at {@link #stepOf}). */
    public double loss(int o) {
        return losses[o][stepOf(o)];
    }

    public String rule(int o) {
        return rules[o];
    }
}
