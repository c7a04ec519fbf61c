package org.mathlens.kit;

import javafx.scene.paint.Color;

/**
 * Colours for heights: viridis (dark purple low, yellow high), which keeps its order in grey
 * and for every common colour-vision deficiency. A surface and the contour map beside it use
 * the same ramp so a height reads the same in both. Colours come from a fixed table of 64, so
 * colouring a mesh every frame allocates nothing.
 */
public final class HeightRamp {
    public static final int STEPS = 64;
    private static final String[] STOPS = {
        "#440154", "#472c7a", "#3b518b", "#2c718e", "#21908d", "#27ad81", "#5cc863", "#aadc32", "#fde725",
    };
    private static final Color[] TABLE = new Color[STEPS];

    static {
        Color[] stops = new Color[STOPS.length];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = Color.web(STOPS[i]);
        }
        for (int i = 0; i < STEPS; i++) {
            double t = (double) i / (STEPS - 1) * (stops.length - 1);
            int k = Math.min(stops.length - 2, (int) t);
            TABLE[i] = stops[k].interpolate(stops[k + 1], t - k);
        }
    }

    private HeightRamp() {
    }

    /** The table index for t in [0, 1] (clamped; NaN gives the middle). */
    public static int index(double t) {
        if (!(t == t)) {
            return STEPS / 2;
        }
        return (int) Math.round(Math.max(0, Math.min(1, t)) * (STEPS - 1));
    }

    /** The colour for t in [0, 1], low to high. */
    public static Color color(double t) {
        return TABLE[index(t)];
    }
}
