package org.mathlens.kit;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * What the 2D plane and the 3D view share: one Canvas that follows the region's size exactly
 * (JavaFX backs it at the screen's pixel scale, so it stays sharp on HiDPI and in 2× exports),
 * a redraw at most once per pulse in the layout pass whenever told the model changed, the
 * theme's palette and UI scale, and the name of whatever the mouse hovers over.
 */
public abstract class CanvasView extends Region {
    /**
     * What stays put while the learner drags (a plane's grid and tick labels), painted only when
     * it changes. On the software pipeline a frame's cost is mostly rasterizing what the canvas
     * was told to draw, and the grid is a good part of that.
     */
    private final Canvas backdrop = new Canvas();
    private final Canvas canvas = new Canvas();
    private Object paintedBackdrop;
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered");
    private boolean fitted;
    private boolean dirty = true;
    private double hoverX = -1;
    private double hoverY = -1;
    // held here, added to the app-wide theme only while this view is in a scene: a static
    // property holding a listener of every view ever built kept every closed pane alive
    private final InvalidationListener themeChanged = o -> invalidate();
    // and weakly: a scene thrown away with the view still in it (a snapshot, a test) never
    // tells the view it left, so a strong listener would keep the whole pane alive
    private final InvalidationListener themeChangedWeakly = new javafx.beans.WeakInvalidationListener(themeChanged);
    private boolean followingTheme;

    protected CanvasView(String styleClass) {
        getStyleClass().add(styleClass);
        getChildren().addAll(backdrop, canvas);
        setFocusTraversable(true);
        setMinSize(120, 120);
        setPrefSize(640, 480);
        sceneProperty().addListener((o, was, is) -> followTheme(is != null));
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            trackMouse(-1, -1);
            setHovered(null);
        });
    }

    /** Redraws on theme changes while shown; a view taken out of its scene leaves nothing on the theme. */
    private void followTheme(boolean on) {
        if (on == followingTheme) {
            return;
        }
        followingTheme = on;
        if (on) {
            Theme.paletteProperty().addListener(themeChangedWeakly);
            Theme.uiScaleProperty().addListener(themeChangedWeakly);
            invalidate(); // the theme may have changed while this view was out of a scene
        } else {
            Theme.paletteProperty().removeListener(themeChangedWeakly);
            Theme.uiScaleProperty().removeListener(themeChangedWeakly);
        }
    }

    /** Asks again what lies under the last mouse position (after the picture moved under it). */
    public final void refreshHover() {
        if (hoverX >= 0 && hoverY >= 0) {
            setHovered(nameAt(hoverX, hoverY));
        }
    }

    /** Redraw whenever this revision counter moves (a pane's model revision). */
    public final void follow(ObservableLongValue revision) {
        revision.addListener(o -> invalidate());
    }

    /** The canvas's drawing context (valid from construction on). */
    protected final GraphicsContext graphics() {
        return canvas.getGraphicsContext2D();
    }

    /** The backdrop canvas's drawing context, for a view that has one ({@link #backdropKey()}). */
    protected final GraphicsContext backdropGraphics() {
        return backdrop.getGraphicsContext2D();
    }

    /**
     * Whatever decides the backdrop (the view's window, size, theme): it is painted again only
     * when this changes. Null, the default, means no backdrop: {@link #paint} draws everything.
     */
    protected Object backdropKey() {
        return null;
    }

    /** Paints the backdrop, its background already filled. */
    protected void paintBackdrop(GraphicsContext g, Palette palette) {
    }

    /** Marks the picture stale; it is redrawn once, in the next layout pass. */
    public final void invalidate() {
        dirty = true;
        requestLayout();
    }

    /** The name of the object under the mouse, or null. */
    public final ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Back to the starting view (the F key). */
    public abstract void fit();

    /** Subclasses call this from {@link #fit()} once the view is set. */
    protected final void fitted() {
        fitted = true;
        invalidate();
    }

    /** The starting view changed: fit again at the next layout. */
    protected final void refit() {
        fitted = false;
        invalidate();
    }

    /** The canvas took a new size (in layout pixels). */
    protected abstract void resized(double width, double height);

    /**
     * Paints the whole picture, the background already filled; ends with the hover label
     * ({@link #hoveredProperty()} at {@link #hoverX()}, {@link #hoverY()}) on top.
     */
    protected abstract void paint(GraphicsContext g, Palette palette);

    /** The name of what lies under the screen point, or null. */
    protected abstract String nameAt(double x, double y);

    protected void hoverChanged(String name) {
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paintedBackdrop = null;
            resized(w, h);
            dirty = true;
        }
        if (!fitted && w > 1 && h > 1) {
            fit();
        }
        if (dirty) {
            redrawNow();
        }
    }

    /** Paints everything afresh, the backdrop too (an SVG export reads what each canvas was told). */
    final void redrawAll() {
        paintedBackdrop = null;
        redrawNow();
    }

    /** Paints now (the bench times this); normally the layout pass calls it. */
    public final void redrawNow() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette palette = Theme.palette();
        Object key = backdropKey();
        if (key == null) {
            g.setFill(palette.background());
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        } else {
            if (!key.equals(paintedBackdrop)) {
                backdrop.setWidth(canvas.getWidth());
                backdrop.setHeight(canvas.getHeight());
                GraphicsContext b = backdrop.getGraphicsContext2D();
                b.setFill(palette.background());
                b.fillRect(0, 0, backdrop.getWidth(), backdrop.getHeight());
                paintBackdrop(b, palette);
                paintedBackdrop = key;
            }
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        paint(g, palette);
    }

    protected final double hoverX() {
        return hoverX;
    }

    protected final double hoverY() {
        return hoverY;
    }

    /** Records where the mouse is, for the hover label. */
    protected final void trackMouse(double x, double y) {
        hoverX = x;
        hoverY = y;
    }

    protected final void setHovered(String name) {
        if (!Objects.equals(name, hovered.get())) {
            hovered.set(name);
            hoverChanged(name);
            invalidate();
        }
    }

    private void moved(MouseEvent e) {
        trackMouse(e.getX(), e.getY());
        setHovered(nameAt(e.getX(), e.getY()));
        if (hovered.get() != null) {
            invalidate(); // the label follows the mouse
        }
    }
}
