package org.mathlens.explorables.ml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.Background;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.Features;
import org.mathlens.math.ml.Loss;
import org.mathlens.math.ml.NetworkJson;
import org.mathlens.math.ml.Penalty;
import org.mathlens.math.ml.ToyData;
import org.mathlens.math.ml.TrainingRun;

/**
 * TensorFlow Playground's network, and what it never shows: train a small network on points
 * of the plane and watch its decision region, every neuron's own map, the weights (or their
 * gradients) and the loss curves move epoch by epoch. Training runs on the background helper
 * and continues the run when only the epoch count goes up.
 */
public final class NeuralNetworkExplorable extends AbstractExplorable {
    private static final List<String> TOYS = List.of("circle", "xor", "gauss", "spiral");
    private static final int POINTS = 500;

    private final DataParameter dataset = parameters.add(datasetParameter());
    private final ScalarParameter noise = parameters.add(new ScalarParameter("noise", "how much the toy sets' points are jittered (%)", 0, 0, 50, 1)).labelled("noise (%)").inGroup("Data");
    private final ScalarParameter trainShare = parameters.add(new ScalarParameter("train_share",
            "the share of points the network trains on (%); the rest test it", 50, 10, 90, 1)).labelled("share that trains (%)").inGroup("Data");
    private final ScalarParameter seed = parameters.add(new ScalarParameter("seed",
            "the seed of the toy points, the train/test split, the first weights and the batches", 1, 0, 9999, 1)).labelled("random seed").inGroup("Data");
    private final CheckedText features = parameters.add(new CheckedText("features",
            "the inputs: any of x1, x2, x1², x2², x1x2, sin x1, sin x2", "x1, x2", t -> String.join(", ", Features.parse(t).names()))).labelled("input features");
    private final CheckedText hidden = parameters.add(new CheckedText("hidden",
            "the hidden layers' sizes, such as [4, 2] (up to 6 layers of 8; [] for none)", "[4, 2]",
            t -> Architecture.hidden(t).toString())).labelled("hidden layer sizes");
    private final CheckedText activation = parameters.add(new CheckedText("activation",
            "relu, tanh, sigmoid or linear: one for every hidden layer, or one per layer (relu, tanh)", "tanh",
            t -> String.join(", ", Architecture.names(t).stream().map(a -> a.id()).toList()))).labelled("activation");
    private final ChoiceParameter loss = parameters.add(new ChoiceParameter("loss",
            "cross-entropy (softmax of the outputs) or squared error against the one-hot class", "cross-entropy",
            List.of("cross-entropy", "squared"))).labelled("loss function").inGroup("Training");
    private final ChoiceParameter optimizer = parameters.add(new ChoiceParameter("optimizer",
            "sgd steps against the gradient; adam adapts each weight's step", "adam", List.of("sgd", "adam"))).labelled("optimizer").inGroup("Training");
    private final ScalarParameter lr = parameters.add(new ScalarParameter("lr", "the learning rate η", 0.03, 0.0001, 3, 0.0001).logarithmic()).labelled("learning rate η").inGroup("Training");
    private final ScalarParameter batch = parameters.add(new ScalarParameter("batch", "examples per step", 10, 1, 30, 1)).labelled("batch size").inGroup("Training");
    private final ChoiceParameter regularization = parameters.add(new ChoiceParameter("regularization",
            "a penalty on the weights: none, l1 (λΣ|w|) or l2 (λ½Σw²)", "none", List.of("none", "l1", "l2"))).labelled("weight penalty").inGroup("Training");
    private final ScalarParameter regRate = parameters.add(new ScalarParameter("reg_rate", "the penalty's rate λ", 0.001, 0.00001, 1, 0.00001).logarithmic()).labelled("penalty rate λ").inGroup("Training");
    /** Where the pane rests: trained far enough that the region has found the circle (issue 12: the idea at rest). */
    static final int RESTING_EPOCHS = 60;
    private final ScalarParameter epochs = parameters.add(new ScalarParameter("epochs",
            "how many epochs have been trained; setting it retrains from the seed (Play counts it up)", RESTING_EPOCHS, 0, 500, 1)).labelled("epochs trained");
    private final FlagParameter gradients = parameters.add(new FlagParameter("gradients",
            "draw each edge as the gradient ∂L/∂w of the last step instead of the weight", false)).labelled("edges show gradients");

    private final CountUp count = animatedBy(new CountUp(epochs, 0, epochs::max, () -> 12));
    private final Background<NeuralNetworkModel.Result> training;
    private final Object trainLock = new Object();
    /** The newest run any job reached (even one cancelled), so the next job continues it. */
    private final AtomicReference<Kept> newest = new AtomicReference<>();
    private final MapImages images = new MapImages();
    private final double[] networkArea = new double[4];
    private final double[] curvesArea = new double[4];
    private NeuralNetworkModel.Result shown;
    private String failure;
    private int brush = 1;
    private String toyKey;
    private LabelledPoints toyPoints;

