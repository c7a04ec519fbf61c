package org.mathlens.math.expr;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long a plot's worth of evaluation takes: a compiled typical function at 10,000 points.
 * The budget is 1 ms. Run {@link #main} from the test class path (see the math language notes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExprBenchmark {
    private CompiledFunction function;
    private double[] xs;

    @Setup
    public void setUp() {
        function = MathLanguage.compile("sin(x)*exp(-x^2/10) + x^3 - 2x", "x");
        xs = new double[10_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -10 + 20.0 * i / (xs.length - 1);
        }
    }

    /** Returns the sum so the JIT cannot drop the work. */
    @Benchmark
    public double evaluate10000Points() {
        double sum = 0;
        for (double x : xs) {
            sum += function.value(x);
        }
        return sum;
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ExprBenchmark.class.getSimpleName())
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .forks(1)
                .build();
        new Runner(options).run();
    }
}
