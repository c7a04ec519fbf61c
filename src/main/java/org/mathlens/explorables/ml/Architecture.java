package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.ml.Activation;

/**
 * The hidden layers as typed: sizes like {@code [4, 2]} (up to 6 layers of 1 … 8 neurons,
 * {@code []} for none) and activations, one for every layer ({@code tanh}) or one per layer
 * ({@code relu, tanh}). Every refusal is one sentence. Pure.
 */
public final class Architecture {
    public static final int MAX_LAYERS = 6;
    public static final int MAX_WIDTH = 8;

    private Architecture() {
    }

    /** The hidden layer sizes in "[4, 2]" (brackets optional). */
    public static List<Integer> hidden(String text) {
        String t = text.trim();
        if (t.startsWith("[") != t.endsWith("]")) {
            throw new IllegalArgumentException("hidden is a list of layer sizes such as [4, 2]: a bracket is missing");
        }
        if (t.startsWith("[")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        List<Integer> sizes = new ArrayList<>();
        if (t.isEmpty()) {
            return sizes;
        }
        for (String part : t.split(",")) {
            String p = part.trim();
            int n;
            try {
                n = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hidden is a list of layer sizes such as [4, 2]; '" + p + "' is not a whole number");
            }
            if (n < 1 || n > MAX_WIDTH) {
                throw new IllegalArgumentException("a hidden layer has 1 to " + MAX_WIDTH + " neurons, not " + n);
            }
            sizes.add(n);
        }
        if (sizes.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_LAYERS + " hidden layers, not " + sizes.size());
        }
        return sizes;
    }

    /** The activations of {@code layers} hidden layers: one name for all, or exactly one per layer. */
    public static List<Activation> activations(String text, int layers) {
        List<Activation> named = names(text);
        if (named.size() == 1) {
            return java.util.Collections.nCopies(layers, named.get(0));
        }
        if (named.size() != layers) {
            throw new IllegalArgumentException("give one activation for all layers or one per hidden layer ("
                    + layers + "), not " + named.size());
        }
        return named;
    }

    /** The names in "relu, tanh" (any count), each checked. */
    public static List<Activation> names(String text) {
        List<Activation> named = new ArrayList<>();
        String t = text.trim().replace("[", "").replace("]", "");
        for (String part : t.split(",")) {
            named.add(Activation.of(part));
        }
        return named;
    }
}
