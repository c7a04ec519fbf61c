package org.mathlens.kit;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A sentence on a card centred at the bottom of the plane ("the plane collapses onto a line",
 * "1. V⁻¹: eigenvectors → axes"): what the picture is doing now, in words. Nothing is drawn
 * while the supplier gives null or an empty string. Several lines stack upwards.
 */
public final class Caption implements Drawable {
    private final Supplier<String> text;
    private final Function<Palette, Color> color;
    private final int line;
    private final Text measure = new Text();

    /** {@code line} 0 is the bottom card, 1 the one above it, and so on. */
    public Caption(Supplier<String> text, Function<Palette, Color> color, int line) {
        this.text = text;
        this.color = color;
        this.line = line;
    }

    @Override
    public void draw(Painter p) {
        String s = text.get();
        if (s == null || s.isEmpty()) {
            return;
        }
        measure.setFont(Font.font("System", FontWeight.BOLD, 14 * p.ui(1)));
        measure.setText(s);
        double w = measure.getLayoutBounds().getWidth() + p.ui(24);
        double h = p.ui(28);
        double cx = p.view().width() / 2;
        double cy = p.view().height() - p.ui(26) - line * p.ui(34);
        var g = p.gc();
        Color c = color.apply(p.palette());
        // a sentence wider than a narrow plane is drawn smaller rather than cut at the edges
        double fit = Math.min(1, (p.view().width() - p.ui(16)) / w);
        g.save();
        g.translate(cx, cy);
        g.scale(fit, fit);
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(-w / 2, -h / 2, w, h, p.ui(10), p.ui(10));
        g.setStroke(Palette.fill(c, 0.8));
        g.setLineWidth(p.ui(1.5));
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(-w / 2, -h / 2, w, h, p.ui(10), p.ui(10));
        p.screenLabel(s, 0, 0, c, true, TextAlignment.CENTER);
        g.restore();
    }
}
