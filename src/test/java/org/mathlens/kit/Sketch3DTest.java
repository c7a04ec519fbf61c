package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class Sketch3DTest {
    private final Camera3D camera = new Camera3D();
    private final Sketch3D sketch = new Sketch3D();

    Sketch3DTest() {
        camera.setViewport(640, 480);
        camera.setYaw(0); // eye on the +x axis: larger x is nearer
        camera.setPitch(0);
        camera.setDistance(10);
    }

    private static double[] squareAtX(double x) {
        return new double[] {x, -1, -1, x, 1, -1, x, 1, 1, x, -1, 1};
    }

    @Test
    void aNearPolygonIsPaintedAfterAFarOneWhateverTheOrderAdded() {
        sketch.begin(camera, Palette.light(), 1);
        sketch.polygon(squareAtX(2), 4, Color.RED).named("near");
        sketch.polygon(squareAtX(-2), 4, Color.BLUE).named("far");
        sketch.polygon(squareAtX(0), 4, Color.GREEN).named("middle");
        assertThat(sketch.namesInPaintingOrder()).containsExactly("far", "middle", "near");

        camera.setYaw(Math.PI); // from the other side the order turns round
        sketch.begin(camera, Palette.light(), 1);
        sketch.polygon(squareAtX(2), 4, Color.RED).named("near");
        sketch.polygon(squareAtX(-2), 4, Color.BLUE).named("far");
        assertThat(sketch.namesInPaintingOrder()).containsExactly("near", "far");
    }

    @Test
    void theBackdropComesFirstAndLabelsLast() {
        sketch.begin(camera, Palette.light(), 1);
        sketch.label("x", 3, 0, 0, Color.BLACK).named("label");
        sketch.polygon(squareAtX(0), 4, Color.GREEN).named("face");
        sketch.line(-3, 0, 0, 3, 0, 0, Color.GRAY, 1).behind().named("grid");
        assertThat(sketch.namesInPaintingOrder()).containsExactly("grid", "face", "label");
    }

    @Test
    void aLineOnAFaceWinsTheTie() {
        sketch.begin(camera, Palette.light(), 1);
        sketch.line(0, -1, 0, 0, 1, 0, Color.BLACK, 1).named("line");
        sketch.polygon(squareAtX(0), 4, Color.GREEN).named("face");
        assertThat(sketch.namesInPaintingOrder()).containsExactly("face", "line");
    }

    @Test
    void nonFiniteCoordinatesAreSkippedAndCounted() {
        long before = Painter.nonFiniteCount();
        sketch.begin(camera, Palette.light(), 1);
        sketch.line(0, 0, Double.NaN, 1, 1, 1, Color.BLACK, 1).named("still fine to name");
        sketch.arrow(0, 0, 0, Double.POSITIVE_INFINITY, 1, 1, Color.BLACK, 1);
        sketch.polygon(new double[] {0, 0, 0, 1, 0, 0, 0, Double.NaN, 0}, 3, Color.RED);
        sketch.point(0, 0, 0, Color.RED, 4);
        assertThat(sketch.size()).isEqualTo(1);
        assertThat(Painter.nonFiniteCount() - before).isEqualTo(3);
    }

    @Test
    void aSurfaceWithHolesLeavesGapsAndDrawsOnlyFiniteCoordinates() {
        camera.setYaw(0.6);
        camera.setPitch(0.5);
        // log is NaN for x y < 0 (two quadrants), and 1/0 makes a pole on the axes
        SurfaceMesh mesh = SurfaceMesh.sample((x, y) -> Math.log(x * y), -2, 2, -2, 2, 40);
        long before = Painter.nonFiniteCount();
        sketch.begin(camera, Palette.light(), 1);
        sketch.surface(mesh, 1);
        assertThat(sketch.size()).isGreaterThan(200).isLessThan(40 * 40 / 2);
        assertThat(sketch.allScreenCoordinatesFinite()).isTrue();
        assertThat(Painter.nonFiniteCount()).isEqualTo(before); // gaps are expected, not errors
    }

    @Test
    void marksAreReusedFromFrameToFrame() {
        SurfaceMesh mesh = SurfaceMesh.sample((x, y) -> x * x - y * y, -1, 1, -1, 1, 10);
        sketch.begin(camera, Palette.light(), 1);
        sketch.surface(mesh, 1);
        Mark3D first = sketch.polygon(squareAtX(0), 4, Color.RED);
        sketch.begin(camera, Palette.light(), 1);
        sketch.surface(mesh, 1);
        assertThat(sketch.polygon(squareAtX(0), 4, Color.RED)).isSameAs(first);
    }

    @Test
    void hoverFindsTheNearestNamedMark() {
        sketch.begin(camera, Palette.light(), 1);
        sketch.polygon(squareAtX(-2), 4, Color.BLUE).named("far");
        sketch.polygon(squareAtX(2), 4, Color.RED).named("near");
        sketch.sort();
        assertThat(sketch.nameAt(320, 240)).isEqualTo("near");
        assertThat(sketch.nameAt(2, 2)).isNull();
    }

    @Test
    void aPlaneMissingTheBoxAddsNothing() {
        sketch.begin(camera, Palette.light(), 1);
        sketch.plane(0, 0, 1, 10, 2, Color.RED, "missing");
        assertThat(sketch.size()).isZero();
        sketch.plane(0, 0, 1, 1, 2, Color.RED, "z = 1");
        assertThat(sketch.size()).isEqualTo(8 * 8 + 4); // tiles a grid step (0.5) wide, and the outline
        assertThat(sketch.namesInPaintingOrder()).containsOnly("z = 1");
    }
}
