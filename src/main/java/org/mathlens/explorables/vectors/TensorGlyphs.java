package org.mathlens.explorables.vectors;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.Rate;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;
import org.mathlens.math.tensor.Tensor;

/** The tensors pane's drawing of one tensor; which tensor and where the pane decides. */
final class TensorGlyphs {
    /** World units between two blocks of a 3- or 4-axis tensor. */
    static final double GAP = 0.6;

    private TensorGlyphs() {
    }

    private static Font cellFont;
    private static double cellFontSize;

    /**
     * One tensor drawn as nested grids (last axis across, the one before down, earlier axes as
     * blocks side by side and then stacked), or as pixels when it is a picture. The world unit
     * is one cell; (x0, 0) is its top-left corner.
     */
    static final class Glyph implements Drawable {
        private final String letter;
        private final int role;
        private final TensorsModel model;
        private final DoubleSupplier progress;
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

        /**
         * @param role     0 the input, 1 the operand, 2 the result, 3–5 the R, G, B planes of an image
         * @param progress how far the operation has run (the pane's progress parameter)
         */
        Glyph(String letter, int role, TensorsModel model, DoubleSupplier progress) {
            this.letter = letter;
            this.role = role;
            this.model = model;
            this.progress = progress;
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
            double e = role == 0 && model.isReduction() ? Rate.SMOOTH.apply(progress.getAsDouble()) : 0;
            int reduced = model.axis();
            // done, the copies stand spread out; playing slides them out from the original
            double ghost = role == 1 && stretched ? Rate.SMOOTH.apply(progress.getAsDouble()) : 1;
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
}
