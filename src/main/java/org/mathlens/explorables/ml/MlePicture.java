package org.mathlens.explorables.ml;

import java.util.function.DoubleSupplier;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;

/**
 * One of the mle sheet's three pictures (Gaussian, regression, Bernoulli): it draws only when
 * the model is its kind and solved, in the sheet's size, with the margins all three share
 * (room for the y tick labels on the left).
 */
abstract class MlePicture implements Drawable {
    final MleModel model;
    private final MleModel.Kind kind;
    private final DoubleSupplier width;
    private final DoubleSupplier height;

    MlePicture(MleModel model, MleModel.Kind kind, DoubleSupplier width, DoubleSupplier height) {
        this.model = model;
        this.kind = kind;
        this.width = width;
        this.height = height;
    }

    @Override
    public final void draw(Painter p) {
        if (model.kind() == kind && model.solved()) {
            draw(p, width.getAsDouble(), height.getAsDouble(), p.ui(80), p.ui(24));
        }
    }

    /** Draws in a sheet w × h, leaving {@code left} and {@code right} pixels beside the charts. */
    abstract void draw(Painter p, double w, double h, double left, double right);
}
