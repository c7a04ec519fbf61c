package org.mathlens.explorables.decompositions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.FormulaView;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.expr.MathLanguage;

/**
 * Least squares by the pseudoinverse. In fit mode the points and the line y = b + m·x from
 * w = X⁺y, each residual drawn as a square so that the squares' total area is the loss; drag
 * a point, click empty space to add one, Delete removes the one under the mouse. In system
 * mode x = A⁺y for any A up to 4×4, drawn by {@link PseudoinverseSystemPicture}. X⁺ (or A⁺)
 * is typeset beside the picture.
 */
public final class PseudoinverseExplorable extends AbstractExplorable {
    private final ChoiceParameter mode = parameters.add(new ChoiceParameter("mode",
            "fit: a line through points; system: x = A⁺y for a matrix A and a vector y", "fit", List.of("fit", "system")));
    private final DataParameter data = parameters.add(DataParameter.named("data",
                    "the points: clinical-trial, @file.csv or an n×2 matrix; drag, click to add, Delete to remove")
            .preset("clinical-trial", Datasets::clinicalTrial)
            .rows(2, 60).columns(2, 2).within(1000).shape("an n×2 matrix of points (x, y), like [[0, 1], [1, 3], [2, 2]]")
            .startingWith("clinical-trial"));
    private final MatrixParameter a = parameters.add(new MatrixParameter("A",
            "the system's coefficients: one row per equation, one column per unknown (up to 4×4)",
            new double[][] {{1, 1}, {1, -1}, {1, 2}}, 1, 4, 1, 4, false, 1000));
    private final TargetParameter y = parameters.add(new TargetParameter());
    private final ChoiceParameter preset = Presets
            .of("three lines, no common point", "mode = system", "A = [[1, 1], [1, -1], [1, 2]]", "y = [2, 0, 5]")
            .and("one line, many points", "mode = system", "A = [[1, 2]]", "y = [5]")
            .and("two lines, one point", "mode = system", "A = [[2, 1], [1, 3]]", "y = [3, 5]")
            .and("the clinical trial", "mode = fit", "data = clinical-trial")
            .install(parameters, "preset", "a named example; editing the values makes it custom");

    private final PseudoinverseModel model = new PseudoinverseModel();
    private final List<Handle> pointHandles = new ArrayList<>();
    private Plane plane;
    private FormulaView pinvView;
    private FormulaView answerView;
    private Label kindLabel;
    private String homeKey = "";
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public PseudoinverseExplorable() {
        super("pseudoinverse", "The pseudoinverse: least squares by linear algebra", Section.DECOMPOSITIONS,
                "Drag, add (click) or delete points: the line w = X⁺y follows. Or solve any A·x ≈ y.");
        // Each mode shows only its own controls: the points in fit, A and y in system.
        data.inUseProperty().bind(mode.property().isEqualTo("fit"));
        a.inUseProperty().bind(mode.property().isEqualTo("system"));
        y.inUseProperty().bind(mode.property().isEqualTo("system"));
        readouts.add("b", "b (intercept)", () -> fitting() ? Reading.of(model.x(0)) : Reading.undefined())
                .add("m", "m (slope)", () -> fitting() ? Reading.of(model.x(1)) : Reading.undefined())
                .add("residual", "residual ‖Ax − y‖", () -> model.solved() ? Reading.of(model.residualNorm()) : Reading.undefined())
                .add("x", "x = A⁺y (fit: w = (b, m))", () -> model.solved() ? Reading.of(model.x()) : Reading.undefined())
                .add("pinv", "A⁺ (fit: X⁺)", () -> model.solved() ? Reading.of(model.pinv()) : Reading.undefined());
        parametersChanged();
    }

    public PseudoinverseModel model() {
        return model;
    }

    /** The picture, for tests that drive it. */
    Plane plane() {
        view();
        return plane;
    }

    boolean fitting() {
        return "fit".equals(mode.get());
    }

