package org.mathlens.kit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something a {@link Plane} draws each time it redraws: a grid line set, an arrow, a shaded
 * region. A drawable that has a name is named when the mouse hovers over it.
 */
public interface Drawable {
    void draw(Painter p);

    /** Shown on hover; null for background drawables. */
    default String name() {
        return null;
    }

    /** True when the screen point (sx, sy) lies on this drawable. */
    default boolean hit(Painter p, double sx, double sy) {
        return false;
    }

    /** Whether a screen point lies on a drawable: the {@link #hit} of {@link #named}. */
    @FunctionalInterface
    interface Hit {
        boolean test(Painter p, double sx, double sy);
    }

    /** A drawable from its three parts, so a pane need not write an anonymous class for a hover name. */
    static Drawable named(Consumer<Painter> draw, Supplier<String> name, Hit hit) {
        return new Drawable() {
            @Override
            public void draw(Painter p) {
                draw.accept(p);
            }

            @Override
            public String name() {
                return name.get();
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                return hit.test(p, sx, sy);
            }
        };
    }
}
