package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;

/**
 * A chain of translations, rotations, scalings, shears and reflections composed as one 3×3
 * homogeneous matrix. The letter F moves through the chain step by step (ghosts numbered),
 * two parallel lines stay parallel, and swapping two steps shows that order matters.
 */
public final class AffineExplorable extends AbstractExplorable {
    /** The two parallel segments carried with the shape: y = −0.3 and y = 1.3, x from −0.5 to 1.5. */
    private static final double[][] LINES = {{-0.5, -0.3, 1.5, -0.3}, {-0.5, 1.3, 1.5, 1.3}};
    private static final String[] DEFAULTS = {"translate(2, 1)", "rotate(45)", "scale(1.5, 0.5)", "shear(0.5)", "reflect(0)"};

    private final ChainParameter ops = parameters.add(new ChainParameter("ops",
            "the steps, applied left to right: translate(dx, dy); rotate(degrees); scale(sx, sy); shear(k); reflect(degrees)",
            "rotate(30); translate(2, 1); scale(1.5, 0.5)"));
    /**
     * How many steps the F has gone through: 1.5 is halfway through step 2; at the chain's
     * length or beyond, the whole chain (the range fits the longest chain allowed).
     */
    private final ScalarParameter step = parameters.add(new ScalarParameter("step",
            "how many steps of the chain the F has gone through (1.5: halfway through step 2); the last step or beyond shows the whole chain",
            AffineModel.MAX_STEPS, 0, AffineModel.MAX_STEPS, 0.01));
    private final AffineModel model = new AffineModel();
    /** One step each 1.6 s, stopping at the chain's end; each step eased by the model. */
    private final Play chain = animatedBy(Play.once(step, 1 / 1.6).upTo(model::size));

    public AffineExplorable() {
        super("affine", "Affine maps: composing moves", Section.TRANSFORMATIONS,
                "Add, remove and reorder steps; the F moves through them. Swap two steps: order matters.");
        readouts.add("matrix", "M (3×3)", () -> Reading.of(model.composed()))
                .add("det", "det M", () -> Reading.of(model.det()))
                .add("origin", "(0, 0) ↦", () -> Reading.of(model.apply(0, 0)))
                .add("detDrawn", "det of the map drawn, after the steps done", () -> Reading.of(model.drawnDet()));
        parametersChanged();
    }

