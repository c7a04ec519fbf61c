package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.explorables.vectors.VectorsExplorable;

class SavedSceneTest {
    @TempDir
    Path dir;

    @Test
    void aSavedPaneComesBackExactly() throws Exception {
        VectorsExplorable pane = new VectorsExplorable();
        pane.parameters().set("u", "[0.1, -2.5]");
        pane.parameters().set("k", "pi/2");
        Path file = dir.resolve("v.json");
        SavedScene.of(pane).write(file);
        assertThat(Files.readString(file)).contains("\"mathlens-scene\": 1", "\"explorable\": \"vectors\"", "\"u\": \"[0.1, -2.5]\"");

        VectorsExplorable fresh = new VectorsExplorable();
        SavedScene.read(file).applyTo(fresh);
        assertThat(fresh.parameters().snapshot()).isEqualTo(pane.parameters().snapshot());
        assertThat(fresh.history().undo()).as("loading is one undoable change").isTrue();
        assertThat(fresh.parameters().snapshot()).isEqualTo(new VectorsExplorable().parameters().snapshot());
    }

    @Test
    void brokenJsonSaysWhereAndChangesNothing() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"mathlens-scene\": 1,\n  \"explorable\": \"vectors\"\n  \"parameters\": {}\n}\n");
        assertThatThrownBy(() -> SavedScene.read(file)).isInstanceOf(SavedScene.SceneException.class)
                .hasMessageStartingWith("broken.json: not valid JSON: ").hasMessageContaining("line 4");
    }

    @Test
    void foreignOrIncompleteFilesAreRefusedByName() throws Exception {
        assertThatThrownBy(() -> SavedScene.parse("a.json", "[1, 2]")).hasMessage("a.json: not a Mathlens scene (no \"mathlens-scene\" field)");
        assertThatThrownBy(() -> SavedScene.parse("b.json", "{\"mathlens-scene\": 9, \"explorable\": \"vectors\", \"parameters\": {}}"))
                .hasMessage("b.json: scene format 9 is not one this version reads (1)");
        assertThatThrownBy(() -> SavedScene.parse("c.json", "{\"mathlens-scene\": 1, \"parameters\": {}}"))
                .hasMessage("c.json: the scene names no explorable");
        assertThatThrownBy(() -> SavedScene.parse("d.json", "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": [1, 2]}}"))
                .hasMessage("d.json: parameter 'u' must be text, like \"[1, 2]\"");
        assertThatThrownBy(() -> SavedScene.read(dir.resolve("missing.json"))).hasMessageStartingWith("missing.json: cannot be read");
    }

    @Test
    void aValueThePaneRefusesLeavesItAsItWas() {
        VectorsExplorable pane = new VectorsExplorable();
        pane.parameters().set("v", "[2, 2]");
        SavedScene corrupted = SavedScene.parse("x.json",
                "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": \"[1, 1]\", \"k\": \"1e9\"}}");
        assertThatThrownBy(() -> corrupted.applyTo(pane)).hasMessage("the scene's k must be between -3.0 and 3.0");
        assertThat(pane.readouts().read("u").text()).isEqualTo("[3.0, 1.0]");
        assertThat(pane.readouts().read("v").text()).isEqualTo("[2.0, 2.0]");
        assertThatThrownBy(() -> SavedScene.parse("y.json", "{\"mathlens-scene\": 1, \"explorable\": \"norms\", \"parameters\": {}}").applyTo(pane))
                .hasMessage("this scene is for 'norms', not 'vectors'");
    }
}
