package org.mathlens.kit;

import javafx.scene.paint.Color;

/**
 * One primitive a {@link Sketch3D} draws this frame, already projected to the screen: a line,
 * an arrow, a point, a polygon or a label. Marks are pooled and reused every frame, so keep
 * one only until the content callback returns; use the returned mark to finish it off
 * ({@code s.arrow(...).named("v")}).
 */
public final class Mark3D {
    enum Kind { LINE, ARROW, POINT, POLYGON, LABEL }

    /** Painted first, in the order added (floor grid). */
    static final int BEHIND = 0;
    /** Sorted by depth, far to near (the painter's algorithm). */
    static final int SORTED = 1;
    /** Painted last, in the order added, so they always read (labels). */
    static final int ON_TOP = 2;

    Kind kind;
    String name;
    String text;
    Color color;
    Color edge;
    double width;
    double edgeWidth;
    boolean dashed;
    boolean bold;
    boolean small;
    int layer;
    /** Vertices in canvas pixels. */
    double[] xs = new double[4];
    double[] ys = new double[4];
    int n;
    double depth;
    double dx;
    double dy;

    void reset(Kind kind, Color color, double width) {
        this.kind = kind;
        this.color = color;
        this.width = width;
        name = null;
        text = null;
        edge = null;
        edgeWidth = 0;
        dashed = false;
        bold = false;
        small = false;
        layer = kind == Kind.LABEL ? ON_TOP : SORTED;
        n = 0;
        depth = 0;
        dx = 0;
        dy = 0;
    }

    void ensure(int vertices) {
        if (xs.length < vertices) {
            xs = new double[Math.max(vertices, 2 * xs.length)];
            ys = new double[xs.length];
        }
    }

    /** The name shown when the mouse hovers over this mark. */
    public Mark3D named(String name) {
        this.name = name;
        return this;
    }

    /** Draws a line or arrow dashed: for guides, projections, things that are not "the" object. */
    public Mark3D dashed() {
        dashed = true;
        return this;
    }

    /** Outlines a polygon, in pixels at UI scale 1. */
    public Mark3D edge(Color color, double widthPx) {
        edge = color;
        edgeWidth = widthPx;
        return this;
    }

    /** Shifts a label on screen from its 3D anchor, in pixels at UI scale 1. */
    public Mark3D offset(double dxPx, double dyPx) {
        dx = dxPx;
        dy = dyPx;
        return this;
    }

    public Mark3D bold() {
        bold = true;
        return this;
    }

    /** A smaller font for a label: tick numbers and other secondary text. */
    public Mark3D small() {
        small = true;
        return this;
    }

    /** Paints this mark after every depth-sorted one, so nothing hides it. */
    public Mark3D onTop() {
        layer = ON_TOP;
        return this;
    }

    /** Paints this mark before every depth-sorted one, as a backdrop. */
    public Mark3D behind() {
        layer = BEHIND;
        return this;
    }

    public String name() {
        return name;
    }
}
