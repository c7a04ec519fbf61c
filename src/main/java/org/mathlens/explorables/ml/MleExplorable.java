package org.mathlens.explorables.ml;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.FormulaView;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.data.Datasets;

/**
 * Maximum likelihood, three ways: a Gaussian sample (μ, σ), a line with Gaussian noise (m, b, σ)
 * and labels under a logistic curve (w, b). The sheet on the left draws each point's own
 * probability and how they combine; the map on the right is log L over the model's two
 * parameters, with the current choice (drag it) and the maximum. Data {@code sample} is the
 * current model's seeded sample, so {@code seed} draws another.
 */
public final class MleExplorable extends AbstractExplorable {
    static final String SAMPLE = "sample";

    private final ChoiceParameter model = parameters.add(new ChoiceParameter("model",
            "gaussian: a sample and a bell; regression: a line with Gaussian noise; bernoulli: labels under a logistic curve",
            "gaussian", List.of("gaussian", "regression", "bernoulli")));
    private final DataParameter data = parameters.add(DataParameter.named("data",
                    "sample (the model's seeded sample), clinical-trial, @file.csv, or a matrix: one column of x's, or rows (x, y) / (x, label)")
            .preset(SAMPLE, () -> MleSamples.gaussian(1))
            .preset("clinical-trial", Datasets::clinicalTrial)
            .rows(2, 200).columns(1, 2).within(1000)
            .shape("a matrix with one row per point: [[1.2], [3.4]] for a sample, [[0, 1], [1, 3]] for points (x, y) or (x, label)")
            .startingWith(SAMPLE));
    private final ScalarParameter seed = parameters.add(new ScalarParameter("seed",
            "which random sample data = sample draws (the same seed, the same points)", 1, 1, 99, 1)).labelled("random seed");
    private final ScalarParameter mu = parameters.add(new ScalarParameter("mu", "gaussian: the bell's centre μ", 2.5, -20, 20, 0.01)).labelled("centre μ");
    private final ScalarParameter sigma = parameters.add(new ScalarParameter("sigma",
            "gaussian: the bell's width σ; regression: the noise's σ", 1, 0.05, 20, 0.01).logarithmic()).labelled("spread σ");
    private final ScalarParameter m = parameters.add(new ScalarParameter("m", "regression: the line's slope m", 0.2, -5, 5, 0.01)).labelled("slope m");
    private final ScalarParameter b = parameters.add(new ScalarParameter("b",
            "regression: the line's intercept; bernoulli: the logistic's offset (p = σ(w·x + b))", 1, -20, 20, 0.01)).labelled("intercept b");
    private final ScalarParameter w = parameters.add(new ScalarParameter("w", "bernoulli: the logistic's weight w", 0.5, -10, 10, 0.01)).labelled("weight w");
    private final ChoiceParameter preset = Presets
            .of("a Gaussian sample", "model = gaussian", "data = sample", "mu = 2.5", "sigma = 1")
            .and("a noisy line", "model = regression", "data = sample", "m = 0.2", "b = 1", "sigma = 1")
            .and("the clinical trial", "model = regression", "data = clinical-trial", "m = -0.5", "b = 2", "sigma = 0.5")
            .and("pass or fail", "model = bernoulli", "data = sample", "w = 0.5", "b = 1")
            .install(parameters, "preset", "a named example; editing the values makes it custom");

    private final MleModel state = new MleModel();
    private final MleLandscape landscape = new MleLandscape(state, this::moveTo);
    private Sheet sheet;
    private final List<FormulaView> formulas = new java.util.ArrayList<>();
    private Label problem;