    public AffineModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(ops.steps(), step.value());
        double[][][] all = new double[model.size() + 1][][];
        for (int i = 0; i <= model.size(); i++) {
            all[i] = model.after(i);
        }
        prefixes = all;
    }

    /** The map drawn: the chain as far as {@code step} has gone. */
    private double[][] m() {
        return model.drawn();
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-2, 5.5, -2.5, 4.5);
        plane.follow(revision());
        plane.add(new Ghosts());
        plane.add(new TransformedGrid(this::m).picture(TransformedGrid.LETTER_F).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(model.drawnDet()), 3),
                () -> "the F after " + (model.isComplete() ? "the whole chain" : "step " + (int) Math.ceil(model.progress()))));
        plane.add(new Parallels());
        plane.add(new Caption(this::caption, Palette::text, 0));
        Legend legend = new Legend();
        for (int r = 0; r < 3; r++) {
            int row = r;
            legend.add(Palette::result, () -> (row == 1 ? "M = " : "       ") + matrixRow(row));
        }
        legend.add(Palette::extra, () -> "det = " + Numbers.brief(model.drawnDet(), 3) + (model.drawnDet() < 0 ? ", flipped" : ""))
                .add(Palette::learner, () -> "(0, 0) ↦ " + pair(m()[0][2], m()[1][2]));
        plane.add(legend);
        BorderPane root = new BorderPane(plane);
        root.setLeft(editor());
        return root;
    }

    private String matrixRow(int r) {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; c < 3; c++) {
            String s = Numbers.brief(m()[r][c], 2);
            b.append("\u2007".repeat(Math.max(0, 6 - s.length()))).append(s);
        }
        return b.append(" ]").toString();
    }

    private static String pair(double x, double y) {
        return Numbers.pair(x, y, 2);
    }

    private String caption() {
        int n = model.size();
        if (n == 0) {
            return "no steps: M is the identity (add one with +)";
        }
        if (model.isComplete()) {
            return n == 1 ? "M = M₁" : "M = M" + sub(n) + (n > 2 ? "···" : "·") + "M₁: the last step is the left-most factor";
        }
        int i = Math.min(n - 1, (int) Math.floor(model.progress()));
        return "step " + (i + 1) + " of " + n + ": " + model.ops().get(i).text();
    }

    private static String sub(int n) {
        String digits = "₀₁₂₃₄₅₆₇₈₉";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    // ---- the side editor: every change goes through the parameter, so undo and lessons see it ----

    private Node editor() {
        ListView<String> list = new ListView<>();
        list.setId("affine-steps");
        list.setPrefHeight(220);
        list.setMaxHeight(260);
        TextField field = new TextField();
        field.setId("affine-step-field");
        field.setPromptText("edit the selected step");
        Label message = new Label();
        message.getStyleClass().addAll("field-message", "danger");
        message.setWrapText(true);
        Runnable refresh = () -> {
            int keep = list.getSelectionModel().getSelectedIndex();
            List<String> items = new ArrayList<>();
            List<AffineModel.Op> steps = ops.steps();
            for (int i = 0; i < steps.size(); i++) {
                items.add((i + 1) + ".  " + steps.get(i).text());
            }
            list.getItems().setAll(items);
            if (!items.isEmpty()) {
                list.getSelectionModel().select(Math.max(0, Math.min(items.size() - 1, keep)));
            }
        };
        ops.property().addListener(o -> refresh.run());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            List<AffineModel.Op> steps = ops.steps();
            field.setText(i >= 0 && i < steps.size() ? steps.get(i).text() : "");
            message.setText("");
        });
        refresh.run();

        MenuButton add = new MenuButton("+");
        add.setTooltip(new Tooltip("add a step after the selected one"));
        for (String d : DEFAULTS) {
            MenuItem item = new MenuItem(d);
            item.setOnAction(e -> edit(list, steps -> {
                int at = list.getSelectionModel().getSelectedIndex() + 1;
                steps.add(Math.max(0, Math.min(steps.size(), at)), AffineModel.parseStep(d));
                return at;
            }));
            add.getItems().add(item);
        }
        Button remove = new Button("−");
        remove.setTooltip(new Tooltip("remove the selected step"));
        remove.setOnAction(e -> edit(list, steps -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i < steps.size()) {
                steps.remove(i);
            }
            return i - 1 < 0 ? 0 : i - 1;
        }));
        Button up = new Button("↑");
        up.setTooltip(new Tooltip("move the selected step earlier"));
        up.setOnAction(e -> edit(list, steps -> swap(steps, list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button("↓");
        down.setTooltip(new Tooltip("move the selected step later"));
        down.setOnAction(e -> edit(list, steps -> swap(steps, list.getSelectionModel().getSelectedIndex(), 1)));
        field.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            try {
                AffineModel.Op op = AffineModel.parseStep(field.getText());
                message.setText("");
                edit(list, steps -> {
                    if (i >= 0 && i < steps.size()) {
                        steps.set(i, op);
                        return i;
                    }
                    steps.add(op);
                    return steps.size() - 1;
                });
            } catch (MathError | ParameterException bad) {
                message.setText(bad.getMessage());
            }
        });
        HBox buttons = new HBox(4, add, remove, up, down);
        Label title = new Label("Steps, first to last");
        title.getStyleClass().add("section-title");
        Label hint = new Label("Angles in degrees; numbers may be expressions (360/8).");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, list, buttons, field, message, hint);
        VBox.setVgrow(list, Priority.SOMETIMES);
        box.setPadding(new Insets(10));
        box.setPrefWidth(220);
        box.setMinWidth(180);
        box.getStyleClass().add("affine-editor");
        return box;
    }

    private interface Edit {
        /** Changes the steps; returns the index to select afterwards. */
        int apply(List<AffineModel.Op> steps);
    }

    private void edit(ListView<String> list, Edit change) {
        List<AffineModel.Op> steps = new ArrayList<>(ops.steps());
        int select = change.apply(steps);
        try {
            history().record(() -> ops.set(steps));
        } catch (ParameterException refused) {
            return;
        }
        if (select >= 0 && select < list.getItems().size()) {
            list.getSelectionModel().select(select);
        }
    }

    private static int swap(List<AffineModel.Op> steps, int i, int direction) {
        int j = i + direction;
        if (i < 0 || j < 0 || i >= steps.size() || j >= steps.size()) {
            return i;
        }
        AffineModel.Op a = steps.get(i);
        steps.set(i, steps.get(j));
        steps.set(j, a);
        return j;
    }

    // ---- the picture ----------------------------------------------------------------------

    /** The F before the chain (dashed, 0) and after each step done so far (faint, numbered). */
    private final class Ghosts implements Drawable {
        private final double[] xs = new double[10];
        private final double[] ys = new double[10];

        @Override
        public void draw(Painter p) {
            Palette pal = p.palette();
            int n = model.size();
            int done = (int) Math.floor(model.progress() + 1e-9);
            for (int i = 0; i <= Math.min(done, n); i++) {
                double[][] m = prefixes[i];
                boolean start = i == 0;
                if (i < n || n == 0) {
                    double[] f = TransformedGrid.LETTER_F[0];
                    double[] g = TransformedGrid.LETTER_F[1];
                    for (int k = 0; k < f.length; k++) {
                        xs[k] = m[0][0] * f[k] + m[0][1] * g[k] + m[0][2];
                        ys[k] = m[1][0] * f[k] + m[1][1] * g[k] + m[1][2];
                    }
                    p.polygon(xs, ys, f.length, start ? null : Palette.fill(pal.result(), 0.12),
                            Palette.fill(start ? pal.textMuted() : pal.result(), start ? 0.9 : 0.6), start ? 1.5 : 1);
                }
                double cx = m[0][0] * 0.5 + m[0][1] * 0.5 + m[0][2];
                double cy = m[1][0] * 0.5 + m[1][1] * 0.5 + m[1][2];
                p.label(Integer.toString(i), cx, cy, -4, 0, start ? pal.textMuted() : pal.text(), true);
            }
        }

        @Override
        public String name() {
            return "the F after each step, numbered (0: before the chain)";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            for (double[][] m : prefixes) {
                double cx = m[0][0] * 0.5 + m[0][1] * 0.5 + m[0][2];
                double cy = m[1][0] * 0.5 + m[1][1] * 0.5 + m[1][2];
                if (Math.hypot(p.sx(cx) - sx, p.sy(cy) - sy) < p.ui(10)) {
                    return true;
                }
            }
            return false;
        }
    }

    private double[][][] prefixes = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

    /** The two parallel segments under the map drawn now: parallel before, parallel after. */
    private final class Parallels implements Drawable {
        @Override
        public void draw(Painter p) {
            double[][] shown = m();
            var c = p.palette().learner();
            for (double[] s : LINES) {
                double x1 = shown[0][0] * s[0] + shown[0][1] * s[1] + shown[0][2];
                double y1 = shown[1][0] * s[0] + shown[1][1] * s[1] + shown[1][2];
                double x2 = shown[0][0] * s[2] + shown[0][1] * s[3] + shown[0][2];
                double y2 = shown[1][0] * s[2] + shown[1][1] * s[3] + shown[1][2];
                p.line(x1, y1, x2, y2, c, 2.5);
            }
            double x = shown[0][0] * 1.5 + shown[0][1] * 1.3 + shown[0][2];
            double y = shown[1][0] * 1.5 + shown[1][1] * 1.3 + shown[1][2];
            p.label("∥", x, y, 6, -6, c, true);
        }

        @Override
        public String name() {
            return "two parallel lines: an affine map keeps them parallel";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[][] shown = m();
            for (double[] s : LINES) {
                double x1 = shown[0][0] * s[0] + shown[0][1] * s[1] + shown[0][2];
                double y1 = shown[1][0] * s[0] + shown[1][1] * s[1] + shown[1][2];
                double x2 = shown[0][0] * s[2] + shown[0][1] * s[3] + shown[0][2];
                double y2 = shown[1][0] * s[2] + shown[1][1] * s[3] + shown[1][2];
                if (p.pixelDistanceToSegment(sx, sy, x1, y1, x2, y2) <= p.ui(5)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Plays the chain, and every second swaps its first two steps (the learner's experiment). */
    @Override
    public void benchFrame(int frame) {
        if (frame % 60 == 0) {
            List<AffineModel.Op> steps = new ArrayList<>(ops.steps());
            if (steps.size() >= 2) {
                swap(steps, 0, 1);
                ops.set(steps);
            }
        }
        chain.advance(1 / 60.0);
        if (chain.isFinished()) {
            chain.rewind();
        }
    }
}
