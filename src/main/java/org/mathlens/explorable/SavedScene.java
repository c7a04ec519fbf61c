package org.mathlens.explorable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
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
        SafeFiles.writeStringAtomically(file, toJson());
    }

    /** A scene is a few hundred bytes; this bounds a broken or hostile file (a link to /dev/zero). */
    static final int MAX_BYTES = 1 << 20;

    /** Reads a scene; a {@link SceneException} says what is wrong (with the line for broken JSON). */
    public static SavedScene read(Path file) {
        String text;
        try {
            text = SafeFiles.readUtf8(file, MAX_BYTES);
        } catch (IOException e) {
            throw new SceneException(file.getFileName() + ": " + e.getMessage());
        }
        return parse(String.valueOf(file.getFileName()), text);
    }

    /** A scene from text (the clipboard); {@code name} says where it came from in the message. */
    public static SavedScene fromText(String name, String text) {
        if (text == null || text.length() > MAX_BYTES) {
            throw new SceneException(name + ": not a Mathlens scene");
        }
        return parse(name, text);
    }

    static SavedScene parse(String name, String text) {
        Map<String, Object> root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw new SceneException(name + ": not a Mathlens scene (no \"mathlens-scene\" field)");
            }
            root = readObject(reader, name);
            boolean more;
            try {
                more = reader.peek() != JsonToken.END_DOCUMENT;
            } catch (IOException e) {
                more = true; // garbage after the scene, not JSON at all
            }
            if (more) {
                throw new SceneException(name + ": there is more after the scene, " + where(reader));
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new SceneException(name + ": not valid JSON" + position(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new SceneException(name + ": not a Mathlens scene (nested too deeply)");
        }
        if (!root.containsKey("mathlens-scene")) {
            throw new SceneException(name + ": not a Mathlens scene (no \"mathlens-scene\" field)");
        }
        Object format = root.get("mathlens-scene");
        if (!(format instanceof Double d) || d != FORMAT) {
            throw new SceneException(name + ": scene format " + shown(format) + " is not one this version reads (" + FORMAT + ")");
        }
        if (!(root.get("explorable") instanceof String explorable)) {
            throw new SceneException(name + ": the scene names no explorable");
        }
        if (!(root.get("parameters") instanceof Map<?, ?> given)) {
            throw new SceneException(name + ": the scene has no \"parameters\" object");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : given.entrySet()) {
            if (e.getValue() instanceof String value) {
                params.put((String) e.getKey(), value);
            } else if (e.getValue() instanceof Double number) {
                params.put((String) e.getKey(), String.valueOf(number));
            } else {
                throw new SceneException(name + ": parameter '" + e.getKey() + "' must be text, like \"[1, 2]\"");
            }
        }
        return new SavedScene(explorable, params);
    }

    /**
     * One JSON object as a map; a key given twice is refused (Gson's own tree keeps the last one
     * silently, so a scene could name one pane and then another). Values: text, numbers, true /
     * false, null, nested objects; an array stands as a list.
     */
    private static Map<String, Object> readObject(JsonReader reader, String name) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String key = reader.nextName();
            if (object.containsKey(key)) {
                throw new SceneException(name + ": \"" + key + "\" is given twice, " + where(reader));
            }
            object.put(key, readValue(reader, name));
        }
        reader.endObject();
        return object;
    }

    private static Object readValue(JsonReader reader, String name) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return readObject(reader, name);
            case BEGIN_ARRAY: {
                java.util.List<Object> list = new java.util.ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    list.add(readValue(reader, name));
                }
                reader.endArray();
                return list;
            }
            case STRING:
                return reader.nextString();
            case NUMBER:
                return reader.nextDouble();
            case BOOLEAN:
                return reader.nextBoolean();
            case NULL:
                reader.nextNull();
                return NULL;
            default:
                throw new IOException("unexpected " + reader.peek() + " " + reader);
        }
    }

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static String shown(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return String.valueOf(d.longValue());
        }
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** "at line 3, column 7" from the reader's own place. */
    private static String where(JsonReader reader) {
        String p = position(reader.toString());
        return p.isEmpty() ? "at the end" : p.substring(1);
    }

    /** " at line N, column M" from a Gson message, without its advice and web address; "" if none. */
    static String position(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(String.valueOf(message));
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
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
