package org.mathlens.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.UndoHistory;

/**
 * A 2D coordinate plane on one Canvas: an adaptive grid with labelled axes, drawables painted
 * in order, handles the learner drags. Pan by dragging empty space, zoom with the wheel around
 * the cursor, F fits the starting view, Tab moves between handles and arrow keys move the
 * focused one. It redraws at most once per pulse, in the layout pass, whenever told the model
 * changed.
 */
public class Plane extends CanvasView {
    private final Viewport view = new Viewport();
    private final Painter painter;
    private final Painter backdropPainter;
    private final Grid grid = new Grid();
    private final List<Drawable> drawables = new ArrayList<>();
    private final List<Handle> handles = new ArrayList<>();
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
    private final double[] home = {-5, 5, -5, 5};
    private UndoHistory history;
    private Handle dragging;
    private int focusIndex = -1;
    private double lastX;
    private double lastY;

    /**
     * A pane's plane: redrawn when the pane's revision moves, its zoom and pan undone with the
     * pane's history, and home (F) on the given world rectangle.
     */
    public static Plane following(ObservableLongValue revision, UndoHistory history,
                                  double x0, double x1, double y0, double y1) {
        Plane p = new Plane();
        p.setHome(x0, x1, y0, y1);
        p.follow(revision);
        p.setHistory(history);
        return p;
    }

