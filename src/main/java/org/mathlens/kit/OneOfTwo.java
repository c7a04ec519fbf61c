package org.mathlens.kit;

import javafx.scene.Node;

/**
 * Panes that draw a 2×2 matrix on a {@link Plane} and a 3×3 one in a {@link View3D} stack both
 * and show exactly one: the hidden one is unmanaged too, so it takes no room and no layout.
 */
public final class OneOfTwo {
    private OneOfTwo() {
    }

    /** Shows {@code first} when {@code firstShown}, else {@code second}. */
    public static void show(boolean firstShown, Node first, Node second) {
        first.setVisible(firstShown);
        first.setManaged(firstShown);
        second.setVisible(!firstShown);
        second.setManaged(!firstShown);
    }
}
