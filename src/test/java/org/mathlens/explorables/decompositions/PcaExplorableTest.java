package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.MathLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PcaExplorableTest {
    private PcaExplorable pane;

    @Start
    void start(Stage stage) {
        pane = new PcaExplorable();
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 1000, 640));
        stage.show();
    }

    private double[][] rows() {
        return ((DataParameter.Data) pane.parameters().get("data").get()).rows();
    }

    private Point2D screenOf(double x, double y) {
        var plane = pane.plane();
        return plane.localToScreen(plane.viewport().sx(x), plane.viewport().sy(y));
    }

    private double[][] axes() {
        return MathLanguage.evaluateMatrix(pane.readouts().read("axes").text());
    }

    /** The point farthest from its nearest neighbour: a drag there grabs it and no other. */
    private static int loneliest(double[][] p) {
        int best = 0;
        double bestGap = -1;
        for (int i = 0; i < p.length; i++) {
            double gap = Double.POSITIVE_INFINITY;
            for (int j = 0; j < p.length; j++) {
                if (j != i) {
                    gap = Math.min(gap, Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]));
                }
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    @Test
    void draggingAPointTurnsTheAxesAsAFreshPcaOfTheMovedPointsSays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[][] before = rows();
        double[] axisBefore = axes()[0];
        int i = loneliest(before);
        // pull that point across the cloud's long direction
        double[] across = {-axisBefore[1], axisBefore[0]};
        double tx = before[i][0] + 3 * across[0];
        double ty = before[i][1] + 3 * across[1];
        robot.drag(screenOf(before[i][0], before[i][1])).dropTo(screenOf(tx, ty));
        WaitForAsyncUtils.waitForFxEvents();
        double[][] after = rows();
        assertThat(Math.hypot(after[i][0] - before[i][0], after[i][1] - before[i][1])).isGreaterThan(2);
        assertThat(after[(i + 1) % after.length]).containsExactly(before[(i + 1) % after.length]);
        PcaModel fresh = PcaModel.of(after, false);
        assertThat(axes()[0]).containsExactly(fresh.axes(1)[0], within(1e-9));
        assertThat(axes()[0][0]).isNotCloseTo(axisBefore[0], within(1e-4));
        assertThat(Double.parseDouble(pane.readouts().read("reconstruction_error").text()))
                .isCloseTo(fresh.reconstructionError(1), within(1e-12));
        // Ctrl+Z is the history's: the drag undoes as one step
        WaitForAsyncUtils.asyncFx(() -> pane.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()[i]).containsExactly(before[i]);
    }

    @Test
    void aMalformedCsvIsOneSentenceAndThePaneStaysAsItWas(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path bad = dir.resolve("ragged.csv");
        Files.writeString(bad, "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        Map<String, String> params = pane.parameters().snapshot();
        Map<String, String> read = Map.of("axes", pane.readouts().read("axes").text(), "mean", pane.readouts().read("mean").text());
        assertThatThrownBy(() -> pane.parameters().set("data", "@" + bad))
                .isInstanceOf(ParameterException.class)
                .hasMessage("ragged.csv:3: this row has 2 values; the first row of data has 3");
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3], [4, 5]]")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().snapshot()).isEqualTo(params);
        assertThat(pane.readouts().read("axes").text()).isEqualTo(read.get("axes"));
        assertThat(pane.readouts().read("mean").text()).isEqualTo(read.get("mean"));
    }

    @Test
    void aGoodCsvWithAWordColumnIsFittedWithoutItsLabels(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("flowers.csv");
        Files.writeString(good, "length,kind,width,height\n1,a,2,0\n2,b,4.5,1\n3,a,5.5,0\n4,b,8,2\n");
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().set("data", "@" + good));
        WaitForAsyncUtils.waitForFxEvents();
        double[][] features = {{1, 2, 0}, {2, 4.5, 1}, {3, 5.5, 0}, {4, 8, 2}};
        PcaModel fresh = PcaModel.of(features, false);
        assertThat(MathLanguage.evaluateVector(pane.readouts().read("mean").text())).containsExactly(fresh.mean(), within(1e-12));
        assertThat(MathLanguage.evaluateVector(pane.readouts().read("explained").text())).containsExactly(fresh.explained(), within(1e-12));
    }

    @Test
    void kIsKeptWithinTheFeaturesAndTheDigitsFitOnce() {
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("data", "iris", "components", "9")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(axes()).hasNumberOfRows(4);
        assertThat(Double.parseDouble(pane.readouts().read("reconstruction_error").text())).isCloseTo(0, within(1e-12));
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().setAll(Map.of("data", "digits", "components", "21")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model().dimension()).isEqualTo(64);
        PcaModel first = pane.model();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().set("data", "iris"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> pane.parameters().set("data", "digits"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.model()).isSameAs(first);
        assertThat(Double.parseDouble(pane.readouts().read("cumulative").text())).isGreaterThan(0.9);
    }
}
