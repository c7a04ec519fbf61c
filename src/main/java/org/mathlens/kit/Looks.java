package org.mathlens.kit;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The light and dark themes, swapped in this one place: AtlantaFX for controls, the kit's palette for pictures. */
public final class Looks {
    private static final String APP_CSS = Looks.class.getResource("/org/mathlens/mathlens.css").toExternalForm();

    private Looks() {
    }

    public static void apply(boolean dark) {
        // the pre-compiled binary form: parsing 170 kB of CSS text would cost ~150 ms at start-up
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        Theme.paletteProperty().set(dark ? Palette.dark() : Palette.light());
    }

    /**
     * Presenter mode in the light theme swaps in the high-contrast palette; the dark theme stays
     * dark (a dark room). Leaving presenter mode puts the theme's own palette back.
     */
    public static void presenting(boolean on) {
        if (!isDark()) {
            Theme.paletteProperty().set(on ? Palette.presenter() : Palette.light());
        }
    }

    public static boolean isDark() {
        return Theme.palette().isDark();
    }

    /** Adds the app's own style sheet (on top of the theme) to a scene. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
