package org.mathlens.explorables.vectors;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the four 16×16 pixel pictures the tensors pane loads as its image and batch tensors,
 * and writes them as PNG files under src/main/resources/org/mathlens/images/. Run it once
 * (the files are committed); {@link TensorsModelTest} checks a few of their pixels.
 */
public final class TensorImagesMaker {
    static final String[] NAMES = {"pixel-sun", "pixel-heart", "pixel-tree", "pixel-wave"};

    private TensorImagesMaker() {
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "src/main/resources/org/mathlens/images");
        dir.mkdirs();
        for (int k = 0; k < NAMES.length; k++) {
            BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    img.setRGB(x, y, pixel(k, x, y));
                }
            }
            ImageIO.write(img, "png", new File(dir, NAMES[k] + ".png"));
        }
    }

    static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    static int pixel(int picture, int x, int y) {
        double cx = x - 7.5;
        double cy = y - 7.5;
        switch (picture) {
            case 0 -> { // a yellow sun in a blue sky over a green field
                if (y >= 12) {
                    return rgb(40, 150, 60);
                }
                if (cx * cx + (y - 6) * (y - 6) <= 12) {
                    return rgb(255, 210, 40);
                }
                return rgb(90, 160, 230 - 8 * y);
            }
            case 1 -> { // a red heart on white
                double u = cx / 6.5;
                double v = -(cy - 0.5) / 6.5;
                double f = Math.pow(u * u + v * v - 0.35, 3) - u * u * v * v * v;
                return f <= 0 ? rgb(220, 30, 60) : rgb(250, 245, 240);
            }
            case 2 -> { // a green tree with a brown trunk
                if (y >= 11 && x >= 7 && x <= 8) {
                    return rgb(120, 70, 30);
                }
                if (y < 11 && Math.abs(cx) <= (y + 1) * 0.6) {
                    return rgb(30, 130 + 8 * (y % 3), 50);
                }
                return y >= 14 ? rgb(200, 180, 120) : rgb(235, 245, 255);
            }
            default -> { // blue waves under an orange sky
                double wave = 9 + 1.5 * Math.sin(x * 0.8);
                if (y >= wave) {
                    return rgb(20, 60 + 10 * (y % 2), 150 + 5 * y);
                }
                return rgb(250, 150 + 6 * y, 60);
            }
        }
    }
}
