package org.mathlens.kit;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FormulaViewTest {

    private HBox root;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new HBox(10);
        root.setStyle("-fx-background-color: white; -fx-padding: 10;");
        stage.setScene(new Scene(root, 500, 200));
        stage.show();
    }

    private FormulaView add(FxRobot robot, String latex) throws TimeoutException {
        FormulaView view = new FormulaView(latex);
        robot.interact(() -> root.getChildren().add(view));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getState() != FormulaView.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static WritableImage snapshot(FxRobot robot, FormulaView view) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            out[0] = view.snapshot(p, null);
        });
        return out[0];
    }

    private static int countPixels(WritableImage image, java.util.function.Predicate<Color> test) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (test.test(r.getColor(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aFormulaDrawsInk(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "\\frac{a}{b} + \\sqrt{x^2 + 1}");

        assertThat(view.getState()).isEqualTo(FormulaView.State.RENDERED);
        assertThat(view.getWidth()).isGreaterThan(40);
        assertThat(view.getHeight()).isGreaterThan(20);
        assertThat(view.getBaselineOffset()).isBetween(1.0, view.getHeight());
        WritableImage image = snapshot(robot, view);
        int dark = countPixels(image, c -> c.getBrightness() < 0.5);
        assertThat(dark).as("dark pixels of the formula").isGreaterThan(50);
        assertThat(dark).isLessThan((int) (image.getWidth() * image.getHeight() / 2));
    }

    @Test
    void theColourFollowsTheProperty(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "x^2 + y^2 = r^2");
        robot.interact(() -> view.setColor(Color.RED));

        WritableImage image = snapshot(robot, view);
        int red = countPixels(image, c -> c.getRed() > 0.8 && c.getGreen() < 0.4 && c.getBlue() < 0.4);
        int dark = countPixels(image, c -> c.getBrightness() < 0.3);
        assertThat(red).isGreaterThan(30);
        assertThat(dark).isZero();
    }

    @Test
    void theThemeGivesTheDefaultInkAndADarkThemeRedrawsItLight(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "x^2 + y^2 = r^2");
        assertThat(view.ink()).isEqualTo(Palette.light().text());
        try {
            robot.interact(() -> Theme.paletteProperty().set(Palette.dark()));
            assertThat(view.ink()).isEqualTo(Palette.dark().text());
            WritableImage image = snapshotOn(robot, view, Palette.dark().background());
            int light = countPixels(image, c -> c.getBrightness() > 0.4); // the background is 0.09; black ink would stay below it
            assertThat(light).as("light ink on the dark background").isGreaterThan(60);
        } finally {
            robot.interact(() -> Theme.paletteProperty().set(Palette.light()));
        }
    }

    private static WritableImage snapshotOn(FxRobot robot, FormulaView view, Color background) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(background);
            out[0] = view.snapshot(p, null);
        });
        return out[0];
    }

    @Test
    void aMalformedFormulaShowsItsRawTextMuted(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "\\notacommand x");

        assertThat(view.getState()).isEqualTo(FormulaView.State.FAILED);
        Text fallback = robot.from(view).lookup(".formula-fallback").queryAs(Text.class);
        assertThat(fallback.isVisible()).isTrue();
        assertThat(fallback.getText()).isEqualTo("\\notacommand x");
        assertThat(fallback.getStyleClass()).contains("text-muted");
        assertThat(view.getWidth()).isGreaterThan(10);
    }

    @Test
    void drawsAtTheSceneScaleForSharpness(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "\\sum_{i=1}^n x_i");
        Canvas canvas = robot.from(view).lookup((Canvas c) -> true).queryAs(Canvas.class);
        double width = view.getWidth();
        assertThat(canvas.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> {
            root.setScaleX(2);
            root.setScaleY(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getDrawnScale()).isEqualTo(2.0);
        assertThat(canvas.getWidth()).isCloseTo(2 * width, org.assertj.core.data.Offset.offset(1.0));
        assertThat(view.getWidth()).isEqualTo(width);        // the layout size does not change

        robot.interact(() -> view.setScale(3));
        assertThat(canvas.getWidth()).isCloseTo(3 * width, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void changingTheLatexRelaysOut(FxRobot robot) throws TimeoutException {
        FormulaView view = add(robot, "x");
        double narrow = view.getWidth();
        robot.interact(() -> view.setLatex("x + y + z + w"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getState() == FormulaView.State.RENDERED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getWidth()).isGreaterThan(narrow * 3);
    }

    @Test
    void renderingMoreFormulasDoesNotGrowEarlierOnes(FxRobot robot) throws TimeoutException {
        FormulaView first = add(robot, "q");
        double width = first.getWidth();
        add(robot, "r");
        add(robot, "s");
        FormulaView again = add(robot, "t");
        assertThat(width).isLessThan(20);
        assertThat(again.getWidth()).isLessThan(20);
        assertThat(first.getWidth()).isEqualTo(width);
    }
}
