package org.mathlens.kit;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A card of text lines in one corner of a plane (the working of a computation, a warning),
 * each line in its own colour role. Lines come from a supplier read at every redraw; an empty
 * line is skipped, so a card can grow and shrink with the state it explains.
 */
public final class Card implements Drawable {
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** One line and its colour. */
    public record Line(String text, Function<Palette, Color> color, boolean bold) {
    }

    private final Corner corner;
    private final Supplier<Line[]> lines;
    private final Text measure = new Text();
    private List<String> drawn = List.of();

    public Card(Corner corner, Supplier<Line[]> lines) {
        this.corner = corner;
        this.lines = lines;
    }

    @Override
    public void draw(Painter p) {
        Line[] ls = lines.get();
        int count = 0;
        double width = 0;
        measure.setFont(Font.font("System", FontWeight.BOLD, 14 * p.ui(1)));
        for (Line l : ls) {
            if (l != null && !l.text().isEmpty()) {
                count++;
                measure.setText(l.text());
                width = Math.max(width, measure.getLayoutBounds().getWidth());
            }
        }
        drawn = texts(ls, count);
        if (count == 0) {
            return;
        }
        double line = p.ui(21);
        double pad = p.ui(10);
        double w = width + 2 * pad;
        double h = count * line + pad;
        double x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? pad : p.view().width() - pad - w;
        double y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? pad : p.view().height() - pad - h;
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(x, y, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(x, y, w, h, p.ui(8), p.ui(8));
        int k = 0;
        for (Line l : ls) {
            if (l != null && !l.text().isEmpty()) {
                p.screenLabel(l.text(), x + pad, y + pad / 2 + line * (k + 0.5), l.color().apply(p.palette()), l.bold(), TextAlignment.LEFT);
                k++;
            }
        }
    }

    /** The lines as last drawn, top to bottom (empty before the first paint), for tests to read. */
    public List<String> drawnLines() {
        return drawn;
    }

    private static List<String> texts(Line[] ls, int count) {
        String[] texts = new String[count];
        int k = 0;
        for (Line l : ls) {
            if (l != null && !l.text().isEmpty()) {
                texts[k++] = l.text();
            }
        }
        return List.of(texts);
    }
}
