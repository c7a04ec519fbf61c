package org.mathlens.explorables.decompositions;

import java.util.List;

/**
 * What every picture of the pca pane draws from at one moment: the fit, the labels that came
 * with its data (null when none), k, the example under the mouse and any problem sentence.
 * Built fresh for each draw, so no picture keeps a copy that could fall behind.
 */
record PcaScene(PcaModel pca, int[] labels, List<String> classes, int k, int hovered, boolean standardized, String failure) {
    boolean labelled() {
        return labels != null && !classes.isEmpty();
    }

    /** The words for example i's class, or "" when the data carry none. */
    String className(int i) {
        if (!labelled()) {
            return "";
        }
        int c = labels[i];
        return c >= 0 && c < classes.size() ? classes.get(c) : String.valueOf(c);
    }

    /** 8×8 pictures: the shipped digits, or any 64-column data laid out the same way. */
    boolean images() {
        return pca.dimension() == 64;
    }

    /** "PCA units": the data's own, or standard deviations when standardized. */
    String units() {
        return standardized ? "standardized units" : "the data's units";
    }
}
