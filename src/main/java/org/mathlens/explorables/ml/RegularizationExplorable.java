package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorables.ml.PolynomialFit.Penalty;
import org.mathlens.explorables.ml.RegularizationData.Curve;
import org.mathlens.explorables.ml.RegularizationModel.Problem;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sheet;

/**
 * Regularization through polynomial regression: drag the training points (a click adds one)
 * and watch a degree-d fit follow them; the errors against degree and λ show over- and
 * under-fitting, the bars and paths show the weights shrink, and the slice over (w₁, w₂) shows
 * the L1 diamond's corner giving exact zeros where the L2 circle only shrinks.
 */
public final class RegularizationExplorable extends AbstractExplorable {
    private final DataParameter data = parameters.add(DataParameter.named("data",
                    "the training points: sine or cubic (noisy samples of a curve), @file.csv or an n×2 matrix; drag, click to add")
            .preset("sine", () -> RegularizationData.training(Curve.SINE, 0.2, 1))
            .preset("cubic", () -> RegularizationData.training(Curve.CUBIC, 0.2, 1))
            .rows(2, 200).columns(2, 2).within(100).shape("an n×2 matrix of points (x, y), like [[-1, 0.2], [0, 1], [1, 0.4]]")
            .startingWith("sine"));
    private final DataParameter validation = parameters.add(DataParameter.named("validation",
                    "points held out to measure the fit: auto (a preset's own sample), none, @file.csv or an n×2 matrix")
            .preset("auto", () -> new double[0][])
            .preset("none", () -> new double[0][])
            .rows(0, 200).columns(2, 2).within(100).shape("an n×2 matrix of points (x, y)")
            .startingWith("auto")).labelled("validation data");
    private final ScalarParameter noise = parameters.add(new ScalarParameter("noise",
            "the noise's standard deviation in a preset's samples", 0.2, 0, 1, 0.01)).labelled("noise");
    private final ScalarParameter seed = parameters.add(new ScalarParameter("seed",
            "which random sample a preset draws", 1, 1, 100, 1)).labelled("random seed");
    private final ScalarParameter degree = parameters.add(new ScalarParameter("degree",
            "the polynomial's degree d: weights w₀…w_d on 1, x, …, x^d", 9, 0, RegularizationModel.MAX_DEGREE, 1)).labelled("polynomial degree d");
    private final ChoiceParameter penalty = parameters.add(new ChoiceParameter("penalty",
            "what is added to the mean squared error: nothing, λ Σ|wⱼ| (l1) or λ Σ wⱼ² (l2)", "l2", List.of("none", "l1", "l2"))).labelled("penalty");
    private final ScalarParameter lambda = parameters.add(new ScalarParameter("lambda",
            "the penalty's weight λ (0 at the slider's far left)", 0.001, 0, 10, 1e-6).logarithmicWithZero(1e-6)).labelled("penalty strength λ");

    private final RegularizationModel model = new RegularizationModel();
    private final List<Handle> pointHandles = new ArrayList<>();
    private DoubleUnaryOperator fitted = x -> 0;
    private Plane fitPlane;
    private Plane slicePlane;
    private long version;

    public RegularizationExplorable() {
        super("regularization", "Regularization: polynomial fits, L1 and L2", Section.MACHINE_LEARNING,
                "Drag points, raise the degree, add an L1 or L2 penalty: see over-fitting and the penalty's geometry.");
        readouts.add("coefficients", "weights w₀…w_d", () -> Reading.of(model.weights()))
                .add("train_error", "training error (MSE)", () -> Reading.of(model.trainError()))
                .add("validation_error", "validation error (MSE)",
                        () -> model.hasValidation() ? Reading.of(model.validationError()) : Reading.undefined())
                .add("degree", "the degree d of the fit", () -> Reading.of(model.degree()))
                .add("zero_weights", "weights w₁…w_d exactly 0", () -> Reading.of(model.zeroWeights()))
                .add("best_degree", "degree with the lowest validation error",
                        () -> model.byDegree().bestDegree() >= 0 ? Reading.of(model.byDegree().bestDegree()) : Reading.undefined())
                .add("first_zero_lambda", "λ at which the first L1 weight is exactly 0",
                        () -> model.byLambda() != null ? Reading.finite(model.byLambda().firstZero()) : Reading.undefined());
        parametersChanged();
    }

    public RegularizationModel model() {
        return model;
    }

    Plane fitPlane() {
        view();
        return fitPlane;
    }

    /** The true curve behind a preset; null for data of one's own. */
    Curve curve() {
        return Curve.named(data.get().name());
    }

    /** The training points: a preset's seeded sample at this noise, or the data as given. */
    double[][] trainingPoints() {
        Curve c = curve();
        return c != null ? RegularizationData.training(c, noise.value(), (long) seed.value()) : data.get().points();
    }

    double[][] validationPoints() {
        String name = validation.get().name();
        if ("none".equals(name)) return new double[0][];
        if ("auto".equals(name)) {
            Curve c = curve();
            return c != null ? RegularizationData.validation(c, noise.value(), (long) seed.value()) : new double[0][];
        }
        return validation.get().points();
    }

