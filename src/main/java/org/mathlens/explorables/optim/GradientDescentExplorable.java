package org.mathlens.explorables.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.data.Datasets;

/**
 * Fit a line y = m·x + b by gradient descent: the data and the line on the left, the mean
 * squared error as contours over (m, b) on the right with the path of descent from a
 * draggable start. Each step's gradient and update are written out; a small inset plots the
 * loss against the steps. A learning rate too large diverges: the run stops and says so.
 */
public final class GradientDescentExplorable extends AbstractExplorable {
    private final DataParameter data = parameters.add(DataParameter.named("data",
                    "a preset (clinical-trial, perfect-line, outlier), @file.csv or an n×2 matrix of points")
            .preset("clinical-trial", Datasets::clinicalTrial)
            .preset("perfect-line", () -> new double[][] {{-2, 0}, {-1, 0.5}, {0, 1}, {1, 1.5}, {2, 2}, {3, 2.5}})
            .preset("outlier", () -> new double[][] {{0, 0.2}, {1, 0.9}, {2, 2.1}, {3, 2.9}, {4, 4.2}, {5, -2}})
            .rows(2, 30).columns(2, 2).within(100).shape("an n×2 matrix of points (x, y), like [[0, 1], [1, 3], [2, 2]]")
            .startingWith("clinical-trial"));
    private final ScalarParameter lr = parameters.add(new ScalarParameter("lr",
            "the learning rate η: how far each step moves against the gradient", 0.01, 0.0001, 1, 0.0001).logarithmic());
    private final ChoiceParameter mode = parameters.add(new ChoiceParameter("mode",
            "single: one point per step (cycling); batch: all points; minibatch: seeded pairs", "batch",
            List.of("single", "batch", "minibatch")));
    private final ScalarParameter m0 = parameters.add(new ScalarParameter("m0", "the starting slope: drag the start on the loss map", 0.9, -10, 10, 0.01));
    private final ScalarParameter b0 = parameters.add(new ScalarParameter("b0", "the starting intercept", 0.1, -10, 10, 0.01));
    private final ScalarParameter steps = parameters.add(new ScalarParameter("steps",
            "how many steps have been taken; setting it replays the run from the start", 0, 0, GradientDescentModel.MAX_STEPS, 1));

    private final GradientDescentModel model = new GradientDescentModel();
    private final CountUp player = animatedBy(new CountUp(steps, 0,
            () -> Math.min(GradientDescentModel.MAX_STEPS, model.available()), () -> 8));
    private long dataVersion;
    private String runKey = "";
    private Plane dataPlane;
    private Plane lossPlane;
    private final List<Handle> pointHandles = new ArrayList<>();
    private String homeKey = "";
    private final double[] curveX = new double[GradientDescentModel.MAX_STEPS + 1];
    private final double[] curveY = new double[GradientDescentModel.MAX_STEPS + 1];

    public GradientDescentExplorable() {
        super("gradient-descent", "Gradient descent: fit a line", Section.AUTODIFF_AND_OPTIMIZATION,
                "Drag the start on the loss map, choose a learning rate, press Play: watch (m, b) roll downhill.");
        readouts.add("m", "m (slope)", () -> Reading.of(model.m()))
                .add("b", "b (intercept)", () -> Reading.of(model.b()))
                .add("loss", "loss L(m, b)", () -> model.divergedNow() ? Reading.word("diverged") : Reading.of(model.loss()))
                .add("step", "step", () -> Reading.of(model.step()));
        parametersChanged();
    }

    public GradientDescentModel model() {
        return model;
    }

    private GradientDescentModel.Mode modeValue() {
        return switch (mode.get()) {
            case "single" -> GradientDescentModel.Mode.SINGLE;
            case "minibatch" -> GradientDescentModel.Mode.MINIBATCH;
            default -> GradientDescentModel.Mode.BATCH;
        };
    }

    @Override
    protected void parametersChanged() {
        String key = data.text() + "|" + m0.text() + "|" + b0.text() + "|" + lr.text() + "|" + mode.get();
        if (!key.equals(runKey)) {
            if (!runKey.startsWith(data.text() + "|")) {
                dataVersion++;
            }
            runKey = key;
            model.set(data.get().points(), m0.value(), b0.value(), lr.value(), modeValue());
        }
        model.show((int) Math.round(steps.value()));
        if (dataPlane != null) {
            syncPointHandles();
            fitLossMap();
        }
    }

