package org.mathlens.explorables.vectors;

import java.io.InputStream;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorables.vectors.TensorGlyphs.Glyph;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.tensor.Tensor;

/**
 * Scalars, vectors, matrices and 3- and 4-axis tensors drawn as nested grids with their
 * shapes; a real colour image as a height × width × 3 tensor (its R, G, B planes side by
 * side) and a batch of them as a 4-axis stack. One operation at a time: a Hadamard product,
 * a sum / mean / max whose axis collapses away, or a small tensor broadcast as ghost copies.
 */
public final class TensorsExplorable extends AbstractExplorable {
    static final String[] IMAGE_FILES = {"pixel-sun", "pixel-heart", "pixel-tree", "pixel-wave"};
    private static final double SPACE = 2.2;

    private final ChoiceParameter view = parameters.add(new ChoiceParameter("view",
            "which tensor: scalar, vector, matrix, 3 or 4 axes, a colour image, a batch of images", "tensor3", TensorsModel.VIEWS));
    private final ChoiceParameter op = parameters.add(new ChoiceParameter("op",
            "the operation: none, elementwise product, sum / mean / max along an axis, broadcast along an axis", "none", TensorsModel.OPS));
    private final ScalarParameter axis = parameters.add(new ScalarParameter("axis",
            "the axis a reduction removes or a broadcast runs along", 0, 0, 3, 1));
    /** How far the operation has run: the reduced axis slides onto its first slice, the broadcast copies slide out. */
    private final ScalarParameter progress = parameters.add(new ScalarParameter("progress",
            "how far the operation has run: 0 before, 1 done (a reduced axis folded away, broadcast copies spread out); play runs it",
            1, 0, 1, 0.01));

    private final TensorsModel model = new TensorsModel(loadImages());
    /** 1.5 s for the whole move; step jumps to the end, or back to the start. */
    private final Play collapse = animatedBy(Play.once(progress, 1 / 1.5).stepping(now -> 1));
    private final Glyph inputGlyph = glyph("A", 0);
    private final Glyph operandGlyph = glyph("B", 1);
    private final Glyph resultGlyph = glyph("C", 2);
    private final Glyph[] planes = {glyph("R", 3), glyph("G", 4), glyph("B", 5)};
    private Tensor[] channelPlanes = new Tensor[0];
    private Plane plane;
    private double[] home = {0, 10, -6, 2};
    private final double[] symbolX = new double[2];
    private final String[] symbol = new String[2];

    public TensorsExplorable() {
        super("tensors", "Tensors: shapes, elementwise products, reductions, broadcasting", Section.VECTORS_AND_MATRICES,
                "Choose a tensor and an operation; hover over any cell to read its index and value.");
        readouts.add("shape", "shape", () -> Reading.of(toDoubles(model.input().shape())))
                .add("result_shape", "result shape", () -> model.result() == null ? Reading.undefined()
                        : Reading.of(toDoubles(model.result().shape())))
                .add("sum", "sum of result", () -> model.result() == null ? Reading.undefined() : Reading.of(model.result().sum()));
        parametersChanged();
    }

