package org.mathlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set image=@pic.png} and {@code --set data=@file.csv} reach a pane through its parameters. */
class FilesOnTheCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Headless headless = new Headless(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void aPictureFileIsReadIntoLowRank(@TempDir Path dir) throws Exception {
        // two vertical bands: every row is the same, so one singular value rebuilds it exactly
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                img.setRGB(x, y, x < 10 ? 0x808080 : 0xffffff);
            }
        }
        Path png = dir.resolve("bands.png");
        ImageIO.write(img, "png", png.toFile());
        assertThat(headless.readouts("low-rank", List.of("image=@" + png, "k=1"))).isZero();
        String error = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("error\t")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(error.substring(6))).isLessThan(1e-9);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("storage\t" + (1 * (20 + 40 + 1) / (20.0 * 40)));
    }

    @Test
    void aBrokenPictureExitsTwoWithOneSentence(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "no pixels here");
        assertThat(headless.readouts("low-rank", List.of("image=@" + junk))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("junk.png").doesNotContain("Exception");
    }

    @Test
    void aCsvFileIsReadIntoAPaneWithData(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y\n0,1\n1,3\n2,5\n3,7\n");
        assertThat(headless.readouts("gradient-descent", List.of("data=@" + csv))).isZero();
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "x,y\n0,1\n1,three\n");
        out.reset();
        assertThat(headless.readouts("gradient-descent", List.of("data=@" + broken))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.csv:3");
    }
}
