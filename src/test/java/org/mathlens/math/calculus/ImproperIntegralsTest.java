package org.mathlens.math.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mathlens.math.MathError;

/** Integrable singularities at an end converge to their known values; non-integrable ones say they diverge. */
class ImproperIntegralsTest {
    private static DoubleUnaryOperator integrand(String name) {
        return switch (name) {
            case "arcsine" -> x -> 1 / Math.sqrt(1 - x * x);      // ∫₋₁¹ = π, singular at both ends
            case "root" -> x -> 1 / Math.sqrt(x);                 // ∫₀¹ = 2
            case "root-at-one" -> x -> 1 / Math.sqrt(1 - x);      // ∫₀¹ = 2
            case "log" -> Math::log;                              // ∫₀¹ = −1
            case "reciprocal" -> x -> 1 / x;                      // diverges at 0
            case "pole-at-one" -> x -> 1 / (1 - x);               // diverges at 1
            case "square-pole" -> x -> 1 / (x * x);               // diverges at 0, inside
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @CsvSource({"arcsine, -1, 1, 3.141592653589793", "root, 0, 1, 2", "root-at-one, 0, 1, 2", "log, 0, 1, -1"})
    void integrableEndpointSingularitiesConverge(String name, double a, double b, double truth) {
        assertThat(Integrator.integrate(integrand(name), a, b)).isCloseTo(truth, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"reciprocal, 0, 1", "pole-at-one, 0, 1", "square-pole, -1, 1"})
    void nonIntegrableOnesSayTheyDiverge(String name, double a, double b) {
        assertThatThrownBy(() -> Integrator.integrate(integrand(name), a, b)).isInstanceOf(MathError.class)
                .hasMessageContaining("does not converge");
    }
}
