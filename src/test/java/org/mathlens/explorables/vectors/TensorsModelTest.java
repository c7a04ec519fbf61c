package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mathlens.math.tensor.Tensor;

class TensorsModelTest {
    private static Tensor[] images() {
        Tensor[] out = new Tensor[4];
        for (int k = 0; k < 4; k++) {
            int[] px = new int[16 * 16];
            for (int i = 0; i < px.length; i++) {
                px[i] = TensorImagesMaker.pixel(k, i % 16, i / 16);
            }
            out[k] = TensorsModel.fromPixels(px, 16, 16);
        }
        return out;
    }

    @Test
    void pixelsBecomeAHeightByWidthByThreeTensor() {
        Tensor sun = TensorsModel.fromPixels(new int[] {0xff336699, 0xffffffff}, 2, 1);
        assertThat(sun.shape()).containsExactly(1, 2, 3);
        assertThat(sun.get(0, 0, 0)).isEqualTo(0x33 / 255.0);
        assertThat(sun.get(0, 0, 2)).isEqualTo(0x99 / 255.0);
        assertThat(sun.get(0, 1, 1)).isEqualTo(1.0);
        assertThat(TensorsModel.stack(images()).shape()).containsExactly(4, 16, 16, 3);
    }

    @Test
    void operationsGiveTheShapesNumpyGives() {
        TensorsModel m = new TensorsModel(images());
        m.set("tensor3", "sum", 1);
        assertThat(m.result().shape()).containsExactly(2, 4);
        assertThat(m.result().sum()).isEqualTo(300); // 1 + 2 + ... + 24
        m.set("matrix", "hadamard", 0);
        // [[1, 2, 3], [4, 5, 6]] ⊙ [[0, 1, 2], [0, 1, 2]]
        assertThat(m.result()).isEqualTo(Tensor.matrix(new double[][] {{0, 2, 6}, {0, 5, 12}}));
        m.set("matrix", "broadcast", 1);
        assertThat(m.operand().shape()).containsExactly(3);
        assertThat(m.result()).isEqualTo(Tensor.matrix(new double[][] {{11, 22, 33}, {14, 25, 36}}));
        m.set("matrix", "broadcast", 0);
        assertThat(m.operand().shape()).containsExactly(2, 1);
        assertThat(m.result()).isEqualTo(Tensor.matrix(new double[][] {{11, 12, 13}, {24, 25, 26}}));
        m.set("batch", "mean", 0);
        assertThat(m.result().shape()).containsExactly(16, 16, 3);
        m.set("image", "max", 2);
        assertThat(m.result().shape()).containsExactly(16, 16);
        m.set("vector", "max", 0);
        assertThat(m.result()).isEqualTo(Tensor.scalar(4));
    }

    @Test
    void anAxisTheTensorLacksIsAStateWithAMessage() {
        TensorsModel m = new TensorsModel(images());
        m.set("matrix", "sum", 3);
        assertThat(m.result()).isNull();
        assertThat(m.error()).isEqualTo("axis 3 is out of range for a tensor with 2 axes");
        m.set("scalar", "mean", 0);
        assertThat(m.error()).isEqualTo("a scalar has no axis to reduce");
        m.set("scalar", "broadcast", 2);
        assertThat(m.result()).isEqualTo(Tensor.scalar(13));
    }

    @Test
    void theShippedPicturesAreTheOnesTheMakerDraws() {
        Tensor[] loaded = TensorsExplorable.loadImagesWith(TensorsModelTest::readWithImageIo);
        Tensor[] drawn = images();
        for (int k = 0; k < 4; k++) {
            assertThat(loaded[k]).as("picture %d", k).isEqualTo(drawn[k]);
        }
    }

    private static Tensor readWithImageIo(java.io.InputStream in) {
        try {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(in);
            int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            return TensorsModel.fromPixels(px, img.getWidth(), img.getHeight());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePaneReadsOutShapesAndTheSum() {
        TensorsExplorable pane = new TensorsExplorable();
        pane.parameters().set("view", "tensor3");
        pane.parameters().set("op", "sum");
        pane.parameters().set("axis", "1");
        assertThat(pane.readouts().read("shape").text()).isEqualTo("[2.0, 3.0, 4.0]");
        assertThat(pane.readouts().read("result_shape").text()).isEqualTo("[2.0, 4.0]");
        assertThat(pane.readouts().read("sum").text()).isEqualTo("300.0");
        pane.parameters().set("axis", "3");
        assertThat(pane.readouts().read("result_shape").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("sum").text()).isEqualTo("undefined");
        pane.parameters().set("view", "batch");
        pane.parameters().set("op", "none");
        assertThat(pane.readouts().read("shape").text()).isEqualTo("[4.0, 16.0, 16.0, 3.0]");
    }
}
