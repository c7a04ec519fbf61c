package org.mathlens.kit;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.math.linalg.Vec2;

/** A named arrow between two live points, in a palette role's colour, with an optional label at its tip. */
public final class Arrow implements Drawable {
    private final String name;
    private final Supplier<Vec2> from;
    private final Supplier<Vec2> to;
    private final Function<Palette, Color> color;
    private final double width;
    private final Supplier<String> label;
    private double labelAt = 1.0;

    public Arrow(String name, Supplier<Vec2> from, Supplier<Vec2> to, Function<Palette, Color> color,
                 double width, Supplier<String> label) {
        this.name = name;
        this.from = from;
        this.to = to;
        this.color = color;
        this.width = width;
        this.label = label;
    }

    /** Puts the label beside the middle of the arrow instead of past its tip (for arrows whose tip is crowded). */
    public Arrow labelAtMiddle() {
        labelAt = 0.5;
        return this;
    }

    /** An arrow from the origin. */
    public static Arrow fromOrigin(String name, Supplier<Vec2> to, Function<Palette, Color> color, double width, String label) {
        return new Arrow(name, () -> Vec2.ZERO, to, color, width, () -> label);
    }

    @Override
    public void draw(Painter p) {
        Vec2 a = from.get();
        Vec2 b = to.get();
        Color c = color.apply(p.palette());
        p.arrow(a.x(), a.y(), b.x(), b.y(), c, width);
        String text = label == null ? null : label.get();
        if (text != null && !text.isEmpty() && labelAt < 1) {
            Vec2 d = b.minus(a);
            double len = d.norm();
            Vec2 m = a.plus(d.times(labelAt));
            // beside the shaft, on its left as seen along the arrow
            double ox = len == 0 ? 8 : -d.y() / len * 16;
            double oy = len == 0 ? -8 : -d.x() / len * 16;
            p.label(text, m.x(), m.y(), ox - (ox < 0 ? text.length() * 8 : 0), oy, c, true);
        } else if (text != null && !text.isEmpty()) {
            Vec2 d = b.minus(a);
            double len = d.norm();
            // put the label just past the tip, along the arrow, so it never sits on the shaft
            double ox = len == 0 ? 8 : d.x() / len * 16;
            double oy = len == 0 ? -8 : -d.y() / len * 16;
            p.label(text, b.x(), b.y(), ox - (ox < 0 ? text.length() * 8 : 0), oy, c, true);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        Vec2 a = from.get();
        Vec2 b = to.get();
        return p.pixelDistanceToSegment(sx, sy, a.x(), a.y(), b.x(), b.y()) <= p.ui(6);
    }
}
