package org.mathlens.kit;

import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.UndoHistory;

/** A slider bound both ways to a scalar parameter; one drag of the thumb is one undoable gesture. */
public final class ParameterSlider extends Slider {
    private boolean updating;

    public ParameterSlider(ScalarParameter p, UndoHistory history) {
        super(p.sliderMin(), p.sliderMax(), p.sliderPosition(p.value()));
        boolean log = p.isLogarithmic();
        setId("slider-" + p.name());
        setBlockIncrement(log ? 0.1 : p.step());
        setMajorTickUnit(log ? 1 : (p.max() - p.min()) / 4);
        setShowTickMarks(true);
        if (p.description() != null) {
            setTooltip(new Tooltip(p.description()));
        }
        valueProperty().addListener((o, old, now) -> {
            if (!updating) {
                p.set(p.valueAt(now.doubleValue()));
            }
        });
        p.property().addListener((o, old, now) -> {
            updating = true;
            setValue(p.sliderPosition(now));
            updating = false;
        });
        setOnMousePressed(e -> history.begin());
        setOnMouseReleased(e -> history.end());
        setOnKeyPressed(e -> history.begin());
        setOnKeyReleased(e -> history.end());
    }
}
