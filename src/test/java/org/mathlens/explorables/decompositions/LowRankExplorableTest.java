package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.Numbers;

class LowRankExplorableTest {
    @Test
    void theWrittenLineIsTheReadouts() {
        LowRankExplorable pane = new LowRankExplorable();
        pane.parameters().set("k", "5");
        double energy = Double.parseDouble(pane.readouts().read("energy").text());
        double error = Double.parseDouble(pane.readouts().read("error").text());
        double storage = Double.parseDouble(pane.readouts().read("storage").text());
        assertThat(pane.readouts().read("k").text()).isEqualTo("5.0");
        assertThat(storage).isEqualTo(5 * 257 / (128.0 * 128));
        assertThat(pane.statusLine()).isEqualTo("k = 5 of 128:  energy kept " + Numbers.brief(100 * energy, 1)
                + " %,  error " + Numbers.brief(100 * error, 1) + " %,  storage " + Numbers.brief(100 * storage, 1)
                + " %  (128×128 picture)");
    }

    @Test
    void moreSingularValuesLeaveLessError() {
        LowRankExplorable pane = new LowRankExplorable();
        double last = 2;
        for (int k = 1; k <= 30; k += 3) {
            pane.parameters().set("k", String.valueOf(k));
            double error = Double.parseDouble(pane.readouts().read("error").text());
            assertThat(error).as("k = " + k).isLessThan(last);
            last = error;
        }
    }

    @Test
    void aTypedMatrixAndTheLearnersPngAreRead(@TempDir Path dir) throws Exception {
        LowRankExplorable pane = new LowRankExplorable();
        pane.parameters().set("image", "[[1, 0], [0, 1]]");
        pane.parameters().set("k", "1");
        assertThat(pane.readouts().read("sigma").text()).isEqualTo("[1.0, 1.0]");
        assertThat(pane.readouts().read("energy").text()).isEqualTo("0.5");
        // a 600×300 colour picture: made gray and shrunk to at most 256 a side
        BufferedImage img = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 300; y++) {
                img.setRGB(x, y, x < 300 ? 0xffffff : 0x000000);
            }
        }
        Path png = dir.resolve("half.png");
        ImageIO.write(img, "png", png.toFile());
        pane.parameters().set("image", "@" + png);
        assertThat(pane.model().cols()).isLessThanOrEqualTo(256);
        assertThat(pane.model().rows()).isEqualTo(pane.model().cols() / 2);
        assertThat(Double.parseDouble(pane.readouts().read("error").text())).as("half white, half black is rank one").isLessThan(1e-9);
    }

    @Test
    void aBrokenPictureIsOneSentenceAndChangesNothing(@TempDir Path dir) throws Exception {
        LowRankExplorable pane = new LowRankExplorable();
        String sigma = pane.readouts().read("sigma").text();
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not a picture");
        for (String bad : new String[] {"@" + junk, "@" + dir.resolve("missing.png"), "a dog", "[[1, 2], [3]]"}) {
            assertThatThrownBy(() -> pane.parameters().set("image", bad)).isInstanceOf(ParameterException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
        }
        assertThat(pane.parameters().get("image").text()).isEqualTo("sunset");
        assertThat(pane.readouts().read("sigma").text()).isEqualTo(sigma);
    }
}
