package org.mathlens.kit;

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
}
