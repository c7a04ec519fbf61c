package org.mathlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.SavedScene;
import org.mathlens.kit.DrawnText;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Issue 15: --gif, --svg and --scene on the command line, with their refusals. */
class ExportCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Headless headless = new Headless(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGifOfAPlayingPaneHasTheAskedFramesAndLoopsForEver() throws Exception {
        Path gif = dir.resolve("svd.gif");
        assertThat(headless.gif("svd", null, gif, "1.5", "8", "400x300", List.of(), false)).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(12);
            assertThat(reader.getWidth(0)).isEqualTo(400);
            assertThat(reader.getHeight(0)).isEqualTo(300);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) app.getUserObject()).containsExactly(1, 0, 0); // loop count 0: for ever
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(control.getAttribute("delayTime")).isEqualTo("13"); // 1/8 s in hundredths
            // the play moved: the first and the last frame differ
            assertThat(pixels(reader.read(0))).isNotEqualTo(pixels(reader.read(11)));
        }
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aPaneThatDoesNotPlaySaysSoAndExitsTwo() {
        Path gif = dir.resolve("norms.gif");
        assertThat(headless.gif("norms", null, gif, null, null, null, List.of(), false)).isEqualTo(2);
        assertThat(err()).contains("'norms' does not play").doesNotContain("Exception");
        assertThat(gif).doesNotExist();
    }

    @Test
    void badGifOptionsAreOneSentenceEach() {
        assertThat(headless.gif("svd", null, dir.resolve("a.gif"), "lots", null, null, List.of(), false)).isEqualTo(2);
        assertThat(headless.gif("svd", null, dir.resolve("a.gif"), null, "2.5", null, List.of(), false)).isEqualTo(2);
        assertThat(err().lines().toList()).containsExactly(
                "--seconds must be a number from 0 to 60, not lots", "--fps must be a whole number from 1 to 50, not 2.5");
    }

    @Test
    void anSvgIsWellFormedXmlHoldingTheLegendsTextAsText() throws Exception {
        Path svg = dir.resolve("vectors.svg");
        assertThat(headless.svg("vectors", null, svg, "1000x640", List.of("u=[2, 1]"), false)).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        StringBuilder texts = new StringBuilder();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.append(nodes.item(i).getTextContent()).append('\n');
        }
        // the legend the pane draws, line for line, is text in the SVG (not pixels)
        List<String> legend = Toolkit.onFx(() -> {
            Explorable pane = Catalog.create("vectors").orElseThrow();
            pane.parameters().setAll(java.util.Map.of("u", "[2, 1]"));
            org.mathlens.kit.PaneLayout l = org.mathlens.kit.Recording.laidOut(pane, 1000, 640);
            l.layout();
            return DrawnText.showingIn(pane.view());
        });
        assertThat(legend).isNotEmpty();
        assertThat(texts.toString().lines().toList()).containsAll(legend);
        assertThat(texts.toString()).contains("Controls", "Values"); // the side panel's words too
        // the plane is vectors: lines and paths, not one embedded picture
        assertThat(doc.getElementsByTagName("line").getLength() + doc.getElementsByTagName("path").getLength()).isGreaterThan(20);
    }

    @Test
    void aSceneFromTheCommandLineGivesTheSameReadoutsAsTheOneSaved() throws Exception {
        Explorable pane = Catalog.create("vectors").orElseThrow();
        pane.parameters().setAll(java.util.Map.of("u", "[-2, 0.5]", "k", "-1.5"));
        Path scene = dir.resolve("mine.json");
        SavedScene.of(pane).write(scene);
        StringBuilder expected = new StringBuilder();
        pane.readouts().readAll().forEach((k, v) -> expected.append(k).append('\t').append(v.text()).append(System.lineSeparator()));

        assertThat(headless.readouts(null, scene, List.of())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        out.reset();
        assertThat(headless.readouts("vectors", scene, List.of("k=1"))).isZero(); // a set after the scene wins
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("scaled\t[-2.0, 0.5]");
        assertThat(headless.snapshot(null, scene, dir.resolve("s.png"), "640x400", List.of(), false)).isZero();
        assertThat(dir.resolve("s.png")).isNotEmptyFile();
    }

    @Test
    void aBadSceneFileOrArgumentIsOneSentenceAndExitTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"mathlens-scene\": 1, \"explorable\": ");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"name\": \"not a scene\"}");
        Path wrongValue = Files.writeString(dir.resolve("value.json"),
                "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"k\": \"99\"}}");
        Path vectors = Files.writeString(dir.resolve("v.json"),
                "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {}}");
        assertThat(headless.readouts(null, broken, List.of())).isEqualTo(2);
        assertThat(headless.readouts(null, foreign, List.of())).isEqualTo(2);
        assertThat(headless.readouts(null, wrongValue, List.of())).isEqualTo(2);
        assertThat(headless.readouts("svd", vectors, List.of())).isEqualTo(2);
        assertThat(headless.readouts(null, dir.resolve("missing.json"), List.of())).isEqualTo(2);
        assertThat(headless.opens(dir.resolve("nothing-here"))).isFalse();
        assertThat(headless.opens(foreign)).isFalse();
        assertThat(headless.opens(vectors)).isTrue();
        assertThat(headless.opens(dir)).isTrue(); // a lesson folder
        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("broken.json: not valid JSON");
        assertThat(lines.get(1)).isEqualTo("foreign.json: not a Mathlens scene (no \"mathlens-scene\" field)");
        assertThat(lines.get(2)).startsWith("value.json: ").contains("k");
        assertThat(lines.get(3)).isEqualTo("v.json is a scene of 'vectors', not of 'svd'");
        assertThat(lines.get(5)).contains("nothing-here: no such file or folder");
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
