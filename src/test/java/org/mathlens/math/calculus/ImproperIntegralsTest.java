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
            case "tan-squared" -> x -> Math.pow(Math.tan(x), 2);  // diverges at π/2, which no node hits
            case "odd-pole" -> x -> 1 / (x - Math.sqrt(2));       // diverges at √2, inside
            case "inside-root" -> x -> 1 / Math.sqrt(Math.abs(x - Math.sqrt(2))); // ∫₀³ = 2·2^¼ + 2√(3 − √2)
            case "abs-root" -> x -> 1 / Math.sqrt(Math.abs(x));   // ∫₋₁¹ = 4; the middle node lands on the infinity
            case "step" -> x -> x < Math.sqrt(2) ? 1 : 3;         // ∫₀³ = √2 + 3(3 − √2)
            case "narrow-peak" -> x -> 1 / ((x - 1) * (x - 1) + 1e-6); // ∫₀² = 2000·atan(1000)
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @CsvSource({"arcsine, -1, 1, 3.141592653589793", "root, 0, 1, 2", "root-at-one, 0, 1, 2", "log, 0, 1, -1",
        "inside-root, 0, 3, 4.896974483504973", "abs-root, -1, 1, 4", "step, 0, 3, 6.171572875253809", "narrow-peak, 0, 2, 3139.59265425646"})
    void integrableEndpointSingularitiesConverge(String name, double a, double b, double truth) {
        assertThat(Integrator.integrate(integrand(name), a, b)).isCloseTo(truth, within(1e-9 * Math.max(1, Math.abs(truth))));
    }

    @ParameterizedTest
    @CsvSource({"reciprocal, 0, 1", "pole-at-one, 0, 1", "square-pole, -1, 1", "tan-squared, 1.5, 2.5", "odd-pole, 0, 3"})
    void nonIntegrableOnesSayTheyDiverge(String name, double a, double b) {
        assertThatThrownBy(() -> Integrator.integrate(integrand(name), a, b)).isInstanceOf(MathError.class)
                .hasMessageContaining("does not converge");
    }

    @ParameterizedTest
    @CsvSource({"square-pole, -1, 1, x = 0.0", "reciprocal, 0, 1, x = 0.0", "pole-at-one, 0, 1, x = 1.0",
        "tan-squared, 1.5, 2.5, x = 1.57079632679489"})
    void theMessageNamesThePoleNotTheNodeThatOverflowedBesideIt(String name, double a, double b, String where) {
        assertThatThrownBy(() -> Integrator.integrate(integrand(name), a, b)).hasMessageContaining(where);
    }
}
