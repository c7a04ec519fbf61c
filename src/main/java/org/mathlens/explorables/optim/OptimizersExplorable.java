package org.mathlens.explorables.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * SGD, momentum, Nesterov, AdaGrad, RMSProp and Adam race from one draggable start across a
 * test surface: trails in six colours, each with its step count, loss and update rule, and
 * their loss curves together in one inset.
 */
public final class OptimizersExplorable extends AbstractExplorable {
    private static final List<Function<Palette, Color>> COLOURS = List.of(
            Palette::text, Palette::first, Palette::second, Palette::result, Palette::extra, Palette::learner);
    /** At rest the race has run this far, so the first paths show without pressing Play. */
    static final int REST_STEPS = 40;

    private final ChoiceParameter surface = parameters.add(new ChoiceParameter("surface",
            "the loss surface: a narrow valley, Rosenbrock's banana, a saddle, Beale's function", "ill-conditioned",
            List.of("ill-conditioned", "rosenbrock", "saddle", "beale")));
    private final VectorParameter start = parameters.add(new VectorParameter("start", "where every optimizer starts: drag it",
            new double[] {-4, 2}, 10));
    private final ScalarParameter steps = parameters.add(new ScalarParameter("steps",
            "how many steps every optimizer has taken; setting it replays from the start", REST_STEPS, 0, OptimizersModel.MAX_STEPS, 1));
    // each optimizer's hyperparameters in words, in its own collapsed group; the ids stay for lessons and --set
    private final ScalarParameter lrSgd = lr("lr_sgd", "SGD");
    private final ScalarParameter lrMomentum = lr("lr_momentum", "momentum");
    private final ScalarParameter betaMomentum = beta("beta_momentum", "momentum", "velocity kept (β)",
            "momentum's β: how much velocity is kept", 0.9, 0.999, 0.01);
    private final ScalarParameter lrNesterov = lr("lr_nesterov", "Nesterov");
    private final ScalarParameter betaNesterov = beta("beta_nesterov", "Nesterov", "velocity kept (β)", "Nesterov's β", 0.9, 0.999, 0.01);
    private final ScalarParameter lrAdagrad = lr("lr_adagrad", "AdaGrad");
    private final ScalarParameter lrRmsprop = lr("lr_rmsprop", "RMSProp");
    private final ScalarParameter rhoRmsprop = beta("rho_rmsprop", "RMSProp", "memory of g² (ρ)",
            "RMSProp's ρ: the memory of its running average", 0.9, 0.999, 0.01);
    private final ScalarParameter lrAdam = lr("lr_adam", "Adam");
    private final ScalarParameter beta1Adam = beta("beta1_adam", "Adam", "memory of g (β₁)",
            "Adam's β₁ (momentum of the gradient)", 0.9, 0.999, 0.001);
    private final ScalarParameter beta2Adam = beta("beta2_adam", "Adam", "memory of g² (β₂)",
            "Adam's β₂ (memory of the squared gradient)", 0.999, 0.9999, 0.0001);

    private final OptimizersModel model = new OptimizersModel();
    private final CountUp player = animatedBy(new CountUp(steps, 0, () -> OptimizersModel.MAX_STEPS, () -> 15));
    private String runKey = "";
    private long surfaceVersion;
    private Plane plane;
    private final double[] px = new double[OptimizersModel.MAX_STEPS + 1];
    private final double[] py = new double[OptimizersModel.MAX_STEPS + 1];

    public OptimizersExplorable() {
        super("optimizers", "Optimizers race: SGD, momentum, Nesterov, AdaGrad, RMSProp, Adam", Section.AUTODIFF_AND_OPTIMIZATION,
                "Pick a surface, drag the start, press Play: six optimizers race downhill.");
        for (int o = 0; o < 6; o++) {
            int i = o;
            readouts.add("loss_" + OptimizersModel.NAMES.get(o), "loss " + OptimizersModel.NAMES.get(o),
                    () -> model.divergedNow(i) ? Reading.word("diverged") : Reading.of(model.loss(i)));
        }
        surface.property().addListener((o, old, now) -> applySurface(OptimizersModel.Surface.of(now)));
        applySurface(OptimizersModel.Surface.ILL_CONDITIONED);
        parametersChanged();
    }

