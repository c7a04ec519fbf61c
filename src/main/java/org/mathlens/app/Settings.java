package org.mathlens.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs: the last lesson, the window size and the theme. */
public final class Settings {
    private final Preferences prefs;

    public Settings() {
        this(Preferences.userRoot().node("org/mathlens"));
    }

    Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public String lastLesson() {
        return prefs.get("lastLesson", null);
    }

    public void setLastLesson(String id) {
        prefs.put("lastLesson", id);
    }

    public boolean dark() {
        return prefs.getBoolean("dark", false);
    }

    public void setDark(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    public double width() {
        return clamp(prefs.getDouble("width", 1500), 800, 8000);
    }

    public double height() {
        return clamp(prefs.getDouble("height", 920), 500, 8000);
    }

    public void setSize(double w, double h) {
        prefs.putDouble("width", w);
        prefs.putDouble("height", h);
    }

    private static double clamp(double x, double lo, double hi) {
        return Double.isFinite(x) ? Math.max(lo, Math.min(hi, x)) : lo;
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience: a read-only home must not stop the app closing
        }
    }
}
