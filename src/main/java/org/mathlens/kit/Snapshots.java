package org.mathlens.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Renders a node to pixels (at a scale, for sharp exports) and writes PNG files. */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Renders the node at {@code scale} pixels per layout pixel. The UI scale is raised while
     * rendering so canvases redraw at full resolution instead of being stretched.
     */
    public static WritableImage render(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(Theme.palette().background());
        return node.snapshot(params, null);
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent) && !Files.exists(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot create the folder " + parent);
            }
        }
        java.awt.image.BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        // all or nothing: a full disk must not leave a 0-byte or half PNG behind
        org.mathlens.explorable.SafeFiles.writeAtomically(file, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
