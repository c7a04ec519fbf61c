package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.optim.JacobianHessianModel.Kind;
import org.mathlens.math.expr.MathLanguage;

class JacobianHessianModelTest {
    private static final String[] MAPS = {
        "[x*cos(y), x*sin(y)]",
        "[x*cos(x^2+y^2) - y*sin(x^2+y^2), x*sin(x^2+y^2) + y*cos(x^2+y^2)]",
        "[x + 0.5*y^2, y]",
    };

    private static JacobianHessianModel model(String map, String f, double x, double y) {
        JacobianHessianModel m = new JacobianHessianModel();
        m.setMap(PlaneMapParameter.PlaneMap.parse(map), -2, 2, -2, 2, 0.5, 0.5);
        m.setFunction(MathLanguage.compile(f, "x", "y"));
        m.setPoint(x, y);
        return m;
    }

    @Test
    void polarAtRadiusTwoAngleZero() {
        JacobianHessianModel m = model(MAPS[0], "x^2 + y^2", 2, 0);
        assertThat(m.jacobian()).isDeepEqualTo(new double[][] {{1, 0}, {0, 2}});
        assertThat(m.det()).isEqualTo(2.0);
        // the cell's exact image has nearly the same area ratio
        assertThat(m.exactAreaRatio()).isCloseTo(2.0, within(0.01));
    }

    @Test
    void polarDeterminantIsTheRadius() {
        for (double r : new double[] {0.5, 1, 3}) {
            assertThat(model(MAPS[0], "x", r, 0.7).det()).isCloseTo(r, within(1e-12));
        }
    }

    @Test
    void hessiansAndKinds() {
        JacobianHessianModel bowl = model(MAPS[0], "x^2 + y^2", 0, 0);
        assertThat(bowl.hessian()).isDeepEqualTo(new double[][] {{2, 0}, {0, 2}});
        assertThat(bowl.kind()).isEqualTo(Kind.MINIMUM);
        JacobianHessianModel saddle = model(MAPS[0], "x^2 - y^2", 0, 0);
        assertThat(saddle.hessian()).isDeepEqualTo(new double[][] {{2, 0}, {0, -2}});
        assertThat(saddle.kind()).isEqualTo(Kind.SADDLE);
        assertThat(saddle.lambda(0)).isEqualTo(2.0);
        assertThat(saddle.lambda(1)).isEqualTo(-2.0);
        assertThat(Math.abs(saddle.direction(0)[0])).isCloseTo(1, within(1e-12));
        assertThat(model(MAPS[0], "x^2", 0, 0).kind()).isEqualTo(Kind.DEGENERATE);
        assertThat(model(MAPS[0], "x^4 + y^4", 0, 0).kind()).isEqualTo(Kind.DEGENERATE);
        assertThat(model(MAPS[0], "-x^2 - y^2", 0, 0).kind()).isEqualTo(Kind.MAXIMUM);
        JacobianHessianModel mixed = model(MAPS[0], "x*y", 1, 1);
        assertThat(mixed.hessian()).isDeepEqualTo(new double[][] {{0, 1}, {1, 0}});
        assertThat(mixed.kind()).isEqualTo(Kind.SADDLE);
    }

    @Test
    void classifyUsesTheSignsWithATolerance() {
        assertThat(JacobianHessianModel.classify(3, 1e-14)).isEqualTo(Kind.DEGENERATE);
        assertThat(JacobianHessianModel.classify(3, 1e-3)).isEqualTo(Kind.MINIMUM);
        assertThat(JacobianHessianModel.classify(-1e-3, -5)).isEqualTo(Kind.MAXIMUM);
        assertThat(JacobianHessianModel.classify(Double.NaN, 1)).isEqualTo(Kind.UNDEFINED);
    }

