package org.mathlens.explorables.ml;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.Background;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Sheet;

/**
 * The shipped handwritten digits classified live: pick softmax regression or a small relu
 * network, an optimizer, a rate and a batch, and count the epochs up. Test images with their
 * answers, loss and accuracy curves, the confusion matrix (click a cell to see its images),
 * the first layer's weights as 8×8 pictures, and a pad to draw a digit of one's own. Training
 * runs on the background helper and every epoch is kept, so stepping back costs nothing.
 */
public final class ImageClassificationExplorable extends AbstractExplorable {
    private final ChoiceParameter modelKind = parameters.add(new ChoiceParameter("model",
            "softmax: multinomial logistic regression; mlp: one hidden layer of relu units", "softmax", List.of("softmax", "mlp"))).labelled("model");
    private final ScalarParameter hidden = parameters.add(new ScalarParameter("hidden",
            "units in the mlp's hidden layer", 32, 4, 64, 1)).labelled("hidden units");
    private final ChoiceParameter optimizer = parameters.add(new ChoiceParameter("optimizer",
            "how each batch's gradient moves the weights", "adam", DigitsModel.OPTIMIZERS)).labelled("optimizer").inGroup("Training");
    private final ScalarParameter lr = parameters.add(new ScalarParameter("lr",
            "the learning rate η", 0.01, 0.0001, 1, 0.0001).logarithmic()).labelled("learning rate η").inGroup("Training");
    private final ScalarParameter batch = parameters.add(new ScalarParameter("batch",
            "training images per step", 32, 1, 256, 1)).labelled("batch size").inGroup("Training");
    private final ScalarParameter seed = parameters.add(new ScalarParameter("seed",
            "the random seed of the split, the starting weights and the shuffles", 1, 0, 1000, 1)).labelled("random seed").inGroup("Training");
    private final ScalarParameter trainShare = parameters.add(new ScalarParameter("train_share",
            "percent of the 1,797 images trained on; the rest are the test set", 80, 10, 90, 5)).labelled("share that trains (%)").inGroup("Training");
    private final ScalarParameter epochs = parameters.add(new ScalarParameter("epochs",
            "passes over the training images so far; Play counts them up", 15, 0, 100, 1)).labelled("epochs trained");
    private final DrawingParameter drawing = parameters.add(new DrawingParameter("drawing",
            "the pad's strokes: points x,y from 0 to 32 (y down), strokes split by ; — or none",
            Drawing.parse("9,6 23,6 23,9 14,28")));

    /** A result of the training job: the epochs so far, and whether the job has finished. */
    private record Result(DigitsModel.Trained trained, boolean done) {
    }

    private final DigitsModel model;
    private final Selection selection = new Selection();
    private final Background<Result> job;
    private final AtomicInteger goal = new AtomicInteger();
    private final CountUp count;
    private DigitsModel.Settings training;
    /** The pad, once the view is built (tests draw on it). */
    PadView padView;
    private String failure;

    public ImageClassificationExplorable() {
        super("image-classification", "Image classification: handwritten digits", Section.MACHINE_LEARNING,
                "Train a classifier on 8×8 handwritten digits, watch it learn, see what it confuses, and draw a digit for it.");
        model = new DigitsModel(DigitsModel.train(null, settings(), () -> 0, () -> false, null));
        job = new Background<>("Training on the digits", this::received, sentence -> {
            failure = sentence;
            training = null;
            changed();
        });
        count = new CountUp(epochs, 0, epochs::max, () -> 4);
        readouts.add("epoch", "epoch", () -> Reading.of(model.epoch()))
                .add("loss", "training loss (cross-entropy)", () -> Reading.of(model.scores().trainLoss()))
                .add("train_accuracy", "train accuracy", () -> Reading.of(model.scores().trainAccuracy()))
                .add("test_accuracy", "test accuracy", () -> Reading.of(model.scores().testAccuracy()))
                .add("confusion", "confusion (row: truth, column: answer)", () -> Reading.of(counts()))
                .add("prediction", "answer for the drawn or picked image", this::prediction);
        parametersChanged(); // the first epochs: in the window on the background helper, headless at once
    }

    public DigitsModel model() {
        return model;
    }

    DigitsModel.Settings settings() {
        boolean softmax = modelKind.get().equals("softmax");
        // softmax has no hidden layer: its settings leave the size out, so changing it retrains nothing
        return new DigitsModel.Settings(modelKind.get(), softmax ? 0 : (int) hidden.value(), optimizer.get(), lr.value(), (int) batch.value(),
                (long) seed.value(), trainShare.value() / 100);
    }

    private double[][] counts() {
        int[][] m = model.current().confusion();
        double[][] out = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = m[i][j];
            }
        }
        return out;
    }

    private Reading prediction() {
        double[] levels = PadView.levels(model, selection, drawing.get());
        return levels == null ? Reading.undefined() : Reading.of(DigitsModel.argmax(model.probabilities(levels)));
    }

    @Override
    protected void parametersChanged() {
        DigitsModel.Settings s = settings();
        int want = (int) epochs.value();
        if (!s.equals(model.settings()) && selection.hasCell()) {
            selection.clear(); // a new split or network: the old cell's images mean nothing now
        }
        if (model.has(s, want)) {
            model.show(want);
            return;
        }
        goal.set(want);
        if (!s.equals(training)) {
            submit(s);
        }
    }

    /** Trains toward {@link #goal}, which Play may raise while the job runs, continuing the epochs kept so far. */
    private void submit(DigitsModel.Settings s) {
        training = s;
        failure = null;
        DigitsModel.Trained from = model.trained();
        job.submit(progress -> new Result(DigitsModel.train(from, s, goal::get, progress::cancelled,
                t -> progress.publish(new Result(t, false))), true));
    }

    private void received(Result r) {
        if (!r.trained().settings().equals(settings())) {
            return;
        }
        model.accept(r.trained(), (int) epochs.value());
        if (r.done()) {
            training = null;
            if (!model.has(settings(), (int) epochs.value())) {
                submit(settings()); // the goal rose just as the job finished
            }
        }
        changed();
    }

    @Override
    protected Node createView() {
        Runnable redraw = this::changed;
        Sheet samples = sheet();
        samples.add(new SamplesView(model, selection, samples, redraw));
        Sheet curves = sheet();
        curves.add(new CurvesView(model, curves, () -> failure));
        Sheet confusion = sheet();
        confusion.add(new ConfusionView(model, selection, confusion, redraw));
        Sheet weights = sheet();
        weights.add(new WeightsView(model, weights));
        Sheet pad = sheet();
        padView = new PadView(model, selection, drawing, history(), pad, redraw);
        pad.add(padView);
        GridPane grid = new GridPane();
        grid.add(samples, 0, 0);
        grid.add(curves, 0, 1);
        grid.add(confusion, 1, 0);
        grid.add(weights, 1, 1);
        grid.add(pad, 2, 0, 1, 2);
        for (double share : new double[] {34, 35, 31}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (double share : new double[] {55, 45}) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(share);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        return grid;
    }

    private Sheet sheet() {
        Sheet s = new Sheet();
        s.follow(revision());
        s.setPrefSize(300, 300);
        GridPane.setHgrow(s, Priority.ALWAYS);
        GridPane.setVgrow(s, Priority.ALWAYS);
        return s;
    }

    @Override
    protected void onReset() {
        selection.clear();
        count.resetClock();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(count);
    }

    /** Plays 40 epochs and starts over, as Play does; after the first pass every epoch is kept, as in the window. */
    @Override
    public void benchFrame(int frame) {
        epochs.set((double) (frame % 41));
    }
}
