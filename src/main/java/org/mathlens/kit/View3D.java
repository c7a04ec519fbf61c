package org.mathlens.kit;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * A 3D picture drawn on one Canvas, so it works under the software pipeline (virtual machines,
 * school PCs, headless tests) where JavaFX's own 3D draws nothing. The pane supplies a content
 * callback that adds its model's primitives to a {@link Sketch3D} on every redraw. Drag to
 * orbit, wheel (or + and −) to zoom, arrow keys orbit when focused, F returns to the starting
 * view; the mouse names what it hovers over. Redraws at most once per pulse, in the layout
 * pass, whenever told the model changed.
 */
public class View3D extends Region {
    /** Radians turned per pixel dragged: a drag across a 640-pixel view turns a bit over half a turn. */
    private static final double ORBIT_PER_PIXEL = 0.006;
    private static final double ORBIT_PER_KEY = Math.toRadians(5);

    private final Canvas canvas = new Canvas();
    private final Camera3D camera = new Camera3D();
    private final Sketch3D sketch = new Sketch3D();
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered");
    private Consumer<Sketch3D> content = s -> { };
    private double homeRadius = 4;
    private double homeYaw = camera.yaw();
    private double homePitch = camera.pitch();
    private boolean fitted;
    private boolean dirty = true;
    private double lastX;
    private double lastY;
    private double hoverX;
    private double hoverY;

    public View3D() {
        getStyleClass().add("view3d");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(120, 120);
        setPrefSize(640, 480);
        Theme.paletteProperty().addListener(o -> invalidate());
        Theme.uiScaleProperty().addListener(o -> invalidate());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** What to draw: called on every redraw with a fresh sketch, so the pane's model drives the picture. */
    public void setContent(Consumer<Sketch3D> content) {
        this.content = Objects.requireNonNull(content);
        invalidate();
    }

    /** Redraw whenever this revision counter moves (a pane's model revision). */
    public void follow(ObservableLongValue revision) {
        revision.addListener(o -> invalidate());
    }

    public Camera3D camera() {
        return camera;
    }

    /** The sketch of the last frame (for hit tests and tests). */
    public Sketch3D sketch() {
        return sketch;
    }

    /** The name of the object under the mouse, or null. */
    public ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /**
     * The starting view, also restored by F: looking at the origin from these angles, far
     * enough back that a ball of this radius around the origin fits.
     */
    public void setHome(double radius, double yaw, double pitch) {
        homeRadius = radius;
        homeYaw = yaw;
        homePitch = pitch;
        fitted = false;
        invalidate();
    }

    public void fit() {
        camera.setViewport(getWidth(), getHeight());
        camera.setTarget(0, 0, 0);
        camera.setYaw(homeYaw);
        camera.setPitch(homePitch);
        camera.fit(homeRadius);
        fitted = true;
        invalidate();
    }

    /** Orbits the camera, as a drag or arrow key does. */
    public void orbit(double dYaw, double dPitch) {
        camera.orbit(dYaw, dPitch);
        invalidate();
    }

    /** Marks the picture stale; it is redrawn once, in the next layout pass. */
    public final void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            // the canvas follows the region exactly, so the picture is never stretched; JavaFX
            // backs it with the screen's pixel scale, so it stays sharp on HiDPI
            canvas.setWidth(w);
            canvas.setHeight(h);
            camera.setViewport(w, h);
            dirty = true;
        }
        if (!fitted && w > 1 && h > 1) {
            fit();
        }
        if (dirty) {
            redrawNow();
        }
    }

    /** Paints now (the bench times this); normally the layout pass calls it. */
    public void redrawNow() {
        dirty = false;
        var g = canvas.getGraphicsContext2D();
        Palette palette = Theme.palette();
        g.setFill(palette.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        sketch.begin(camera, palette, Theme.uiScale());
        content.accept(sketch);
        if (hovered.get() != null) {
            // in screen space, on top of everything, like the 2D plane's hover label
            sketch.screenLabel(hovered.get(), hoverX + sketch.ui(14), hoverY - sketch.ui(14), palette.text());
        }
        sketch.draw(g);
    }

    private void setHovered(String name) {
        if (!Objects.equals(name, hovered.get())) {
            hovered.set(name);
            invalidate();
        }
    }

    private void moved(MouseEvent e) {
        hoverX = e.getX();
        hoverY = e.getY();
        setHovered(sketch.nameAt(e.getX(), e.getY()));
        if (hovered.get() != null) {
            invalidate(); // the label follows the mouse
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() == MouseButton.PRIMARY) {
            setHovered(null);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        // dragging right turns the scene to the right (the camera goes the other way); dragging
        // down tips the top of the scene towards the viewer
        orbit(-(e.getX() - lastX) * ORBIT_PER_PIXEL, (e.getY() - lastY) * ORBIT_PER_PIXEL);
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || !Double.isFinite(e.getDeltaY())) {
            return;
        }
        camera.zoom(Math.pow(1.0015, e.getDeltaY()));
        invalidate();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double step = ORBIT_PER_KEY * (e.isShiftDown() ? 3 : 1);
        switch (e.getCode()) {
            case LEFT -> orbit(step, 0);
            case RIGHT -> orbit(-step, 0);
            case UP -> orbit(0, step);
            case DOWN -> orbit(0, -step);
            case F -> fit();
            case PLUS, EQUALS, ADD -> {
                camera.zoom(1.25);
                invalidate();
            }
            case MINUS, SUBTRACT -> {
                camera.zoom(0.8);
                invalidate();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
