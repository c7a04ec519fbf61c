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
                .hasMessage("broken.json: not valid JSON at line 4, column 4");
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

    private static final String GOOD = "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": \"[1, 2]\"}}";

    /** Every way a file can be more or other than one scene is refused with one sentence in our words. */
    @Test
    void anythingButExactlyOneWellFormedSceneIsRefusedInOneSentence() {
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(GOOD + " garbage", "there is more after the scene");
        refused.put(GOOD + GOOD, "there is more after the scene");
        refused.put(GOOD + "\n{}", "there is more after the scene");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"explorable\": \"eigen\", \"parameters\": {}}",
                "\"explorable\" is given twice");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": \"[1, 2]\", \"u\": \"[3, 4]\"}}",
                "\"u\" is given twice");
        refused.put("{\"mathlens-scene\": \"abc\", \"explorable\": \"vectors\", \"parameters\": {}}", "scene format \"abc\" is not one");
        refused.put("{\"mathlens-scene\": true, \"explorable\": \"vectors\", \"parameters\": {}}", "scene format true is not one");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": true, \"parameters\": {}}", "the scene names no explorable");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": null}}", "parameter 'u' must be text");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": true}}", "parameter 'u' must be text");
        refused.put("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": []}", "no \"parameters\" object");
        refused.put("{'mathlens-scene': 1}", "not valid JSON at line 1, column");
        refused.put("{\"mathlens-scene\": 1,}", "not valid JSON at line 1, column");
        refused.put("[".repeat(100_000), "not a Mathlens scene");
        refused.put("{\"mathlens-scene\": " + "[".repeat(100_000), "not valid JSON");
        refused.put("", "not valid JSON");
        refused.forEach((text, why) -> assertThatThrownBy(() -> SavedScene.parse("s.json", text)).as(text.length() > 80 ? text.substring(0, 80) : text)
                .isInstanceOf(SavedScene.SceneException.class)
                .hasMessageStartingWith("s.json: ").hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("http", "Lenient", "LENIENT", "path $", "\n")));
        assertThat(SavedScene.parse("s.json", GOOD).parameters()).containsEntry("u", "[1, 2]");
    }

    @Test
    void aFileLargerThanAnySceneIsRefusedWithoutReadingItWhole() throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write("{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": \"".getBytes());
            out.write(new byte[SavedScene.MAX_BYTES]);
        }
        assertThatThrownBy(() -> SavedScene.read(big)).hasMessage("big.json: is larger than 1 MB, more than this app reads");
        Path zero = dir.resolve("zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertThatThrownBy(() -> SavedScene.read(zero)).hasMessage("zero.json: is larger than 1 MB, more than this app reads");
        Files.write(dir.resolve("latin1.json"), "{\"explorable\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SavedScene.read(dir.resolve("latin1.json"))).hasMessageContaining("is not UTF-8 text");
        assertThatThrownBy(() -> SavedScene.read(dir)).hasMessageContaining("is a folder, not a file");
    }
}
