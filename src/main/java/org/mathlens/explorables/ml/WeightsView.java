package org.mathlens.explorables.ml;

import java.util.List;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/**
 * The first layer's weights on the 64 pixels, each unit as an 8×8 picture: for softmax the
 * template of each digit (a pixel that pushes toward the digit warm, away from it cool), for
 * the mlp the first ten hidden units. One colour scale for all, ±the largest weight shown.
 */
final class WeightsView implements Drawable {
    private final DigitsModel model;
    private final Sheet sheet;
    private final Tiles tiles = new Tiles(DigitsModel.CLASSES);
    private Object paintedFor;
    private double limit;

    WeightsView(DigitsModel model, Sheet sheet) {
        this.model = model;
        this.sheet = sheet;
    }

    @Override
    public void draw(Painter p) {
        Palette pal = p.palette();
        int n = model.weightImages();
        Object key = List.of(model.current(), pal);
        if (!key.equals(paintedFor)) {
            limit = 0;
            for (int k = 0; k < n; k++) {
                for (double v : model.weightImage(k)) {
                    limit = Math.max(limit, Math.abs(v));
                }
            }
            for (int k = 0; k < n; k++) {
                tiles.signed(k, model.weightImage(k), limit, pal.background(), pal.first(), pal.second());
            }
            tiles.commit();
            paintedFor = key;
        }
        boolean softmax = model.settings().softmax();
        double w = sheet.getWidth();
        double h = sheet.getHeight();
        String title = softmax ? "weights of each digit" : "hidden units 1–" + n + " of " + model.network().sizes()[1];
        p.screenLabel(title, w / 2, p.ui(14), pal.text(), true, TextAlignment.CENTER);
        p.screenLabel("orange +, blue −, ±" + Numbers.brief(limit, 2), w / 2, p.ui(32), pal.textMuted(), false,
                TextAlignment.CENTER);
        int cols = 5;
        double top = p.ui(46);
        double cell = (w - p.ui(12)) / cols;
        double rowH = (h - top) / 2;
        double side = Math.min(cell - p.ui(6), rowH - p.ui(22));
        double left = (w - cell * cols) / 2;
        var g = p.gc();
        for (int k = 0; k < n; k++) {
            double x = left + (k % cols) * cell + (cell - side) / 2;
            double y = top + (k / cols) * rowH;
            tiles.draw(g, k, x, y, side);
            g.setStroke(pal.gridMajor());
            g.setLineWidth(p.ui(1));
            g.strokeRect(x, y, side, side);
            sheet.text(softmax ? Integer.toString(k) : "#" + (k + 1), x + side / 2, y + side + p.ui(9), 14, softmax, pal.text(),
                    TextAlignment.CENTER);
        }
    }

    @Override
    public String name() {
        return model.settings().softmax() ? "softmax weights: one 8×8 template per digit" : "first-layer weights of the hidden units";
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return sy > p.ui(40);
    }
}
