package org.mathlens.kit;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The look and feel every picture follows, changed in one place: the palette (light / dark),
 * the UI scale (presenter mode draws lines, labels and handles 1.5× or 2× larger), and whether
 * handles snap to the grid.
 */
public final class Theme {
    private static final ObjectProperty<Palette> PALETTE = new SimpleObjectProperty<>(Palette.light());
    private static final DoubleProperty UI_SCALE = new SimpleDoubleProperty(1.0);
    private static final javafx.beans.property.BooleanProperty SNAP = new javafx.beans.property.SimpleBooleanProperty(true);

    private Theme() {
    }

    public static ObjectProperty<Palette> paletteProperty() {
        return PALETTE;
    }

    public static Palette palette() {
        return PALETTE.get();
    }

    public static DoubleProperty uiScaleProperty() {
        return UI_SCALE;
    }

    /** Whether dragged handles snap to the grid (the toolbar's magnet; every plane follows it). */
    public static javafx.beans.property.BooleanProperty snapToGridProperty() {
        return SNAP;
    }

    public static double uiScale() {
        return UI_SCALE.get();
    }
}
