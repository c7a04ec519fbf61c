package org.mathlens.explorables.calculus;

import java.util.List;
import java.util.Random;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.FunctionPlot;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * Type f; see f and f′ together, the tangent at a draggable x, and the derivative worked out
 * rule by rule. Quiz mode hides the answer, gives a random function and checks the learner's f′.
 */
public final class DerivativeRulesExplorable extends AbstractExplorable {
    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f", "the function to differentiate, typed in x", "x^3 - 3x^2 + 2", "x"));
    private final ScalarParameter x = parameters.add(new ScalarParameter("x", "where the tangent touches: drag the point", 1.5, -6, 6, 0.05));
    private final FlagParameter quiz = parameters.add(new FlagParameter("quiz", "quiz: differentiate a random function yourself", false));
    private final DerivativeRulesModel model = new DerivativeRulesModel("x^3 - 3x^2 + 2", 1.5);
    private Random random = new Random(2024);
    private boolean revealed;
    private String verdict = "";
    private VBox stepsBox;
    private Label verdictLabel;
    private TextField answerField;
    private VBox quizBox;
    private String shownSteps;

    public DerivativeRulesExplorable() {
        super("derivative-rules", "Derivative rules, step by step", Section.CALCULUS,
                "Type f(x): see f′ worked out rule by rule and the tangent at a point you drag.");
        readouts.add("derivative", "f′(x)", () -> hidden() ? Reading.word("hidden")
                        : model.derivativeText() == null ? Reading.undefined() : Reading.word(model.derivativeText()))
                .add("slope", "slope at x", () -> hidden() ? Reading.word("hidden") : Reading.finite(model.slope()));
        Presets.of("polynomial", "f = x^3 - 3x^2 + 2")
                .and("product", "f = x^2*sin(x)")
                .and("quotient", "f = sin(x)/x")
                .and("chain", "f = sin(x^2)")
                .and("exponential", "f = exp(-x^2/2)")
                .and("logarithm", "f = log(x^2 + 1)")
                .install(parameters, "preset", "an example function for each rule; typing f makes it custom");
        quiz.property().addListener((o, old, now) -> {
            if (now) {
                newFunction();
            } else {
                revealed = false;
                verdict = "";
            }
        });
        parametersChanged();
    }

