package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnceTest {
    @TempDir
    Path dir;

    private static void writePng(Path file, int side, int gray) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, gray * 0x010101);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void aPictureSetAgainAndAgainIsDecodedOnceAndAgainOnlyWhenTheFileChanges() throws Exception {
        Path file = dir.resolve("pic.png");
        writePng(file, 4, 200);
        ImageParameter image = new ImageParameter("image", "a picture", "sunset");
        int before = ImageParameter.DECODED.reads();

        image.setText("@" + file);
        image.setText("sunset");
        image.setText("@" + file);
        image.setText("@" + file);
        assertThat(ImageParameter.DECODED.reads() - before).isEqualTo(1);
        assertThat(image.get().rows()).isEqualTo(4);

        writePng(file, 6, 10);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        image.setText("sunset");
        image.setText("@" + file);
        assertThat(ImageParameter.DECODED.reads() - before).isEqualTo(2);
        assertThat(image.get().rows()).isEqualTo(6);
    }

    @Test
    void aMissingFileIsOneSentenceAndTheValueStays() {
        ImageParameter image = new ImageParameter("image", "a picture", "sunset");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> image.setText("@" + dir.resolve("none.png")))
                .isInstanceOf(ParameterException.class)
                .hasMessageNotContaining("Exception");
        assertThat(image.text()).isEqualTo("sunset");
    }
}
