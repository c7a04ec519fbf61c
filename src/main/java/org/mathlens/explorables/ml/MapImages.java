package org.mathlens.explorables.ml;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.mathlens.kit.Palette;

/**
 * The maps of one result painted once into images (the decision region, then one small image
 * per neuron), repainted only when the result or the palette changes, so a frame that does
 * not bring a new result only draws images.
 */
final class MapImages {
    private RegionMaps painted;
    private Palette paintedWith;
    private int classes;
    private WritableImage region;
    private WritableImage[][] neurons = new WritableImage[0][];

    /** Brings the images up to date with these maps. */
    void update(RegionMaps maps, int classCount, Palette pal) {
        if (maps == painted && pal == paintedWith && classCount == classes) {
            return;
        }
        painted = maps;
        paintedWith = pal;
        classes = classCount;
        region = write(region, paintRegion(maps, classCount, pal), maps.n());
        if (neurons.length != maps.neurons().length) {
            neurons = new WritableImage[maps.neurons().length][];
        }
        for (int l = 0; l < neurons.length; l++) {
            boolean output = l == neurons.length - 1;
            if (neurons[l] == null || neurons[l].length != maps.neurons()[l].length) {
                neurons[l] = new WritableImage[maps.neurons()[l].length];
            }
            for (int i = 0; i < neurons[l].length; i++) {
                neurons[l][i] = write(neurons[l][i], output ? paintProbability(maps, i, pal) : paintNeuron(maps, l, i, pal), maps.m());
            }
        }
    }

    WritableImage region() {
        return region;
    }

    /** Dense layer l's neuron i (the last layer: each class's probability). */
    WritableImage neuron(int l, int i) {
        return neurons[l][i];
    }

    /** Each cell in its predicted class's colour, stronger the surer the network is. */
    private static int[] paintRegion(RegionMaps maps, int k, Palette pal) {
        int n = maps.n();
        int[] px = new int[n * n];
        double chance = 1.0 / k;
        for (int c = 0; c < px.length; c++) {
            double sure = (maps.confidence()[c] - chance) / (1 - chance);
            px[c] = ClassColors.argb(pal, ClassColors.of(pal, maps.best()[c]), 0.10 + 0.32 * sure);
        }
        return px;
    }

    /** A hidden neuron's value scaled by its largest magnitude: blue where positive, orange where negative. */
    private static int[] paintNeuron(RegionMaps maps, int l, int i, Palette pal) {
        double[] v = maps.neurons()[l][i];
        double s = maps.scale()[l][i];
        int[] px = new int[v.length];
        for (int c = 0; c < v.length; c++) {
            double t = s == 0 ? 0 : v[c] / s;
            px[c] = ClassColors.argb(pal, t >= 0 ? pal.first() : pal.second(), 0.85 * Math.abs(t));
        }
        return px;
    }

    /** An output neuron: the probability of its class, in the class's colour. */
    private static int[] paintProbability(RegionMaps maps, int k, Palette pal) {
        double[] v = maps.neurons()[maps.neurons().length - 1][k];
        int[] px = new int[v.length];
        for (int c = 0; c < v.length; c++) {
            px[c] = ClassColors.argb(pal, ClassColors.of(pal, k), 0.85 * v[c]);
        }
        return px;
    }

    /** The pixels written into the image, which is made anew only when its size is wrong. */
    private static WritableImage write(WritableImage img, int[] px, int n) {
        WritableImage out = img != null && img.getWidth() == n && img.getHeight() == n ? img : new WritableImage(n, n);
        out.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), px, 0, n);
        return out;
    }
}
