package org.mathlens.explorables.ml;

import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * The decision region as a heat map over the points' square (each cell the colour of the class
 * the network predicts there, stronger where it is surer), with the training points as filled
 * dots and the test points as rings, all in their true class's colour.
 */
final class RegionPicture extends TrainedPicture {
    private final MapImages images;

    RegionPicture(Supplier<NeuralNetworkModel.Result> shown, MapImages images) {
        super(shown);
        this.images = images;
    }

    @Override
    void draw(Painter p, NeuralNetworkModel.Result r, Palette pal) {
        LabelledPoints pts = r.settings().points();
        images.update(r.maps(), pts.classes().size(), pal);
        double[] box = r.maps().box();
        GraphicsContext g = p.gc();
        g.setImageSmoothing(true);
        g.drawImage(images.region(), p.sx(box[0]), p.sy(box[3]), p.sx(box[1]) - p.sx(box[0]), p.sy(box[2]) - p.sy(box[3]));
        boolean[] train = r.inTraining();
        double radius = p.ui(pts.size() > 600 ? 3 : 4.2);
        g.setLineWidth(p.ui(2.2));
        // one colour change per class and kind, not per point: a canvas records every change
        for (int k = 0; k < pts.classes().size(); k++) {
            Color c = ClassColors.of(pal, k);
            g.setFill(c);
            g.setStroke(c);
            for (int i = 0; i < pts.size(); i++) {
                if (pts.labels()[i] != k) {
                    continue;
                }
                double sx = p.sx(pts.xy()[i][0]) - radius;
                double sy = p.sy(pts.xy()[i][1]) - radius;
                if (train[i]) {
                    g.fillOval(sx, sy, 2 * radius, 2 * radius);
                } else {
                    g.strokeOval(sx, sy, 2 * radius, 2 * radius);
                }
            }
        }
    }

    @Override
    public String name() {
        return "the decision region: each place in the colour of the class the network predicts there";
    }
}
