package org.mathlens.explorables.ml;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A row of 8×8 pictures painted into one image, one 8-pixel slot each, and drawn enlarged with
 * sharp pixels: a digit is 64 cells, so painting it once and scaling it costs one drawImage a
 * frame instead of 64 rectangles. Ink maps 0 … 16 from the background to the text colour;
 * weights map −m … m from one colour through the background to another.
 */
final class Tiles {
    private final int slots;
    private final WritableImage image;
    private final int[] buffer;

    Tiles(int slots) {
        this.slots = slots;
        this.image = new WritableImage(8 * slots, 8);
        this.buffer = new int[64 * slots];
    }

    int slots() {
        return slots;
    }

    /** Slot s shows levels 0 … 16 as ink of colour {@code ink} on {@code paper}. */
    void ink(int s, double[] levels, Color paper, Color ink) {
        for (int j = 0; j < 64; j++) {
            buffer[(j / 8) * 8 * slots + 8 * s + j % 8] = mix(paper, ink, clamp(levels[j] / 16));
        }
    }

    /** Slot s shows signed values, negative toward {@code low} and positive toward {@code high}, ±limit full. */
    void signed(int s, double[] values, double limit, Color mid, Color low, Color high) {
        for (int j = 0; j < 64; j++) {
            double t = limit > 0 ? values[j] / limit : 0;
            buffer[(j / 8) * 8 * slots + 8 * s + j % 8] = t < 0 ? mix(mid, low, clamp(-t)) : mix(mid, high, clamp(t));
        }
    }

    /** Writes the painted slots to the image: once per change, not per frame. */
    void commit() {
        image.getPixelWriter().setPixels(0, 0, 8 * slots, 8, PixelFormat.getIntArgbInstance(), buffer, 0, 8 * slots);
    }

    /** Draws slot s as a square of side {@code side} at (x, y). */
    void draw(GraphicsContext g, int s, double x, double y, double side) {
        g.setImageSmoothing(false);
        g.drawImage(image, 8 * s, 0, 8, 8, x, y, side, side);
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }

    /** The opaque colour t of the way from a to b, as ARGB (no Color made per pixel: weights repaint every epoch). */
    static int mix(Color a, Color b, double t) {
        int r = (int) Math.round(255 * (a.getRed() + t * (b.getRed() - a.getRed())));
        int g = (int) Math.round(255 * (a.getGreen() + t * (b.getGreen() - a.getGreen())));
        int bl = (int) Math.round(255 * (a.getBlue() + t * (b.getBlue() - a.getBlue())));
        return 0xff000000 | r << 16 | g << 8 | bl;
    }
}
