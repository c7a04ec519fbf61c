package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.kit.Card;
import org.mathlens.math.Numbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PseudoinverseExplorableTest {
    private PseudoinverseExplorable pane;

    @Start
    void start(Stage stage) {
        pane = new PseudoinverseExplorable();
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 1000, 640));
        stage.show();
    }

    private double read(String name) {
        return Double.parseDouble(pane.readouts().read(name).text());
    }

    private double[][] points() {
        return ((DataParameter.Data) pane.parameters().get("data").get()).points();
    }

    private Point2D screenOf(double x, double y) {
        var plane = pane.plane();
        return plane.localToScreen(plane.viewport().sx(x), plane.viewport().sy(y));
    }

    /** b and m by the textbook formulas, independent of the pseudoinverse. */
    private static double[] line(double[][] pts) {
        double mx = Arrays.stream(pts).mapToDouble(p -> p[0]).average().orElseThrow();
        double my = Arrays.stream(pts).mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return new double[] {my - sxy / sxx * mx, sxy / sxx};
    }

    @Test
    void theCardWritesTheNumbersTheReadoutsGive() {
        Card.Line[] lines = pane.cardLines();
        assertThat(lines[0].text()).isEqualTo("y = b + m·x = " + Numbers.label(read("b")) + " − " + Numbers.label(-read("m")) + "·x");
        assertThat(lines[2].text()).isEqualTo("residual ‖Xw − y‖ = " + Numbers.label(read("residual")));
        assertThat(lines[1].text()).endsWith(Numbers.label(read("residual") * read("residual")));
        assertThat(pane.answerLatex()).contains(Numbers.brief(read("b"), 3)).contains("-" + Numbers.brief(-read("m"), 3));
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("mode", "system", "A", "[[3, 4]]", "y", "[10]")));
        WaitForAsyncUtils.waitForFxEvents();
        double[] x = org.mathlens.math.expr.MathLanguage.evaluateVector(pane.readouts().read("x").text());
        assertThat(x).containsExactly(new double[] {1.2, 1.6}, within(1e-12));
        assertThat(pane.cardLines()[0].text()).isEqualTo("x = A⁺y = (1.2, 1.6)");
        assertThat(pane.kindText()).contains("minimum norm");
        assertThat(pane.readouts().read("b").text()).isEqualTo("undefined");
    }

    @Test
    void draggingAPointMovesTheLineAsLeastSquaresSays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[][] before = points();
        robot.drag(screenOf(before[3][0], before[3][1])).dropTo(screenOf(before[3][0], before[3][1] + 2));
        WaitForAsyncUtils.waitForFxEvents();
        double[][] after = points();
        assertThat(after[3][1]).isGreaterThan(before[3][1] + 1);
        double[] expected = line(after);
        assertThat(read("b")).isCloseTo(expected[0], within(1e-9));
        assertThat(read("m")).isCloseTo(expected[1], within(1e-9));
    }

    @Test
    void aClickAddsAPointAndDeleteRemovesTheOneUnderTheMouse(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(screenOf(5, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points()).hasNumberOfRows(9);
        assertThat(points()[8][0]).isCloseTo(5, within(0.1));
        assertThat(read("m")).isCloseTo(line(points())[1], within(1e-9));
        robot.moveTo(screenOf(points()[8][0], points()[8][1])).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points()).hasNumberOfRows(8);
        assertThat(read("m")).isCloseTo(-0.4692857142857143, within(1e-12));
    }

    @Test
    void badInputIsOneSentenceAndChangesNothing() {
        Map<String, String> before = pane.parameters().snapshot();
        String x = pane.readouts().read("x").text();
        assertThatThrownBy(() -> pane.parameters().set("y", "[1, 2, 3, 4, 5]")).isInstanceOf(ParameterException.class)
                .hasMessage("y needs 1 to 4 entries, one per equation, not 5");
        assertThatThrownBy(() -> pane.parameters().set("A", "[[1, 2], [3")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3]]")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().snapshot()).isEqualTo(before);
        assertThat(pane.readouts().read("x").text()).isEqualTo(x);
        // a y that does not match A's rows is said in one sentence on the picture, never a crash
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("mode", "system", "A", "[[1, 2], [3, 4]]", "y", "[1, 2, 3]")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.cardLines()[0].text()).isEqualTo("y has 3 entries but A has 2 rows: give y one entry per equation");
        assertThat(pane.readouts().read("x").text()).isEqualTo("undefined");
    }

    /** Each mode shows only its own controls, and switching back brings them back unchanged. */
    @Test
    void theControlPanelShowsOnlyTheModesOwnParameters() {
        var panel = new org.mathlens.kit.ParameterPanel(pane.parameters(), pane.history());
        java.util.function.Function<String, Boolean> shown = name -> panel.getChildren().stream()
                .filter(row -> ((javafx.scene.layout.VBox) row).getChildren().get(0) instanceof javafx.scene.control.Label l
                        && l.getText().equals(name))
                .findFirst().orElseThrow().isVisible();
        assertThat(shown.apply("data")).isTrue();
        assertThat(shown.apply("A")).isFalse();
        assertThat(shown.apply("y")).isFalse();
        String a = pane.parameters().get("A").text();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> pane.parameters().get("mode").setText("system"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.apply("data")).isFalse();
        assertThat(shown.apply("A")).isTrue();
        assertThat(shown.apply("y")).isTrue();
        assertThat(pane.parameters().get("A").text()).isEqualTo(a);
    }
}
