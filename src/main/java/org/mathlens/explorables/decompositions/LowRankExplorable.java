package org.mathlens.explorables.decompositions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.Background;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.ImageParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/**
 * A picture rebuilt from its first k singular values: the original, the rank-k rebuild and
 * the residual side by side; below, the singular values on a log scale and the energy kept
 * and storage used against k, with k marked on both. The SVD runs on the background helper
 * once per picture (cached); moving k only adds or removes rank-one terms.
 */
public final class LowRankExplorable extends AbstractExplorable {
    private final ImageParameter image = parameters.add(new ImageParameter("image",
            "the picture: sunset, checks, @your-picture.png (File → Open image…) or a matrix of gray levels", "sunset"));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k",
            "how many singular values rebuild the picture (at most the smaller side)", 8, 1, 256, 1)).labelled("rank k");
    private final Map<ImageParameter.Picture, LowRankModel.Decomposition> cache = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ImageParameter.Picture, LowRankModel.Decomposition> e) {
            return size() > 4;
        }
    };
    private final LowRankModel model;
    private final Background<LowRankModel.Decomposition> svdJob;
    private final CountUp count;
    private ImageParameter.Picture shown;
    private String failure;
    private final Images images = new Images();
    /** Sheets lay out in pixels; its size is the room the pictures and charts share. */
    private Sheet sheet;

    public LowRankExplorable() {
        super("low-rank", "Low-rank approximation: a picture from k singular values", Section.DECOMPOSITIONS,
                "Slide k: the picture is rebuilt from its k largest singular values; see what is left over and what it costs.");
        shown = image.get();
        LowRankModel.Decomposition first = LowRankModel.decompose(shown.levels());
        cache.put(shown, first);
        model = new LowRankModel(first, (int) k.value());
        count = new CountUp(k, 1, model::maxK, () -> 4);
        svdJob = new Background<>("Taking the SVD of the picture", d -> {
            failure = null;
            model.setDecomposition(d, (int) k.value());
            changed();
        }, sentence -> {
            failure = sentence;
            changed();
        });
        readouts.add("k", "k", () -> Reading.of(model.k()))
                .add("error", "‖A − Aₖ‖ / ‖A‖", () -> Reading.of(model.error()))
                .add("energy", "energy kept", () -> Reading.of(model.energy()))
                .add("storage", "storage k(m+n+1)/(mn)", () -> Reading.of(model.storage()))
                .add("sigma", "σ (largest first)", () -> Reading.of(model.sigma()));
    }

    public LowRankModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        ImageParameter.Picture now = image.get();
        if (now != shown) {
            shown = now;
            LowRankModel.Decomposition hit = cache.get(now);
            if (hit != null) {
                model.setDecomposition(hit, (int) k.value());
            } else {
                double[][] levels = now.levels();
                svdJob.submit(progress -> {
                    LowRankModel.Decomposition d = LowRankModel.decompose(levels);
                    synchronized (cache) {
                        cache.put(now, d);
                    }
                    return d;
                });
            }
        }
        model.setK((int) k.value());
    }

    /** The line written under the pictures, from the same numbers the readouts give. */
    String statusLine() {
        return "k = " + model.k() + " of " + model.maxK() + ":  energy kept " + percent(model.energy())
                + ",  error " + percent(model.error()) + ",  storage " + percent(model.storage())
                + "  (" + model.rows() + "×" + model.cols() + " picture)";
    }

    private static String percent(double x) {
        return Numbers.brief(100 * x, 1) + " %";
    }

    @Override
    protected Node createView() {
        sheet = new Sheet();
        sheet.follow(revision());
        sheet.add(images);
        sheet.add(new Drawable() {
            @Override
            public void draw(Painter p) {
                LowRankCharts.draw(p, model, failure, sheet.getWidth(), sheet.getHeight());
            }

            @Override
            public String name() {
                return "the singular values (log scale) and energy kept and storage against k";
            }
        });
        return sheet;
    }

    /** The three pictures, painted from the model into images made once per size. */
    private final class Images implements Drawable {
        private WritableImage original;
        private WritableImage rebuilt;
        private WritableImage residual;
        private Object paintedFor;
        private int paintedK;

        @Override
        public void draw(Painter p) {
            int m = model.rows();
            int n = model.cols();
            if (original == null || original.getWidth() != n || original.getHeight() != m) {
                original = new WritableImage(n, m);
                rebuilt = new WritableImage(n, m);
                residual = new WritableImage(n, m);
                paintedFor = null;
            }
            if (paintedFor != model.original()) {
                paint(original.getPixelWriter(), model.original(), 0);
            }
            if (paintedFor != model.original() || paintedK != model.k()) {
                paintRebuilt(rebuilt.getPixelWriter(), residual.getPixelWriter());
                paintedFor = model.original();
                paintedK = model.k();
            }
            Palette pal = p.palette();
            double w = sheet.getWidth();
            double gap = p.ui(18);
            double side = Math.min((w - 4 * gap) / 3, sheet.getHeight() * 0.52 - p.ui(40));
            double scale = side / Math.max(m, n);
            double top = p.ui(40);
            String[] titles = {"original A", "rank-" + model.k() + " rebuild Aₖ", "residual A − Aₖ (gray = 0)"};
            WritableImage[] imgs = {original, rebuilt, residual};
            double left = (w - 3 * side - 2 * gap) / 2;
            var g = p.gc();
            g.setImageSmoothing(false);
            for (int i = 0; i < 3; i++) {
                double x = left + i * (side + gap);
                p.screenLabel(titles[i], x + side / 2, top - p.ui(16), pal.text(), true, TextAlignment.CENTER);
                g.drawImage(imgs[i], x, top, n * scale, m * scale);
                g.setStroke(pal.gridMajor());
                g.setLineWidth(p.ui(1));
                g.strokeRect(x, top, n * scale, m * scale);
            }
            p.screenLabel(statusLine(), w / 2, top + side + p.ui(20), pal.text(), true, TextAlignment.CENTER);
        }

        private int[] buffer = new int[0];

        private void paint(PixelWriter out, double[][] levels, double offset) {
            int n = levels[0].length;
            fill(levels.length, n);
            for (int r = 0; r < levels.length; r++) {
                for (int c = 0; c < n; c++) {
                    buffer[r * n + c] = gray(levels[r][c] + offset);
                }
            }
            out.setPixels(0, 0, n, levels.length, PixelFormat.getIntArgbInstance(), buffer, 0, n);
        }

        /** A_k and A − A_k, written a whole image at a time (one call per picture, not per pixel). */
        private void paintRebuilt(PixelWriter out, PixelWriter rest) {
            double[][] a = model.rebuilt();
            double[][] orig = model.original();
            int n = a[0].length;
            fill(a.length, n);
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < n; c++) {
                    buffer[r * n + c] = gray(a[r][c]);
                }
            }
            out.setPixels(0, 0, n, a.length, PixelFormat.getIntArgbInstance(), buffer, 0, n);
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < n; c++) {
                    buffer[r * n + c] = gray(0.5 + orig[r][c] - a[r][c]);
                }
            }
            rest.setPixels(0, 0, n, a.length, PixelFormat.getIntArgbInstance(), buffer, 0, n);
        }

        private void fill(int m, int n) {
            if (buffer.length != m * n) {
                buffer = new int[m * n];
            }
        }

        private int gray(double v) {
            int g = (int) Math.round(255 * Math.max(0, Math.min(1, v)));
            return 0xff000000 | g << 16 | g << 8 | g;
        }
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(count);
    }

    /** Sweeps k from 1 to 40 and back, as a learner dragging the slider would. */
    @Override
    public void benchFrame(int frame) {
        int phase = frame % 80;
        k.set(1.0 + (phase < 40 ? phase : 80 - phase));
    }
}
