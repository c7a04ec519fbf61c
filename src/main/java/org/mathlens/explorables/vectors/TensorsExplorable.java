package org.mathlens.explorables.vectors;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Rate;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.tensor.Tensor;

/**
 * Scalars, vectors, matrices and 3- and 4-axis tensors drawn as nested grids with their
 * shapes; a real colour image as a height × width × 3 tensor (its R, G, B planes side by
 * side) and a batch of them as a 4-axis stack. One operation at a time: a Hadamard product,
 * a sum / mean / max whose axis collapses away, or a small tensor broadcast as ghost copies.
 */
public final class TensorsExplorable extends AbstractExplorable {
    static final String[] IMAGE_FILES = {"pixel-sun", "pixel-heart", "pixel-tree", "pixel-wave"};
    private static final double GAP = 0.6;
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
    private final Play collapse = Play.once(progress, 1 / 1.5).stepping(now -> 1);
    private final Glyph inputGlyph = new Glyph("A", 0);
    private final Glyph operandGlyph = new Glyph("B", 1);
    private final Glyph resultGlyph = new Glyph("C", 2);
    private final Glyph[] planes = {new Glyph("R", 3), new Glyph("G", 4), new Glyph("B", 5)};
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
                x += planes[c].width + GAP * 2;
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

    // ------------------------------------------------------------------------ one drawn tensor

    private static Font cellFont;
    private static double cellFontSize;

    /**
     * One tensor drawn as nested grids (last axis across, the one before down, earlier axes as
     * blocks side by side and then stacked), or as pixels when it is a picture. The world unit
     * is one cell; (x0, 0) is its top-left corner.
     */
    private final class Glyph implements Drawable {
        private final String letter;
        private final int role;
        private Tensor t;
        private int[] full;
        private String title;
        private double x0;
        double width;
        double height;
        private boolean picture;
        private boolean stretched;
        private int[] idx = new int[5];
        private int[] src = new int[5];
        private String hoverName = "";
        private double max;

        Glyph(String letter, int role) {
            this.letter = letter;
            this.role = role;
        }

        void hide() {
            t = null;
            width = 0;
            height = 0;
        }

        void place(Tensor tensor, double x, String title) {
            placeStretched(tensor, tensor.shape(), x, title);
            stretched = false;
        }

        void placeStretched(Tensor tensor, int[] shape, double x, String title) {
            t = tensor;
            full = shape.clone();
            stretched = true;
            this.title = title;
            x0 = x;
            picture = role < 3 && (model.view().equals("image") || model.view().equals("batch")) && TensorsModel.isPicture(Tensor.zeros(full));
            int[] grid = gridShape();
            double[] wh = extent(grid);
            width = wh[0];
            height = wh[1];
            if (idx.length < full.length) {
                idx = new int[full.length];
                src = new int[full.length];
            }
            max = 0;
            for (int i = 0; i < t.size(); i++) {
                max = Math.max(max, Math.abs(t.flat(i)));
            }
        }

        /** The axes laid out in the plane: a picture drops its channel axis (channels are colour). */
        private int[] gridShape() {
            return picture ? Arrays.copyOf(full, full.length - 1) : full;
        }

        private boolean stack() {
            return picture && full.length == 4;
        }

        private double[] extent(int[] g) {
            int r = g.length;
            double cols = r >= 1 ? g[r - 1] : 1;
            double rows = r >= 2 ? g[r - 2] : 1;
            if (stack()) {
                return new double[] {cols + (g[0] - 1) * 3, rows + (g[0] - 1) * 3};
            }
            double w = r >= 3 ? g[r - 3] * (cols + GAP) - GAP : cols;
            double h = r >= 4 ? g[r - 4] * (rows + GAP) - GAP : rows;
            return new double[] {w, h};
        }

        /** Top-left of the cell with grid index g (rank of gridShape), in world units (y up). */
        private double cellX(int[] g, int r, int[] shape) {
            if (r == 0) {
                return x0;
            }
            double x = x0 + g[r - 1];
            if (stack()) {
                return x + g[0] * 3;
            }
            if (r >= 3) {
                x += g[r - 3] * (shape[r - 1] + GAP);
            }
            return x;
        }

        private double cellY(int[] g, int r, int[] shape) {
            double y = r >= 2 ? g[r - 2] : 0;
            if (stack()) {
                return -(y + g[0] * 3);
            }
            if (r >= 4) {
                y += g[r - 4] * (shape[r - 2] + GAP);
            }
            return -y;
        }

        /** The flat index into t of the entry shown at index idx of the full shape (broadcast: copies share). */
        private int sourceOf(int[] index) {
            return t.broadcastSource(index, full.length);
        }

