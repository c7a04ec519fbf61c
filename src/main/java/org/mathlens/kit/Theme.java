package org.mathlens.kit;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The look every picture follows, changed in one place: the palette (light / dark) and the
 * UI scale (presenter mode draws lines, labels and handles 1.5× or 2× larger).
 */
public final class Theme {
    private static final ObjectProperty<Palette> PALETTE = new SimpleObjectProperty<>(Palette.light());
    private static final DoubleProperty UI_SCALE = new SimpleDoubleProperty(1.0);

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

    public static double uiScale() {
        return UI_SCALE.get();
    }
}
