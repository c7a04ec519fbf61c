package org.mathlens.explorables.ml;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;

/**
 * The test set's confusion matrix: row = the true digit, column = the network's answer, each
 * cell the count, shaded by its share of the row (right answers on the diagonal in the result
 * colour, mistakes in the warning colour). Clicking a cell fills the samples with its images.
 */
final class ConfusionView extends ClickedGrid {

    ConfusionView(DigitsModel model, Selection selection, Sheet sheet, Runnable changed) {
        super(model, selection, sheet, changed);
    }

    @Override
    public void draw(Painter p) {
        Palette pal = p.palette();
        int[][] m = model.current().confusion();
        int n = DigitsModel.CLASSES;
        double w = sheet.getWidth();
        double h = sheet.getHeight();
        p.screenLabel("confusion, " + model.testSize() + " test images", w / 2, p.ui(14), pal.text(), true, TextAlignment.CENTER);
        double labels = p.ui(34);
        double top = p.ui(56);
        double cell = Math.min((w - labels - p.ui(8)) / n, (h - top - p.ui(8)) / n);
        double left = labels + (w - labels - cell * n) / 2;
        drawnAt(new CellGrid(left, top, cell, cell, n, n));
        var g = p.gc();
        p.screenLabel("answer →", left + cell * n / 2, p.ui(32), pal.textMuted(), false, TextAlignment.CENTER);
        for (int t = 0; t < n; t++) {
            int row = 0;
            for (int c : m[t]) {
                row += c;
            }
            sheet.text(Integer.toString(t), left - p.ui(8), top + (t + 0.5) * cell, 14, true, pal.textMuted(), TextAlignment.RIGHT);
            sheet.text(Integer.toString(t), left + (t + 0.5) * cell, top - p.ui(9), 14, true, pal.textMuted(), TextAlignment.CENTER);
            for (int c = 0; c < n; c++) {
                double x = left + c * cell;
                double y = top + t * cell;
                double share = row == 0 ? 0 : (double) m[t][c] / row;
                Color hue = t == c ? pal.result() : pal.warning();
                double strength = t == c ? share : Math.min(1, 4 * share); // a few mistakes must still show
                if (m[t][c] > 0) {
                    g.setFill(Palette.fill(hue, 0.12 + 0.78 * strength));
                    g.fillRect(x, y, cell, cell);
                    sheet.text(Integer.toString(m[t][c]), x + cell / 2, y + cell / 2, 14, t != c,
                            strength > 0.6 ? pal.background() : pal.text(), TextAlignment.CENTER);
                }
            }
        }
        // the grid in 22 lines rather than 100 outlines: most cells are empty and redrawn every epoch
        g.setStroke(pal.gridMinor());
        g.setLineWidth(p.ui(1));
        for (int k = 0; k <= n; k++) {
            g.strokeLine(left + k * cell, top, left + k * cell, top + n * cell);
            g.strokeLine(left, top + k * cell, left + n * cell, top + k * cell);
        }
        if (selection.hasCell()) {
            g.setStroke(pal.learner());
            g.setLineWidth(p.ui(3));
            g.strokeRect(left + selection.guess() * cell, top + selection.truth() * cell, cell, cell);
        }
        g.save();
        g.translate(p.ui(10), top + cell * n / 2);
        g.rotate(-90);
        p.screenLabel("true digit", 0, 0, pal.textMuted(), false, TextAlignment.CENTER);
        g.restore();
    }

    @Override
    boolean picked(int k) {
        selection.toggleCell(k / DigitsModel.CLASSES, k % DigitsModel.CLASSES);
        return true;
    }

    @Override
    public String name() {
        return "confusion matrix: click a cell to see its images";
    }
}
