package org.mathlens.kit;

import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.UndoHistory;

/** A slider bound both ways to a scalar parameter; one drag of the thumb is one undoable gesture. */
public final class ParameterSlider extends Slider {
    private boolean updating;

    public ParameterSlider(ScalarParameter p, UndoHistory history) {
        super(p.isLogarithmic() ? Math.log10(p.min()) : p.min(), p.isLogarithmic() ? Math.log10(p.max()) : p.max(),
                p.isLogarithmic() ? Math.log10(p.value()) : p.value());
        boolean log = p.isLogarithmic();
        setId("slider-" + p.name());
        setBlockIncrement(log ? 0.1 : p.step());
        setMajorTickUnit(log ? 1 : (p.max() - p.min()) / 4);
        setShowTickMarks(true);
        if (p.description() != null) {
            setTooltip(new Tooltip(p.description()));
        }
        valueProperty().addListener((o, old, now) -> {
            if (!updating && log) {
                // two significant digits: 0.0012, 0.034, 0.5
                double x = Math.pow(10, now.doubleValue());
                double snapped = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", x));
                p.set(Math.max(p.min(), Math.min(p.max(), snapped)));
            } else if (!updating) {
                double snapped = Math.round(now.doubleValue() / p.step()) * p.step();
                snapped = Math.max(p.min(), Math.min(p.max(), Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", snapped))));
                p.set(snapped);
            }
        });
        p.property().addListener((o, old, now) -> {
            updating = true;
            setValue(log ? Math.log10(now) : now);
            updating = false;
        });
        setOnMousePressed(e -> history.begin());
        setOnMouseReleased(e -> history.end());
        setOnKeyPressed(e -> history.begin());
        setOnKeyReleased(e -> history.end());
    }
}
