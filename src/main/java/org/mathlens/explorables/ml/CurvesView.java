package org.mathlens.explorables.ml;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.TrainingRun.Scores;

/**
 * Loss and accuracy against the epochs, train and test, up to the epoch on show: the loss
 * chart on top (0 to its largest value), accuracy below (0 to 100 %). The last values are
 * written at the ends of the curves, from the same scores the readouts give.
 */
final class CurvesView implements Drawable {
    private final DigitsModel model;
    private final Sheet sheet;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    private final Supplier<String> failure;

    CurvesView(DigitsModel model, Sheet sheet, Supplier<String> failure) {
        this.model = model;
        this.sheet = sheet;
        this.failure = failure;
    }

    @Override
    public void draw(Painter p) {
        List<Scores> h = model.history();
        double w = sheet.getWidth();
        double half = sheet.getHeight() / 2;
        double lossMax = 0;
        for (Scores s : h) {
            lossMax = Math.max(lossMax, Math.max(finite(s.trainLoss()), finite(s.testLoss())));
        }
        chart(p, h, "loss", 0, half, w, Math.max(lossMax, 1e-9), Scores::trainLoss, Scores::testLoss, false);
        chart(p, h, "accuracy", half, half, w, 1, Scores::trainAccuracy, Scores::testAccuracy, true);
        String why = failure.get();
        if (why != null) {
            p.screenLabel(why, w / 2, sheet.getHeight() - p.ui(10), p.palette().warning(), true, TextAlignment.CENTER);
        }
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private void chart(Painter p, List<Scores> h, String title, double y0, double height, double width, double max,
            ToDoubleFunction<Scores> train, ToDoubleFunction<Scores> test, boolean percent) {
        Palette pal = p.palette();
        var g = p.gc();
        double left = p.ui(44);
        double right = width - p.ui(60);
        double top = y0 + p.ui(38);
        double bottom = y0 + height - p.ui(24);
        int epochs = h.size() - 1;
        double span = Math.max(10, epochs);
        p.screenLabel(title, left, y0 + p.ui(12), pal.text(), true, TextAlignment.LEFT);
        if (y0 == 0) {
            legend(p, right - p.ui(80), y0 + p.ui(12), pal);
        }
        g.setStroke(pal.gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        for (int k = 0; k <= 2; k++) {
            double v = max * k / 2;
            double y = bottom - (bottom - top) * k / 2;
            g.setStroke(pal.gridMinor());
            g.strokeLine(left, y, right, y);
            p.screenLabel(percent ? Math.round(100 * v) + " %" : Numbers.brief(v, 2), left - p.ui(4), y, pal.textMuted(), false,
                    TextAlignment.RIGHT);
        }
        p.screenLabel("epoch " + epochs, right, bottom + p.ui(12), pal.textMuted(), false, TextAlignment.RIGHT);
        p.screenLabel("0", left, bottom + p.ui(12), pal.textMuted(), false, TextAlignment.CENTER);
        // the higher curve's last value is written above its end, the lower one's below, so they never overlap
        Scores last = h.get(h.size() - 1);
        double above = train.applyAsDouble(last) >= test.applyAsDouble(last) ? -1 : 1;
        curve(p, h, train, pal.first(), left, right, top, bottom, span, max, percent, above);
        curve(p, h, test, pal.extra(), left, right, top, bottom, span, max, percent, -above);
    }

    private void legend(Painter p, double x, double y, Palette pal) {
        var g = p.gc();
        g.setLineWidth(p.ui(3));
        g.setStroke(pal.first());
        g.strokeLine(x, y, x + p.ui(16), y);
        p.screenLabel("train", x + p.ui(20), y, pal.first(), false, TextAlignment.LEFT);
        double x2 = x + p.ui(62);
        g.setStroke(pal.extra());
        g.strokeLine(x2, y, x2 + p.ui(16), y);
        p.screenLabel("test", x2 + p.ui(20), y, pal.extra(), false, TextAlignment.LEFT);
    }

    private void curve(Painter p, List<Scores> h, ToDoubleFunction<Scores> f, Color color, double left, double right,
            double top, double bottom, double span, double max, boolean percent, double shift) {
        if (xs.length < h.size()) {
            xs = new double[h.size() * 2];
            ys = new double[h.size() * 2];
        }
        int n = 0;
        for (int e = 0; e < h.size(); e++) {
            double v = f.applyAsDouble(h.get(e));
            if (Double.isFinite(v)) {
                xs[n] = left + (right - left) * e / span;
                ys[n] = bottom - (bottom - top) * Math.min(1, v / max);
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        var g = p.gc();
        g.setStroke(color);
        g.setLineWidth(p.ui(2.5));
        g.setLineDashes((double[]) null);
        g.strokePolyline(xs, ys, n);
        g.setFill(color);
        g.fillOval(xs[n - 1] - p.ui(3), ys[n - 1] - p.ui(3), p.ui(6), p.ui(6));
        double last = f.applyAsDouble(h.get(h.size() - 1));
        String text = percent ? Numbers.brief(100 * last, 1) + " %" : Numbers.brief(last, 3);
        p.screenLabel(text, xs[n - 1] + p.ui(4), ys[n - 1] + shift * p.ui(8), color, true, TextAlignment.LEFT);
    }

    @Override
    public String name() {
        return "loss and accuracy against the epochs, train and test";
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return true;
    }
}
