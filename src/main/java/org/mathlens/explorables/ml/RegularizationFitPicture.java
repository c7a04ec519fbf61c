package org.mathlens.explorables.ml;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationData.Curve;
import org.mathlens.kit.FunctionPlot;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The fit: the true curve as a dashed ghost (for a preset), the validation points as rings,
 * the fitted polynomial, and a legend with the two errors (the readouts' numbers). The training points are the pane's
 * handles, drawn by the plane above all this.
 */
final class RegularizationFitPicture {
    private final RegularizationModel model;
    private final Supplier<DoubleUnaryOperator> fitted;
    private final Supplier<Curve> curve;
    private final DoubleUnaryOperator sine = Curve.SINE::at;
    private final DoubleUnaryOperator cubic = Curve.CUBIC::at;
    private final DoubleUnaryOperator none = x -> Double.NaN;

    RegularizationFitPicture(RegularizationModel model, Supplier<DoubleUnaryOperator> fitted, Supplier<Curve> curve) {
        this.model = model;
        this.fitted = fitted;
        this.curve = curve;
    }

    void addTo(Plane plane) {
        plane.add(new FunctionPlot("the true curve the preset samples", this::truth, pal -> Palette.fill(pal.textMuted(), 0.8), 2).dashed());
        plane.add(p -> {
            double[][] held = model.problem().validation();
            for (double[] q : held) {
                p.circle(q[0], q[1], p.ui(4.5) / p.view().scale(), null, p.palette().second(), 2);
            }
        });
        plane.add(new FunctionPlot("the fitted polynomial", fitted, Palette::result, 3.5));
        plane.add(new Legend()
                .add(Palette::first, () -> model.problem().train().length + " training points: MSE " + Numbers.label(model.trainError()))
                .add(Palette::second, () -> model.hasValidation()
                        ? model.problem().validation().length + " validation points: MSE " + Numbers.label(model.validationError())
                        : "no validation points: MSE undefined")
                .add(Palette::result, () -> "degree " + model.degree() + ", " + penaltyWords())
                .add(Palette::textMuted, () -> curve.get() == null ? "no true curve (your own data)" : "truth " + curve.get().words()));
    }

    private String penaltyWords() {
        Penalty pen = model.problem().penalty();
        String lambda = RegularizationChart.lambdaText(model.problem().lambda());
        return switch (pen) {
            case NONE -> "no penalty";
            case L1 -> "L1, λ = " + lambda;
            case L2 -> "L2, λ = " + lambda;
        };
    }

    private DoubleUnaryOperator truth() {
        Curve c = curve.get();
        if (c == null) return none;
        return c == Curve.SINE ? sine : cubic;
    }
}
