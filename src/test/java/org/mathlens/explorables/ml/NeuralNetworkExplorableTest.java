package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.ParameterException;
import org.mathlens.kit.Looks;
import org.mathlens.kit.ShownPane;

class NeuralNetworkExplorableTest {
    @org.junit.jupiter.api.BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
    }

    private static double read(NeuralNetworkExplorable pane, String name) {
        return Double.parseDouble(pane.readouts().read(name).text());
    }

    @Test
    void playingEpochsRaisesTheAccuracyAndGivesTheWeightsOfTrainingThemInOneGo() {
        NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
        pane.parameters().set("noise", "15");
        pane.parameters().set("seed", "3");
        pane.parameters().set("epochs", "0");
        double before = read(pane, "test_accuracy");
        double lossBefore = read(pane, "train_loss");
        for (int i = 0; i < 40; i++) {
            pane.animation().orElseThrow().step();
        }
        assertThat(read(pane, "epoch")).isEqualTo(40);
        assertThat(read(pane, "test_accuracy")).isGreaterThan(before).isGreaterThanOrEqualTo(0.9);
        assertThat(read(pane, "train_loss")).isLessThan(lossBefore / 2);
        NeuralNetworkExplorable direct = new NeuralNetworkExplorable();
        direct.parameters().set("noise", "15");
        direct.parameters().set("seed", "3");
        direct.parameters().set("epochs", "40");
        assertThat(direct.exportModel()).isEqualTo(pane.exportModel());
        assertThat(read(direct, "test_loss")).isEqualTo(read(pane, "test_loss"));
    }

    @Test
    void thePaneRestsTrainedAndItsCardSaysTheReadoutsAccuracy() {
        Toolkit.onFx(() -> {
            Looks.apply(false);
            NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
            ShownPane shown = ShownPane.of(pane);
            shown.render();
            assertThat(read(pane, "epoch")).isEqualTo(NeuralNetworkExplorable.RESTING_EPOCHS);
            assertThat(read(pane, "test_accuracy")).as("the circle is found at rest, without Play").isGreaterThanOrEqualTo(0.95);
            String test = NeuralNetworkWords.percent(read(pane, "test_accuracy"));
            String train = NeuralNetworkWords.percent(read(pane, "train_accuracy"));
            assertThat(shown.legendLines()).contains("epoch " + NeuralNetworkExplorable.RESTING_EPOCHS,
                    "accuracy: train " + train + ", test " + test);
            return null;
        });
    }

    @Test
    void aCsvOfThreeClassesTrainsWithSoftmax(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x1,x2,colour\n");
        Random r = new Random(5);
        String[] names = {"red", "green", "blue"};
        double[][] centres = {{-3, -2}, {3, -2}, {0, 3}};
        for (int i = 0; i < 150; i++) {
            int k = i % 3;
            csv.append(centres[k][0] + r.nextGaussian() * 0.8).append(',').append(centres[k][1] + r.nextGaussian() * 0.8)
                    .append(',').append(names[k]).append('\n');
        }
        Path file = dir.resolve("three.csv");
        Files.writeString(file, csv);
        NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
        pane.parameters().set("dataset", "@" + file);
        pane.parameters().set("loss", "cross-entropy");
        pane.parameters().set("epochs", "60");
        assertThat(pane.failure()).isNull();
        assertThat(read(pane, "test_accuracy")).isGreaterThanOrEqualTo(0.95);
        JsonObject model = JsonParser.parseString(pane.exportModel()).getAsJsonObject();
        assertThat(model.getAsJsonArray("classes")).hasSize(3);
        assertThat(model.getAsJsonArray("sizes").get(3).getAsInt()).isEqualTo(3);
        assertThat(pane.shown().maps().neurons()[2]).hasNumberOfRows(3);
    }

    @Test
    void badHiddenTextIsOneSentenceAndNothingElseChanges() {
        NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
        pane.parameters().set("epochs", "5");
        String model = pane.exportModel();
        for (String bad : new String[] {"[4, x]", "[9]", "[4, 2", "[1, 1, 1, 1, 1, 1, 1]"}) {
            assertThatThrownBy(() -> pane.parameters().set("hidden", bad)).isInstanceOf(ParameterException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(". ").doesNotEndWith("."));
        }
        assertThat(pane.parameters().get("hidden").text()).isEqualTo("[4, 2]");
        assertThat(pane.exportModel()).isEqualTo(model);
        pane.parameters().set("hidden", " 3 ,1 ");
        assertThat(pane.parameters().get("hidden").text()).isEqualTo("[3, 1]");
        assertThat(JsonParser.parseString(pane.exportModel()).getAsJsonObject().getAsJsonArray("sizes").toString()).isEqualTo("[2,3,1,2]");
    }

    @Test
    void oneActivationPerLayerMustMatchTheLayers() {
        NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
        pane.parameters().set("activation", "relu, sigmoid");
        JsonObject model = JsonParser.parseString(pane.exportModel()).getAsJsonObject();
        assertThat(model.getAsJsonArray("layers").get(0).getAsJsonObject().get("activation").getAsString()).isEqualTo("relu");
        assertThat(model.getAsJsonArray("layers").get(1).getAsJsonObject().get("activation").getAsString()).isEqualTo("sigmoid");
        pane.parameters().set("hidden", "[4]");
        assertThat(pane.failure()).isEqualTo("give one activation for all layers or one per hidden layer (1), not 2");
        assertThatThrownBy(() -> pane.parameters().set("activation", "softplus")).isInstanceOf(ParameterException.class)
                .hasMessage("'softplus' is not an activation: use relu, tanh, sigmoid or linear");
        pane.parameters().set("activation", "tanh");
        assertThat(pane.failure()).isNull();
    }

    @Test
    void aClickAddsAPointOfTheChosenClassAndTheSetBecomesRows() {
        NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
        pane.parameters().set("epochs", "3");
        int before = pane.shown().settings().points().size();
        pane.addPoint(1.234, -2.5, 0);
        LabelledPoints after = pane.shown().settings().points();
        assertThat(after.size()).isEqualTo(before + 1);
        assertThat(after.xy()[before]).containsExactly(1.23, -2.5);
        assertThat(after.labels()[before]).isZero();
        assertThat(pane.parameters().get("dataset").text()).startsWith("[[");
        pane.history().undo();
        assertThat(pane.parameters().get("dataset").text()).isEqualTo("circle");
    }

    @Test
    void anL2PenaltyKeepsTheWeightsSmaller() {
        double[] norms = new double[2];
        String[] penalties = {"none", "l2"};
        for (int i = 0; i < 2; i++) {
            NeuralNetworkExplorable pane = new NeuralNetworkExplorable();
            pane.parameters().set("regularization", penalties[i]);
            pane.parameters().set("reg_rate", "0.03");
            pane.parameters().set("epochs", "60");
            var net = pane.shown().run().network();
            double sum = 0;
            boolean[] isWeight = net.weightMask();
            double[] p = net.parameters();
            for (int k = 0; k < p.length; k++) {
                sum += isWeight[k] ? p[k] * p[k] : 0;
            }
            norms[i] = Math.sqrt(sum);
        }
        assertThat(norms[1]).isLessThan(norms[0] * 0.8);
    }
}
