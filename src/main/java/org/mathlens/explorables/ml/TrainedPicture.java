package org.mathlens.explorables.ml;

import java.util.function.Supplier;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * A picture of the neural-network pane's trained result (region, diagram, loss curves): each
 * draws the result shown, and nothing before the first one arrives from the background.
 */
abstract class TrainedPicture implements Drawable {
    private final Supplier<NeuralNetworkModel.Result> shown;

    TrainedPicture(Supplier<NeuralNetworkModel.Result> shown) {
        this.shown = shown;
    }

    @Override
    public final void draw(Painter p) {
        NeuralNetworkModel.Result r = shown.get();
        if (r != null) {
            draw(p, r, p.palette());
        }
    }

    abstract void draw(Painter p, NeuralNetworkModel.Result r, Palette pal);
}