    @Test
    void hessianAgreesWithTheLanguagesHessian() {
        String f = "sin(x)*exp(y) + x^3*y";
        JacobianHessianModel m = model(MAPS[0], f, 0.7, -0.4);
        double[][] oracle = MathLanguage.evaluateMatrix("hessian(" + f + ", [x, y], [0.7, -0.4])");
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(m.hessian()[i][j]).isCloseTo(oracle[i][j], within(1e-12));
            }
        }
    }

    /** Random maps built from the presets (sums, scalings, compositions with the shear) at random points. */
    @Test
    void symbolicJacobianMatchesCentralDifferences() {
        for (long seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed);
            String a = MAPS[r.nextInt(MAPS.length)];
            String b = MAPS[r.nextInt(MAPS.length)];
            double s = Math.round((r.nextDouble() * 4 - 2) * 100) / 100.0;
            String[] pa = parts(a);
            String[] pb = parts(b);
            String map = "[" + pa[0] + " + (" + s + ")*(" + pb[1] + "), " + pa[1] + " - (" + pb[0] + ")^2/4]";
            double x = r.nextDouble() * 3 - 1.5;
            double y = r.nextDouble() * 3 - 1.5;
            JacobianHessianModel m = model(map, "x", x, y);
            double[][] numeric = JacobianHessianModel.centralJacobian(m.map(), x, y);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertThat(m.jacobian()[i][j]).as("seed %d, map %s at (%s, %s)", seed, map, x, y)
                            .isCloseTo(numeric[i][j], within(1e-5 * Math.max(1, Math.abs(numeric[i][j]))));
                }
            }
        }
    }

    private static String[] parts(String map) {
        var v = (org.mathlens.math.expr.Expr.Vector) MathLanguage.parse(map);
        return new String[] {v.elements().get(0).toString(), v.elements().get(1).toString()};
    }

    @Test
    void linearisedCellCornersAreFOfPPlusJTimesOffset() {
        JacobianHessianModel m = model(MAPS[2], "x", 0.5, 1);
        // shear [x + y²/2, y]: J = [[1, y], [0, 1]] = [[1, 1], [0, 1]], F(p) = (1, 1), cell side 0.5
        assertThat(m.jacobian()).isDeepEqualTo(new double[][] {{1, 1}, {0, 1}});
        assertThat(m.det()).isEqualTo(1.0);
        assertThat(m.linearX()[0]).isCloseTo(1 - 0.25 - 0.25, within(1e-12));
        assertThat(m.linearY()[0]).isCloseTo(1 - 0.25, within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void aSmallCurvatureIsStillAMinimumWithAVeryFlatDirection() {
        assertThat(JacobianHessianModel.classify(2, 2e-10)).isEqualTo(Kind.MINIMUM);
        assertThat(JacobianHessianModel.classify(-2e-10, -2)).isEqualTo(Kind.MAXIMUM);
        assertThat(JacobianHessianModel.classify(2e-300, 1e-300)).isEqualTo(Kind.MINIMUM);
        assertThat(JacobianHessianModel.classify(2, 0)).isEqualTo(Kind.DEGENERATE);
        JacobianHessianModel flat = model(MAPS[0], "1e-10*x^2 + y^2", 0, 0);
        assertThat(flat.kind()).isEqualTo(Kind.MINIMUM);
        assertThat(flat.kindWords()).isEqualTo("minimum with a very flat direction");
        assertThat(model(MAPS[0], "x^2 + y^2", 0, 0).kindWords()).isEqualTo("minimum");
    }

    @org.junit.jupiter.api.Test
    void eachDirectionIsCalledFlatOnlyWhenItsCurvatureIsZero() {
        JacobianHessianModel flat = model(MAPS[0], "1e-10*x^2 + y^2", 0, 0);
        java.util.List<String> words = java.util.List.of(flat.curvatureWords(0), flat.curvatureWords(1));
        assertThat(words).containsExactlyInAnyOrder("curves up", "very flat, curves up");
        JacobianHessianModel ridge = model(MAPS[0], "y^2", 0, 0);
        assertThat(java.util.List.of(ridge.curvatureWords(0), ridge.curvatureWords(1)))
                .containsExactlyInAnyOrder("curves up", "flat");
        JacobianHessianModel saddle = model(MAPS[0], "x^2 - y^2", 0, 0);
        assertThat(java.util.List.of(saddle.curvatureWords(0), saddle.curvatureWords(1)))
                .containsExactlyInAnyOrder("curves up", "curves down");
    }

    @Test
    void theSecondDerivativeTestSpeaksOnlyAtACriticalPoint() {
        assertThat(model(MAPS[0], "x^2 - y^2", 0, 0).isCritical()).isTrue();
        assertThat(model(MAPS[0], "x^2 - y^2", 0.5, 1).isCritical()).isFalse();
        // a large f with a gradient that is rounding beside it still counts as critical
        assertThat(model(MAPS[0], "1e12 + (x - 1)^2", 1, 0).isCritical()).isTrue();
        assertThat(Kind.SADDLE.reason()).contains("both signs");
        assertThat(Kind.MINIMUM.reason()).contains("λ > 0");
        assertThat(Kind.UNDEFINED.reason()).isEmpty();
    }

    @Test
    void theCurvatureRatioIsTheConditionNumberOrNothing() {
        assertThat(model(MAPS[0], "x^2 + 10*y^2", 0, 0).curvatureRatio()).isCloseTo(10, within(1e-12));
        assertThat(model(MAPS[0], "x^2 - 3*y^2", 0, 0).curvatureRatio()).isCloseTo(3, within(1e-12));
        assertThat(model(MAPS[0], "x^2 + y^2", 0, 0).curvatureRatio()).as("equal sizes say nothing").isNaN();
        assertThat(model(MAPS[0], "x^2", 0, 0).curvatureRatio()).as("a zero curvature").isNaN();
    }

    @Test
    void theImageReachHoldsBothImagesOfTheCell() {
        Random rnd = new Random(11);
        for (int t = 0; t < 20; t++) {
            JacobianHessianModel m = model(MAPS[t % 3], "x", 0.3 + 2 * rnd.nextDouble(), 2 * rnd.nextDouble() - 1);
            double reach = m.imageReach();
            assertThat(reach).isPositive();
            double most = 0;
            for (int i = 0; i < m.cellImageX().length; i++) {
                most = Math.max(most, Math.max(Math.abs(m.cellImageX()[i] - m.imageX()), Math.abs(m.cellImageY()[i] - m.imageY())));
            }
            for (int i = 0; i < 4; i++) {
                most = Math.max(most, Math.max(Math.abs(m.linearX()[i] - m.imageX()), Math.abs(m.linearY()[i] - m.imageY())));
            }
            assertThat(reach).isEqualTo(most);
            // the cell's image is about side·|J| across: the reach is of that order, never larger than the whole cell's span
            assertThat(reach).isLessThan(4 * m.cellSide() * (Math.abs(m.j(0, 0)) + Math.abs(m.j(0, 1)) + Math.abs(m.j(1, 0)) + Math.abs(m.j(1, 1))));
        }
        assertThat(model("[sqrt(x), y]", "x", -1, 0).imageReach()).as("undefined map").isNaN();
    }
}
