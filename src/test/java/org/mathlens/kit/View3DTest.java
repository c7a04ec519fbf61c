package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class View3DTest {
    private View3D view;
    private final Demo3D demo = new Demo3D(40);

    @Start
    void start(Stage stage) {
        view = new View3D();
        view.setContent(demo::draw);
        stage.setScene(new Scene(view, 640, 480));
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        WaitForAsyncUtils.asyncFx(() -> Theme.paletteProperty().set(Palette.light()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long pixelsUnlike(Image image, Color background) {
        PixelReader r = image.getPixelReader();
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                        + Math.abs(c.getBlue() - background.getBlue()) > 0.1) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aCubeRendersAndTheDemoIsWrittenInBothPalettes() throws Exception {
        for (Palette palette : new Palette[] {Palette.light(), Palette.dark()}) {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                Theme.paletteProperty().set(palette);
                view.layout();
                return Snapshots.render(view, 2);
            }).get();
            long painted = pixelsUnlike(image, palette.background());
            assertThat(painted).as(palette.name()).isGreaterThan((long) (image.getWidth() * image.getHeight() / 20));
            Snapshots.writePng(image, Path.of(System.getProperty("java.io.tmpdir"), "view3d-" + palette.name() + ".png"));
        }
        WritableImage below = WaitForAsyncUtils.asyncFx(() -> {
            view.orbit(Math.toRadians(110), Math.toRadians(-45)); // from below, the other side
            view.layout();
            return Snapshots.render(view, 1);
        }).get();
        assertThat(pixelsUnlike(below, Palette.light().background())).isGreaterThan(10_000);
        Snapshots.writePng(below, Path.of(System.getProperty("java.io.tmpdir"), "view3d-below.png"));
    }

    @Test
    void aBareCubeIsNotBlank() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            view.setContent(s -> s.parallelepiped(new double[] {1, 0, 0}, new double[] {0, 1, 0},
                    new double[] {0, 0, 1}, s.palette().result(), "cube"));
            view.setHome(1.5, Math.toRadians(35), Math.toRadians(25));
            view.layout();
            return Snapshots.render(view, 1);
        }).get();
        assertThat(pixelsUnlike(image, Palette.light().background())).isGreaterThan(5000);
    }

    @Test
    void draggingOrbitsTheCamera(FxRobot robot) {
        double yaw = view.camera().yaw();
        double pitch = view.camera().pitch();
        robot.drag(view, MouseButton.PRIMARY).moveBy(120, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.camera().yaw()).isNotEqualTo(yaw);
        assertThat(view.camera().pitch()).isGreaterThan(pitch);
    }

    @Test
    void arrowKeysOrbitAndFReturnsHome(FxRobot robot) {
        double yaw = view.camera().yaw();
        robot.clickOn(view).type(KeyCode.LEFT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.camera().yaw()).isGreaterThan(yaw);
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.camera().yaw()).isEqualTo(yaw);
    }

    @Test
    void aSurfaceWithHolesNeverHandsTheCanvasANonFiniteCoordinate() throws Exception {
        SurfaceMesh holes = SurfaceMesh.sample((x, y) -> Math.sqrt(1 - x * x - y * y) + Math.log(x + 2), -2, 2, -2, 2, 40);
        long before = Painter.nonFiniteCount();
        WaitForAsyncUtils.asyncFx(() -> {
            view.setContent(s -> s.surface(holes, 1));
            view.layout();
            return null;
        }).get();
        assertThat(view.sketch().size()).isPositive();
        assertThat(view.sketch().allScreenCoordinatesFinite()).isTrue();
        assertThat(Painter.nonFiniteCount()).isEqualTo(before);
    }

    @Test
    void hoveringNamesWhatIsUnderTheMouse(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.setContent(s -> s.parallelepiped(new double[] {1, 0, 0}, new double[] {0, 1, 0},
                    new double[] {0, 0, 1}, s.palette().result(), "cube"));
            view.setHome(1.5, Math.toRadians(35), Math.toRadians(25));
            view.layout();
            return null;
        }).get();
        double[] p = new double[3];
        view.camera().project(0.5, 0.5, 1, p); // the middle of the top face
        robot.moveTo(view.localToScreen(p[0], p[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoveredProperty().get()).isEqualTo("cube");
    }
}
