package org.mathlens.kit;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.VectorParameter;

/**
 * A point the learner drags (mouse, or arrow keys when the plane has focus). It draws larger
 * than it looks to grab: the hit radius is twice the drawn one, for trackpads and projector remotes.
 */
public final class Handle implements Drawable {
    /** Moves the thing a handle stands for; refused moves are simply not made. */
    public interface Mover {
        void moveTo(double x, double y);
    }

    private final String name;
    private final Function<Palette, Color> color;
    private final Supplier<double[]> position;
    private final Mover mover;
    private boolean focused;

    public Handle(String name, Function<Palette, Color> color, Supplier<double[]> position, Mover mover) {
        this.name = name;
        this.color = color;
        this.position = position;
        this.mover = mover;
    }

    /** A handle at the tip of a 2-vector parameter; a move outside its limits is clamped. */
    public static Handle tipOf(VectorParameter v, String name, Function<Palette, Color> color) {
        return new Handle(name, color, v::get, (x, y) -> {
            double lim = v.limit();
            try {
                v.set(new double[] {clamp(x, lim), clamp(y, lim)});
            } catch (ParameterException refused) {
                // a move the parameter will not take leaves the vector where it was
            }
        });
    }

    private static double clamp(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }

    public double x() {
        return position.get()[0];
    }

    public double y() {
        return position.get()[1];
    }

    public void moveTo(double x, double y) {
        mover.moveTo(x, y);
    }

    void setFocused(boolean focused) {
        this.focused = focused;
    }

    public boolean isFocused() {
        return focused;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void draw(Painter p) {
        double x = x();
        double y = y();
        Color c = color.apply(p.palette());
        if (focused) {
            p.dot(x, y, 12, Palette.fill(c, 0.3));
        }
        p.dot(x, y, 7, p.palette().handleRing());
        p.dot(x, y, 5, c);
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return Math.hypot(p.sx(x()) - sx, p.sy(y()) - sy) <= p.ui(14);
    }
}
