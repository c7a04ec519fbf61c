package org.mathlens.kit;

/**
 * An orbit camera for the kit's Canvas 3D: it circles a target point at a distance, turned by
 * yaw (around the vertical z axis) and pitch (above or below the floor), and projects world
 * points (x, y, z; z up, right-handed) to canvas pixels with perspective. Pure arithmetic, so
 * it is tested without a screen.
 *
 * <p>Pitch stops just short of straight up or down: at ±90° "up on screen" would be undefined
 * and the picture would flip as the learner drags over the pole.
 */
public final class Camera3D {
    /** How far pitch may turn, in radians (89°). */
    public static final double MAX_PITCH = Math.toRadians(89);
    private static final double MIN_DISTANCE = 1e-2;
    private static final double MAX_DISTANCE = 1e6;
    /** Points nearer than this fraction of the orbit distance count as behind the camera. */
    private static final double NEAR = 1e-2;

    private double yaw = Math.toRadians(35);
    private double pitch = Math.toRadians(25);
    private double distance = 12;
    private double targetX;
    private double targetY;
    private double targetZ;
    private double fieldOfView = Math.toRadians(35);
    private double width = 1;
    private double height = 1;

    // Derived each time a setting changes, so project() is a handful of multiply-adds.
    private boolean stale = true;
    private double eyeX;
    private double eyeY;
    private double eyeZ;
    private double rightX;
    private double rightY;
    private double upX;
    private double upY;
    private double upZ;
    private double forwardX;
    private double forwardY;
    private double forwardZ;
    private double focal;

    /** The canvas size in layout pixels; the projection centres on it. */
    public void setViewport(double w, double h) {
        if (Double.isFinite(w) && Double.isFinite(h)) {
            width = Math.max(1, w);
            height = Math.max(1, h);
            stale = true;
        }
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double yaw() {
        return yaw;
    }

    public double pitch() {
        return pitch;
    }

    public double distance() {
        return distance;
    }

    public double targetX() {
        return targetX;
    }

    public double targetY() {
        return targetY;
    }

    public double targetZ() {
        return targetZ;
    }

    /** Turns around the vertical axis; any angle, kept in (-π, π] so it never grows without bound. */
    public void setYaw(double radians) {
        if (Double.isFinite(radians)) {
            yaw = Math.IEEEremainder(radians, 2 * Math.PI);
            stale = true;
        }
    }

    /** Tilts above (positive) or below the floor, clamped to ±{@link #MAX_PITCH}. */
    public void setPitch(double radians) {
        if (Double.isFinite(radians)) {
            pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, radians));
            stale = true;
        }
    }

    /** Orbits by the given angles, as a drag does. */
    public void orbit(double dYaw, double dPitch) {
        setYaw(yaw + dYaw);
        setPitch(pitch + dPitch);
    }

    public void setDistance(double d) {
        if (Double.isFinite(d)) {
            distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, d));
            stale = true;
        }
    }

    /** Zooms in by a factor greater than one (the camera moves closer), out by less than one. */
    public void zoom(double factor) {
        if (Double.isFinite(factor) && factor > 0) {
            setDistance(distance / factor);
        }
    }

    public void setTarget(double x, double y, double z) {
        if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            targetX = x;
            targetY = y;
            targetZ = z;
            stale = true;
        }
    }

    /** The full opening angle across the smaller side of the canvas. */
    public void setFieldOfView(double radians) {
        if (Double.isFinite(radians)) {
            fieldOfView = Math.max(Math.toRadians(5), Math.min(Math.toRadians(120), radians));
            stale = true;
        }
    }

    /** Moves back just far enough that a ball of this radius around the target fills the view. */
    public void fit(double radius) {
        if (Double.isFinite(radius) && radius > 0) {
            setDistance(radius / Math.sin(fieldOfView / 2) * 1.04);
        }
    }

    private void update() {
        if (!stale) {
            return;
        }
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        // the eye sits on a sphere around the target; it looks back at the target
        eyeX = targetX + distance * cp * cy;
        eyeY = targetY + distance * cp * sy;
        eyeZ = targetZ + distance * sp;
        forwardX = -cp * cy;
        forwardY = -cp * sy;
        forwardZ = -sp;
        // right = forward × z, normalised: horizontal, so the horizon never tilts
        rightX = -sy;
        rightY = cy;
        // up = right × forward
        upX = rightY * forwardZ;
        upY = -rightX * forwardZ;
        upZ = rightX * forwardY - rightY * forwardX;
        focal = Math.min(width, height) / 2 / Math.tan(fieldOfView / 2);
        stale = false;
    }

    /**
     * Projects a world point: out[0], out[1] are canvas pixels (y down), out[2] is the depth
     * along the view direction (larger is further). Returns false, leaving {@code out}
     * unspecified, when the point is behind (or almost at) the camera or not finite.
     */
    public boolean project(double x, double y, double z, double[] out) {
        update();
        double dx = x - eyeX;
        double dy = y - eyeY;
        double dz = z - eyeZ;
        double depth = dx * forwardX + dy * forwardY + dz * forwardZ;
        if (!(depth > NEAR * distance)) {
            return false;
        }
        double s = focal / depth;
        out[0] = width / 2 + s * (dx * rightX + dy * rightY);
        out[1] = height / 2 - s * (dx * upX + dy * upY + dz * upZ);
        out[2] = depth;
        return Double.isFinite(out[0]) && Double.isFinite(out[1]);
    }

    /** Screen pixels per world unit for something at this depth. */
    public double pixelsPerUnit(double depth) {
        update();
        return focal / depth;
    }

    /**
     * The unit direction from the target towards the eye, the camera's right and its up, each
     * written as three numbers into {@code out} (9 entries): shading lights faces from the viewer's side.
     */
    void basis(double[] out) {
        update();
        out[0] = -forwardX;
        out[1] = -forwardY;
        out[2] = -forwardZ;
        out[3] = rightX;
        out[4] = rightY;
        out[5] = 0;
        out[6] = upX;
        out[7] = upY;
        out[8] = upZ;
    }
}
