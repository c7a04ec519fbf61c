package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Shapes3DTest {
    private static final double R = 2;

    @Test
    void theFloorPlaneIsTheSquareAtZeroHeight() {
        double[] p = Shapes3D.planeThroughBox(0, 0, 1, 0, R);
        assertThat(p).hasSize(12);
        for (int i = 0; i < 4; i++) {
            assertThat(Math.abs(p[3 * i])).isCloseTo(R, within(1e-12));
            assertThat(Math.abs(p[3 * i + 1])).isCloseTo(R, within(1e-12));
            assertThat(p[3 * i + 2]).isZero();
        }
        assertConvexAndOrdered(p, 0, 0, 1);
        assertThat(area(p, 0, 0, 1)).isCloseTo(16, within(1e-9));
    }

    @Test
    void xPlusYPlusZEqualsZeroIsARegularHexagonOnTheFaces() {
        double[] p = Shapes3D.planeThroughBox(1, 1, 1, 0, R);
        assertThat(p).hasSize(18);
        for (int i = 0; i < 6; i++) {
            double x = p[3 * i];
            double y = p[3 * i + 1];
            double z = p[3 * i + 2];
            assertThat(x + y + z).isCloseTo(0, within(1e-12));
            double maxAbs = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
            assertThat(maxAbs).isCloseTo(R, within(1e-12)); // on a face of the box
        }
        assertConvexAndOrdered(p, 1, 1, 1);
    }

    @Test
    void aPlaneOutsideTheBoxGivesNothing() {
        assertThat(Shapes3D.planeThroughBox(1, 0, 0, 3, R)).isEmpty();
        assertThat(Shapes3D.planeThroughBox(1, 1, 1, 6.0001, R)).isEmpty();
    }

    @Test
    void notAPlaneGivesNothing() {
        assertThat(Shapes3D.planeThroughBox(0, 0, 0, 0, R)).isEmpty();
        assertThat(Shapes3D.planeThroughBox(Double.NaN, 1, 0, 0, R)).isEmpty();
        assertThat(Shapes3D.planeThroughBox(1, 0, 0, Double.POSITIVE_INFINITY, R)).isEmpty();
    }

    @Test
    void touchingOnlyACornerOrAnEdgeGivesNothing() {
        assertThat(Shapes3D.planeThroughBox(1, 1, 1, 3 * R, R)).isEmpty(); // the corner (r, r, r)
        assertThat(Shapes3D.planeThroughBox(1, 1, 0, 2 * R, R)).isEmpty(); // the edge x = y = r
    }

    @Test
    void aFaceOfTheBoxIsItself() {
        double[] p = Shapes3D.planeThroughBox(0, 2, 0, 2 * R, R); // y = r
        assertThat(p).hasSize(12);
        assertConvexAndOrdered(p, 0, 1, 0);
    }

    @Test
    void aCornerCutIsATriangle() {
        double[] p = Shapes3D.planeThroughBox(1, 1, 1, 2.5 * R, R);
        assertThat(p).hasSize(9);
        assertConvexAndOrdered(p, 1, 1, 1);
    }

    @ParameterizedTest
    @CsvSource({"1,2,3,0.5", "-1,0.3,2,-1", "0.1,-4,1,2", "1,1,0,0", "3,-2,5,4"})
    void everyCutLiesOnThePlaneAndOnTheBoxAndIsConvex(double a, double b, double c, double d) {
        double[] p = Shapes3D.planeThroughBox(a, b, c, d, R);
        int n = p.length / 3;
        assertThat(n).isBetween(3, 6);
        for (int i = 0; i < n; i++) {
            double x = p[3 * i];
            double y = p[3 * i + 1];
            double z = p[3 * i + 2];
            assertThat(a * x + b * y + c * z).isCloseTo(d, within(1e-9));
            double maxAbs = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
            assertThat(maxAbs).isCloseTo(R, within(1e-9));
        }
        assertConvexAndOrdered(p, a, b, c);
    }

    @Test
    void theArrayVersionReturnsTheCount() {
        double[] out = new double[36];
        assertThat(Shapes3D.planeThroughBox(1, 1, 1, 0, R, out)).isEqualTo(6);
        assertThat(Shapes3D.planeThroughBox(1, 0, 0, 9, R, out)).isZero();
    }

    /** Each turn (edge i to edge i + 1) bends the same way as the normal: convex, counter-clockwise. */
    private static void assertConvexAndOrdered(double[] p, double a, double b, double c) {
        int n = p.length / 3;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int k = (i + 2) % n;
            double e1x = p[3 * j] - p[3 * i];
            double e1y = p[3 * j + 1] - p[3 * i + 1];
            double e1z = p[3 * j + 2] - p[3 * i + 2];
            double e2x = p[3 * k] - p[3 * j];
            double e2y = p[3 * k + 1] - p[3 * j + 1];
            double e2z = p[3 * k + 2] - p[3 * j + 2];
            double cx = e1y * e2z - e1z * e2y;
            double cy = e1z * e2x - e1x * e2z;
            double cz = e1x * e2y - e1y * e2x;
            assertThat(cx * a + cy * b + cz * c).as("turn at vertex %d", j).isGreaterThan(0);
        }
    }

    private static double area(double[] p, double a, double b, double c) {
        int n = p.length / 3;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sx += p[3 * i + 1] * p[3 * j + 2] - p[3 * i + 2] * p[3 * j + 1];
            sy += p[3 * i + 2] * p[3 * j] - p[3 * i] * p[3 * j + 2];
            sz += p[3 * i] * p[3 * j + 1] - p[3 * i + 1] * p[3 * j];
        }
        return (sx * a + sy * b + sz * c) / Math.sqrt(a * a + b * b + c * c) / 2;
    }
}