    /** The loss map's usual box, round the least-squares line of the example data. */
    private static final double[] LOSS_HOME = {-2.2, 2.2, -1.2, 3.4};
    private double lossReach = 1;

    /**
     * A diverging run leaves the usual box: the map zooms out (by whole factors of 2, so a
     * growing trail refits only now and then) until the trail up to the shown step is in view,
     * and back in when the trail is short again.
     */
    private void fitLossMap() {
        double cx = (LOSS_HOME[0] + LOSS_HOME[1]) / 2;
        double cy = (LOSS_HOME[2] + LOSS_HOME[3]) / 2;
        double hx = (LOSS_HOME[1] - LOSS_HOME[0]) / 2;
        double hy = (LOSS_HOME[3] - LOSS_HOME[2]) / 2;
        double need = 1;
        for (int i = 0; i <= model.step(); i++) {
            need = Math.max(need, Math.abs(model.mAt(i) - cx) / (0.9 * hx));
            need = Math.max(need, Math.abs(model.bAt(i) - cy) / (0.9 * hy));
        }
        double reach = 1;
        while (reach < need && reach < 1e4) {
            reach *= 2;
        }
        if (reach != lossReach) {
            lossReach = reach;
            lossPlane.setHome(cx - hx * reach, cx + hx * reach, cy - hy * reach, cy + hy * reach);
        }
    }

    @Override
    protected Node createView() {
        dataPlane = new Plane();
        dataPlane.follow(revision());
        dataPlane.setHistory(history());
        lossPlane = new Plane();
        lossPlane.follow(revision());
        lossPlane.setHistory(history());
        lossPlane.setHome(LOSS_HOME[0], LOSS_HOME[1], LOSS_HOME[2], LOSS_HOME[3]);
        lossReach = 1;
        drawData();
        drawLoss();
        syncPointHandles();
        HBox box = new HBox(dataPlane, lossPlane);
        HBox.setHgrow(dataPlane, Priority.ALWAYS);
        HBox.setHgrow(lossPlane, Priority.ALWAYS);
        dataPlane.setPrefSize(460, 480);
        lossPlane.setPrefSize(460, 480);
        return box;
    }

    private void drawData() {
        dataPlane.add(p -> {
            double[][] pts = model.data();
            double mm = model.m();
            double bb = model.b();
            for (double[] q : pts) {
                p.dashedLine(q[0], q[1], q[0], mm * q[0] + bb, Palette.fill(p.palette().warning(), 0.6), 1.5);
            }
            p.infiniteLine(0, bb, 1, mm, p.palette().result(), 3);
            int k = model.step();
            if (k >= 1 && model.mode() != GradientDescentModel.Mode.BATCH) {
                for (int i : model.batchAt(k)) {
                    if (i < pts.length) {
                        p.circle(pts[i][0], pts[i][1], p.ui(12) / p.view().scale(), null, p.palette().extra(), 2.5);
                    }
                }
            }
            double lx = p.view().maxX() - p.ui(12) / p.view().scale();
            double ly = mm * lx + bb;
            if (Double.isFinite(ly) && ly > p.view().minY() && ly < p.view().maxY()) {
                p.screenLabel("y = " + Numbers.label(mm) + "·x + " + Numbers.label(bb), p.sx(lx), p.sy(ly) + p.ui(mm > 0 ? 16 : -16),
                        p.palette().result(), true, TextAlignment.RIGHT);
            }
        });
        dataPlane.add(new Card(Card.Corner.BOTTOM_LEFT, this::workingLines));
    }

