package org.mathlens.explorables.ml;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.TrainingRun;

/** Train and test loss after every epoch so far (epoch 0 is before training), on one chart. */
final class LossCurves extends TrainedPicture {
    private final double[] area;

    LossCurves(Supplier<NeuralNetworkModel.Result> shown, double[] area) {
        super(shown);
        this.area = area;
    }

    @Override
    void draw(Painter p, NeuralNetworkModel.Result r, Palette pal) {
        List<TrainingRun.Scores> h = r.run().history();
        double left = area[0] + p.ui(48);
        double top = area[1] + p.ui(48);
        double w = area[2] - p.ui(64);
        double hgt = area[3] - p.ui(72);
        double most = 0;
        for (TrainingRun.Scores s : h) {
            most = Math.max(most, finite(s.trainLoss()));
            most = Math.max(most, finite(s.testLoss()));
        }
        most = most == 0 ? 1 : most * 1.1;
        int epochs = Math.max(10, h.size() - 1);
        GraphicsContext g = p.gc();
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1));
        g.strokeLine(left, top, left, top + hgt);
        g.strokeLine(left, top + hgt, left + w, top + hgt);
        p.screenLabel(Numbers.brief(most, 2), left - p.ui(4), top, pal.textMuted(), false, TextAlignment.RIGHT);
        p.screenLabel("0", left - p.ui(4), top + hgt, pal.textMuted(), false, TextAlignment.RIGHT);
        p.screenLabel("epoch " + epochs, left + w, top + hgt + p.ui(14), pal.textMuted(), false, TextAlignment.RIGHT);
        curve(g, p, h, true, left, top, w, hgt, most, epochs, pal.learner());
        curve(g, p, h, false, left, top, w, hgt, most, epochs, pal.result());
        TrainingRun.Scores now = r.scores();
        boolean noTest = r.run().data().testX().length == 0;
        // one line each with its swatch: side by side they collide at 1024 wide
        key(p, "train loss " + NeuralNetworkWords.loss(now.trainLoss()), left, area[1] + p.ui(10), pal.learner());
        key(p, noTest ? "no test points" : "test loss " + NeuralNetworkWords.loss(now.testLoss()), left, area[1] + p.ui(30), pal.result());
    }

    private static void curve(GraphicsContext g, Painter p, List<TrainingRun.Scores> h, boolean train, double left, double top,
            double w, double hgt, double most, int epochs, Color c) {
        int n = h.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int e = 0; e < n; e++) {
            double v = train ? h.get(e).trainLoss() : h.get(e).testLoss();
            if (Double.isFinite(v)) {
                xs[k] = left + w * e / epochs;
                ys[k] = top + hgt * (1 - Math.min(v, most) / most);
                k++;
            }
        }
        g.setStroke(c);
        g.setLineWidth(p.ui(2.5));
        g.strokePolyline(xs, ys, k);
        if (k == 1) {
            g.setFill(c);
            g.fillOval(xs[0] - p.ui(3), ys[0] - p.ui(3), p.ui(6), p.ui(6));
        }
    }

    private static void key(Painter p, String words, double x, double y, Color c) {
        GraphicsContext g = p.gc();
        g.setStroke(c);
        g.setLineWidth(p.ui(3));
        g.strokeLine(x, y, x + p.ui(22), y);
        p.screenLabel(words, x + p.ui(28), y, c, true, TextAlignment.LEFT);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    @Override
    public String name() {
        return "train and test loss after every epoch";
    }
}
