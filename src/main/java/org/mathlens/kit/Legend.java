package org.mathlens.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A card in the plane's top-left corner listing live values beside their colours, so the
 * numbers sit next to the picture they were drawn from.
 */
public final class Legend implements Drawable {
    private record Entry(Function<Palette, Color> color, Supplier<String> text) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Text measure = new Text();
    private List<String> drawn = List.of();

    public Legend add(Function<Palette, Color> color, Supplier<String> text) {
        entries.add(new Entry(color, text));
        return this;
    }

    @Override
    public void draw(Painter p) {
        double line = p.ui(22);
        double pad = p.ui(10);
        measure.setFont(Font.font("System", javafx.scene.text.FontWeight.BOLD, 14 * p.ui(1)));
        double width = 0;
        // a line whose text is null is left out: a warning shown only when it applies
        List<String> texts = new java.util.ArrayList<>();
        List<Color> colors = new java.util.ArrayList<>();
        for (Entry e : entries) {
            String t = e.text().get();
            if (t == null) {
                continue;
            }
            texts.add(t);
            colors.add(e.color().apply(p.palette()));
            measure.setText(t);
            width = Math.max(width, measure.getLayoutBounds().getWidth());
        }
        drawn = List.copyOf(texts);
        var g = p.gc();
        double w = width + pad * 2 + p.ui(18);
        double h = texts.size() * line + pad;
        g.setFill(Palette.fill(p.palette().background(), 0.9));
        g.fillRoundRect(pad, pad, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(pad, pad, w, h, p.ui(8), p.ui(8));
        for (int i = 0; i < texts.size(); i++) {
            double y = pad + pad / 2 + line * (i + 0.5);
            Color c = colors.get(i);
            g.setFill(c);
            g.fillRoundRect(pad * 2, y - p.ui(5), p.ui(10), p.ui(10), p.ui(3), p.ui(3));
            p.screenLabel(texts.get(i), pad * 2 + p.ui(18), y, c, true, TextAlignment.LEFT);
        }
    }

    /**
     * The lines as last drawn, top to bottom (empty before the first paint): what the picture
     * says in words and numbers, so a test can hold each "name = value" to the readout it names.
     */
    public List<String> drawnLines() {
        return drawn;
    }
}
