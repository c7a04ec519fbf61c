package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Camera3DTest {
    private final double[] out = new double[3];

    private Camera3D camera() {
        Camera3D c = new Camera3D();
        c.setViewport(800, 600);
        c.setTarget(1, 2, 3);
        c.setDistance(10);
        return c;
    }

    @Test
    void theTargetProjectsToTheCanvasCentreAtTheOrbitDistance() {
        Camera3D c = camera();
        for (double yaw : new double[] {-3, -1, 0, 0.7, 2.5}) {
            c.setYaw(yaw);
            c.setPitch(yaw / 3);
            assertThat(c.project(1, 2, 3, out)).isTrue();
            assertThat(out[0]).isCloseTo(400, within(1e-9));
            assertThat(out[1]).isCloseTo(300, within(1e-9));
            assertThat(out[2]).isCloseTo(10, within(1e-9));
        }
    }

    @Test
    void aSegmentFurtherAwayLooksShorter() {
        Camera3D c = camera();
        c.setTarget(0, 0, 0);
        c.setYaw(0); // looking along -x: y runs across the screen
        c.setPitch(0);
        double near = screenLength(c, 2);
        double far = screenLength(c, -2);
        assertThat(far).isLessThan(near);
        assertThat(near / far).isCloseTo(12.0 / 8.0, within(1e-9));
    }

    private double screenLength(Camera3D c, double x) {
        c.project(x, -1, 0, out);
        double a = out[0];
        c.project(x, 1, 0, out);
        return Math.abs(out[0] - a);
    }

    @Test
    void zIsUpAndTheAxesAreRightHanded() {
        Camera3D c = camera();
        c.setTarget(0, 0, 0);
        c.setYaw(Math.toRadians(35));
        c.setPitch(Math.toRadians(25));
        c.project(0, 0, 0, out);
        double ox = out[0];
        double oy = out[1];
        c.project(0, 0, 1, out);
        assertThat(out[1]).isLessThan(oy); // up on the screen
        c.project(0, 1, 0, out);
        assertThat(out[0]).isGreaterThan(ox); // y goes to the right
        c.project(1, 0, 0, out);
        assertThat(out[0]).isLessThan(ox); // x comes towards the viewer, to the left
    }

    @Test
    void pitchIsClampedSoTheViewNeverFlips() {
        Camera3D c = camera();
        c.setPitch(Math.toRadians(80));
        c.orbit(0, Math.toRadians(40));
        assertThat(c.pitch()).isEqualTo(Camera3D.MAX_PITCH);
        c.orbit(0, -10);
        assertThat(c.pitch()).isEqualTo(-Camera3D.MAX_PITCH);
        c.setPitch(Double.NaN);
        assertThat(c.pitch()).isEqualTo(-Camera3D.MAX_PITCH);
    }

    @Test
    void yawWrapsAround() {
        Camera3D c = camera();
        c.setYaw(7 * Math.PI / 2);
        assertThat(c.yaw()).isCloseTo(-Math.PI / 2, within(1e-12));
    }

    @Test
    void pointsBehindTheCameraAreRefused() {
        Camera3D c = camera();
        c.setTarget(0, 0, 0);
        c.setYaw(0);
        c.setPitch(0); // eye at (10, 0, 0) looking along -x
        assertThat(c.project(11, 0, 0, out)).isFalse();
        assertThat(c.project(Double.NaN, 0, 0, out)).isFalse();
    }

    @Test
    void fitMakesABallFillTheSmallerSide() {
        Camera3D c = camera();
        c.setTarget(0, 0, 0);
        c.setYaw(0);
        c.setPitch(0);
        c.fit(2);
        c.project(0, 0, 2, out);
        // the top of the ball lands just inside the top edge (600 / 2 = 300 px above the centre)
        assertThat(300 - out[1]).isBetween(250.0, 300.0);
        double before = c.distance();
        c.zoom(2);
        assertThat(c.distance()).isCloseTo(before / 2, within(1e-12));
    }
}
