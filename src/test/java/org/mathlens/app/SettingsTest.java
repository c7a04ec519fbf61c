package org.mathlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsTest {
    /** A corrupt preferences file resets the settings, and the app says so once instead of silently. */
    @Test
    void corruptPreferencesAreSaidOnce() throws Exception {
        String node = "org/mathlens-corrupt-" + System.nanoTime();
        Path folder = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")), ".java", ".userPrefs").resolve(node);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("prefs.xml"), "<?xml version=\"1.0\"?><map><entry key=\"dark\" value=\"tr");
        Settings settings = new Settings(node);
        assertThat(settings.takeProblem()).get().asString().startsWith("Your saved settings could not be read and were reset");
        assertThat(settings.takeProblem()).as("said once").isEmpty();
        assertThat(settings.dark()).isFalse();

        String fresh = "org/mathlens-fresh-" + System.nanoTime();
        assertThat(new Settings(fresh).takeProblem()).isEmpty();
    }

    /** The content size is kept as it was, so the frame does not grow the window at each start. */
    @Test
    void theSizeAndPositionComeBackAsSaved() {
        Settings s = new Settings(java.util.prefs.Preferences.userRoot().node("org/mathlens-size-" + System.nanoTime()));
        assertThat(Double.isNaN(s.x())).isTrue();
        s.setSize(1366, 740);
        s.setPosition(12, 30);
        assertThat(s.width()).isEqualTo(1366);
        assertThat(s.height()).isEqualTo(740);
        assertThat(s.x()).isEqualTo(12);
        s.setSize(300, 200);
        assertThat(s.width()).as("never below the window's minimum").isEqualTo(Settings.MIN_WIDTH);
        s.setSize(Double.NaN, 5);
        assertThat(s.height()).isEqualTo(Settings.MIN_HEIGHT);
    }
}
