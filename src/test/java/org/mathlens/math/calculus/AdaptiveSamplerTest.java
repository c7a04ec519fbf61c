package org.mathlens.math.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mathlens.math.calculus.AdaptiveSampler.Curve;
import org.mathlens.math.calculus.AdaptiveSampler.Piece;
import org.mathlens.math.expr.MathLanguage;

class AdaptiveSamplerTest {
    /** A 800 × 600 pixel plot of the box [x0, x1] × [y0, y1]. */
    private static Curve plot(String f, double x0, double x1, double y0, double y1) {
        DoubleUnaryOperator g = MathLanguage.compile(f, "x")::value;
        return AdaptiveSampler.sample(g, x0, x1, y0, y1, (x1 - x0) / 800, (y1 - y0) / 600);
    }

    private static void assertAllFinite(Curve c) {
        for (Piece p : c.pieces()) {
            for (int i = 0; i < p.size(); i++) {
                assertThat(Double.isFinite(p.x()[i]) && Double.isFinite(p.y()[i])).as("sample %d of %s", i, c).isTrue();
                if (i > 0) {
                    assertThat(p.x()[i]).isGreaterThan(p.x()[i - 1]);
                }
            }
        }
    }

    @Test
    void aLineNeedsOnlyTheBaseGrid() {
        Curve c = plot("2x + 1", -5, 5, -5, 5);
        assertThat(c.pieces()).hasSize(1);
        assertThat(c.sampleCount()).isEqualTo(AdaptiveSampler.BASE_INTERVALS + 1);
        assertThat(c.pieces().get(0).x()[0]).isEqualTo(-5.0);
        assertThat(c.pieces().get(0).x()[c.sampleCount() - 1]).isEqualTo(5.0);
    }

    @Test
    void aCurveIsRefinedWhereItBendsUntilChordsAreWithinAPixel() {
        Curve c = plot("x^2", -4, 4, -1, 15);
        assertThat(c.pieces()).hasSize(1);
        Piece p = c.pieces().get(0);
        double pixelY = 16.0 / 600;
        for (int i = 1; i < p.size(); i++) {
            double m = 0.5 * (p.x()[i - 1] + p.x()[i]);
            double chord = 0.5 * (p.y()[i - 1] + p.y()[i]);
            assertThat(Math.abs(chord - m * m)).as("chord %d", i).isLessThanOrEqualTo(pixelY);
        }
        assertThat(p.size()).isGreaterThan(AdaptiveSampler.BASE_INTERVALS + 1).isLessThan(1000);
    }

    @Test
    void reciprocalSplitsInTwoPiecesAtZero() {
        for (double[] box : new double[][] {{-1, 1}, {-1.3, 0.7}}) {
            Curve c = plot("1/x", box[0], box[1], -10, 10);
            assertAllFinite(c);
            assertThat(c.pieces()).as("box %s..%s", box[0], box[1]).hasSize(2);
            Piece left = c.pieces().get(0);
            Piece right = c.pieces().get(1);
            assertThat(left.x()[left.size() - 1]).isLessThan(0).isGreaterThan(-1e-3);
            assertThat(right.x()[0]).isGreaterThan(0).isLessThan(1e-3);
            assertThat(left.y()[left.size() - 1]).isLessThan(-10);
            assertThat(right.y()[0]).isGreaterThan(10);
        }
    }

    @Test
    void tangentBreaksAtEveryPoleInView() {
        Curve c = plot("tan(x)", -5, 5, -6, 6);
        assertAllFinite(c);
        // poles at ±π/2 and ±3π/2 in [-5, 5]
        assertThat(c.pieces()).hasSize(5);
        for (int k = 0; k < 4; k++) {
            double pole = (k - 1.5) * Math.PI;
            Piece before = c.pieces().get(k);
            Piece after = c.pieces().get(k + 1);
            assertThat(before.x()[before.size() - 1]).isCloseTo(pole, within(1e-2));
            assertThat(after.x()[0]).isCloseTo(pole, within(1e-2));
        }
    }

    @Test
    void aJumpIsAGapNotAVerticalLine() {
        // abs(x)/x is -1 left of 0, 1 right of it, undefined at 0; the grid misses 0 on this box
        Curve c = plot("abs(x)/x", -1.3, 2.1, -2, 2);
        assertAllFinite(c);
        assertThat(c.pieces()).hasSize(2);
        for (Piece p : c.pieces()) {
            double first = p.y()[0];
            for (double y : p.y()) {
                assertThat(y).isEqualTo(first);
            }
        }
    }

    @Test
    void squareRootStartsAtZero() {
        Curve c = plot("sqrt(x)", -1, 1, -1, 1);
        assertAllFinite(c);
        assertThat(c.pieces()).hasSize(1);
        Piece p = c.pieces().get(0);
        assertThat(p.x()[0]).isCloseTo(0, within(1e-12));
        assertThat(p.y()[0]).isCloseTo(0, within(1e-6));
        assertThat(p.x()[p.size() - 1]).isEqualTo(1.0);
    }

    @Test
    void logarithmIsDrawnOnlyForPositiveX() {
        Curve c = plot("log(x)", -2, 3, -4, 4);
        assertAllFinite(c);
        assertThat(c.pieces()).hasSize(1);
        Piece p = c.pieces().get(0);
        assertThat(p.x()[0]).isGreaterThan(0).isLessThan(1e-12);
        assertThat(p.y()[0]).isLessThan(-4);
    }

    @Test
    void aRemovableHoleLeavesTwoPiecesThatMeet() {
        Curve c = plot("sin(x)/x", -6, 6, -2, 2);
        assertAllFinite(c);
        assertThat(c.pieces()).hasSize(2);
        assertThat(c.pieces().get(0).y()[c.pieces().get(0).size() - 1]).isCloseTo(1, within(1e-6));
        assertThat(c.pieces().get(1).y()[0]).isCloseTo(1, within(1e-6));
    }

    @Test
    void wildOscillationStaysWithinTheSampleBudget() {
        Curve c = plot("sin(1/x)", -1, 1, -2, 2);
        assertAllFinite(c);
        assertThat(c.sampleCount()).isLessThanOrEqualTo(AdaptiveSampler.MAX_SAMPLES + 100);
    }

    @Test
    void nowhereDefinedGivesNothing() {
        assertThat(plot("sqrt(-1 - x^2)", -3, 3, -3, 3).pieces()).isEmpty();
        assertThat(plot("x", 1, 1, -3, 3).pieces()).isEmpty();
    }
}