    public DerivativeRulesModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.setFunction(Formula.of(f.function()));
        model.setX(x.value());
        refreshSide();
    }

    /** Quiz: a fresh random function; the answer is hidden until the learner gets it right. */
    public void newFunction() {
        revealed = false;
        verdict = "";
        if (answerField != null) {
            answerField.clear();
        }
        f.setText(DerivativeRulesModel.randomFunction(random));
        refreshSide();
    }

    /** Checks a typed f′ against the real one and returns the verdict shown to the learner. */
    public String answer(String text) {
        DerivativeRulesModel.Verdict v = model.check(text);
        verdict = v.message();
        if (v.right()) {
            revealed = true;
        }
        refreshSide();
        changed();
        return verdict;
    }

    private boolean hidden() {
        return quiz.on() && !revealed;
    }

    @Override
    protected void onReset() {
        random = new Random(2024);
        revealed = false;
        verdict = "";
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4, 4, -4, 4);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(p -> {
            double s = model.slope();
            double y = model.fx();
            if (!hidden() && Double.isFinite(s) && Double.isFinite(y)) {
                p.infiniteLine(model.x(), y, 1, s, Palette.fill(p.palette().result(), 0.9), 2);
            }
        });
        plane.add(new FunctionPlot("y = f′(x), the derivative", () -> hidden() ? null : model.derivative(), Palette::second, 2.5).dashed());
        plane.add(new FunctionPlot("y = f(x)", () -> model.formula().f(), Palette::first, 3));
        plane.add(p -> {
            double s = model.slope();
            if (!hidden() && Double.isFinite(s)) {
                p.dashedLine(model.x(), 0, model.x(), s, Palette.fill(p.palette().second(), 0.6), 1.2);
                p.dot(model.x(), s, 5, p.palette().second());
                p.label("f′ = " + Numbers.brief(s, 3), model.x(), s, 10, 12, p.palette().second(), true);
            }
        });
        plane.add(new Legend()
                .add(Palette::first, () -> "f(x) = " + model.formula().text())
                .add(Palette::second, () -> "f′(x) = " + (hidden() ? "?  (your turn)" : orUndefined(model.derivativeText())))
                .add(Palette::result, () -> "tangent at x = " + Numbers.brief(model.x(), 3) + ":  slope = "
                        + (hidden() ? "?" : DeltaMethodExplorable.brief(model.slope()))));
        plane.addHandle(FunctionPlot.handleOn("x: drag along the curve", Palette::result, () -> model.formula().f(),
                model::x, nx -> x.set(DeltaMethodExplorable.clamp(nx, x.min(), x.max()))));

        Label title = new Label("Working, rule by rule");
        title.getStyleClass().add("section-title");
        stepsBox = new VBox(4);
        verdictLabel = new Label();
        verdictLabel.setWrapText(true);
        answerField = new TextField();
        answerField.setPromptText("your f′(x), e.g. 3*x^2 - 6*x");
        answerField.setId("quiz-answer");
        Button check = new Button("Check");
        check.setDefaultButton(false);
        check.setOnAction(e -> answer(answerField.getText()));
        answerField.setOnAction(e -> answer(answerField.getText()));
        Button next = new Button("New function");
        next.setId("quiz-new");
        next.setOnAction(e -> newFunction());
        Label ask = new Label("Differentiate f. Type f′(x):");
        ask.setWrapText(true);
        quizBox = new VBox(6, new Label("Quiz"), ask, answerField, new HBox(6, check, next), verdictLabel, new Separator());
        VBox side = new VBox(8, quizBox, title, stepsBox);
        side.setPadding(new Insets(10));
        // side keeps the width of its widest formula; the scroll pane shows 340 px of it
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        // a long product-rule line is wider than the column: scroll sideways rather than cut it
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        scroll.setPrefWidth(340);
        scroll.setMinWidth(220);
        BorderPane view = new BorderPane(plane);
        view.setRight(scroll);
        shownSteps = null;
        refreshSide();
        return view;
    }

    private static String orUndefined(String s) {
        return s == null ? "undefined" : s;
    }

    /** Rebuilds the list of steps only when f or the quiz state changed (never per frame). */
    private void refreshSide() {
        if (stepsBox == null) {
            return;
        }
        quizBox.setVisible(quiz.on());
        quizBox.setManaged(quiz.on());
        verdictLabel.setText(verdict);
        verdictLabel.setStyle(verdict.startsWith("Right") ? "-fx-font-weight: bold;" : "");
        String key = model.formula().text() + "|" + hidden();
        if (key.equals(shownSteps)) {
            return;
        }
        shownSteps = key;
        stepsBox.getChildren().clear();
        if (hidden()) {
            stepsBox.getChildren().add(wrap("The steps appear when your answer is right."));
            return;
        }
        if (model.derivativeText() == null) {
            stepsBox.getChildren().add(wrap("No derivative by the rules: " + model.derivativeError()));
            return;
        }
        // each step: the rule's name, then its equation typeset (the plain text as a tooltip)
        List<String> rules = model.stepRules();
        List<String[]> latex = model.stepLatexSides();
        List<String> lines = model.stepLines();
        int shown = Math.min(lines.size(), 24);
        for (int i = 0; i < shown; i++) {
            Label rule = wrap((i + 1) + ". " + rules.get(i));
            rule.getStyleClass().add("text-muted");
            org.mathlens.kit.FormulaView asked = new org.mathlens.kit.FormulaView(latex.get(i)[0]);
            org.mathlens.kit.FormulaView found = new org.mathlens.kit.FormulaView("= " + latex.get(i)[1]);
            asked.setSize(14);
            found.setSize(14);
            VBox.setMargin(found, new Insets(0, 0, 0, 18));
            javafx.scene.control.Tooltip.install(asked, new javafx.scene.control.Tooltip(lines.get(i)));
            stepsBox.getChildren().addAll(rule, asked, found);
        }
        if (lines.size() > shown) {
            stepsBox.getChildren().add(wrap("… and " + (lines.size() - shown) + " more steps"));
        }
        Label result = wrap("so");
        result.setStyle("-fx-font-weight: bold;");
        org.mathlens.kit.FormulaView derivative = new org.mathlens.kit.FormulaView("f'(x) = " + model.derivativeLatex());
        derivative.setSize(16);
        stepsBox.getChildren().addAll(result, derivative);
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /** Drags x across [-3, 3]: the tangent, its slope and the f′ marker recompute each frame. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        x.set(Math.round(300 * Math.sin(t)) / 100.0);
    }
}
