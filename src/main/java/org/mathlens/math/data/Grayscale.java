package org.mathlens.math.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A picture as a matrix of gray levels 0 (black) … 1 (white), at most {@value #MAX_SIDE}
 * pixels a side: a PNG or JPEG the learner brings is made gray (luma, Rec. 601 weights) and
 * shrunk by averaging blocks of pixels, so an SVD of it stays quick.
 */
public final class Grayscale {
    public static final int MAX_SIDE = 256;
    /** Files larger than this are refused before decoding: a picture, not a poster. */
    public static final long MAX_BYTES = 20L << 20;

    private Grayscale() {
    }

    /** Reads a PNG or JPEG; any problem is one sentence naming the file. */
    public static double[][] read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new DataException(name + ": no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new DataException(name + ": larger than 20 MB; choose a smaller picture");
            }
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                throw new DataException(name + ": not a PNG or JPEG picture");
            }
            return of(img);
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            throw new DataException(name + ": cannot be read as a picture");
        }
    }

    /** Gray levels of an image, shrunk to at most {@value #MAX_SIDE} a side by block averages. */
    public static double[][] of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int step = (int) Math.ceil(Math.max(w, h) / (double) MAX_SIDE);
        int outW = Math.max(1, w / step);
        int outH = Math.max(1, h / step);
        double[][] out = new double[outH][outW];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double sum = 0;
                for (int dy = 0; dy < step; dy++) {
                    for (int dx = 0; dx < step; dx++) {
                        int rgb = img.getRGB(x * step + dx, y * step + dy);
                        sum += (0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255)) / 255;
                    }
                }
                out[y][x] = sum / (step * step);
            }
        }
        return out;
    }
}
