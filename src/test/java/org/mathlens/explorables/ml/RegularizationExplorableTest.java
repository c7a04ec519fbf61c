package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.math.expr.MathLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RegularizationExplorableTest {
    private RegularizationExplorable pane;

    @Start
    void start(Stage stage) {
        pane = new RegularizationExplorable();
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 1100, 700));
        stage.show();
    }

    private double[][] points() {
        return pane.model().problem().train();
    }

    private Point2D screenOf(double x, double y) {
        var plane = pane.fitPlane();
        return plane.localToScreen(plane.viewport().sx(x), plane.viewport().sy(y));
    }

    private double[] expectedWeights() {
        double[][] p = points();
        return PolynomialFit.fit(RegularizationModel.column(p, 0), RegularizationModel.column(p, 1), pane.model().degree(),
                pane.penalty(), pane.model().problem().effectiveLambda());
    }

    @Test
    void draggingAPointRefitsAndKeepsThePresetsValidationPoints(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[][] before = points();
        double validationBefore = pane.model().validationError();
        robot.drag(screenOf(before[2][0], before[2][1])).dropTo(screenOf(before[2][0], before[2][1] + 0.8));
        WaitForAsyncUtils.waitForFxEvents();
        double[][] after = points();
        assertThat(after).hasNumberOfRows(before.length);
        assertThat(after[2][1]).isGreaterThan(before[2][1] + 0.5);
        assertThat(pane.model().weights()).containsExactly(expectedWeights(), within(1e-12));
        assertThat(MathLanguage.evaluateVector(pane.readouts().read("coefficients").text())).containsExactly(expectedWeights(), within(1e-9));
        // the sample held out came along as a matrix: the validation error is still defined
        assertThat(pane.model().problem().validation()).hasNumberOfRows(RegularizationData.VALIDATION_POINTS);
        assertThat(pane.model().validationError()).isNotEqualTo(validationBefore);
        assertThat(pane.readouts().read("validation_error").text()).isNotEqualTo("undefined");
    }

    @Test
    void aClickOnEmptySpaceAddsAPointThere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int n = points().length;
        robot.clickOn(screenOf(0.1, -1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points()).hasNumberOfRows(n + 1);
        assertThat(points()[n][0]).isCloseTo(0.1, within(0.03));
        assertThat(points()[n][1]).isCloseTo(-1.5, within(0.03));
        assertThat(pane.model().weights()).containsExactly(expectedWeights(), within(1e-12));
        pane.history().undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points()).hasNumberOfRows(n);
    }

    @Test
    void badDataIsOneSentenceAndChangesNothing() {
        Map<String, String> before = pane.parameters().snapshot();
        String weights = pane.readouts().read("coefficients").text();
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3], [4, 5, 6]]")).isInstanceOf(ParameterException.class)
                .hasMessage("data: needs 2 columns in every row; row 1 has 3");
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2], [3")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("data", "[[0, 1], [1, nan]]")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("validation", "[[0]]")).isInstanceOf(ParameterException.class)
                .hasMessage("validation: needs 2 columns in every row; row 1 has 1");
        assertThatThrownBy(() -> pane.parameters().set("lambda", "-1")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("degree", "16")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().snapshot()).isEqualTo(before);
        assertThat(pane.readouts().read("coefficients").text()).isEqualTo(weights);
    }

    @Test
    void ownDataWithoutValidationSaysUndefinedAndFiveNodesFitExactly() {
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("data", "[[-1, 0.5], [-0.5, -0.4], [0, 0.1], [0.5, 0.9], [1, -0.2]]",
                "degree", "4", "penalty", "none")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.curve()).isNull();
        assertThat(pane.readouts().read("validation_error").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("best_degree").text()).isEqualTo("undefined");
        assertThat(pane.model().trainError()).isCloseTo(0, within(1e-20));
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("validation", "[[0.25, 0.5], [-0.25, -0.2]]")));
        WaitForAsyncUtils.waitForFxEvents();
        double e = (Math.pow(0.5 - pane.model().predict(0.25), 2) + Math.pow(-0.2 - pane.model().predict(-0.25), 2)) / 2;
        assertThat(Double.parseDouble(pane.readouts().read("validation_error").text())).isCloseTo(e, within(1e-12));
    }

    @Test
    void noiseAndSeedRedrawAPresetsSample() {
        double[][] first = points();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().set("seed", "2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(java.util.Arrays.deepEquals(points(), first)).isFalse();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("noise", "0")));
        WaitForAsyncUtils.waitForFxEvents();
        for (double[] q : points()) assertThat(q[1]).isCloseTo(Math.sin(Math.PI * q[0]), within(0.01));
        assertThat(pane.penalty()).isEqualTo(Penalty.L2);
    }

    /** The lesson's answers are the model's: the lowest validation degree and the first exact L1 zero. */
    @Test
    void theLessonsAnswersAreWhatThePaneComputes() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("lessons/06-machine-learning-hands-on/01-regularization.md"));
        List<String> answers = lines.stream().filter(l -> l.startsWith("answer:")).map(l -> l.substring(7).trim()).toList();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("data", "sine", "degree", "3", "penalty", "none", "lambda", "0")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Double.parseDouble(pane.readouts().read("best_degree").text())).isEqualTo(Double.parseDouble(answers.get(0)));
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("penalty", "l1")));
        WaitForAsyncUtils.waitForFxEvents();
        double first = Double.parseDouble(pane.readouts().read("first_zero_lambda").text());
        assertThat(first).isCloseTo(Double.parseDouble(answers.get(1)), within(0.0005));
        // the slider's two-digit values either side of it: no zero at 0.0099, one at 0.01
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("lambda", "0.0099")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().zeroWeights()).isZero();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("lambda", "0.01")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().zeroWeights()).isEqualTo(1);
        // the goal of taming degree 15 is reachable with the hint's λ
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("degree", "15", "penalty", "l2", "lambda", "0.0003")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().validationError()).isLessThan(0.06);
    }
}
