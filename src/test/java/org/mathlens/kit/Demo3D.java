package org.mathlens.kit;

/** A picture with one of everything the Canvas 3D draws, for the render tests, the demo PNG and the timing run. */
final class Demo3D {
    static final double R = 3;
    private final SurfaceMesh surface;

    Demo3D(int cells) {
        surface = SurfaceMesh.sample((x, y) -> 0.6 + 0.35 * Math.sin(2.2 * x) * Math.cos(2.2 * y)
                + (x * y > 5 ? Double.NaN : 0), 0.4, 2.9, -2.9, -0.4, cells);
    }

    void draw(Sketch3D s) {
        Palette p = s.palette();
        s.floorGrid(R, 1);
        s.axes(R);
        s.surface(surface, 1);
        s.parallelepiped(new double[] {1.3, 0.3, 0}, new double[] {-0.2, 1.1, 0.2}, new double[] {0.1, 0.3, 1.0},
                p.result(), "A · unit cube");
        s.plane(0.3, 0.4, 1, 1.4, R, Palette.fill(p.learner(), 0.45), "plane 0.3x + 0.4y + z = 1.4");
        s.arrow(0, 0, 0, -1.5, 2, 2, p.extra(), 2.5).named("v");
        s.label("v", -1.5, 2, 2, p.extra()).bold().offset(8, -8);
        s.point(1.2, 1.4, 1.3, p.learner(), 5).named("corner");
        s.line(1.2, 1.4, 1.3, 1.2, 1.4, 0, p.textMuted(), 1.25).dashed();
    }
}