    private Card.Line[] workingLines() {
        int k = model.step();
        int n = model.data().length;
        if (k == 0) {
            return new Card.Line[] {
                new Card.Line("step 0: the start (m, b) = (" + Numbers.label(model.m()) + ", " + Numbers.label(model.b()) + ")", Palette::text, true),
                new Card.Line("press Step or Play to take a step", Palette::textMuted, false),
                new Card.Line("L = " + Numbers.label(model.loss()), Palette::text, false)};
        }
        String used = switch (model.mode()) {
            case SINGLE -> "point " + (model.batchAt(k)[0] + 1) + " of " + n;
            case MINIBATCH -> "points " + (model.batchAt(k)[0] + 1) + " and " + (model.batchAt(k)[1] + 1);
            default -> "all " + n + " points";
        };
        int s = model.batchAt(k).length;
        String eta = Numbers.label(model.lr());
        return new Card.Line[] {
            new Card.Line("step " + k + ", on " + used, Palette::text, true),
            new Card.Line("∂L/∂m = −(2/" + s + ") Σ xᵢ(yᵢ − (m xᵢ + b)) = " + Numbers.label(model.gmAt(k)), Palette::first, false),
            new Card.Line("∂L/∂b = −(2/" + s + ") Σ (yᵢ − (m xᵢ + b)) = " + Numbers.label(model.gbAt(k)), Palette::second, false),
            new Card.Line("m ← m − lr·∂L/∂m = " + Numbers.label(model.mAt(k - 1)) + " − " + eta + "·" + paren(model.gmAt(k))
                    + " = " + Numbers.label(model.m()), Palette::first, false),
            new Card.Line("b ← b − lr·∂L/∂b = " + Numbers.label(model.bAt(k - 1)) + " − " + eta + "·" + paren(model.gbAt(k))
                    + " = " + Numbers.label(model.b()), Palette::second, false),
            new Card.Line("L (all points) = " + Numbers.label(model.loss()), Palette::text, true)};
    }

    private static String paren(double x) {
        return x < 0 ? "(" + Numbers.label(x) + ")" : Numbers.label(x);
    }

    private void drawLoss() {
        lossPlane.add(new ContourMap((mm, bb) -> model.loss(mm, bb), () -> dataVersion, ContourMap.Levels.LOG, 14));
        lossPlane.add(p -> {
            double[] best = model.bestFit();
            if (best != null) {
                double d = p.ui(6) / p.view().scale();
                p.line(best[0] - d, best[1] - d, best[0] + d, best[1] + d, p.palette().text(), 2);
                p.line(best[0] - d, best[1] + d, best[0] + d, best[1] - d, p.palette().text(), 2);
                p.label("least squares", best[0], best[1], 10, 14, p.palette().textMuted(), false);
            }
            int k = model.step();
            var g = p.gc();
            g.setStroke(p.palette().result());
            g.setLineWidth(p.ui(2));
            g.setLineDashes((double[]) null);
            for (int i = 0; i <= k; i++) {
                curveX[i] = p.sx(model.mAt(i));
                curveY[i] = p.sy(model.bAt(i));
            }
            g.strokePolyline(curveX, curveY, k + 1);
            int every = Math.max(1, k / 60);
            for (int i = 0; i <= k; i += every) {
                p.dot(model.mAt(i), model.bAt(i), 2.5, p.palette().result());
            }
            p.dot(model.m(), model.b(), 5, p.palette().result());
            if (k + 1 <= model.available()) {
                p.arrow(model.m(), model.b(), model.mAt(k + 1), model.bAt(k + 1), p.palette().extra(), 2);
            }
            p.screenLabel("m →", p.view().width() - p.ui(30), p.sy(0) - p.ui(12), p.palette().textMuted(), true, TextAlignment.LEFT);
            p.screenLabel("b ↑", p.sx(0) + p.ui(8), p.ui(14), p.palette().textMuted(), true, TextAlignment.LEFT);
        });
        lossPlane.add(this::lossCurve);
        lossPlane.add(new Card(Card.Corner.TOP_LEFT, () -> new Card.Line[] {
            new Card.Line("loss L(m, b) = (1/n) Σ (yᵢ − (m xᵢ + b))²", Palette::text, true),
            new Card.Line("lr = " + Numbers.label(model.lr()) + ", " + mode.get() + ", step " + model.step(), Palette::textMuted, false),
            model.diverged() ? new Card.Line(model.divergedNow()
                    ? "diverging: stopped at step " + model.available() + " — lower lr"
                    : "this run diverges after step " + model.available(), Palette::warning, true) : null}));
        lossPlane.addHandle(new Handle("start (m0, b0): drag to start elsewhere", Palette::learner,
                () -> new double[] {m0.value(), b0.value()}, (x, y) -> {
                    try {
                        m0.set(Math.max(-10, Math.min(10, x)));
                        b0.set(Math.max(-10, Math.min(10, y)));
                    } catch (ParameterException refused) {
                        // outside the range: stays where it was
                    }
                }));
    }

