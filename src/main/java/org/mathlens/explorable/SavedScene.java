package org.mathlens.explorable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pane saved as a small JSON file: its id and every parameter as text, which is all it takes
 * to restore it exactly. Reading never half-applies: a broken or foreign file is refused with
 * one sentence saying what and where, and the pane stays as it was.
 */
public record SavedScene(String explorable, Map<String, String> parameters) {
    static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public SavedScene {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The scene of a pane as it is now. */
    public static SavedScene of(Explorable pane) {
        return new SavedScene(pane.id(), pane.parameters().snapshot());
    }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("mathlens-scene", FORMAT);
        root.addProperty("explorable", explorable);
        JsonObject params = new JsonObject();
        // in the pane's own order, so the file reads like the control panel
        parameters.forEach(params::addProperty);
        root.add("parameters", params);
        return GSON.toJson(root) + System.lineSeparator();
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /** Reads a scene; a {@link SceneException} says what is wrong (with the line for broken JSON). */
    public static SavedScene read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new SceneException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.getFileName().toString(), text);
    }

    static SavedScene parse(String name, String text) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() instanceof MalformedJsonException || e.getCause() instanceof IOException ? e.getCause() : e;
            throw new SceneException(name + ": not valid JSON: " + cause.getMessage());
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("mathlens-scene")) {
            throw new SceneException(name + ": not a Mathlens scene (no \"mathlens-scene\" field)");
        }
        JsonObject o = root.getAsJsonObject();
        if (!o.get("mathlens-scene").isJsonPrimitive() || o.get("mathlens-scene").getAsDouble() != FORMAT) {
            throw new SceneException(name + ": scene format " + o.get("mathlens-scene") + " is not one this version reads (" + FORMAT + ")");
        }
        if (!o.has("explorable") || !o.get("explorable").isJsonPrimitive()) {
            throw new SceneException(name + ": the scene names no explorable");
        }
        if (!o.has("parameters") || !o.get("parameters").isJsonObject()) {
            throw new SceneException(name + ": the scene has no \"parameters\" object");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("parameters").entrySet()) {
            if (!e.getValue().isJsonPrimitive()) {
                throw new SceneException(name + ": parameter '" + e.getKey() + "' must be text, like \"[1, 2]\"");
            }
            params.put(e.getKey(), e.getValue().getAsString());
        }
        return new SavedScene(o.get("explorable").getAsString(), params);
    }

    /**
     * Puts the saved values into a pane of the same id, all or none, as one undoable change.
     * A value the pane refuses (a corrupted file) leaves it exactly as it was.
     */
    public void applyTo(Explorable pane) {
        if (!pane.id().equals(explorable)) {
            throw new SceneException("this scene is for '" + explorable + "', not '" + pane.id() + "'");
        }
        try {
            pane.history().record(() -> pane.parameters().setAll(parameters));
        } catch (ParameterException e) {
            throw new SceneException("the scene's " + e.getMessage());
        }
    }

    /** What is wrong with a scene file, in one sentence for the status bar. */
    public static final class SceneException extends RuntimeException {
        public SceneException(String message) {
            super(message);
        }
    }
}
