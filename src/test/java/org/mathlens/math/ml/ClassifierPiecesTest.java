package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.data.Labelled;
import org.mathlens.math.tensor.Tensor;

class ClassifierPiecesTest {
    @Test
    void theConfusionMatrixSumsToTheTestSetAndItsDiagonalIsTheAccuracy() {
        long seed = System.nanoTime();
        Labelled digits = Datasets.digits();
        Split s = Split.of(digits.size(), 0.8, seed);
        Network net = Network.random(new int[] {64, 10}, List.of(), seed);
        double[][] x = Split.rows(digits.x(), s.test());
        int[] y = Split.rows(digits.y(), s.test());
        int[][] c = Confusion.of(net, x, y, 10);
        assertThat(Confusion.total(c)).as("seed %d", seed).isEqualTo(s.test().length).isEqualTo(359);
        int diagonal = 0;
        for (int k = 0; k < 10; k++) {
            diagonal += c[k][k];
            int row = 0;
            for (int j = 0; j < 10; j++) {
                row += c[k][j];
            }
            int truth = 0;
            for (int v : y) {
                truth += v == k ? 1 : 0;
            }
            assertThat(row).as("row %d holds the images of class %d", k, k).isEqualTo(truth);
        }
        assertThat((double) diagonal / x.length).isEqualTo(net.accuracy(x, y));
    }

    @Test
    void aVerticalStrokeFillsOneColumnOfBlocks() {
        // a pen of radius 2 down the middle of pixel columns 12 … 15 (x = 14) inks exactly x ∈ {12, …, 15}
        Tensor t = DigitPad.empty().stroke(14, 0, 14, 32, 2).reduced();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(t.get(r, c)).as("cell (%d, %d)", r, c).isEqualTo(c == 3 ? 16.0 : 0.0);
            }
        }
        // a thin horizontal stroke through the centres of pixel row 5 inks one row in each block of block-row 1
        Tensor h = DigitPad.empty().stroke(0, 5.5, 32, 5.5, 0.4).reduced();
        assertThat(h.get(1, 0)).isEqualTo(4.0);
        assertThat(h.sum()).isEqualTo(32.0);
    }

    @Test
    void reducedLevelsStayWithinZeroToSixteen() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        DigitPad pad = DigitPad.empty();
        for (int i = 0; i < 20; i++) {
            pad = pad.stroke(r.nextDouble() * 32, r.nextDouble() * 32, r.nextDouble() * 32, r.nextDouble() * 32, r.nextDouble() * 3);
        }
        Tensor t = pad.reduced();
        int inked = 0;
        for (int row = 0; row < 32; row++) {
            for (int col = 0; col < 32; col++) {
                inked += pad.inked(row, col) ? 1 : 0;
            }
        }
        assertThat(t.sum()).as("seed %d", seed).isEqualTo(inked);
        for (double v : t.data()) {
            assertThat(v).isBetween(0.0, 16.0);
        }
    }

    @Test
    void theImagesTensorHoldsEachRowAsAnEightByEightImage() {
        Labelled digits = Datasets.digits();
        Tensor images = DigitPad.images(digits.x());
        assertThat(images.shape()).containsExactly(1797, 8, 8);
        assertThat(images.get(5, 2, 3)).isEqualTo(digits.x()[5][2 * 8 + 3]);
    }

    @Test
    void theExportedJsonHoldsEveryWeight() {
        Network net = Network.random(new int[] {2, 3, 2}, List.of(Activation.RELU), 8);
        JsonObject o = JsonParser.parseString(NetworkJson.of(net, List.of("x1", "x2"), List.of("blue", "orange"))).getAsJsonObject();
        assertThat(o.getAsJsonArray("sizes").toString()).isEqualTo("[2,3,2]");
        var hidden = o.getAsJsonArray("layers").get(0).getAsJsonObject();
        assertThat(hidden.get("activation").getAsString()).isEqualTo("relu");
        assertThat(hidden.getAsJsonArray("weights").get(2).getAsJsonArray().get(1).getAsDouble()).isEqualTo(net.weight(0, 2, 1));
        assertThat(o.getAsJsonArray("layers").get(1).getAsJsonObject().get("activation").getAsString()).isEqualTo("linear");
    }
}
