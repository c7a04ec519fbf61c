package org.mathlens.explorables.vectors;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * The inverse as the map that undoes A: play sends the grid forward under A and back under A⁻¹
 * (a singular A flattens the plane and cannot come back), while x travels to b = Ax and home
 * again. Below, Gauss–Jordan on [A | I], one row operation per step, the pivot lit.
 */
public final class InverseExplorable extends AbstractExplorable {
    private final MatrixParameter a = parameters.add(MatrixParameter.square("A",
            "a 2×2 or 3×3 matrix (the plane shows 2×2 maps)", new double[][] {{2, 1}, {1, 1}}, 2, 3));
    private final VectorParameter b = parameters.add(new VectorParameter("b",
            "the right-hand side of Ax = b; a 2×2 A uses its first two entries", new double[] {3, 2, 0}, 50).acceptingFrom(2));
    /** The plane's trip: 0 is I, 1 is A (the grid under A), 2 is A⁻¹A = I again. */
    private final ScalarParameter trip = parameters.add(new ScalarParameter("trip",
            "the plane's trip: 0 the plain grid, 1 the grid under A, 2 back home under A⁻¹; play runs it", 1, 0, 2, 0.01));
    /** The Gauss–Jordan step shown; past the last step it shows the last. */
    private final ScalarParameter step = parameters.add(new ScalarParameter("step",
            "which Gauss–Jordan row operation on [A | I] is shown, from 0 (the start)", 0, 0, InverseModel.MOST_STEPS, 1));
    private final InverseModel model = new InverseModel();
    /** A stage of the trip every 1.7 s; Step goes to the next stage. */
    private final Play play = animatedBy(Play.once(trip, 0.6));
    /** The matrix the plane is drawn under now, from A and the trip only. */
    private final double[][] now = new double[2][2];
    private Sheet sheet;

    public InverseExplorable() {
        super("inverse", "The inverse: the map that undoes A", Section.VECTORS_AND_MATRICES,
                "Play sends the plane through A and back through A⁻¹; the step slider (or ← →) walks Gauss–Jordan on [A | I].");
        readouts.add("det", "det A", () -> Reading.of(model.det()))
                .add("inverse", "A⁻¹", () -> model.singular() ? Reading.undefined() : Reading.of(model.inverse()))
                .add("condition", "condition number κ(A)", () -> model.singular() ? Reading.word("infinite") : Reading.of(model.condition()))
                .add("x", "x (Ax = b)", () -> switch (model.solutions()) {
                    case ONE -> Reading.of(model.solution());
                    case NONE -> Reading.word("none");
                    case INFINITE -> Reading.word("infinite");
                });
        parametersChanged();
    }

    public InverseModel model() {
        return model;
    }

