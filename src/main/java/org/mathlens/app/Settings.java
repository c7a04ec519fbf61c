package org.mathlens.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs: the last lesson, the window size and the theme. */
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