    private static double[] toDoubles(int[] s) {
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = s[i];
        }
        return d;
    }

    /** Reads the shipped PNG files with JavaFX's Image and turns their pixels into tensors. */
    static Tensor[] loadImages() {
        return loadImagesWith(TensorsExplorable::readWithJavafx);
    }

    private static Tensor readWithJavafx(InputStream in) {
        Image img = new Image(in);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return TensorsModel.fromPixels(argb, w, h);
    }

    /** Each shipped PNG, read by {@code reader} into a [height, width, 3] tensor. */
    static Tensor[] loadImagesWith(java.util.function.Function<InputStream, Tensor> reader) {
        Tensor[] out = new Tensor[IMAGE_FILES.length];
        for (int k = 0; k < IMAGE_FILES.length; k++) {
            String path = "/org/mathlens/images/" + IMAGE_FILES[k] + ".png";
            try (InputStream in = TensorsExplorable.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                out[k] = reader.apply(in);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        return out;
    }

    private Glyph glyph(String letter, int role) {
        return new Glyph(letter, role, model, progress::value);
    }

    public TensorsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(view.get(), op.get(), (int) Math.round(axis.value()));
        Tensor in = model.input();
        if (model.view().equals("image") && model.op().equals("none")) {
            channelPlanes = new Tensor[3];
            for (int c = 0; c < 3; c++) {
                channelPlanes[c] = in.slice(2, c);
            }
        } else {
            channelPlanes = new Tensor[0];
        }
        layout();
    }

    /** Places the tensors left to right and chooses the home box around them. */
    private void layout() {
        double x = 0;
        symbol[0] = null;
        symbol[1] = null;
        inputGlyph.place(model.input(), x, "A  " + shapeText(model.input()));
        x += inputGlyph.width + SPACE;
        operandGlyph.hide();
        resultGlyph.hide();
        for (Glyph g : planes) {
            g.hide();
        }
        if (model.error() != null) {
            // nothing more to place: the message says why
        } else if (model.op().equals("hadamard")) {
            symbol(0, x, "⊙");
            operandGlyph.place(model.operand(), x, "B  " + shapeText(model.operand()));
            x += operandGlyph.width + SPACE;
            symbol(1, x, "=");
            resultGlyph.place(model.result(), x, "A ⊙ B  " + shapeText(model.result()));
            x += resultGlyph.width;
        } else if (model.op().equals("broadcast")) {
            symbol(0, x, "+");
            operandGlyph.placeStretched(model.operand(), model.input().shape(), x,
                    "b  " + shapeText(model.operand()) + " stretched");
            x += operandGlyph.width + SPACE;
            symbol(1, x, "=");
            resultGlyph.place(model.result(), x, "A + b  " + shapeText(model.result()));
            x += resultGlyph.width;
        } else if (model.isReduction()) {
            symbol(0, x, "→");
            resultGlyph.place(model.result(), x, model.op() + " over axis " + model.axis() + "  " + shapeText(model.result()));
            x += resultGlyph.width;
        } else if (channelPlanes.length == 3) {
            String[] names = {"R  [16, 16]", "G  [16, 16]", "B  [16, 16]"};
            for (int c = 0; c < 3; c++) {
                planes[c].place(channelPlanes[c], x, names[c]);
                x += planes[c].width + TensorGlyphs.GAP * 2;
            }
        } else {
            x -= SPACE;
        }
        double h = Math.max(inputGlyph.height, Math.max(operandGlyph.height, resultGlyph.height));
        double[] next = {-1, Math.max(x, 8) + 1, -h - 3, 2.5};
        if (!Arrays.equals(next, home)) {
            home = next;
            if (plane != null) {
                plane.setHome(home[0], home[1], home[2], home[3]);
            }
        }
    }

    private void symbol(int k, double x, String text) {
        symbolX[k] = x - SPACE / 2;
        symbol[k] = text;
    }

    static String shapeText(Tensor t) {
        return Arrays.toString(t.shape());
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.setHome(home[0], home[1], home[2], home[3]);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(p -> {
            // a clean backdrop: the coordinate grid means nothing here
            p.gc().setFill(p.palette().background());
            p.gc().fillRect(0, 0, p.view().width(), p.view().height());
        });
        plane.add(inputGlyph);
        plane.add(operandGlyph);
        plane.add(resultGlyph);
        for (Glyph g : planes) {
            plane.add(g);
        }
        plane.add(this::captions);
        plane.add(p -> {
            double y = -Math.min(inputGlyph.height, 16) / 2;
            for (int k = 0; k < 2; k++) {
                if (symbol[k] != null) {
                    p.screenLabel(symbol[k], p.sx(symbolX[k]), p.sy(y), p.palette().text(), true, TextAlignment.CENTER);
                }
            }
        });
        plane.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        return plane;
    }

    /** V, O and X cycle the view, the operation and the axis (shift goes backwards). */
    private void keyPressed(KeyEvent e) {
        int d = e.isShiftDown() ? -1 : 1;
        switch (e.getCode()) {
            case V -> history().record(() -> view.set(cycle(TensorsModel.VIEWS, view.get(), d)));
            case O -> history().record(() -> op.set(cycle(TensorsModel.OPS, op.get(), d)));
            case X -> history().record(() -> axis.set((double) Math.floorMod((int) Math.round(axis.value()) + d, 4)));
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static String cycle(java.util.List<String> list, String now, int d) {
        return list.get(Math.floorMod(list.indexOf(now) + d, list.size()));
    }

    private void captions(Painter p) {
        Palette pal = p.palette();
        double x = p.ui(12);
        double y = p.view().height() - p.ui(44);
        p.screenLabel(model.axisNames(), x, y, pal.textMuted(), false, TextAlignment.LEFT);
        String what;
        if (model.error() != null) {
            what = model.error();
        } else {
            what = switch (model.op()) {
                case "hadamard" -> "A ⊙ B multiplies entry by entry: C[i] = A[i] · B[i]";
                case "sum", "mean", "max" -> model.op() + " along axis " + model.axis() + " removes it: "
                        + shapeText(model.input()) + " → " + shapeText(model.result());
                case "broadcast" -> "b of shape " + shapeText(model.operand()) + " is repeated (faint copies) to "
                        + shapeText(model.input()) + ", then added";
                default -> model.view().equals("batch") ? "a batch of 4 images: [batch, height, width, channels]"
                        : "rank " + model.input().rank() + ", shape " + shapeText(model.input());
            };
        }
        p.screenLabel(what, x, y + p.ui(22), model.error() != null ? pal.warning() : pal.text(), true, TextAlignment.LEFT);
        p.screenLabel("V: view · O: operation · X: axis · hover a cell for its value", x, p.ui(14), pal.textMuted(), false, TextAlignment.LEFT);
    }

    /** Sweeps through the views and operations, playing each collapse, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        int scene = (frame / 150) % 12;
        if (frame % 150 == 0) {
            String[] views = {"matrix", "tensor3", "image", "batch", "tensor4", "image"};
            String[] ops = {"sum", "broadcast", "mean", "max", "hadamard", "broadcast"};
            view.set(views[scene % views.length]);
            op.set(ops[(scene / 2 + scene) % ops.length]);
            axis.set((double) (scene % 3));
            collapse.rewind();
        }
        collapse.advance(1.0 / 60);
    }
}