        @Override
        public void draw(Painter p) {
            if (t == null) {
                return;
            }
            Palette pal = p.palette();
            GraphicsContext g = p.gc();
            double s = p.view().scale();
            p.label(title, x0, 0.2, 0, -12, roleColour(pal), true);
            int[] grid = gridShape();
            int r = grid.length;
            int n = 1;
            for (int k : full) {
                n *= k;
            }
            int channels = picture ? 3 : 1;
            boolean numbers = !picture && s >= p.ui(26);
            if (numbers && (cellFont == null || cellFontSize != p.ui(12))) {
                cellFontSize = p.ui(12);
                cellFont = Font.font("System", cellFontSize);
            }
            double inset = s > 8 ? 1 : 0;
            // reductions: the reduced axis slides onto its first slice and fades (the animation)
            double e = role == 0 && model.isReduction() ? Rate.SMOOTH.apply(progress.value()) : 0;
            int reduced = model.axis();
            // done, the copies stand spread out; playing slides them out from the original
            double ghost = role == 1 && stretched ? Rate.SMOOTH.apply(progress.value()) : 1;
            int[] ix = new int[full.length];
            int[] first = new int[r];
            int[] orig = new int[full.length];
            int total = n / channels;
            boolean backToFront = stack();
            for (int step = 0; step < total; step++) {
                // a stack is painted from the last image to the first, so image 0 is in front
                unravel(backToFront ? total - 1 - step : step, grid, ix);
                double x = cellX(ix, r, grid);
                double y = cellY(ix, r, grid);
                double alpha = 1;
                if (e > 0 && reduced < r && ix[reduced] != 0) {
                    if (e >= 1) {
                        continue; // folded away completely: nothing left to paint
                    }
                    System.arraycopy(ix, 0, first, 0, r);
                    first[reduced] = 0;
                    x += e * (cellX(first, r, grid) - x);
                    y += e * (cellY(first, r, grid) - y);
                    alpha = 1 - e;
                }
                Color fill;
                String text = null;
                if (picture) {
                    ix[r] = 0;
                    double red = t.flat(sourceOf(ix));
                    ix[r] = 1;
                    double green = t.flat(sourceOf(ix));
                    ix[r] = 2;
                    double blue = t.flat(sourceOf(ix));
                    fill = Color.color(clamp(red), clamp(green), clamp(blue), alpha);
                } else {
                    double v = t.flat(sourceOf(ix));
                    boolean copy = stretched && t.broadcastOrigin(ix, r, orig);
                    if (copy) {
                        alpha *= 0.35;
                        // copies slide out from the original while the broadcast plays
                        x = cellX(orig, r, grid) + ghost * (x - cellX(orig, r, grid));
                        y = cellY(orig, r, grid) + ghost * (y - cellY(orig, r, grid));
                    }
                    fill = cellColour(pal, v, alpha);
                    text = numbers ? Numbers.brief(v, 2) : null;
                }
                double sx = p.sx(x);
                double sy = p.sy(y);
                g.setFill(fill);
                g.fillRect(sx + inset, sy + inset, s - 2 * inset, s - 2 * inset);
                if (text != null) {
                    g.setFont(cellFont);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.setFill(Palette.fill(pal.text(), alpha));
                    g.fillText(text, sx + s / 2, sy + s / 2);
                }
            }
        }

        private Color roleColour(Palette pal) {
            return switch (role) {
                case 0 -> pal.first();
                case 1 -> pal.second();
                case 2 -> pal.result();
                default -> pal.text();
            };
        }

        private Color cellColour(Palette pal, double v, double alpha) {
            double k = max > 0 ? Math.abs(v) / max : 0;
            Color base = role >= 3 ? new Color[] {Color.rgb(230, 40, 40), Color.rgb(40, 170, 60), Color.rgb(50, 90, 230)}[role - 3]
                    : v < 0 ? pal.warning() : roleColour(pal);
            return Palette.fill(base, alpha * (role >= 3 ? 0.05 + 0.95 * k : 0.12 + 0.55 * k));
        }

        @Override
        public String name() {
            return hoverName;
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (t == null) {
                return false;
            }
            double wx = p.view().wx(sx);
            double wy = p.view().wy(sy);
            int[] grid = gridShape();
            int r = grid.length;
            int cells = 1;
            for (int k : grid) {
                cells *= k;
            }
            int[] ix = new int[full.length];
            // front to back for a stack: the first image is drawn last, on top
            for (int cell = cells - 1; cell >= 0; cell--) {
                unravel(cell, grid, ix);
                double x = cellX(ix, r, grid);
                double y = cellY(ix, r, grid);
                if (wx >= x && wx < x + 1 && wy <= y && wy > y - 1) {
                    hoverName = describe(ix, r);
                    return true;
                }
            }
            return false;
        }

        private String describe(int[] ix, int r) {
            String name = role >= 3 ? "image" : letter;
            if (picture) {
                StringBuilder s = new StringBuilder();
                String[] ch = {"R", "G", "B"};
                for (int c = 0; c < 3; c++) {
                    ix[r] = c;
                    int[] shown = Arrays.copyOf(ix, full.length);
                    s.append(c > 0 ? ", " : "").append(ch[c]).append(' ').append(Numbers.brief(t.flat(sourceOf(shown)), 3));
                }
                ix[r] = 0;
                return name + index(Arrays.copyOf(ix, r)) + " = (" + s + "), channels 0..2";
            }
            int[] shown = Arrays.copyOf(ix, full.length);
            String where = role >= 3 ? index(new int[] {ix[0], ix[1], role - 3}) : index(shown);
            double v = t.flat(sourceOf(shown));
            String copy = "";
            if (stretched && t.broadcastOrigin(shown, full.length, src)) {
                int[] in = new int[t.rank()];
                t.unravel(sourceOf(shown), in);
                copy = "  (a broadcast copy of b" + index(in) + ")";
            }
            return (role >= 3 ? "image" : name) + where + " = " + Numbers.brief(v, 4) + copy;
        }

        private String index(int[] ix) {
            return Arrays.toString(ix);
        }

        /** Row-major index of a cell of the grid shape into ix (first entries). */
        private void unravel(int cell, int[] grid, int[] ix) {
            for (int k = grid.length - 1; k >= 0; k--) {
                ix[k] = cell % grid[k];
                cell /= grid[k];
            }
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(collapse);
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
