package org.mathlens.explorables.vectors;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.linalg.Vec2;

/** A named dot at a live point (absent while the point is null), with an optional label beside it. */
final class Spot implements Drawable {
    private final Supplier<String> name;
    private final Supplier<Vec2> at;
    private final Function<Palette, Color> color;
    private final double radius;
    private final Supplier<String> label;
    private final double dx;
    private final double dy;

    Spot(Supplier<String> name, Supplier<Vec2> at, Function<Palette, Color> color, double radius,
         Supplier<String> label, double dx, double dy) {
        this.name = name;
        this.at = at;
        this.color = color;
        this.radius = radius;
        this.label = label;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void draw(Painter p) {
        Vec2 w = at.get();
        if (w == null) {
            return;
        }
        Color c = color.apply(p.palette());
        p.dot(w.x(), w.y(), radius + 1.5, p.palette().handleRing());
        p.dot(w.x(), w.y(), radius, c);
        String text = label == null ? null : label.get();
        if (text != null && !text.isEmpty()) {
            p.label(text, w.x(), w.y(), dx, dy, c, true);
        }
    }

    @Override
    public String name() {
        return at.get() == null ? null : name.get();
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        Vec2 w = at.get();
        return w != null && Math.hypot(p.sx(w.x()) - sx, p.sy(w.y()) - sy) <= p.ui(radius + 5);
    }
}
