package org.mathlens.explorables.ml;

import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;

/** The colour of each class, as TensorFlow Playground has them: class 0 orange, class 1 blue, then the palette's others. */
final class ClassColors {
    private ClassColors() {
    }

    static Color of(Palette p, int k) {
        return switch (k) {
            case 0 -> p.second();
            case 1 -> p.first();
            case 2 -> p.learner();
            case 3 -> p.result();
            case 4 -> p.extra();
            case 5 -> p.axis();
            case 6 -> p.textMuted();
            default -> p.text();
        };
    }

    /** The class colour laid over the background with this strength (0 background, 1 the colour). */
    static int argb(Palette p, Color c, double strength) {
        Color bg = p.background();
        double s = strength >= 0 ? Math.min(1, strength) : 0; // NaN (a diverged run) shows as background
        int r = (int) Math.round(255 * (bg.getRed() + (c.getRed() - bg.getRed()) * s));
        int g = (int) Math.round(255 * (bg.getGreen() + (c.getGreen() - bg.getGreen()) * s));
        int b = (int) Math.round(255 * (bg.getBlue() + (c.getBlue() - bg.getBlue()) * s));
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
