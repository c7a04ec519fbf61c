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
        String[] texts = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            texts[i] = entries.get(i).text().get();
            measure.setText(texts[i]);
            width = Math.max(width, measure.getLayoutBounds().getWidth());
        }
        drawn = List.of(texts);
        var g = p.gc();
        double w = width + pad * 2 + p.ui(18);
        double h = entries.size() * line + pad;
        g.setFill(Palette.fill(p.palette().background(), 0.9));
        g.fillRoundRect(pad, pad, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(pad, pad, w, h, p.ui(8), p.ui(8));
        for (int i = 0; i < entries.size(); i++) {
            double y = pad + pad / 2 + line * (i + 0.5);
            Color c = entries.get(i).color().apply(p.palette());
            g.setFill(c);
            g.fillRoundRect(pad * 2, y - p.ui(5), p.ui(10), p.ui(10), p.ui(3), p.ui(3));
            p.screenLabel(texts[i], pad * 2 + p.ui(18), y, c, true, TextAlignment.LEFT);
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
