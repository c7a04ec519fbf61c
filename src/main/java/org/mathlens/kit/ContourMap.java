package org.mathlens.kit;

import java.util.function.DoubleBinaryOperator;
import java.util.function.LongSupplier;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.mathlens.math.contour.MarchingSquares;

/**
 * Iso-lines of a scalar field f(x, y) over the visible box, with light filled bands between
 * them. The field is sampled and the lines traced only when the function's version moves or
 * the view changes (a pan, a zoom); every other redraw strokes the cached segments and one
 * small band image.
 */
public final class ContourMap implements Drawable {
    /** How the levels are chosen: evenly in log scale (losses, ≥ 0) or at quantiles of the values. */
    public enum Levels { LOG, QUANTILE }

    private static final int SAMPLES = 96;

    private int samples = SAMPLES;
    /** When set, the bands are filled by height on the HeightRamp over [lo(), hi()], as a surface beside the map is. */
    private java.util.function.DoubleSupplier rampLo;
    private java.util.function.DoubleSupplier rampHi;

    private final DoubleBinaryOperator f;
    private final LongSupplier version;
    private Levels spacing;
    private final int count;
    private long seenVersion = Long.MIN_VALUE;
    private final double[] seenBox = new double[4];
    private Palette seenPalette;
    private double[][] lines = new double[0][];
    private double[] levels = new double[0];
    private WritableImage bands;
    private double[] box = new double[4];

    /** f is read again only when version changes; count levels; spacing LOG for losses. */
    public ContourMap(DoubleBinaryOperator f, LongSupplier version, Levels spacing, int count) {
        this.f = f;
        this.version = version;
        this.spacing = spacing;
        this.count = count;
    }

    /**
     * Samples the field on a finer grid (samples across the view instead of 96), for a map
     * whose smallest level curves are only a few cells wide at the default and would show as
     * polygons (a steep bowl's innermost ellipses).
     */
    public ContourMap sampled(int samplesAcross) {
        this.samples = Math.max(SAMPLES, samplesAcross);
        return this;
    }

    /**
     * Fills the bands between level curves with the {@link HeightRamp} colour of their middle
     * height on [lo, hi] (the range a surface of the same f is coloured over), so the map and
     * the surface read one height with one colour; a colour bar beside can show the ramp.
     */
    public ContourMap heightColoured(java.util.function.DoubleSupplier lo, java.util.function.DoubleSupplier hi) {
        this.rampLo = lo;
        this.rampHi = hi;
        return this;
    }

    /** Changes how levels are chosen; the lines are traced again at the next redraw. */
    public void setLevels(Levels spacing) {
        if (spacing != this.spacing) {
            this.spacing = spacing;
            seenVersion = Long.MIN_VALUE;
        }
    }

    /** The levels drawn (after the last redraw). */
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public void draw(Painter p) {
        Viewport v = p.view();
        long ver = version.getAsLong();
        if (ver != seenVersion || p.palette() != seenPalette || rampChanged() || seenBox[0] != v.minX() || seenBox[1] != v.maxX()
                || seenBox[2] != v.minY() || seenBox[3] != v.maxY()) {
            seenVersion = ver;
            seenPalette = p.palette();
            seenBox[0] = v.minX();
            seenBox[1] = v.maxX();
            seenBox[2] = v.minY();
            seenBox[3] = v.maxY();
            recompute(p.palette(), v);
        }
        if (bands != null) {
            double x0 = p.sx(box[0]);
            double x1 = p.sx(box[1]);
            double y0 = p.sy(box[3]);
            double y1 = p.sy(box[2]);
            p.gc().setImageSmoothing(true);
            p.gc().drawImage(bands, x0, y0, x1 - x0, y1 - y0);
        }
        // over the height ramp's dark purples and bright yellows a thin dark line reads on both
        Color line = rampLo != null ? Color.rgb(0, 0, 0, 0.45) : Palette.fill(p.palette().textMuted(), 0.55);
        var g = p.gc();
        g.setStroke(line);
        g.setLineWidth(p.ui(1));
        g.setLineDashes((double[]) null);
        // one path for every segment: a single stroke instead of thousands of strokeLine calls
        g.beginPath();
        for (double[] s : lines) {
            for (int k = 0; k + 3 < s.length; k += 4) {
                g.moveTo(p.sx(s[k]), p.sy(s[k + 1]));
                g.lineTo(p.sx(s[k + 2]), p.sy(s[k + 3]));
            }
        }
        g.stroke();
    }

    private double seenLo = Double.NaN;
    private double seenHi = Double.NaN;

    private boolean rampChanged() {
        return rampLo != null && (Double.compare(rampLo.getAsDouble(), seenLo) != 0 || Double.compare(rampHi.getAsDouble(), seenHi) != 0);
    }

    private void recompute(Palette palette, Viewport v) {
        if (rampLo != null) {
            seenLo = rampLo.getAsDouble();
            seenHi = rampHi.getAsDouble();
        }
        double w = v.maxX() - v.minX();
        double h = v.maxY() - v.minY();
        if (!(w > 0 && h > 0) || !Double.isFinite(w) || !Double.isFinite(h)) {
            lines = new double[0][];
            bands = null;
            return;
        }
        int nx = samples;
        int ny = Math.max(2, (int) Math.round(samples * h / w));
        ny = Math.min(ny, 3 * samples);
        box = new double[] {v.minX(), v.maxX(), v.minY(), v.maxY()};
        MarchingSquares.Field field = MarchingSquares.sample(f, box[0], box[1], box[2], box[3], nx, ny);
        levels = spacing == Levels.LOG ? MarchingSquares.logLevels(field, count) : MarchingSquares.quantileLevels(field, count);
        lines = new double[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            lines[k] = MarchingSquares.isoline(field, levels[k]);
        }
        bands = new WritableImage(nx, ny);
        PixelWriter px = bands.getPixelWriter();
        Color base = palette.first();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double val = field.at(i, j);
                int band = 0;
                while (band < levels.length && val >= levels[band]) {
                    band++;
                }
                if (rampLo != null) {
                    px.setColor(i, ny - 1 - j, Double.isFinite(val) ? Palette.fill(HeightRamp.color(rampT(band)), 0.8) : Color.TRANSPARENT);
                    continue;
                }
                double alpha = Double.isFinite(val) ? 0.03 + 0.22 * (1 - band / (double) Math.max(1, levels.length)) : 0;
                px.setColor(i, ny - 1 - j, Palette.fill(base, alpha));
            }
        }
    }

    /** Where band b's middle height sits on the ramp, 0 to 1: the band below the first level starts at lo, above the last ends at hi. */
    private double rampT(int band) {
        double lo = seenLo;
        double hi = seenHi;
        double below = band == 0 ? lo : levels[band - 1];
        double above = band >= levels.length ? hi : levels[band];
        double mid = (below + above) / 2;
        return hi > lo ? (mid - lo) / (hi - lo) : 0.5;
    }
}
