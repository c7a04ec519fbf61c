package org.mathlens.explorables.vectors;

import static org.mathlens.kit.Figures.b;
import static org.mathlens.kit.Figures.pair;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.BenchPath;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Figures;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Viewport;
import org.mathlens.math.linalg.Vec2;

/**
 * Mix a·u + b·v with the sliders and see the walk tip to tail; see everything u and v can reach
 * (the plane with the grid they span, a line when they are dependent, or just 0); read the
 * combination in the basis {u, v}; play Gram–Schmidt to turn u, v into an orthonormal pair.
 */
public final class SpanExplorable extends AbstractExplorable {
    /** Lattice lines per family at most; a nearly dependent pair would otherwise ask for thousands. */
    private static final int MAX_LINES = 60;

    private final VectorParameter u = parameters.add(new VectorParameter("u", "the first vector: drag its tip", new double[] {2, 1}, 50));
    private final VectorParameter v = parameters.add(new VectorParameter("v", "the second vector: drag its tip", new double[] {1, 2}, 50));
    private final ScalarParameter a = parameters.add(new ScalarParameter("a", "how many u's to walk", 1.5, -3, 3, 0.1));
    private final ScalarParameter b = parameters.add(new ScalarParameter("b", "how many v's to walk after that", 1, -3, 3, 0.1));
    /** How far Gram–Schmidt has turned the drawn pair u, v into q₁, q₂: one unit per stage. u and v never change. */
    private final ScalarParameter gs = parameters.add(new ScalarParameter("gram_schmidt",
            "Gram–Schmidt: 0 draws u, v; 1 normalises u; 2 takes away v's shadow; 3 draws q₁, q₂. Play runs it",
            SpanModel.STAGES, 0, SpanModel.STAGES, 0.05));
    private final SpanModel model = new SpanModel(Vec2.ZERO, Vec2.ZERO, 0, 0);
    /** A stage every 1.7 s; Step goes to the next whole stage. */
    private final Play play = animatedBy(Play.once(gs, 0.6));

    public SpanExplorable() {
        super("span", "Span, basis and Gram–Schmidt", Section.VECTORS_AND_MATRICES,
                "Slide a and b to walk a·u + b·v; drag u and v; play Gram–Schmidt.");
        readouts.add("combo", "a·u + b·v", () -> Reading.of(model.combo().toArray()))
                .add("independent", "independent", () -> Reading.of(model.independent()))
                .add("q1", "q1", () -> model.q1().map(q -> Reading.of(q.toArray())).orElse(Reading.undefined()))
                .add("q2", "q2", () -> model.q2().map(q -> Reading.of(q.toArray())).orElse(Reading.undefined()));
        parametersChanged();
    }