    private ScalarParameter lr(String name, String who) {
        return parameters.add(new ScalarParameter(name, who + "'s learning rate η", 0.01, 0.0001, 2, 0.0001).logarithmic()
                .labelled("learning rate (η)").inGroup(who));
    }

    private ScalarParameter beta(String name, String who, String words, String description, double value, double max, double step) {
        return parameters.add(new ScalarParameter(name, description, value, 0, max, step).labelled(words).inGroup(who));
    }

    /** A new surface brings its own start and the hyperparameters that make a fair race on it. */
    private void applySurface(OptimizersModel.Surface s) {
        OptimizersModel.Hyper h = s.recommended();
        start.set(new double[] {s.startX, s.startY});
        lrSgd.set(h.lrSgd());
        lrMomentum.set(h.lrMomentum());
        betaMomentum.set(h.betaMomentum());
        lrNesterov.set(h.lrNesterov());
        betaNesterov.set(h.betaNesterov());
        lrAdagrad.set(h.lrAdagrad());
        lrRmsprop.set(h.lrRmsprop());
        rhoRmsprop.set(h.rhoRmsprop());
        lrAdam.set(h.lrAdam());
        beta1Adam.set(h.beta1Adam());
        beta2Adam.set(h.beta2Adam());
        if (plane != null) {
            plane.setHome(s.x0, s.x1, s.y0, s.y1);
        }
    }

