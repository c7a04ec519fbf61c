package org.mathlens.kit;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.mathlens.explorable.Explorable;

/**
 * A pane laid out in a window-sized scene, as the app shows it, for tests that look at what
 * it draws: its pixels and the lines its legends wrote. Call on the FX thread.
 */
public final class ShownPane {
    private final Explorable pane;
    private final PaneLayout layout;

    private ShownPane(Explorable pane) {
        this.pane = pane;
        this.layout = new PaneLayout(pane);
        Scene scene = new Scene(layout, 1000, 640);
        Looks.style(scene);
        layout.applyCss();
        layout.layout();
    }

    public static ShownPane of(Explorable pane) {
        return new ShownPane(pane);
    }

    /** The picture now (which also paints every legend). */
    public WritableImage render() {
        layout.layout();
        return Snapshots.render(pane.view(), 1);
    }

    /** Every line the showing legends and cards wrote in the last render. */
    public List<String> legendLines() {
        return DrawnText.showingIn(pane.view());
    }

    public static int differingPixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return Integer.MAX_VALUE;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
