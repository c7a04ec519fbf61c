package org.mathlens.explorables.vectors;

import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.BenchPath;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * Drag u and v; see u + v as the diagonal of their parallelogram, u − v from v's tip to u's,
 * and k·u stretch and flip with the slider. Play sweeps k back and forth.
 */
public final class VectorsExplorable extends AbstractExplorable {
    private final VectorParameter u = parameters.add(new VectorParameter("u", "the first vector: drag its tip", new double[] {3, 1}, 50));
    private final VectorParameter v = parameters.add(new VectorParameter("v", "the second vector: drag its tip", new double[] {1, 2}, 50));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k", "the scalar that multiplies u", 1.5, -3, 3, 0.1));
    private final VectorsModel model = new VectorsModel(Vec2.ZERO, Vec2.ZERO, 0);
    private final Home home = new Home(2.5);
    private Plane plane;
    /** k swings between −3 and 3 so the learner sees k·u shrink, vanish and flip; step adds a half. */
    private final Play sweep = animatedBy(Play.bounce(k, 1.8).stepping(now -> Math.round((now + 0.5) * 10) / 10.0));

    public VectorsExplorable() {
        super("vectors", "Vectors: add, subtract, scale", Section.VECTORS_AND_MATRICES,
                "Drag the tips of u and v; slide k to scale u.");
        readouts.add("u", "u", () -> Reading.of(u.value()))
                .add("v", "v", () -> Reading.of(v.value()))
                .add("sum", "u + v", () -> Reading.of(model.sum().toArray()))
                .add("difference", "u − v", () -> Reading.of(model.difference().toArray()))
                .add("scaled", "k·u", () -> Reading.of(model.scaled().toArray()));
        parametersChanged();
    }

    public VectorsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Vec2.of(u.get()), Vec2.of(v.get()), k.value());
        Vec2 a = model.u();
        Vec2 b = model.v();
        Vec2 s = model.sum();
        Vec2 ku = model.scaled();
        if (home.follow(0.3, new double[] {a.x(), a.y(), b.x(), b.y(), s.x(), s.y()}, new double[] {ku.x(), ku.y()}) && plane != null) {
            fitHome();
        }
    }

    private void fitHome() {
        double[] h = home.box();
        plane.setHome(h[0], h[1], h[2], h[3]);
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        fitHome();
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(p -> {
            Vec2 a = model.u();
            Vec2 b = model.v();
            Vec2 s = model.sum();
            p.polygon(new double[] {0, a.x(), s.x(), b.x()}, new double[] {0, a.y(), s.y(), b.y()}, 4,
                    Palette.fill(p.palette().result(), 0.10), null, 0);
            p.dashedLine(a.x(), a.y(), s.x(), s.y(), Palette.fill(p.palette().second(), 0.7), 1.5);
            p.dashedLine(b.x(), b.y(), s.x(), s.y(), Palette.fill(p.palette().first(), 0.7), 1.5);
        });
        plane.add(Arrow.fromOrigin("k·u, u scaled by k", model::scaled, pal -> Palette.fill(pal.extra(), 0.9), 5, "k·u"));
        plane.add(new Arrow("u − v, from the tip of v to the tip of u", model::v, model::u, Palette::learner, 2, () -> "u − v").labelAtMiddle());
        plane.add(Arrow.fromOrigin("u + v, the diagonal of the parallelogram", model::sum, Palette::result, 3, "u + v"));
        plane.add(Arrow.fromOrigin("u", model::u, Palette::first, 3, "u"));
        plane.add(Arrow.fromOrigin("v", model::v, Palette::second, 3, "v"));
        plane.add(new Legend()
                .add(Palette::first, () -> "u = " + pair(model.u()))
                .add(Palette::second, () -> "v = " + pair(model.v()))
                .add(Palette::result, () -> "u + v = " + pair(model.sum()))
                .add(Palette::learner, () -> "u − v = " + pair(model.difference()))
                .add(Palette::extra, () -> "k·u = " + Numbers.brief(model.k(), 2) + " · " + pair(model.u()) + " = " + pair(model.scaled())));
        plane.addHandle(Handle.tipOf(u, "u: drag to move", Palette::first));
        plane.addHandle(Handle.tipOf(v, "v: drag to move", Palette::second));
        return plane;
    }

    private static String pair(Vec2 w) {
        return Numbers.pair(w.x(), w.y(), 2);
    }

    /** Drags u once round a circle while k sweeps, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        u.set(BenchPath.onCircle(frame, 4));
        k.set(Math.round(300 * Math.sin(t / 2)) / 100.0);
    }
}