    public OptimizersModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        StringBuilder key = new StringBuilder(surface.get()).append('|').append(start.text());
        for (var p : parameters.all()) {
            if (p != steps && p != surface && p != start) {
                key.append('|').append(p.text());
            }
        }
        if (!key.toString().equals(runKey)) {
            if (!runKey.startsWith(surface.get() + "|")) {
                surfaceVersion++;
            }
            runKey = key.toString();
            model.set(OptimizersModel.Surface.of(surface.get()), start.x(), start.y(), new OptimizersModel.Hyper(
                    lrSgd.value(), lrMomentum.value(), betaMomentum.value(), lrNesterov.value(), betaNesterov.value(),
                    lrAdagrad.value(), lrRmsprop.value(), rhoRmsprop.value(), lrAdam.value(), beta1Adam.value(), beta2Adam.value()));
        }
        model.show((int) Math.round(steps.value()));
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        OptimizersModel.Surface s = model.surface();
        plane.setHome(s.x0, s.x1, s.y0, s.y1);
        ContourMap contours = new ContourMap((x, y) -> model.surface().f(x, y), () -> surfaceVersion,
                ContourMap.Levels.LOG, 16).sampled(288);
        plane.add(p -> contours.setLevels(model.surface().minimum < 0 ? ContourMap.Levels.QUANTILE : ContourMap.Levels.LOG));
        plane.add(contours);
        plane.add(this::drawMarks);
        plane.add(this::drawTrails);
        Legend legend = new Legend();
        for (int o = 0; o < 6; o++) {
            int i = o;
            legend.add(COLOURS.get(o), () -> legendLine(i));
        }
        plane.add(legend);
        plane.add(new Card(Card.Corner.BOTTOM_LEFT, () -> new Card.Line[] {
            new Card.Line(model.surface().formula(), Palette::text, true),
            new Card.Line("g = ∇f at x;  η = learning rate;  all start at the grey handle", Palette::textMuted, false)}));
        plane.add(this::lossCurves);
        plane.addHandle(Handle.tipOf(start, "start: every optimizer begins here — drag it", Palette::axis));
        return plane;
    }

    private void drawTrails(Painter p) {
        var g = p.gc();
        g.setLineDashes((double[]) null);
        for (int o = 0; o < 6; o++) {
            int k = model.stepOf(o);
            for (int i = 0; i <= k; i++) {
                px[i] = p.sx(model.x(o, i));
                py[i] = p.sy(model.y(o, i));
            }
            Color c = COLOURS.get(o).apply(p.palette());
            g.setStroke(Palette.fill(c, 0.85));
            g.setLineWidth(p.ui(2.2));
            g.strokePolyline(px, py, k + 1);
            p.dot(model.x(o, k), model.y(o, k), model.divergedNow(o) ? 4 : 6, c);
            if (model.divergedNow(o)) {
                p.label("✕ " + OptimizersModel.NAMES.get(o) + " diverged", model.x(o, k), model.y(o, k), 8, -10, p.palette().warning(), true);
            }
        }
    }

    /** The minima as crosses and, on the saddle surface, the saddle point as an open diamond. */
    private void drawMarks(Painter p) {
        double[] m = model.surface().minima;
        double d = p.ui(7) / p.view().scale();
        Color c = p.palette().text();
        for (int i = 0; i + 1 < m.length; i += 2) {
            p.line(m[i] - d, m[i + 1] - d, m[i] + d, m[i + 1] + d, c, 2.5);
            p.line(m[i] - d, m[i + 1] + d, m[i] + d, m[i + 1] - d, c, 2.5);
            p.label("minimum", m[i], m[i + 1], 10, 16, c, true);
        }
        double[] s = model.surface().saddle;
        if (s.length == 2) {
            double e = p.ui(9) / p.view().scale();
            Color w = c;
            p.line(s[0] - e, s[1], s[0], s[1] + e, w, 2.5);
            p.line(s[0], s[1] + e, s[0] + e, s[1], w, 2.5);
            p.line(s[0] + e, s[1], s[0], s[1] - e, w, 2.5);
            p.line(s[0], s[1] - e, s[0] - e, s[1], w, 2.5);
            p.label("saddle point (∇f = 0)", s[0], s[1], 12, 18, w, true);
        }
    }

    private String legendLine(int o) {
        String name = OptimizersModel.NAMES.get(o);
        String state = model.divergedNow(o) ? "diverged after step " + model.stepOf(o)
                : "step " + model.stepOf(o) + "  L = " + Numbers.label(model.loss(o));
        return String.format("%-9s", name) + "  " + state + "   " + model.rule(o);
    }

    /** All six losses against the steps, log scale above the surface's minimum, bottom right. */
    private void lossCurves(Painter p) {
        double w = p.ui(230);
        double h = p.ui(130);
        double pad = p.ui(10);
        double x0 = p.view().width() - pad - w;
        double y0 = p.view().height() - pad - h;
        var g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.92));
        g.fillRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        g.setStroke(p.palette().gridMajor());
        g.setLineWidth(p.ui(1));
        g.strokeRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        p.screenLabel("loss − min (log) vs step", x0 + pad, y0 + p.ui(12), p.palette().textMuted(), false, TextAlignment.LEFT);
        double min = model.surface().minimum;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < 6; o++) {
            for (int i = 0; i <= model.stepOf(o); i++) {
                double v = Math.log10(Math.max(1e-10, model.loss(o, i) - min));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi - lo > 1e-9)) {
            hi = lo + 1;
        }
        double span = Math.max(20, model.shown());
        double ix = x0 + pad;
        double iw = w - 2 * pad;
        double iy = y0 + p.ui(24);
        double ih = h - p.ui(32);
        for (int o = 0; o < 6; o++) {
            int k = model.stepOf(o);
            for (int i = 0; i <= k; i++) {
                double v = Math.log10(Math.max(1e-10, model.loss(o, i) - min));
                px[i] = ix + iw * i / span;
                py[i] = iy + ih * (1 - (v - lo) / (hi - lo));
            }
            g.setStroke(COLOURS.get(o).apply(p.palette()));
            g.setLineWidth(p.ui(1.8));
            g.strokePolyline(px, py, k + 1);
        }
    }

    /** The race one step a frame, 300 steps, then again from the start. */
    @Override
    public void benchFrame(int frame) {
        player.stepOrRewind(frame % 300 == 0);
    }
}