    @Override
    protected void parametersChanged() {
        if (fitting()) {
            model.fit(data.get().points());
        } else {
            model.system(a.get(), y.get());
        }
        if (plane != null) {
            syncPointHandles();
            refreshSide();
        }
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        plane.setPrefSize(640, 480);
        plane.add(new PseudoinverseFitPicture(model, this::fitting));
        plane.add(new PseudoinverseSystemPicture(model, () -> !fitting()));
        plane.add(new Card(Card.Corner.BOTTOM_LEFT, this::cardLines));
        plane.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
        });
        plane.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        plane.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        pinvView = new FormulaView("", true);
        pinvView.setSize(15);
        answerView = new FormulaView("", true);
        answerView.setSize(15);
        kindLabel = new Label();
        kindLabel.setWrapText(true);
        kindLabel.setStyle("-fx-font-size: 1.1em;");
        Label heading = new Label("The pseudoinverse");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
        VBox side = new VBox(10, heading, kindLabel, pinvView, answerView);
        side.setPadding(new Insets(12));
        side.setPrefWidth(330);
        side.setMinWidth(260);
        HBox box = new HBox(plane, side);
        HBox.setHgrow(plane, Priority.ALWAYS);
        syncPointHandles();
        refreshSide();
        return box;
    }

    /** The working under the picture: every number here is the model's, as in the readouts. */
    Card.Line[] cardLines() {
        if (!model.solved()) {
            return new Card.Line[] {new Card.Line(model.problem(), Palette::warning, true)};
        }
        if (fitting()) {
            double m = model.x(1);
            return new Card.Line[] {
                new Card.Line("y = b + m·x = " + Numbers.label(model.x(0)) + (m < 0 ? " − " : " + ")
                        + Numbers.label(Math.abs(m)) + "·x", Palette::result, true),
                new Card.Line("loss Σ rᵢ² = area of the " + model.equations() + " squares = " + Numbers.label(model.loss()), Palette::warning, false),
                new Card.Line("residual ‖Xw − y‖ = " + Numbers.label(model.residualNorm()), Palette::text, false)};
        }
        return new Card.Line[] {
            new Card.Line("x = A⁺y = " + vector(model.x()), Palette::result, true),
            new Card.Line("residual ‖Ax − y‖ = " + Numbers.label(model.residualNorm()), Palette::warning, false),
            new Card.Line("length ‖x‖ = " + Numbers.label(model.norm()) + ", rank A = " + model.rank(), Palette::text, false)};
    }

    /** Words for what kind of answer this is, and the same X⁺ the readouts give, typeset. */
    String kindText() {
        if (!model.solved()) {
            return model.problem();
        }
        if (fitting()) {
            return "X = [1, x] has a column of ones and a column of doses; w = X⁺y = (b, m) is the least-squares line.";
        }
        return plural(model.equations(), "equation") + ", " + plural(model.unknowns(), "unknown") + " — " + model.kind().words() + ".";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    String pinvLatex() {
        if (!model.solved()) {
            return "";
        }
        String name = fitting() ? "X" : "A";
        return name + "^{+} = " + matrixLatex(model.pinv());
    }

    String answerLatex() {
        if (!model.solved()) {
            return "";
        }
        String name = fitting() ? "X" : "A";
        return (fitting() ? "w = \\begin{pmatrix} b \\\\ m \\end{pmatrix}" : "x") + " = " + name + "^{+}y = " + matrixLatex(column(model.x()));
    }

    private void refreshSide() {
        kindLabel.setText(kindText());
        String latex = pinvLatex();
        if (!latex.equals(pinvView.getLatex())) {
            pinvView.setLatex(latex);
        }
        String answer = answerLatex();
        if (!answer.equals(answerView.getLatex())) {
            answerView.setLatex(answer);
        }
    }

    private static double[][] column(double[] v) {
        double[][] c = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            c[i] = new double[] {v[i]};
        }
        return c;
    }

    private static String matrixLatex(double[][] m) {
        // a wide X⁺ (many points) is shown transposed, so it stays a readable column of pairs
        boolean transposed = m.length < m[0].length && m[0].length > 4;
        int rows = transposed ? m[0].length : m.length;
        int cols = transposed ? m.length : m[0].length;
        StringBuilder s = new StringBuilder("\\begin{pmatrix}");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = transposed ? m[j][i] : m[i][j];
                s.append(j == 0 ? "" : " & ").append(Numbers.brief(v, 3).replace("\u2212", "-"));
            }
            s.append(i + 1 < rows ? " \\\\ " : "");
        }
        return s.append("\\end{pmatrix}").append(transposed ? "^{\\mathsf{T}}" : "").toString();
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Numbers.brief(v[i], 3));
        }
        return s.append(")").toString();
    }

    /** A click on empty space (not a drag, not on a point) adds a point there. */
    private void clicked(MouseEvent e) {
        if (!fitting() || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || pointAt(e.getX(), e.getY()) >= 0) {
            return;
        }
        addPoint(plane.viewport().wx(e.getX()), plane.viewport().wy(e.getY()));
    }

    private void keyPressed(KeyEvent e) {
        if (fitting() && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
            int i = pointAt(mouseX, mouseY);
            if (i >= 0) {
                removePoint(i);
                e.consume();
            }
        }
    }

    /** The index of the point drawn within 16 px of the screen point, or −1. */
    private int pointAt(double sx, double sy) {
        double[][] pts = data.get().points();
        for (int i = pts.length - 1; i >= 0; i--) {
            if (Math.hypot(plane.viewport().sx(pts[i][0]) - sx, plane.viewport().sy(pts[i][1]) - sy) <= 16) {
                return i;
            }
        }
        return -1;
    }

    void addPoint(double px, double py) {
        double[][] pts = data.get().points();
        double[][] more = Arrays.copyOf(pts, pts.length + 1);
        more[pts.length] = new double[] {round(px), round(py)};
        setPoints(more);
    }

    void removePoint(int index) {
        double[][] pts = data.get().points();
        double[][] fewer = new double[pts.length - 1][];
        for (int i = 0, j = 0; i < pts.length; i++) {
            if (i != index) {
                fewer[j++] = pts[i];
            }
        }
        setPoints(fewer);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Refused sets (too few or too many points, beyond the limits) leave the data as it was. */
    private void setPoints(double[][] pts) {
        try {
            history().begin();
            data.set(DataParameter.points(pts));
        } catch (ParameterException refused) {
            // the data stays
        } finally {
            history().end();
        }
    }

    private void syncPointHandles() {
        double[][] pts = fitting() ? data.get().points() : new double[0][];
        while (pointHandles.size() > pts.length) {
            plane.removeHandle(pointHandles.remove(pointHandles.size() - 1));
        }
        while (pointHandles.size() < pts.length) {
            int i = pointHandles.size();
            Handle h = new Handle("point " + (i + 1) + ": drag it; Delete removes it", Palette::learner,
                    () -> {
                        double[][] q = data.get().points();
                        return i < q.length ? q[i] : new double[] {0, 0};
                    },
                    (px, py) -> {
                        double[][] q = data.get().points();
                        if (i < q.length) {
                            double[][] moved = q.clone();
                            moved[i] = new double[] {px, py};
                            try {
                                data.set(DataParameter.points(moved));
                            } catch (ParameterException refused) {
                                // beyond the limits: the point stays
                            }
                        }
                    });
            pointHandles.add(h);
            plane.addHandle(h);
        }
        String key = fitting() ? "fit/" + data.get().name() : "system/" + a.text() + "/" + y.text();
        if (!key.equals(homeKey)) {
            homeKey = key;
            double[] home = fitting() ? PseudoinverseFitPicture.home(data.get().points()) : PseudoinverseSystemPicture.home(model);
            plane.setHome(home[0], home[1], home[2], home[3]);
        }
    }

    /** Drags the fourth point up and down: the line, squares and card follow each frame. */
    @Override
    public void benchFrame(int frame) {
        if (frame == 0) {
            parameters.setAll(java.util.Map.of("mode", "fit", "data", "clinical-trial"));
        }
        double[][] q = data.get().points().clone();
        q[3] = new double[] {3, Math.round(200 * Math.sin(frame * 2 * Math.PI / 120)) / 100.0};
        data.set(DataParameter.points(q));
    }

    /** y: one entry per equation of A (1 to 4), so unlike a fixed-length vector its length may change. */
    static final class TargetParameter extends Parameter<double[]> {
        TargetParameter() {
            super("y", "the right-hand side: one entry per row of A, like [2, 0, 5]", new double[] {2, 0, 5});
        }

        @Override
        protected double[] parseValue(String text) {
            return MathLanguage.evaluateVector(text);
        }

        @Override
        protected double[] check(double[] v) {
            if (v.length < 1 || v.length > 4) {
                throw new ParameterException("y needs 1 to 4 entries, one per equation, not " + v.length);
            }
            for (double x : v) {
                if (!Double.isFinite(x) || Math.abs(x) > 1000) {
                    throw new ParameterException("y's entries must be finite numbers within ±1000");
                }
            }
            return v.clone();
        }

        @Override
        protected boolean same(double[] p, double[] q) {
            return Arrays.equals(p, q);
        }

        @Override
        public String format(double[] value) {
            return Numbers.format(value);
        }
    }
}
