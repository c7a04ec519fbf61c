package org.mathlens.explorables.calculus;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * A card of text lines pinned to a corner of the plane: a table of values (columns split by
 * tabs, aligned), or the lines of an algebraic derivation. The first line can be a bold title.
 */
final class TextCard implements Drawable {
    enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    private final Corner corner;
    private final Supplier<List<String>> lines;
    private final Function<Palette, Color> color;
    private boolean titled;
    private int highlight = -1;
    private Supplier<Integer> highlighted;
    private double offsetY;
    private final Text measure = new Text();
    private List<String> measuredText;
    private double measuredScale;
    private int measuredHighlight;
    private double[] measuredWidths;

    TextCard(Corner corner, Supplier<List<String>> lines, Function<Palette, Color> color) {
        this.corner = corner;
        this.lines = lines;
        this.color = color;
    }

    /** The first line is a bold heading. */
    TextCard titled() {
        titled = true;
        return this;
    }

    /** The line whose index the supplier gives is drawn bold in the result colour (−1: none). */
    TextCard highlight(Supplier<Integer> line) {
        highlighted = line;
        return this;
    }

    /** Moves the card down (top corners) or up (bottom corners) by this many pixels, to stack cards. */
    TextCard offset(double px) {
        offsetY = px;
        return this;
    }

    @Override
    public void draw(Painter p) {
        List<String> text = lines.get();
        if (text == null || text.isEmpty()) {
            return;
        }
        highlight = highlighted == null ? -1 : highlighted.get();
        Font plain = Font.font("System", 13 * p.ui(1));
        Font bold = Font.font("System", FontWeight.BOLD, 14 * p.ui(1));
        int columns = 1;
        for (String s : text) {
            columns = Math.max(columns, s.split("\t", -1).length);
        }
        double[] widths = new double[columns];
        boolean same = text.equals(measuredText) && measuredScale == p.ui(1) && measuredHighlight == highlight
                && measuredWidths.length == columns;
        for (int i = 0; !same && i < text.size(); i++) {
            String[] cells = text.get(i).split("\t", -1);
            measure.setFont(isBold(i) ? bold : plain);
            for (int c = 0; c < cells.length; c++) {
                measure.setText(cells[c]);
                widths[c] = Math.max(widths[c], measure.getLayoutBounds().getWidth());
            }
        }
        if (same) {
            widths = measuredWidths;
        } else {
            measuredText = List.copyOf(text);
            measuredScale = p.ui(1);
            measuredHighlight = highlight;
            measuredWidths = widths;
        }
        double gap = p.ui(16);
        double pad = p.ui(10);
        double line = p.ui(20);
        double w = pad * 2 + gap * (columns - 1);
        for (double c : widths) {
            w += c;
        }
        double h = pad * 2 + line * text.size() - p.ui(4);
        double W = p.view().width();
        double H = p.view().height();
        double x0 = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? p.ui(10) : W - w - p.ui(10);
        double y0 = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? p.ui(10) + p.ui(offsetY) : H - h - p.ui(10) - p.ui(offsetY);
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        Color base = color.apply(p.palette());
        for (int i = 0; i < text.size(); i++) {
            String[] cells = text.get(i).split("\t", -1);
            double y = y0 + pad + line * (i + 0.5) - p.ui(2);
            double x = x0 + pad;
            Color c = i == highlight ? p.palette().result() : (titled && i == 0 ? p.palette().text() : base);
            for (int k = 0; k < cells.length; k++) {
                boolean numeric = columns > 1 && k > 0;
                p.screenLabel(cells[k], numeric ? x + widths[k] : x, y, c, isBold(i),
                        numeric ? TextAlignment.RIGHT : TextAlignment.LEFT);
                x += widths[k] + gap;
            }
        }
    }

    private boolean isBold(int i) {
        return (titled && i == 0) || i == highlight;
    }
}
