package org.mathlens.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * What the legends and cards of a pane's showing planes last wrote, line by line — the words
 * and numbers beside the picture — so a test can hold each "name = value" to the readout it
 * names, as {@code Sketch3D} lets a test read its painting order.
 */
public final class DrawnText {
    private DrawnText() {
    }

    /** The lines, plane by plane in scene order, legends and cards in painting order; hidden branches left out. */
    public static List<String> showingIn(Node view) {
        List<String> lines = new ArrayList<>();
        collect(view, lines);
        return lines;
    }

    private static void collect(Node node, List<String> lines) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Plane plane) {
            for (Drawable d : plane.drawables()) {
                if (d instanceof Legend legend) {
                    lines.addAll(legend.drawnLines());
                } else if (d instanceof Card card) {
                    lines.addAll(card.drawnLines());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, lines);
            }
        }
    }
}
