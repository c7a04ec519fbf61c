package org.mathlens.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs: the last lesson, the window's size and position, and the theme. */
public final class Settings {
    /**
     * The JDK logs its preference troubles itself, a full disk as a long stack trace from its
     * sync timer every 30 s; we say it once in our own words instead. Held here so the setting stays.
     */
    private static final java.util.logging.Logger JDK_PREFS_LOG = java.util.logging.Logger.getLogger("java.util.prefs");

    static {
        JDK_PREFS_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** The JDK's name for a preferences file it could not read, renamed aside before it starts afresh. */
    private static final String UNREADABLE = "IncorrectFormatPrefs.xml";

    private final Preferences prefs;
    private String problem;

    public Settings() {
        this("org/mathlens");
    }

    /** The settings under a node of the user's preferences; notices when the JDK had to reset a corrupt file. */
    Settings(String node) {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("java.util.prefs.userRoot",
                System.getProperty("user.home")), ".java", ".userPrefs").resolve(node);
        long before = modified(folder.resolve(UNREADABLE));
        this.prefs = Preferences.userRoot().node(node);
        prefs.get("lastLesson", null); // reads the file now, so a corrupt one is noticed at start
        if (modified(folder.resolve(UNREADABLE)) != before) {
            problem = "Your saved settings could not be read and were reset (the old file is kept as "
                    + folder.resolve(UNREADABLE) + ")";
        }
    }

    Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    private static long modified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** What went wrong reading the settings, said once (then empty). */
    public java.util.Optional<String> takeProblem() {
        java.util.Optional<String> p = java.util.Optional.ofNullable(problem);
        problem = null;
        return p;
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

    /** The window's content width last time (the scene, not the frame: decorations are not saved). */
    public double width() {
        return clamp(prefs.getDouble("width", 1500), MIN_WIDTH, 8000);
    }

    public double height() {
        return clamp(prefs.getDouble("height", 920), MIN_HEIGHT, 8000);
    }

    /** The content size; the frame around it is the window manager's and is added anew each run. */
    public void setSize(double w, double h) {
        if (Double.isFinite(w) && Double.isFinite(h) && w > 0 && h > 0) {
            prefs.putDouble("width", w);
            prefs.putDouble("height", h);
        }
    }

    /** The window's last position on the desktop, or NaN when none was saved. */
    public double x() {
        return prefs.getDouble("x", Double.NaN);
    }

    public double y() {
        return prefs.getDouble("y", Double.NaN);
    }

    public void setPosition(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            prefs.putDouble("x", x);
            prefs.putDouble("y", y);
        }
    }

    /** The smallest content the window opens with, the same as the window's own minimum. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;

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