    /** Which Gauss–Jordan step is shown, from 0 (the start, [A | I]): the step parameter, up to the last step. */
    public int stepIndex() {
        return Math.min((int) Math.round(step.value()), model.gaussJordan().steps().size() - 1);
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get(), b.get());
        model.animated(trip.value(), now);
    }

    /** Shows Gauss–Jordan step i (clamped), as one undoable change of the step parameter. */
    public void showStep(int i) {
        int last = model.gaussJordan().steps().size() - 1;
        double next = Math.max(0, Math.min(last, i));
        if (next != step.value()) {
            history().record(() -> step.set(next));
        }
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4, 4, -3.2, 3.2);
        plane.follow(revision());
        plane.setHistory(history());
        plane.setPrefSize(640, 360);
        buildPlane(plane);

        sheet = new Sheet();
        sheet.follow(revision());
        sheet.setPrefSize(640, 380);
        InverseSteps steps = new InverseSteps(sheet, model, this::stepIndex);
        sheet.add(steps);
        sheet.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int i = steps.opAt(e.getX(), e.getY());
            if (i >= 0) {
                showStep(i);
            }
        });
        sheet.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case LEFT, UP -> showStep(stepIndex() - 1);
                case RIGHT, DOWN, SPACE, ENTER -> showStep(stepIndex() + 1);
                case HOME -> showStep(0);
                case END -> showStep(Integer.MAX_VALUE);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        VBox root = new VBox(4, plane, sheet);
        VBox.setVgrow(plane, Priority.ALWAYS);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        Runnable fit = () -> {
            // the plane pictures 2×2 maps only; for 3×3 the steps take the whole height
            plane.setVisible(two());
            plane.setManaged(two());
            int lines = model.gaussJordan().steps().size();
            sheet.setPrefHeight(Math.max(110 + 30 * model.size() + 110, 90 + 22 * lines));
            sheet.setMinHeight(sheet.getPrefHeight());
        };
        fit.run();
        revision().addListener(o -> {
            if (plane.isVisible() != two() || lastSteps != model.gaussJordan().steps().size()) {
                lastSteps = model.gaussJordan().steps().size();
                fit.run();
            }
        });
        return root;
    }

    private int lastSteps;

    private boolean two() {
        return model.size() == 2;
    }

    private void buildPlane(Plane plane) {
        plane.add(p -> {
            if (!two()) {
                return;
            }
            Palette c = p.palette();
            Color lineX = Palette.fill(c.first(), 0.4);
            Color lineY = Palette.fill(c.second(), 0.4);
            double[][] m = now;
            for (int k = -8; k <= 8; k++) {
                p.line(m[0][0] * -8 + m[0][1] * k, m[1][0] * -8 + m[1][1] * k,
                        m[0][0] * 8 + m[0][1] * k, m[1][0] * 8 + m[1][1] * k, lineX, 1);
                p.line(m[0][0] * k + m[0][1] * -8, m[1][0] * k + m[1][1] * -8,
                        m[0][0] * k + m[0][1] * 8, m[1][0] * k + m[1][1] * 8, lineY, 1);
            }
            p.polygon(new double[] {0, m[0][0], m[0][0] + m[0][1], m[0][1]},
                    new double[] {0, m[1][0], m[1][0] + m[1][1], m[1][1]}, 4, Palette.fill(c.result(), 0.25), c.result(), 2);
            if (model.singular() && trip.value() >= 1) {
                double[][] am = model.a();
                double dx = Math.abs(am[0][0]) + Math.abs(am[1][0]) > 0 ? am[0][0] : am[0][1];
                double dy = Math.abs(am[0][0]) + Math.abs(am[1][0]) > 0 ? am[1][0] : am[1][1];
                if (model.rank() == 1) {
                    p.infiniteLine(0, 0, dx, dy, c.warning(), 2.5);
                } else {
                    p.dot(0, 0, 6, c.warning());
                }
            }
        });
        plane.add(new Drawable() {
            @Override
            public void draw(Painter p) {
                if (!two() || !model.singular()) {
                    return;
                }
                String onto = model.rank() == 1 ? "a line: the columns of A are dependent" : "a point: A is zero";
                p.screenLabel(trip.value() < 1 ? "det A = 0: A flattens the plane onto " + onto + " (press play)"
                        : "det A = 0: the plane is flattened onto " + onto + "; no A⁻¹ can bring it back",
                        p.ui(12), p.view().height() - p.ui(18), p.palette().warning(), true, TextAlignment.LEFT);
            }

            @Override
            public String name() {
                return "everything A sends here: the columns of A, the only places A can reach";
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                if (!two() || !model.singular() || model.rank() != 1 || trip.value() < 1) {
                    return false;
                }
                double[][] am = model.a();
                double dx = am[0][0] != 0 || am[1][0] != 0 ? am[0][0] : am[0][1];
                double dy = am[0][0] != 0 || am[1][0] != 0 ? am[1][0] : am[1][1];
                double len = Math.hypot(dx, dy);
                double wx = p.view().wx(sx);
                double wy = p.view().wy(sy);
                return Math.abs(wx * dy - wy * dx) / len * p.view().scale() < p.ui(5);
            }
        });
        plane.add(Arrow.fromOrigin("the image of e₁: the first column of the matrix now applied",
                () -> two() ? new Vec2(now[0][0], now[1][0]) : Vec2.ZERO, Palette::first, 3, "e₁"));
        plane.add(Arrow.fromOrigin("the image of e₂: the second column of the matrix now applied",
                () -> two() ? new Vec2(now[0][1], now[1][1]) : Vec2.ZERO, Palette::second, 3, "e₂"));
        Arrow xArrow = Arrow.fromOrigin("x = A⁻¹b carried by the map: it lands on b when the map is A",
                () -> {
                    double[] x = model.solution();
                    return x == null ? Vec2.ZERO : new Vec2(now[0][0] * x[0] + now[0][1] * x[1], now[1][0] * x[0] + now[1][1] * x[1]);
                }, Palette::extra, 3, "x");
        plane.add(new Drawable() {
            @Override
            public void draw(Painter p) {
                if (two() && model.solution() != null) {
                    xArrow.draw(p);
                }
                if (two()) {
                    p.label("b", model.b()[0], model.b()[1], 10, -14, p.palette().learner(), true);
                }
            }

            @Override
            public String name() {
                return xArrow.name();
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                return two() && model.solution() != null && xArrow.hit(p, sx, sy);
            }
        });
        plane.add(new Legend()
                .add(Palette::result, () -> "A = " + brief(model.a()) + "   det A = " + Numbers.label(model.det()))
                .add(Palette::text, () -> model.singular() ? model.inverseWords() : "A⁻¹ = " + brief(model.inverse()))
                .add(Palette::warning, () -> model.nearlySingular() ? model.inverseWords() : null)
                .add(Palette::learner, () -> "b = " + vec(model.b()))
                .add(Palette::extra, () -> switch (model.solutions()) {
                    case ONE -> "x = A⁻¹b = " + vec(model.solution());
                    case NONE -> "Ax = b has no solution: b is off the line A reaches";
                    case INFINITE -> "Ax = b has infinitely many solutions";
                })
                .add(Palette::textMuted, this::phaseText));
        plane.addHandle(new Handle("b: drag to move the right-hand side", Palette::learner,
                () -> new double[] {model.b()[0], model.b()[1]}, (x, y) -> {
                    double[] full = b.value();
                    full[0] = Math.max(-50, Math.min(50, x));
                    full[1] = Math.max(-50, Math.min(50, y));
                    try {
                        b.set(full);
                    } catch (ParameterException refused) {
                        // b stays where it was
                    }
                }));
    }

    private String phaseText() {
        double s = trip.value();
        if (s == 0) {
            return "press play: I → A → back";
        }
        if (s == 1) {
            return "the grid under A; play on and A⁻¹ brings it back";
        }
        if (s < 1) {
            return "forward: the grid under A (" + Math.round(s * 100) + "%)";
        }
        return model.singular() ? "no way back: A⁻¹ does not exist" : "back: A⁻¹ undoes A (" + Math.round((s - 1) * 100) + "%)";
    }

    private static String vec(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i > 0 ? ", " : "").append(Numbers.brief(v[i], 3));
        }
        return s.append(')').toString();
    }

    private static String brief(double[][] m) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            s.append(i > 0 ? ", [" : "[");
            for (int j = 0; j < m[i].length; j++) {
                s.append(j > 0 ? ", " : "").append(Numbers.brief(m[i][j], 3));
            }
            s.append(']');
        }
        return s.append(']').toString();
    }

    /** The forward-and-back trip plays while Gauss–Jordan steps along and A's corner changes now and then. */
    @Override
    public void benchFrame(int frame) {
        if (frame % 120 == 0) {
            a.set(new double[][] {{2, 1}, {1, 1 + (frame / 120) % 3 * 0.5}});
        }
        if (frame % 20 == 0) {
            showStep((stepIndex() + 1) % model.gaussJordan().steps().size());
        }
        if (play.isFinished()) {
            play.rewind();
        }
        play.advance(1 / 60.0);
    }
}
