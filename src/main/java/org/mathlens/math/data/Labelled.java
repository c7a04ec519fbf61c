package org.mathlens.math.data;

import java.util.List;

/**
 * A data set of examples with a class each: {@code x[i]} the features of example i,
 * {@code y[i]} its class (0 … classes − 1), named by {@code classNames}.
 */
public record Labelled(String name, double[][] x, int[] y, List<String> features, List<String> classNames) {
    public int size() {
        return x.length;
    }

    public int dimension() {
        return features.size();
    }

    public int classes() {
        return classNames.size();
    }
}
