package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.explorables.vectors.LinearSystemsModel.Kind;
import org.mathlens.explorables.vectors.LinearSystemsModel.RowOp;
import org.mathlens.explorables.vectors.LinearSystemsModel.Type;
import org.mathlens.kit.Shapes3D;

class LinearSystemsModelTest {
    @Test
    void theSheriffCatchesTheRobberAfterThirtyMinutesAtSeventyFiveKilometres() {
        // d = 2.5t  and  d = 3(t − 5), written 2.5t − d = 0 and 3t − d = 15
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{2.5, -1}, {3, -1}}, new double[] {0, 15, 99});
        assertThat(m.kind()).isEqualTo(Kind.UNIQUE);
        assertThat(m.solution()).containsExactly(30, 75);
        assertThat(m.det()).isCloseTo(0.5, within(1e-12));
        assertThat(m.rank()).isEqualTo(2);
        assertThat(m.verdict()).isEqualTo("one solution: the lines cross at (30, 75)");
        assertThat(m.state(m.steps())).isDeepEqualTo(new double[][] {{1, 0, 30}, {0, 1, 75}});
    }

    @Test
    void theSolarPanelsGiveFourAndSevenKilowattHours() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{3, 2}, {1, 4}}, new double[] {26, 32, 0});
        assertThat(m.solution()).containsExactly(4, 7);
    }

    @Test
    void parallelLinesHaveNoSolution() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{1, 2}, {2, 4}}, new double[] {4, 2, 0});
        assertThat(m.kind()).isEqualTo(Kind.NONE);
        assertThat(m.solution()).isNull();
        assertThat(m.rank()).isEqualTo(1);
        assertThat(m.augmentedRank()).isEqualTo(2);
        assertThat(m.det()).isZero();
        assertThat(m.verdict()).isEqualTo("no solution: the lines are parallel");
        // elimination ends in the impossible equation 0 = c
        double[][] end = m.state(m.steps());
        assertThat(end[1][0]).isZero();
        assertThat(end[1][1]).isZero();
        assertThat(end[1][2]).isEqualTo(-6);
    }

    @Test
    void coincidentLinesHaveInfinitelyManySolutions() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{1, -1}, {2, -2}}, new double[] {1, 2, 0});
        assertThat(m.kind()).isEqualTo(Kind.INFINITE);
        assertThat(m.verdict()).isEqualTo("infinitely many: the lines coincide");
        assertThat(m.state(m.steps())).isDeepEqualTo(new double[][] {{1, -1, 1}, {0, 0, 0}});
    }

    @Test
    void threePlanesMeetAtOneTwoThree() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{1, 1, 1}, {2, -1, 1}, {1, 2, -1}}, new double[] {6, 3, 2});
        assertThat(m.kind()).isEqualTo(Kind.UNIQUE);
        assertThat(m.solution()).containsExactly(1, 2, 3);
        assertThat(m.det()).isCloseTo(7, within(1e-12));
        assertThat(m.verdict()).isEqualTo("one solution: the three planes meet at (1, 2, 3)");
    }

    @Test
    void planesSharingALineHaveALineOfSolutions() {
        // row 3 = row 1 + row 2, b likewise
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{1, 1, 1}, {1, -1, 2}, {2, 0, 3}}, new double[] {3, 2, 5});
        assertThat(m.kind()).isEqualTo(Kind.INFINITE);
        assertThat(m.rank()).isEqualTo(2);
        double[] line = m.solutionLine();
        double[][] a = m.a();
        for (double s : new double[] {-2, 0, 3}) {
            for (int i = 0; i < 3; i++) {
                double lhs = 0;
                for (int j = 0; j < 3; j++) {
                    lhs += a[i][j] * (line[j] + s * line[3 + j]);
                }
                assertThat(lhs).as("row %d at s = %s", i, s).isCloseTo(m.b()[i], within(1e-9));
            }
        }
    }

    @Test
    void threePlanesWithParallelLinesOfIntersectionHaveNoCommonPoint() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{1, 1, 1}, {1, -1, 2}, {2, 0, 3}}, new double[] {3, 2, 1});
        assertThat(m.kind()).isEqualTo(Kind.NONE);
        assertThat(m.verdict()).isEqualTo("no solution: the planes have no common point");
    }

    @Test
    void aSwapIsUsedOnlyWhenThePivotIsZero() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{0, 1}, {1, 0}}, new double[] {5, 7, 0});
        assertThat(m.ops().get(0)).isEqualTo(new RowOp(Type.SWAP, 0, 1, 1, 0, "elimination"));
        assertThat(m.ops().get(0).text()).isEqualTo("R₁ ↔ R₂");
        assertThat(m.steps()).isEqualTo(1);
        assertThat(m.solution()).containsExactly(7, 5);
    }

    @Test
    void rowOperationsReadAsALearnerWritesThem() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{2.5, -1}, {3, -1}}, new double[] {0, 15, 0});
        assertThat(m.ops()).extracting(RowOp::text)
                .containsExactly("R₁ ← R₁ ÷ 2.5", "R₂ ← R₂ − 3·R₁", "R₂ ← R₂ ÷ 0.2", "R₁ ← R₁ + 0.4·R₂");
        assertThat(m.ops()).extracting(RowOp::phase)
                .containsExactly("elimination", "elimination", "elimination", "substitution");
    }

    @Test
    void equationsAreWrittenWithoutZeroTermsOrPlusMinus() {
        assertThat(LinearSystemsModel.equation(new double[] {2.5, -1, 0}, 2)).isEqualTo("2.5x − y = 0");
        assertThat(LinearSystemsModel.equation(new double[] {0, 1, -4}, 2)).isEqualTo("y = −4");
        assertThat(LinearSystemsModel.equation(new double[] {-1, 0, 2, 6}, 3)).isEqualTo("−x + 2z = 6");
        assertThat(LinearSystemsModel.equation(new double[] {0, 0, 3}, 2)).isEqualTo("0 = 3");
    }

    @Test
    void halfWayThroughAnOperationTheLinesStillPassThroughTheSolution() {
        LinearSystemsModel m = new LinearSystemsModel(new double[][] {{2.5, -1}, {3, -1}}, new double[] {0, 15, 0});
        double[][] mid = new double[2][3];
        for (int k = 0; k < m.steps(); k++) {
            for (double t : new double[] {0.25, 0.5, 0.75}) {
                m.between(k, t, mid);
                for (double[] row : mid) {
                    assertThat(row[0] * 30 + row[1] * 75).as("step %d at t = %s", k, t).isCloseTo(row[2], within(1e-9));
                }
            }
        }
        m.between(0, 0, mid);
        assertThat(mid).isDeepEqualTo(m.state(0));
    }

    @Test
    void eliminationOfARegularSystemEndsInTheIdentity() {
        for (int seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(2);
            double[][] a = randomRegular(r, n);
            double[] b = {r.nextInt(19) - 9, r.nextInt(19) - 9, r.nextInt(19) - 9};
            LinearSystemsModel m = new LinearSystemsModel(a, b);
            double[][] end = m.state(m.steps());
            double[] x = m.solution();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(end[i][j]).as("seed %d entry (%d, %d)", seed, i, j).isEqualTo(i == j ? 1.0 : 0.0);
                }
                assertThat(end[i][n]).as("seed %d, x%d", seed, i + 1).isCloseTo(x[i], within(1e-9 * Math.max(1, Math.abs(x[i]))));
            }
        }
    }

    @Test
    void everyRowOperationKeepsTheSolutionSet() {
        for (int seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(2);
            double[][] a = randomRegular(r, n);
            double[] b = {r.nextInt(19) - 9, r.nextInt(19) - 9, r.nextInt(19) - 9};
            LinearSystemsModel m = new LinearSystemsModel(a, b);
            double[] x = m.solution();
            for (int k = 0; k <= m.steps(); k++) {
                double[][] s = m.state(k);
                // the solution still solves every equation, and the system is still regular
                for (int i = 0; i < n; i++) {
                    double lhs = 0;
                    for (int j = 0; j < n; j++) {
                        lhs += s[i][j] * x[j];
                    }
                    assertThat(lhs).as("seed %d, after %d operations, equation %d", seed, k, i + 1)
                            .isCloseTo(s[i][n], within(1e-8 * Math.max(1, Math.abs(s[i][n]))));
                }
                LinearSystemsModel again = new LinearSystemsModel(leftPart(s, n), column(s, n));
                assertThat(again.kind()).as("seed %d after %d operations", seed, k).isEqualTo(Kind.UNIQUE);
                assertThat(again.solution()).as("seed %d after %d operations", seed, k).containsExactly(x, within(1e-8));
            }
        }
    }

    private static double[][] randomRegular(Random r, int n) {
        while (true) {
            double[][] a = new double[n][n];
            for (double[] row : a) {
                for (int j = 0; j < n; j++) {
                    row[j] = r.nextInt(11) - 5;
                }
            }
            if (Math.abs(org.mathlens.math.linalg.Linalg.det(a)) > 0.5) {
                return a;
            }
        }
    }

    private static double[][] leftPart(double[][] s, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s[i], 0, a[i], 0, n);
        }
        return a;
    }

    private static double[] column(double[][] s, int n) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = s[i][n];
        }
        return b;
    }

    @Test
    void twoPlanesMeetInALineOnBothAndTheBoxKeepsItsInsidePart() {
        // z = 1 and x = 2 meet in the line (2, t, 1)
        double[] line = LinearSystemsModel.meet(new double[] {0, 0, 1, 1}, new double[] {1, 0, 0, 2});
        assertThat(line).containsExactly(new double[] {2, 0, 1, 0, 1, 0}, within(1e-12));
        double[] ends = Shapes3D.lineThroughBox(line, 4);
        assertThat(ends).containsExactly(new double[] {2, -4, 1, 2, 4, 1}, within(1e-12));
        assertThat(Shapes3D.lineThroughBox(line, 1.5)).as("x = 2 is outside a box of half-width 1.5").isNull();
        assertThat(LinearSystemsModel.meet(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 5})).as("parallel").isNull();
        long seed = 99L;
        Random r = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = {r.nextInt(9) - 4, r.nextInt(9) - 4, r.nextInt(9) - 4, r.nextInt(9) - 4};
            double[] q = {r.nextInt(9) - 4, r.nextInt(9) - 4, r.nextInt(9) - 4, r.nextInt(9) - 4};
            double[] m = LinearSystemsModel.meet(p, q);
            if (m == null) {
                continue;
            }
            for (double t : new double[] {-3, 0, 2.5}) {
                double x = m[0] + t * m[3];
                double y = m[1] + t * m[4];
                double z = m[2] + t * m[5];
                assertThat(p[0] * x + p[1] * y + p[2] * z).as("seed %d: on plane p", seed).isCloseTo(p[3], within(1e-9));
                assertThat(q[0] * x + q[1] * y + q[2] * z).as("seed %d: on plane q", seed).isCloseTo(q[3], within(1e-9));
            }
            double[] e = Shapes3D.lineThroughBox(m, 5);
            if (e != null) {
                for (double c : e) {
                    assertThat(Math.abs(c)).as("seed %d: the ends lie in the box", seed).isLessThanOrEqualTo(5 + 1e-9);
                }
            }
        }
    }

    @Test
    void noSystemNeedsMoreRowOperationsThanTheStepSliderOffers() {
        long seed = 100L;
        Random r = new Random(seed);
        int most = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double[][] a = new double[3][3];
            for (double[] row : a) {
                for (int j = 0; j < 3; j++) {
                    row[j] = r.nextInt(3) == 0 ? 0 : r.nextInt(7) - 3;
                }
            }
            most = Math.max(most, new LinearSystemsModel(a, new double[] {1, 2, 3}).steps());
        }
        assertThat(most).as("seed %d", seed).isLessThanOrEqualTo(LinearSystemsModel.MOST_OPS).isGreaterThanOrEqualTo(8);
    }
}