    private record Kept(NeuralNetworkModel.Settings settings, TrainingRun.Recipe recipe, TrainingRun run) {
    }

    public NeuralNetworkExplorable() {
        super("neural-network", "A neural network learns", Section.MACHINE_LEARNING,
                "Press Play: the network trains epoch by epoch; watch the region, every neuron and the loss. Click to add points.");
        training = new Background<>("Training the network", r -> {
            shown = r;
            failure = null;
            changed();
        }, sentence -> {
            failure = sentence;
            changed();
        });
        readouts.add("epoch", "epoch", () -> shown == null ? Reading.undefined() : Reading.of(shown.epochs()))
                .add("train_loss", "train loss", () -> score(s -> s.trainLoss(), true))
                .add("test_loss", "test loss", () -> score(s -> s.testLoss(), false))
                .add("train_accuracy", "train accuracy", () -> score(s -> s.trainAccuracy(), true))
                .add("test_accuracy", "test accuracy", () -> score(s -> s.testAccuracy(), false));
        parametersChanged();
    }

    /** A score, "diverged" when the weights overflowed, undefined when its set has no points. */
    private Reading score(java.util.function.ToDoubleFunction<TrainingRun.Scores> which, boolean train) {
        if (shown == null) {
            return Reading.undefined();
        }
        double v = which.applyAsDouble(shown.scores());
        TrainingRun.Data d = shown.run().data();
        return Reading.finiteOr(v, (train ? d.trainX() : d.testX()).length == 0 ? "undefined" : "diverged");
    }

    private static DataParameter datasetParameter() {
        DataParameter.Builder b = DataParameter.named("dataset",
                "circle, xor, gauss, spiral, @points.csv or an n×3 matrix of rows (x1, x2, class); click to add points")
                .rows(2, 2000).columns(3, 3).within(1e4)
                .shape("an n×3 matrix of rows (x1, x2, class), like [[1, 2, 0], [-1, 0, 1]]");
        for (String toy : TOYS) {
            b.labelledPreset(toy, () -> LabelledPoints.of(ToyData.of(toy, POINTS, 0, 1)).rows(), List.of("class 0", "class 1"));
        }
        return b.startingWith("circle");
    }

    /** The settings the parameters describe; a toy set is drawn afresh from noise and seed. */
    NeuralNetworkModel.Settings settings() {
        DataParameter.Data d = dataset.get();
        long s = (long) seed.value();
        LabelledPoints pts = d.name() != null && TOYS.contains(d.name()) ? toy(d.name(), noise.value(), s)
                : LabelledPoints.ofRows(d.rows(), d.classes());
        List<Integer> sizes = Architecture.hidden(hidden.get());
        Penalty penalty = switch (regularization.get()) {
            case "l1" -> Penalty.l1(regRate.value());
            case "l2" -> Penalty.l2(regRate.value());
            default -> Penalty.NONE;
        };
        return new NeuralNetworkModel.Settings(pts, trainShare.value() / 100, s, Features.parse(features.get()).names(), sizes,
                Architecture.activations(activation.get(), sizes.size()), Loss.of(loss.get()), optimizer.get(), lr.value(),
                (int) batch.value(), penalty);
    }

    /** The toy set drawn from its name, noise and seed; the last one is kept, as Play asks for it every epoch. */
    private LabelledPoints toy(String name, double noiseLevel, long s) {
        String key = name + "/" + noiseLevel + "/" + s;
        if (!key.equals(toyKey)) {
            toyPoints = LabelledPoints.of(ToyData.of(name, POINTS, noiseLevel, s));
            toyKey = key;
        }
        return toyPoints;
    }

