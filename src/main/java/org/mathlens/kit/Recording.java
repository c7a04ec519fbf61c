package org.mathlens.kit;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.PaneAnimation;

/**
 * A pane's own play filmed frame by frame for an animated GIF: the pane is laid out off screen
 * at the asked size, and each frame moves its animation on by 1/fps of a second (the progress
 * is a parameter, so every frame is drawn from model and parameters like any other picture).
 * A play that has already run to its end starts again, as the Play button does. Call
 * {@link #frame()} on the FX thread.
 */
public final class Recording {
    private final PaneLayout layout;
    private final PaneAnimation animation;
    private final double dt;
    private int taken;

    private Recording(PaneLayout layout, PaneAnimation animation, int fps) {
        this.layout = layout;
        this.animation = animation;
        this.dt = 1.0 / fps;
        if (animation.isFinished()) {
            animation.rewind();
        }
    }

    /** The pane at the size asked, ready to film; empty when the pane does not play. */
    public static java.util.Optional<Recording> of(Explorable pane, int width, int height, int fps) {
        java.util.Optional<PaneAnimation> play = pane.animation();
        if (play.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Recording(laidOut(pane, width, height), play.get(), fps));
    }

    /** A pane laid out off screen in a scene of this size, as {@code --snapshot} renders it. */
    public static PaneLayout laidOut(Explorable pane, int width, int height) {
        PaneLayout l = new PaneLayout(pane);
        Scene scene = new Scene(l, width, height);
        Looks.style(scene);
        l.applyCss();
        l.layout();
        return l;
    }

    public PaneLayout layout() {
        return layout;
    }

    /** The next frame: the first is the pane as it stands, each later one 1/fps s further on. */
    public BufferedImage frame() {
        if (taken > 0) {
            animation.advance(dt);
        }
        taken++;
        layout.applyCss();
        layout.layout();
        // exactly the asked size, even where the pane's least width is more (a small GIF)
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(Theme.palette().background());
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, layout.getScene().getWidth(), layout.getScene().getHeight()));
        return SwingFXUtils.fromFXImage(layout.snapshot(params, null), null);
    }
}
