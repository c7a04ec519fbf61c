package org.mathlens.kit;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.canvas.GraphicsContext;
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
public class View3D extends CanvasView {
    /** Radians turned per pixel dragged: a drag across a 640-pixel view turns a bit over half a turn. */
    private static final double ORBIT_PER_PIXEL = 0.006;
    private static final double ORBIT_PER_KEY = Math.toRadians(5);

    private final Camera3D camera = new Camera3D();
    private final Sketch3D sketch = new Sketch3D();
    private Consumer<Sketch3D> content = s -> { };
    private double homeRadius = 4;
    private double homeYaw = camera.yaw();
    private double homePitch = camera.pitch();
    private double lastX;
    private double lastY;

    public View3D() {
        super("view3d");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** What to draw: called on every redraw with a fresh sketch, so the pane's model drives the picture. */
    public void setContent(Consumer<Sketch3D> content) {
        this.content = Objects.requireNonNull(content);
        invalidate();
    }

    public Camera3D camera() {
        return camera;
    }

    /** The sketch of the last frame (for hit tests and tests). */
    public Sketch3D sketch() {
        return sketch;
    }

    /**
     * A view of a pane's model: it draws {@code content} and redraws when {@code revision} moves,
     * starting from the usual angle (35° round, 25° up) with a ball of {@code radius} in sight.
     */
    public static View3D of(javafx.beans.value.ObservableLongValue revision, double radius, Consumer<Sketch3D> content) {
        View3D v = new View3D();
        v.setHome(radius, Math.toRadians(35), Math.toRadians(25));
        v.follow(revision);
        v.setContent(content);
        return v;
    }

    /**
     * The starting view, also restored by F: looking at the origin from these angles, far
     * enough back that a ball of this radius around the origin fits.
     */
    public void setHome(double radius, double yaw, double pitch) {
        homeRadius = radius;
        homeYaw = yaw;
        homePitch = pitch;
        refit();
    }

    @Override
    public void fit() {
        camera.setViewport(getWidth(), getHeight());
        camera.setTarget(0, 0, 0);
        camera.setYaw(homeYaw);
        camera.setPitch(homePitch);
        camera.fit(homeRadius);
        fitted();
    }

    /** Orbits the camera, as a drag or arrow key does. */
    public void orbit(double dYaw, double dPitch) {
        camera.orbit(dYaw, dPitch);
        invalidate();
    }

    @Override
    protected void resized(double width, double height) {
        camera.setViewport(width, height);
    }

    @Override
    protected void paint(GraphicsContext g, Palette palette) {
        sketch.begin(camera, palette, Theme.uiScale());
        content.accept(sketch);
        String name = hoveredProperty().get();
        if (name != null) {
            // in screen space, on top of everything, like the 2D plane's hover label
            sketch.screenLabel(name, hoverX() + sketch.ui(14), hoverY() - sketch.ui(14), palette.text());
        }
        sketch.draw(g);
    }

    @Override
    protected String nameAt(double x, double y) {
        return sketch.nameAt(x, y);
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