    @Override
    protected void parametersChanged() {
        NeuralNetworkModel.Settings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            training.cancel();
            failure = e.getMessage();
            return;
        }
        int target = (int) epochs.value();
        boolean live = Background.usesWorkerThreads();
        training.submit(progress -> {
            synchronized (trainLock) {
                Kept k = newest.get();
                TrainingRun run = k == null ? null : k.run();
                boolean same = k != null && Objects.equals(k.settings(), s);
                TrainingRun.Recipe recipe = same ? k.recipe() : NeuralNetworkModel.recipe(s);
                int from = same && run.epochs() <= target ? run.epochs() : 0;
                long posted = System.nanoTime();
                for (int e = live ? from : target; e <= target; e++) {
                    run = NeuralNetworkModel.train(run, recipe, e, progress::cancelled);
                    newest.set(new Kept(s, recipe, run));
                    progress.checkCancelled();
                    if (live && e < target && System.nanoTime() - posted > 16_000_000) {
                        progress.publish(NeuralNetworkModel.result(s, run));
                        progress.fraction((e - from) / (double) Math.max(1, target - from));
                        posted = System.nanoTime();
                    }
                }
                return NeuralNetworkModel.result(s, run);
            }
        });
    }

    /** The recipe of the pane as it opens (the circle, [4, 2] tanh, adam), for the bench's training row. */
    public static TrainingRun.Recipe defaultRecipe() {
        return NeuralNetworkModel.recipe(new NeuralNetworkExplorable().settings());
    }

    NeuralNetworkModel.Result shown() {
        return shown;
    }

    String failure() {
        return failure;
    }

    /** The network shown, as NetworkJson (what File → Export model would write). */
    @Override
    public java.util.Optional<org.mathlens.explorable.ModelFile> trainedModel() {
        return java.util.Optional.ofNullable(exportModel())
                .map(json -> new org.mathlens.explorable.ModelFile("neural-network-epoch-" + (int) epochs.value() + ".json", json));
    }

    public String exportModel() {
        return shown == null ? null : NetworkJson.of(shown.run().network(), shown.settings().features(), shown.settings().points().classes());
    }

    /** A point of the chosen class at (x1, x2): the data becomes these points and the new one. */
    void addPoint(double x1, double x2, int label) {
        if (shown == null) {
            return;
        }
        double[][] rows = shown.settings().points().rowsWith(Math.round(x1 * 100) / 100.0, Math.round(x2 * 100) / 100.0, label);
        try {
            history().begin();
            dataset.set(new DataParameter.Data(null, rows, shown.settings().points().classes()));
        } catch (ParameterException refused) {
            // the data stays as it was
        } finally {
            history().end();
        }
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        plane.setHome(-6.5, 6.5, -6.5, 6.5);
        plane.add(new RegionPicture(this::shown, images));
        plane.add(new Card(Card.Corner.TOP_LEFT, () -> NeuralNetworkWords.legend(shown, brush)));
        plane.add(new Card(Card.Corner.BOTTOM_LEFT, () -> NeuralNetworkWords.status(shown, failure)));
        plane.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                addPoint(plane.viewport().wx(e.getX()), plane.viewport().wy(e.getY()), brush);
            }
        });
        plane.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && Character.isDigit(c.charAt(0)) && c.charAt(0) - '0' < LabelledPoints.MAX_CLASSES) {
                brush = c.charAt(0) - '0';
                changed();
            }
        });
        Sheet sheet = new Sheet();
        sheet.follow(revision());
        sheet.add(p -> {
            double w = sheet.getWidth();
            double h = sheet.getHeight();
            networkArea[0] = 0;
            networkArea[1] = 0;
            networkArea[2] = w;
            networkArea[3] = h * 0.58;
            curvesArea[0] = 0;
            curvesArea[1] = h * 0.6;
            curvesArea[2] = w;
            curvesArea[3] = h * 0.4 - p.ui(44);
            NeuralNetworkWords.recipeLines(p, settingsLines(), w, h);
        });
        sheet.add(new NetworkDiagram(this::shown, images, gradients::on, networkArea));
        sheet.add(new LossCurves(this::shown, curvesArea));
        plane.setPrefSize(520, 520);
        sheet.setPrefSize(520, 520);
        HBox box = new HBox(plane, sheet);
        HBox.setHgrow(plane, Priority.ALWAYS);
        HBox.setHgrow(sheet, Priority.ALWAYS);
        return box;
    }

    /** The recipe in words, from the parameters: every setting shows even before training starts. */
    String[] settingsLines() {
        String penalty = regularization.get().equals("none") ? "no penalty"
                : regularization.get().toUpperCase() + " λ = " + Numbers.brief(regRate.value(), 5);
        return new String[] {
            optimizer.get() + ", η = " + Numbers.brief(lr.value(), 4) + ", batch " + (int) batch.value() + ", " + loss.get() + ", " + penalty,
            (int) trainShare.value() + " % of the points train, seed " + (long) seed.value() + ", noise " + (int) noise.value() + " %"
        };
    }

    @Override
    protected void onReset() {
        count.resetClock();
        brush = 1;
    }

    /** Trains one epoch a frame (faster than Play, so every frame timed trains), back to epoch 0 after 150. */
    @Override
    public void benchFrame(int frame) {
        if (frame % 150 == 0) {
            count.rewind();
        } else {
            count.step();
        }
    }
}
