package org.mathlens.math.ml;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A network's weights as JSON, for File → Export model: its layer sizes, inputs and classes by
 * name, and per dense layer its activation, weights (one row per neuron, one column per input)
 * and biases.
 */
public final class NetworkJson {
    private NetworkJson() {
    }

    public static String of(Network net, List<String> inputs, List<String> classes) {
        JsonObject root = new JsonObject();
        root.addProperty("format", "mathlens-network-1");
        root.add("inputs", strings(inputs));
        root.add("classes", strings(classes));
        JsonArray sizes = new JsonArray();
        for (int s : net.sizes()) {
            sizes.add(s);
        }
        root.add("sizes", sizes);
        JsonArray layers = new JsonArray();
        int[] n = net.sizes();
        for (int l = 0; l < net.layers(); l++) {
            JsonObject layer = new JsonObject();
            layer.addProperty("activation", net.activation(l).id());
            JsonArray w = new JsonArray();
            JsonArray b = new JsonArray();
            for (int i = 0; i < n[l + 1]; i++) {
                JsonArray row = new JsonArray();
                for (int j = 0; j < n[l]; j++) {
                    row.add(net.weight(l, i, j));
                }
                w.add(row);
                b.add(net.bias(l, i));
            }
            layer.add("weights", w);
            layer.add("biases", b);
            layers.add(layer);
        }
        root.add("layers", layers);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root);
    }

    private static JsonArray strings(List<String> names) {
        JsonArray a = new JsonArray();
        names.forEach(a::add);
        return a;
    }
}