    public MleExplorable() {
        super("mle", "Maximum likelihood: which parameters make the data most probable?", Section.MACHINE_LEARNING,
                "Slide μ, σ, m, b or w (or drag them on the map) and watch each point's probability and their product.");
        // each model shows only its own parameters; seed only when the data are the seeded sample
        mu.inUseProperty().bind(model.property().isEqualTo("gaussian"));
        sigma.inUseProperty().bind(model.property().isNotEqualTo("bernoulli"));
        m.inUseProperty().bind(model.property().isEqualTo("regression"));
        b.inUseProperty().bind(model.property().isNotEqualTo("gaussian"));
        w.inUseProperty().bind(model.property().isEqualTo("bernoulli"));
        seed.inUseProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> SAMPLE.equals(data.get().name()), data.property()));
        readouts.add("log_likelihood", "log-likelihood log L", () -> state.solved() ? Reading.of(state.logLikelihood()) : Reading.undefined())
                .add("mu_hat", "μ̂ (the sample mean)", () -> is(MleModel.Kind.GAUSSIAN) ? Reading.of(state.muHat()) : Reading.undefined())
                .add("sigma_hat", "σ̂ = √(Σ (xᵢ − x̄)² / n)", () -> is(MleModel.Kind.GAUSSIAN) ? Reading.of(state.sigmaHat()) : Reading.undefined())
                .add("mse", "mean squared error", () -> is(MleModel.Kind.REGRESSION) ? Reading.of(state.mse()) : Reading.undefined())
                .add("cross_entropy", "cross-entropy (mean −log P)", () -> is(MleModel.Kind.BERNOULLI) ? Reading.of(state.crossEntropy()) : Reading.undefined())
                .add("accuracy", "accuracy", () -> is(MleModel.Kind.BERNOULLI) ? Reading.of(state.accuracy()) : Reading.undefined());
        parametersChanged();
    }

    private boolean is(MleModel.Kind k) {
        return state.solved() && state.kind() == k;
    }

    public MleModel model() {
        return state;
    }

    MleModel.Kind kind() {
        return MleModel.Kind.valueOf(model.get().toUpperCase(java.util.Locale.ROOT));
    }

    /** The rows the model reads: the seeded sample of the current model, or the data as given. */
    double[][] rows() {
        if (!SAMPLE.equals(data.get().name())) {
            return data.get().rows();
        }
        long s = Math.round(seed.value());
        return switch (kind()) {
            case GAUSSIAN -> MleSamples.gaussian(s);
            case REGRESSION -> MleSamples.regression(s);
            case BERNOULLI -> MleSamples.bernoulli(s);
        };
    }

    @Override
    protected void parametersChanged() {
        state.set(kind(), rows(), mu.value(), sigma.value(), m.value(), b.value(), w.value());
        landscape.update(data.text() + "|" + seed.text() + "|" + model.get(), state.kind() == MleModel.Kind.REGRESSION ? sigma.value() : 0);
        if (sheet != null) {
            refreshSide();
        }
    }

    @Override
    protected Node createView() {
        sheet = new Sheet();
        sheet.follow(revision());
        sheet.setPrefSize(640, 600);
        sheet.add(new MleGaussianPicture(state, sheet::getWidth, sheet::getHeight));
        sheet.add(new MleRegressionPicture(state, sheet::getWidth, sheet::getHeight));
        sheet.add(new MleBernoulliPicture(state, sheet::getWidth, sheet::getHeight));
        Node map = landscape.view(revision(), history());
        VBox working = new VBox(4);
        for (int i = 0; i < MleFormulas.LINES; i++) {
            FormulaView f = new FormulaView("", true);
            f.setSize(15);
            formulas.add(f);
            working.getChildren().add(f);
        }
        problem = new Label();
        problem.setWrapText(true);
        problem.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        problem.setTextFill(Palette.light().warning());
        VBox side = new VBox(10, map, working, problem);
        side.setPadding(new Insets(8));
        // wide enough that the map shows its μ range without an empty σ < 0 half below it (issue 12)
        side.setPrefWidth(360);
        side.setMinWidth(300);
        HBox box = new HBox(sheet, side);
        HBox.setHgrow(sheet, Priority.ALWAYS);
        refreshSide();
        return box;
    }

    private void refreshSide() {
        problem.setText(state.solved() ? "" : state.problem());
        List<String> lines = MleFormulas.lines(state);
        for (int i = 0; i < formulas.size(); i++) {
            String latex = i < lines.size() ? lines.get(i) : "";
            if (!latex.equals(formulas.get(i).getLatex())) {
                formulas.get(i).setLatex(latex);
            }
        }
    }

    /** The map's handle: moves the current model's two parameters; a move beyond their limits is refused. */
    private void moveTo(double u, double v) {
        ScalarParameter pu = switch (state.kind()) {
            case GAUSSIAN -> mu;
            case REGRESSION -> m;
            case BERNOULLI -> w;
        };
        ScalarParameter pv = state.kind() == MleModel.Kind.GAUSSIAN ? sigma : b;
        try {
            parameters.setAll(java.util.Map.of(pu.name(), Double.toString(round(u)), pv.name(), Double.toString(round(v))));
        } catch (ParameterException refused) {
            // beyond a limit: the choice stays
        }
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** Slides μ back and forth across the sample: the bell, bars, curve mark and map dot follow. */
    @Override
    public void benchFrame(int frame) {
        if (frame == 0) {
            parameters().setAll(java.util.Map.of("model", "gaussian", "data", SAMPLE, "sigma", "1"));
        }
        mu.set(round(state.muHat() + 2 * Math.sin(frame * 2 * Math.PI / 120)));
    }
}
