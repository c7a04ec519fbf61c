package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.kit.Handle;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SvdExplorableTest {
    private SvdExplorable pane;

    @Start
    void start(Stage stage) {
        pane = new SvdExplorable();
        stage.setScene(new Scene(new PaneLayout(pane), 1100, 700));
        stage.show();
    }

    @Test
    void theShearHasTheGoldenRatioAsItsSingularValues() {
        double phi = (1 + Math.sqrt(5)) / 2;
        double[] sigma = MathLanguage.evaluateVector(pane.readouts().read("sigma").text());
        assertThat(sigma[0]).isCloseTo(phi, within(1e-12));
        assertThat(sigma[1]).isCloseTo(1 / phi, within(1e-12));
        assertThat(pane.readouts().read("rank").text()).isEqualTo("2.0");
        assertThat(Double.parseDouble(pane.readouts().read("condition").text())).isCloseTo(phi * phi, within(1e-12));
        assertThat(pane.parameters().get("preset").text()).isEqualTo("a shear");
    }

    @Test
    void whatThePaneWritesIsWhatItReadsOut() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> pane.parameters().set("preset", "near-singular"));
        double[] sigma = MathLanguage.evaluateVector(pane.readouts().read("sigma").text());
        double condition = Double.parseDouble(pane.readouts().read("condition").text());
        assertThat(pane.rankLine()).isEqualTo("rank 2,  condition σ₁/σ₂ = " + Numbers.brief(condition, 2));
        for (int i = 0; i < 2; i++) {
            assertThat(pane.linkLatex()).contains("\\sigma_" + (i + 1) + "^2 = " + Numbers.brief(sigma[i], 3) + "^2 = "
                    + Numbers.brief(sigma[i] * sigma[i], 3));
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> pane.parameters().set("preset", "rank one"));
        assertThat(pane.readouts().read("condition").text()).isEqualTo("infinite");
        assertThat(pane.readouts().read("rank").text()).isEqualTo("1.0");
        assertThat(pane.rankLine()).isEqualTo("rank 1,  condition σ₁/σ₂ = infinite");
    }

    @Test
    void draggingAColumnChangesAAndItsSingularValues(FxRobot robot) {
        Plane plane = robot.lookup(n -> n instanceof Plane).queryAs(Plane.class);
        Handle second = plane.handles().get(1);
        assertThat(second.x()).isEqualTo(1.0);
        assertThat(second.y()).isEqualTo(1.0);
        // drag the second column from (1, 1) to (0, 2): A = diag(1, 2), σ = (2, 1)
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> second.moveTo(0, 2));
        assertThat(pane.parameters().get("A").text()).isEqualTo("[[1.0, 0.0], [0.0, 2.0]]");
        double[] sigma = MathLanguage.evaluateVector(pane.readouts().read("sigma").text());
        assertThat(sigma[0]).isCloseTo(2, within(1e-12));
        assertThat(sigma[1]).isCloseTo(1, within(1e-12));
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
    }

    @Test
    void badInputIsOneSentenceAndChangesNothing() {
        String before = pane.parameters().get("A").text();
        String sigma = pane.readouts().read("sigma").text();
        for (String bad : new String[] {"[[1, 2], [3]]", "[[1, nan], [0, 1]]", "[[1, 2, 3], [4, 5, 6]]", "pizza"}) {
            assertThatThrownBy(() -> pane.parameters().set("A", bad))
                    .isInstanceOf(ParameterException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception").isNotBlank());
        }
        assertThat(pane.parameters().get("A").text()).isEqualTo(before);
        assertThat(pane.readouts().read("sigma").text()).isEqualTo(sigma);
    }

    @Test
    void playRunsTheThreeMovesAndStepStopsAtEach() {
        PaneAnimation play = pane.animation().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            play.rewind();
            assertThat(pane.caption()).startsWith("the unit circle");
            play.step();
            assertThat(pane.parameters().get("stage").text()).isEqualTo("1.0");
            play.advance(0.5 / 0.6);
            assertThat(pane.caption()).isEqualTo("move 2 of 3: Σ stretches (50 %)");
            play.advance(10);
            assertThat(play.isFinished()).isTrue();
            assertThat(pane.caption()).startsWith("A sends the circle to this ellipse");
        });
        double[][] map = pane.model().map();
        assertThat(map[0][1]).isCloseTo(1, within(1e-12));
        assertThat(map[1][0]).isCloseTo(0, within(1e-12));
    }
}