    /** The loss against the steps, log scale, in the bottom-right corner of the loss map. */
    private void lossCurve(Painter p) {
        double w = p.ui(250);
        double h = p.ui(120);
        double pad = p.ui(10);
        double x0 = p.view().width() - pad - w;
        double y0 = p.view().height() - pad - h;
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        p.screenLabel("loss (log)", x0 + pad, y0 + p.ui(12), p.palette().text(), false, TextAlignment.LEFT);
        int k = model.step();
        int all = model.available();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= all; i++) {
            double v = Math.log10(Math.max(1e-12, model.lossAt(i)));
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        // the whole run faint (it is computed already), the steps taken so far bold: at step 0 the inset shows where it goes
        double span = Math.max(10, all);
        double ix = x0 + pad;
        double iw = w - 2 * pad;
        double iy = y0 + p.ui(24);
        double ih = h - p.ui(32);
        for (int i = 0; i <= all; i++) {
            double v = Math.log10(Math.max(1e-12, model.lossAt(i)));
            curveX[i] = ix + iw * i / span;
            curveY[i] = iy + ih * (1 - (v - lo) / (hi - lo));
        }
        Color c = model.divergedNow() ? p.palette().warning() : p.palette().result();
        g.setStroke(Palette.fill(c, 0.3));
        g.setLineWidth(p.ui(1.5));
        g.strokePolyline(curveX, curveY, all + 1);
        g.setStroke(c);
        g.setLineWidth(p.ui(2.5));
        g.strokePolyline(curveX, curveY, k + 1);
        double r = p.ui(4);
        g.setFill(c);
        g.fillOval(curveX[k] - r, curveY[k] - r, 2 * r, 2 * r);
        p.screenLabel("step " + k + ": " + Numbers.label(model.loss()), x0 + w - pad, y0 + p.ui(12), c, true, TextAlignment.RIGHT);
    }

    /** One handle per data point; a drag turns a preset into typed points. */
    private void syncPointHandles() {
        double[][] pts = data.get().points();
        while (pointHandles.size() > pts.length) {
            dataPlane.removeHandle(pointHandles.remove(pointHandles.size() - 1));
        }
        while (pointHandles.size() < pts.length) {
            int i = pointHandles.size();
            Handle h = new Handle("data point " + (i + 1) + ": drag to move it", Palette::learner,
                    () -> {
                        double[][] q = data.get().points();
                        return i < q.length ? q[i] : new double[] {0, 0};
                    },
                    (x, y) -> {
                        double[][] q = data.get().points();
                        if (i >= q.length) {
                            return;
                        }
                        double[][] moved = new double[q.length][];
                        for (int j = 0; j < q.length; j++) {
                            moved[j] = j == i ? new double[] {x, y} : q[j].clone();
                        }
                        try {
                            data.set(DataParameter.points(moved));
                        } catch (ParameterException refused) {
                            // beyond the limits: the point stays
                        }
                    });
            pointHandles.add(h);
            dataPlane.addHandle(h);
        }
        String key = data.get().name() + "/" + pts.length;
        if (!key.equals(homeKey)) {
            homeKey = key;
            double[] box = Plane.bounds(pts);
            double x0 = box[0];
            double x1 = box[1];
            double y0 = box[2];
            double y1 = box[3];
            double mx = Math.max(1, (x1 - x0) * 0.15);
            double my = Math.max(1, (y1 - y0) * 0.25);
            dataPlane.setHome(x0 - mx, x1 + mx, y0 - my, y1 + my * 2.5);
        }
    }

    /** Plays the descent one step a frame (faster than Play), 200 steps, then starts over. */
    @Override
    public void benchFrame(int frame) {
        player.stepOrRewind(frame % 200 == 0);
    }
}