    public SpanModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Vec2.of(u.get()), Vec2.of(v.get()), a.value(), b.value());
    }

    @Override
    protected Node createView() {
        Plane plane = Plane.following(revision(), history(), -6, 6, -4.5, 4.5);
        plane.add(this::drawSpan);
        plane.add(Drawable.named(p -> { }, () -> switch (model.rank()) {
            case 2 -> "the span of u and v: the whole plane; the lines are the grid of whole-number a and b";
            case 1 -> "the span of u and v: only this line, because they are dependent";
            default -> "the span of u = v = 0: just the origin";
        }, (p, sx, sy) -> {
            Optional<Vec2> d = model.lineDirection();
            if (d.isPresent()) {
                return Lines.pixelDistanceToLine(p, sx, sy, d.get().x(), d.get().y()) <= p.ui(6);
            }
            return model.rank() == 0 && Math.hypot(p.sx(0) - sx, p.sy(0) - sy) <= p.ui(8);
        }));
        plane.add(Arrow.fromOrigin("u", model::u, Palette::first, 3, "u"));
        plane.add(Arrow.fromOrigin("v", model::v, Palette::second, 3, "v"));
        // the walk: a·u from the origin, then b·v from there
        plane.add(new Arrow("a·u: the first leg of the walk, a copies of u", () -> Vec2.ZERO, model::firstLeg,
                c -> Palette.fill(c.first(), 0.75), 2.5, () -> "a·u").labelAtMiddle());
        plane.add(new Arrow("b·v: the second leg, b copies of v, from the tip of a·u", model::firstLeg, model::combo,
                c -> Palette.fill(c.second(), 0.75), 2.5, () -> "b·v").labelAtMiddle());
        plane.add(new Spot(() -> "a·u + b·v = " + pair(model.combo()) + "; in the basis {u, v} its coordinates are " + coords(),
                model::combo, Palette::result, 5, () -> "a·u + b·v", 12, -14));
        plane.add(this::drawGramSchmidt);
        plane.add(whilePlaying(new Arrow("the first Gram–Schmidt vector: u on its way to q1 = u / ‖u‖", () -> Vec2.ZERO,
                () -> animated(0), Palette::learner, 3.5, () -> gs.value() >= 1 ? "q1" : "u′")));
        plane.add(whilePlaying(new Arrow("the second Gram–Schmidt vector: v on its way to q2, orthogonal to q1", () -> Vec2.ZERO,
                () -> animated(1), Palette::extra, 3.5, () -> gs.value() >= 3 ? "q2" : gs.value() > 2 ? "w → q2" : gs.value() >= 2 ? "w" : gs.value() > 1 ? "v − shadow" : "v′")));
        plane.add(this::drawCaption);
        plane.add(new Legend()
                .add(Palette::first, () -> "u = " + pair(model.u()))
                .add(Palette::second, () -> "v = " + pair(model.v()))
                .add(Palette::result, () -> "a·u + b·v = " + b(model.a()) + "·" + pair(model.u()) + " + " + b(model.b()) + "·" + pair(model.v())
                        + " = " + pair(model.combo()))
                .add(Palette::result, () -> "coordinates: " + coords() + " in {u, v},  " + pair(model.combo()) + " in {e1, e2}")
                .add(p -> p.textMuted(), () -> switch (model.rank()) {
                    case 2 -> "span: the whole plane (u, v independent)";
                    case 1 -> "span: a line (u, v dependent)";
                    default -> "span: the point 0";
                })
                .add(Palette::learner, () -> "q1 = " + model.q1().map(Figures::pair).orElse("undefined")
                        + ",  q2 = " + model.q2().map(Figures::pair).orElse("undefined")));
        plane.addHandle(Handle.tipOf(u, "u: drag to move", Palette::first));
        plane.addHandle(Handle.tipOf(v, "v: drag to move", Palette::second));
        return plane;
    }

    /** Shows (and names) a drawable only while the Gram–Schmidt pair is on screen. */
    private Drawable whilePlaying(Drawable d) {
        return new Drawable() {
            private boolean shown() {
                return gs.value() > 0 && model.independent();
            }

            @Override
            public void draw(Painter p) {
                if (shown()) {
                    d.draw(p);
                }
            }

            @Override
            public String name() {
                return shown() ? d.name() : null;
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                return shown() && d.hit(p, sx, sy);
            }
        };
    }

    private String coords() {
        return model.independent() ? "(" + b(model.a()) + ", " + b(model.b()) + ")" : "(" + b(model.a()) + ", " + b(model.b()) + ") (not unique)";
    }

    /** One vector of the animated Gram–Schmidt pair; the origin (drawn as nothing) when not playing. */
    private Vec2 animated(int which) {
        if (gs.value() <= 0) {
            return Vec2.ZERO;
        }
        return model.animatedPair(gs.value()).map(pair -> pair[which]).orElse(Vec2.ZERO);
    }

    private void drawSpan(Painter p) {
        Viewport view = p.view();
        Palette c = p.palette();
        if (model.rank() == 2) {
            p.gc().setFill(Palette.fill(c.result(), c.isDark() ? 0.07 : 0.05));
            p.gc().fillRect(0, 0, view.width(), view.height());
            lattice(p, model.u(), model.v(), true, Palette.fill(c.second(), 0.45));
            lattice(p, model.v(), model.u(), false, Palette.fill(c.first(), 0.45));
        } else if (model.rank() == 1) {
            Vec2 d = model.lineDirection().orElseThrow();
            p.infiniteLine(0, 0, d.x(), d.y(), Palette.fill(c.result(), 0.25), 12);
            p.infiniteLine(0, 0, d.x(), d.y(), c.result(), 2);
        } else {
            p.dot(0, 0, 8, Palette.fill(c.result(), 0.5));
        }
    }

    /**
     * The lines through k·step parallel to along, for every whole k whose line crosses the view:
     * with step = u these are the lines "a = k" of the grid u and v span.
     */
    private void lattice(Painter p, Vec2 step, Vec2 along, boolean stepIsU, Color color) {
        Viewport view = p.view();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] xs = {view.minX(), view.maxX()};
        double[] ys = {view.minY(), view.maxY()};
        for (double x : xs) {
            for (double y : ys) {
                Vec2 k = model.coordinates(x, y).orElse(null);
                if (k == null) {
                    return;
                }
                double coordinate = stepIsU ? k.x() : k.y();
                lo = Math.min(lo, coordinate);
                hi = Math.max(hi, coordinate);
            }
        }
        long first = (long) Math.ceil(lo);
        long last = (long) Math.floor(hi);
        if (!(last - first < 100_000)) {
            return;
        }
        long stride = Math.max(1, (last - first) / MAX_LINES + 1);
        first = Math.floorDiv(first, stride) * stride;
        for (long k = first; k <= last; k += stride) {
            double px = k * step.x();
            double py = k * step.y();
            p.infiniteLine(px, py, along.x(), along.y(), color, k == 0 ? 2 : 1);
        }
    }

    private void drawGramSchmidt(Painter p) {
        if (gs.value() <= 0 || !model.independent()) {
            return;
        }
        Palette c = p.palette();
        int stage = SpanModel.stageOf(gs.value());
        if (stage >= 2) {
            // the shadow of v on q1 that the second stage takes away
            Vec2 shadow = model.shadowOnQ1().orElseThrow();
            Vec2 w = model.v().minus(shadow);
            p.dashedLine(0, 0, shadow.x(), shadow.y(), Palette.fill(c.result(), 0.8), 2);
            p.dashedLine(shadow.x(), shadow.y(), model.v().x(), model.v().y(), Palette.fill(c.extra(), 0.6), 1.5);
            p.rightAngle(shadow.x(), shadow.y(), w.x(), w.y(), -shadow.x(), -shadow.y(), Palette.fill(c.extra(), 0.8));
        }
        if (gs.value() >= SpanModel.STAGES) {
            p.circle(0, 0, 1, null, Palette.fill(c.learner(), 0.5), 1);
            Vec2 q1 = model.q1().orElseThrow();
            Vec2 q2 = model.q2().orElseThrow();
            p.rightAngle(0, 0, q1.x(), q1.y(), q2.x(), q2.y(), c.learner());
        }
    }

    private void drawCaption(Painter p) {
        Viewport view = p.view();
        double x = view.width() / 2;
        double y = view.height() - p.ui(22);
        Palette c = p.palette();
        if (model.rank() == 1) {
            p.screenLabel("u and v are dependent: their span is a line", x, y - p.ui(24), c.warning(), true, TextAlignment.CENTER);
        } else if (model.rank() == 0) {
            p.screenLabel("u = v = 0: their span is a point, the origin", x, y - p.ui(24), c.warning(), true, TextAlignment.CENTER);
        }
        String text;
        if (!model.independent()) {
            text = "Gram–Schmidt needs two independent vectors: there is no second direction to keep";
        } else {
            text = switch (SpanModel.stageOf(gs.value())) {
                case 0 -> "Play or Step: Gram–Schmidt turns u, v into an orthonormal pair q1, q2 with the same span";
                case 1 -> "Stage 1 of 3: normalise u, q1 = u / ‖u‖";
                case 2 -> "Stage 2 of 3: take away v's shadow on q1, w = v − (v·q1) q1";
                default -> gs.value() < SpanModel.STAGES ? "Stage 3 of 3: normalise w, q2 = w / ‖w‖"
                        : "Done: q1 ⟂ q2, ‖q1‖ = ‖q2‖ = 1, and they span the same plane as u, v";
            };
        }
        p.screenLabel(text, x, y, c.textMuted(), true, TextAlignment.CENTER);
    }

    /** Drags u round a circle while a sweeps, and Gram–Schmidt plays (restarting when done). */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        u.set(BenchPath.onCircle(frame, 2.5));
        a.set(Math.round(300 * Math.sin(t / 2)) / 100.0);
        if (play.isFinished()) {
            play.rewind();
        }
        play.advance(1 / 60.0);
    }
}
