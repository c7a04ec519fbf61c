package org.mathlens.kit;

import javafx.scene.paint.Color;

/**
 * The one palette of the app, after Okabe and Ito's colour-blind-safe set. Roles, not hues:
 * the first basis vector and x are always {@link #first}, the second basis vector and y
 * {@link #second}, what the learner drags {@link #learner}, results {@link #result}.
 */
public record Palette(
        String name,
        Color background,
        Color gridMinor,
        Color gridMajor,
        Color axis,
        Color text,
        Color textMuted,
        Color first,
        Color second,
        Color learner,
        Color result,
        Color extra,
        Color warning,
        Color handleRing) {

    public static Palette light() {
        return new Palette("light",
                Color.web("#ffffff"), Color.web("#eef0f3"), Color.web("#d7dbe0"), Color.web("#5b6470"),
                Color.web("#1f2328"), Color.web("#656d76"),
                Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
                Color.web("#E69F00"), Color.web("#D55E00"), Color.web("#ffffff"));
    }

    /**
     * For a projector in a lit room: the light palette with darker, fully saturated roles, a
     * stronger grid and pure black text, so colours survive a washed-out beam.
     */
    public static Palette presenter() {
        return new Palette("presenter",
                Color.web("#ffffff"), Color.web("#dfe3e8"), Color.web("#aab2bc"), Color.web("#000000"),
                Color.web("#000000"), Color.web("#3d444d"),
                Color.web("#00558a"), Color.web("#b34400"), Color.web("#00704c"), Color.web("#a0216a"),
                Color.web("#a86f00"), Color.web("#b34400"), Color.web("#ffffff"));
    }

    public static Palette dark() {
        return new Palette("dark",
                Color.web("#0d1117"), Color.web("#1b2129"), Color.web("#2d3540"), Color.web("#9aa4b0"),
                Color.web("#e6edf3"), Color.web("#9198a1"),
                Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#3fcf9f"), Color.web("#e58ec4"),
                Color.web("#F0E442"), Color.web("#ff7b4f"), Color.web("#0d1117"));
    }

    public boolean isDark() {
        return background.getBrightness() < 0.5;
    }

    /** The same colour, see-through: for filled areas under lines. */
    public static Color fill(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