    Penalty penalty() {
        return Penalty.valueOf(penalty.get().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void parametersChanged() {
        model.set(new Problem(trainingPoints(), validationPoints(), curve(), (int) Math.round(degree.value()), penalty(), lambda.value()));
        double[] w = model.weights();
        fitted = x -> PolynomialFit.predict(w, x);
        version++;
        if (fitPlane != null) {
            syncPointHandles();
            double[] home = RegularizationSlicePicture.home(model.slice());
            slicePlane.setHome(home[0], home[1], home[2], home[3]);
        }
    }

    @Override
    protected Node createView() {
        fitPlane = new Plane();
        fitPlane.follow(revision());
        fitPlane.setHistory(history());
        fitPlane.setHome(-1.15, 1.15, -1.7, 2.3);
        new RegularizationFitPicture(model, () -> fitted, this::curve).addTo(fitPlane);
        fitPlane.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        slicePlane = new Plane();
        slicePlane.follow(revision());
        new RegularizationSlicePicture(model, () -> version).addTo(slicePlane);
        Sheet errors = new Sheet();
        errors.follow(revision());
        errors.add(new RegularizationErrorCharts(model, errors));
        Sheet weights = new Sheet();
        weights.follow(revision());
        weights.add(new RegularizationWeightCharts(model, weights));
        GridPane grid = new GridPane();
        grid.add(fitPlane, 0, 0);
        grid.add(errors, 1, 0);
        grid.add(slicePlane, 0, 1);
        grid.add(weights, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            // the charts column holds two charts side by side; the pictures keep a square-ish 42 %
            c.setPercentWidth(i == 0 ? 42 : 58);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        for (Node n : grid.getChildren()) {
            ((javafx.scene.layout.Region) n).setPrefSize(480, 300);
            ((javafx.scene.layout.Region) n).setMinSize(120, 100);
        }
        syncPointHandles();
        double[] home = RegularizationSlicePicture.home(model.slice());
        slicePlane.setHome(home[0], home[1], home[2], home[3]);
        return grid;
    }

    /** A click on empty space (not a drag, not on a point) adds a training point there. */
    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        double[][] pts = trainingPoints();
        for (double[] q : pts) {
            if (Math.hypot(fitPlane.viewport().sx(q[0]) - e.getX(), fitPlane.viewport().sy(q[1]) - e.getY()) <= 16) return;
        }
        addPoint(fitPlane.viewport().wx(e.getX()), fitPlane.viewport().wy(e.getY()));
    }

    void addPoint(double x, double y) {
        double[][] pts = trainingPoints();
        double[][] more = Arrays.copyOf(pts, pts.length + 1);
        more[pts.length] = new double[] {round(x), round(y)};
        history().begin();
        try {
            setTraining(more);
        } finally {
            history().end();
        }
    }

    void movePoint(int i, double x, double y) {
        double[][] pts = trainingPoints();
        if (i >= pts.length) return;
        double[][] moved = pts.clone();
        moved[i] = new double[] {round(x), round(y)};
        setTraining(moved);
    }

    /**
     * Writes the points as the data. A preset's points become a matrix, so its validation
     * sample is written out too (else "auto" would lose it) in the same gesture.
     */
    private void setTraining(double[][] pts) {
        try {
            if (curve() != null && "auto".equals(validation.get().name())) {
                validation.set(DataParameter.points(validationPoints()));
                data.set(DataParameter.points(pts));
            } else {
                data.set(DataParameter.points(pts));
            }
        } catch (ParameterException refused) {
            // beyond the limits: the points stay
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0 + 0.0;
    }

    private void syncPointHandles() {
        int n = trainingPoints().length;
        while (pointHandles.size() > n) fitPlane.removeHandle(pointHandles.remove(pointHandles.size() - 1));
        while (pointHandles.size() < n) {
            int i = pointHandles.size();
            Handle h = new Handle("training point " + (i + 1) + ": drag it", Palette::first,
                    () -> {
                        double[][] q = model.problem().train();
                        return i < q.length ? q[i] : new double[] {0, 0};
                    },
                    (px, py) -> movePoint(i, px, py));
            pointHandles.add(h);
            fitPlane.addHandle(h);
        }
    }

    /** At degree 15, drags a point up and down for 120 frames, then slides λ across its decades. */
    @Override
    public void benchFrame(int frame) {
        if (frame == 0) {
            parameters.setAll(java.util.Map.of("data", "sine", "validation", "auto", "degree", "15", "penalty", "l2", "lambda", "0.001"));
        }
        int f = frame % 240;
        if (f < 120) {
            double[][] q = trainingPoints();
            movePoint(4, q[4][0], Math.round(150 * Math.sin(f * 2 * Math.PI / 120)) / 100.0);
        } else {
            lambda.set(lambda.valueAt(lambda.sliderMin() + (f - 120) / 119.0 * (lambda.sliderMax() - lambda.sliderMin())));
        }
    }
}