    public Plane() {
        super("plane");
        painter = new Painter(graphics(), view);
        backdropPainter = new Painter(backdropGraphics(), view);
        drawables.add(grid);
        snapping.bind(Theme.snapToGridProperty());
        snapping.addListener(o -> invalidate());
        focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                focus(-1);
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Gestures on handles are recorded here, so Ctrl+Z undoes a drag. */
    public void setHistory(UndoHistory history) {
        this.history = history;
    }

    public void add(Drawable d) {
        drawables.add(d);
        invalidate();
    }

    /** What the plane paints, bottom to top (read by tests, e.g. for the legends' lines). */
    public List<Drawable> drawables() {
        return java.util.Collections.unmodifiableList(drawables);
    }

    public void addHandle(Handle h) {
        handles.add(h);
        invalidate();
    }

    /** Takes a handle away (when the thing it moves is gone, e.g. a deleted data point). */
    public void removeHandle(Handle h) {
        int i = handles.indexOf(h);
        if (i >= 0) {
            handles.remove(i);
            if (dragging == h) {
                dragging = null;
            }
            focus(-1);
        }
    }

    public List<Handle> handles() {
        return List.copyOf(handles);
    }

    public Viewport viewport() {
        return view;
    }

    public BooleanProperty snappingProperty() {
        return snapping;
    }

    /** The world box the plane shows at first and after F. */
    /** The smallest box {x0, x1, y0, y1} holding every point (x, y): where a view fits its data. */
    public static double[] bounds(double[][] points) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] q : points) {
            b[0] = Math.min(b[0], q[0]);
            b[1] = Math.max(b[1], q[0]);
            b[2] = Math.min(b[2], q[1]);
            b[3] = Math.max(b[3], q[1]);
        }
        return b;
    }

    /**
     * Sets the box F returns to and fits it at the next layout, except while the learner drags a
     * handle: the view never moves under the hand (F, a step or a typed value fits it later).
     */
    public void setHome(double x0, double x1, double y0, double y1) {
        home[0] = x0;
        home[1] = x1;
        home[2] = y0;
        home[3] = y1;
        if (dragging == null) {
            refit();
        }
    }

    @Override
    public void fit() {
        view.setSize(getWidth(), getHeight());
        view.fit(home[0], home[1], home[2], home[3]);
        fitted();
    }

    @Override
    protected void resized(double width, double height) {
        view.setSize(width, height);
    }

    /** The grid follows the window onto the world, the size and the theme, and nothing else. */
    private record Backdrop(double centerX, double centerY, double scale, double width, double height,
            Palette palette, double ui) {
    }

    @Override
    protected Object backdropKey() {
        return new Backdrop(view.centerX(), view.centerY(), view.scale(), view.width(), view.height(),
                Theme.palette(), Theme.uiScale());
    }

    @Override
    protected void paintBackdrop(GraphicsContext g, Palette palette) {
        backdropPainter.prepare(palette, Theme.uiScale());
        grid.draw(backdropPainter);
    }

    @Override
    protected void paint(GraphicsContext g, Palette palette) {
        painter.prepare(palette, Theme.uiScale());
        for (Drawable d : drawables) {
            if (d != grid) {
                d.draw(painter);
            }
        }
        for (Handle h : handles) {
            h.draw(painter);
        }
        String name = hoveredProperty().get();
        if (name != null) {
            painter.screenLabel(name, hoverX() + painter.ui(14), hoverY() - painter.ui(14), palette.text(), true, TextAlignment.LEFT);
        }
    }

    private Handle handleAt(double sx, double sy) {
        for (int i = handles.size() - 1; i >= 0; i--) {
            if (handles.get(i).hit(painter, sx, sy)) {
                return handles.get(i);
            }
        }
        return null;
    }

    @Override
    protected String nameAt(double sx, double sy) {

        Handle h = handleAt(sx, sy);
        if (h != null) {
            return h.name();
        }
        for (int i = drawables.size() - 1; i >= 0; i--) {
            Drawable d = drawables.get(i);
            if (d.name() != null && d.hit(painter, sx, sy)) {
                return d.name();
            }
        }
        return null;
    }

    @Override
    protected void hoverChanged(String name) {
        boolean onHandle = name != null && handleAt(hoverX(), hoverY()) != null;
        setCursor(onHandle ? javafx.scene.Cursor.OPEN_HAND : javafx.scene.Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragging = handleAt(e.getX(), e.getY());
        if (dragging != null) {
            focus(handles.indexOf(dragging));
            if (history != null) {
                history.begin();
            }
            setCursor(javafx.scene.Cursor.CLOSED_HAND);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragging != null) {
            dragging.moveTo(snap(view.wx(e.getX())), snap(view.wy(e.getY())));
        } else {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        trackMouse(e.getX(), e.getY());
        invalidate();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging != null && history != null) {
            history.end();
        }
        dragging = null;
        setCursor(javafx.scene.Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || !Double.isFinite(e.getDeltaY())) {
            return;
        }
        view.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        invalidate();
        e.consume();
    }

    /** The snapping unit: half the minor grid spacing, or one pixel's worth of world when snapping is off. */
    public double snapStep() {
        double minor = view.gridStep(painter.ui(70)) / 5;
        if (snapping.get()) {
            return minor / 2;
        }
        return Math.pow(10, Math.floor(Math.log10(1 / view.scale())));
    }

    private double snap(double world) {
        double step = snapStep();
        double r = Math.round(world / step) * step;
        // round away binary noise so that 0.1 + 0.2 drags show as 0.3
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", r)) + 0.0;
    }

    private void focus(int index) {
        focusIndex = index;
        for (int i = 0; i < handles.size(); i++) {
            handles.get(i).setFocused(i == index);
        }
        invalidate();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.TAB && !handles.isEmpty()) {
            int next = focusIndex + (e.isShiftDown() ? -1 : 1);
            if (next >= 0 && next < handles.size()) {
                focus(next);
                e.consume();
            }
            return;
        }
        double dx = 0;
        double dy = 0;
        switch (code) {
            case LEFT -> dx = -1;
            case RIGHT -> dx = 1;
            case UP -> dy = 1;
            case DOWN -> dy = -1;
            case F -> {
                fit();
                e.consume();
                return;
            }
            case PLUS, EQUALS, ADD -> {
                view.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
                invalidate();
                e.consume();
                return;
            }
            case MINUS, SUBTRACT -> {
                view.zoomAt(0.8, getWidth() / 2, getHeight() / 2);
                invalidate();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        if (focusIndex >= 0 && focusIndex < handles.size()) {
            Handle h = handles.get(focusIndex);
            double step = snapStep() * (e.isShiftDown() ? 10 : 1);
            if (history != null) {
                history.begin();
            }
            h.moveTo(snap(h.x() + dx * step), snap(h.y() + dy * step));
            if (history != null) {
                history.end();
            }
        } else {
            view.panBy(-dx * 40, dy * 40);
        }
        invalidate();
        e.consume();
    }
}
