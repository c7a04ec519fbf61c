package org.mathlens.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A canvas for pictures laid out in screen pixels rather than on a coordinate plane: matrices
 * as grids of numbers with brackets, lists of steps, formulas written out. It shares the
 * plane's palette, UI scale, hover names ({@link Drawable#name()} / {@link Drawable#hit}, with
 * screen coordinates) and its rule of redrawing at most once per pulse. Drawables draw with
 * {@link #gc()} and the text helpers here, in pixels from the top-left corner.
 */
public class Sheet extends PixelView {
    private final Painter painter = new Painter(graphics(), new Viewport());
    private final List<Drawable> drawables = new ArrayList<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    public Sheet() {
        super("sheet");
        setMinSize(120, 80);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            trackMouse(e.getX(), e.getY());
            refreshHover();
        });
    }

    public void add(Drawable d) {
        drawables.add(d);
        invalidate();
    }

    public GraphicsContext gc() {
        return graphics();
    }

    public Palette palette() {
        return Theme.palette();
    }

    /** A size in pixels at the current UI scale. */
    public double ui(double px) {
        return px * Theme.uiScale();
    }

    @Override
    protected void paint(GraphicsContext g, Palette palette) {
        painter.prepare(palette, Theme.uiScale());
        for (Drawable d : drawables) {
            d.draw(painter);
        }
        String name = hoveredProperty().get();
        if (name != null) {
            double w = textWidth(name, 14, true);
            double x = Math.min(hoverX() + ui(14), Math.max(ui(4), getWidth() - w - ui(8)));
            double y = Math.max(ui(12), hoverY() - ui(14));
            painter.screenLabel(name, x, y, palette.text(), true, TextAlignment.LEFT);
        }
    }

    @Override
    protected String nameAt(double x, double y) {
        for (int i = drawables.size() - 1; i >= 0; i--) {
            Drawable d = drawables.get(i);
            if (d.name() != null && d.hit(painter, x, y)) {
                return d.name();
            }
        }
        return null;
    }

    // ---- text --------------------------------------------------------------------------------

    /** The app's font at a size in points (before the UI scale), cached. */
    public Font font(double size, boolean bold) {
        double s = ui(size);
        long key = Double.doubleToLongBits(s) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, s));
    }

    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** Text centred vertically on y, aligned to x as told. */
    public void text(String text, double x, double y, double size, boolean bold, Color color, TextAlignment align) {
        GraphicsContext g = gc();
        g.setFont(font(size, bold));
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    /** A square bracket pair around the box (x, y, w, h), as matrices are written. */
    public void brackets(double x, double y, double w, double h, Color color) {
        GraphicsContext g = gc();
        double t = ui(6);
        g.setStroke(color);
        g.setLineWidth(ui(1.6));
        g.setLineDashes((double[]) null);
        g.strokePolyline(new double[] {x + t, x, x, x + t}, new double[] {y, y, y + h, y + h}, 4);
        g.strokePolyline(new double[] {x + w - t, x + w, x + w, x + w - t}, new double[] {y, y, y + h, y + h}, 4);
    }

    /** A rounded filled box, for highlights and badges. */
    public void box(double x, double y, double w, double h, Color fill, Color stroke) {
        GraphicsContext g = gc();
        double r = ui(6);
        if (fill != null) {
            g.setFill(fill);
            g.fillRoundRect(x, y, w, h, r, r);
        }
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(ui(1.2));
            g.setLineDashes((double[]) null);
            g.strokeRoundRect(x, y, w, h, r, r);
        }
    }
}
