package org.mathlens.explorables.ml;

/**
 * What the learner picked in the digits pane, view state rather than a parameter: a cell of
 * the confusion matrix (its images fill the samples) and one test image (shown large with its
 * probabilities instead of the pad). Drawing on the pad lets go of the image.
 */
final class Selection {
    private int truth = -1;
    private int guess = -1;
    private int image = -1;

    boolean hasCell() {
        return truth >= 0;
    }

    int truth() {
        return truth;
    }

    int guess() {
        return guess;
    }

    /** Picks the cell, or lets go of it when it was already picked. */
    void toggleCell(int t, int p) {
        boolean same = t == truth && p == guess;
        truth = same ? -1 : t;
        guess = same ? -1 : p;
        image = -1;
    }

    /** The picked test image (an index into the test set), or −1. */
    int image() {
        return image;
    }

    void toggleImage(int i) {
        image = image == i ? -1 : i;
    }

    void clearImage() {
        image = -1;
    }

    void clear() {
        truth = -1;
        guess = -1;
        image = -1;
    }
}
