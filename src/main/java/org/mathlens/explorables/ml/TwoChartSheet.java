package org.mathlens.explorables.ml;

import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Sheet;

/**
 * A regularization sheet of two charts side by side (the errors, the weights): it lays them
 * out once with {@link RegularizationChart.TwoUp} and draws nothing when the sheet is too small.
 */
abstract class TwoChartSheet implements Drawable {
    final RegularizationModel model;
    private final Sheet sheet;

    TwoChartSheet(RegularizationModel model, Sheet sheet) {
        this.model = model;
        this.sheet = sheet;
    }

    @Override
    public final void draw(Painter p) {
        double h = sheet.getHeight();
        RegularizationChart.TwoUp at = RegularizationChart.TwoUp.of(p, sheet.getWidth(), h);
        if (at != null) {
            draw(p, at, h);
        }
    }

    /** A legend entry at the foot: a line swatch of the series' colour, then its words; returns where the next starts. */
    double key(Painter p, String words, double x, double y, javafx.scene.paint.Color c) {
        var g = p.gc();
        g.setStroke(c);
        g.setLineWidth(p.ui(3));
        g.setLineDashes((double[]) null);
        g.strokeLine(x, y, x + p.ui(20), y);
        p.screenLabel(words, x + p.ui(26), y, c, true, javafx.scene.text.TextAlignment.LEFT);
        return x + p.ui(26) + sheet.textWidth(words, 14, true) + p.ui(18);
    }

    /** Draws both charts in {@code at}; {@code h} is the sheet's height, for a footer. */
    abstract void draw(Painter p, RegularizationChart.TwoUp at, double h);
}
