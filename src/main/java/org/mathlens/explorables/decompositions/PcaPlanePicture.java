package org.mathlens.explorables.decompositions;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;

/**
 * The flat picture. With two features: the data themselves, the principal axes from the mean
 * with lengths √λ (mapped back through the scale when standardized), each point's projection
 * onto the first axis as a dashed drop, and its rebuild from k axes as a ring. With more: every
 * example at its first two components (scores), coloured by class; the nearest one to the
 * mouse is the hovered example the side panel shows.
 */
final class PcaPlanePicture implements Drawable {
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private final Supplier<PcaScene> scene;
    private final IntConsumer hover;
    private String hoverName;
    private List<String> legendFor;
    private Legend classLegend;
    private Legend dataLegend;

    PcaPlanePicture(Supplier<PcaScene> scene, IntConsumer hover) {
        this.scene = scene;
        this.hover = hover;
    }

    /** Class colours that stay apart in both themes (matplotlib's ten, lightened on dark). */
    static Color classColor(int c, Palette p) {
        String[] hex = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
        Color base = Color.web(hex[Math.floorMod(c, hex.length)]);
        return p.isDark() ? base.interpolate(Color.WHITE, 0.25) : base;
    }

    /** The world box the plane starts on: the data for two features, the first two scores for more. */
    static double[] home(PcaModel pca) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        boolean data = pca.dimension() == 2;
        for (int i = 0; i < pca.size(); i++) {
            double x = data ? pca.rebuilt(i, 2, 0) : pca.score(i, 0);
            double y = data ? pca.rebuilt(i, 2, 1) : pca.score(i, 1);
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        double m = Math.max(0.5, 0.08 * Math.max(x1 - x0, y1 - y0));
        // room at the top for the legend card
        return new double[] {x0 - m, x1 + m, y0 - m, y1 + m + 0.35 * (y1 - y0)};
    }

    static String sub(int j) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(j).toCharArray()) {
            s.append(SUB.charAt(c - '0'));
        }
        return s.toString();
    }

    @Override
    public void draw(Painter p) {
        PcaScene s = scene.get();
        if (s.pca().dimension() == 2) {
            drawData(p, s);
        } else if (s.pca().dimension() > 3) {
            drawScores(p, s);
        }
        if (s.failure() != null) {
            p.screenLabel(s.failure(), p.view().width() / 2, p.view().height() - p.ui(24), p.palette().warning(), true, TextAlignment.CENTER);
        }
    }

    private void drawData(Painter p, PcaScene s) {
        PcaModel pca = s.pca();
        Palette pal = p.palette();
        double mx = pca.mean(0);
        double my = pca.mean(1);
        double[] d1 = direction(pca, 0);
        p.infiniteLine(mx, my, d1[0], d1[1], Palette.fill(pal.first(), 0.35), 1.5);
        Color drop = Palette.fill(pal.textMuted(), 0.8);
        for (int i = 0; i < pca.size(); i++) {
            double[] x = pca.rebuild(i, 2);
            double[] one = pca.rebuild(i, 1);
            p.dashedLine(x[0], x[1], one[0], one[1], drop, 1.2);
            p.dot(one[0], one[1], 2.5, pal.first());
        }
        int k = s.k();
        for (int i = 0; i < pca.size(); i++) {
            double[] r = pca.rebuild(i, k);
            p.circle(r[0], r[1], p.ui(7) / p.view().scale(), null, pal.result(), 2);
        }
        Color[] roles = {pal.first(), pal.second()};
        for (int j = 0; j < 2; j++) {
            double[] dj = direction(pca, j);
            double len = Math.sqrt(pca.variance(j));
            p.arrow(mx, my, mx + len * dj[0], my + len * dj[1], roles[j], 4);
            tipLabel(p, "√λ" + sub(j + 1) + " = " + Numbers.brief(len, 2), mx + len * dj[0], my + len * dj[1], dj, roles[j]);
        }
        p.dot(mx, my, 5, pal.text());
    }

    /**
     * An arrow's words just past its tip, on a plate of the background: the tip sits inside
     * the cloud, and bare words there were lost among the points (issue 12).
     */
    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    private static void tipLabel(Painter p, String words, double x, double y, double[] d, Color c) {
        double dx = d[0] * p.view().scale();
        double dy = -d[1] * p.view().scale();
        double n = Math.hypot(dx, dy);
        if (!(n > 0) || !Double.isFinite(p.sx(x)) || !Double.isFinite(p.sy(y))) {
            return;
        }
        double sx = p.sx(x) + p.ui(16) * dx / n;
        double sy = p.sy(y) + p.ui(16) * dy / n;
        MEASURE.setText(words);
        MEASURE.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, p.ui(14)));
        double w = MEASURE.getLayoutBounds().getWidth() + p.ui(10);
        double h = p.ui(22);
        double left = dx >= 0 ? sx : sx - w;
        left = Math.max(p.ui(4), Math.min(p.view().width() - w - p.ui(4), left)); // never cut by the canvas edge
        GraphicsContext g = p.gc();
        g.setFill(Palette.fill(p.palette().background(), 0.9));
        g.fillRoundRect(left, sy - h / 2, w, h, p.ui(8), p.ui(8));
        g.setStroke(c);
        g.setLineWidth(p.ui(1.5));
        g.strokeRoundRect(left, sy - h / 2, w, h, p.ui(8), p.ui(8));
        p.screenLabel(words, left + p.ui(5), sy, c, true, javafx.scene.text.TextAlignment.LEFT);
    }

    /** Axis j drawn in the data's units: a unit step along it, times the scale when standardized. */
    static double[] direction(PcaModel pca, int j) {
        return new double[] {pca.axis(j, 0) * pca.scale(0), pca.axis(j, 1) * pca.scale(1)};
    }

    private void drawScores(Painter p, PcaScene s) {
        PcaModel pca = s.pca();
        Palette pal = p.palette();
        Color plain = Palette.fill(pal.first(), 0.7);
        double r = pca.size() > 500 ? 2.6 : 4;
        for (int i = 0; i < pca.size(); i++) {
            Color c = s.labelled() ? classColor(s.labels()[i], pal) : plain;
            p.dot(pca.score(i, 0), pca.score(i, 1), r, c);
        }
        int h = s.hovered();
        p.circle(pca.score(h, 0), pca.score(h, 1), p.ui(9) / p.view().scale(), null, pal.text(), 2.5);
        double right = p.view().maxX();
        double top = p.view().maxY();
        p.line(p.view().minX(), 0, right, 0, pal.axis(), 1.2);
        p.line(0, p.view().minY(), 0, top, pal.axis(), 1.2);
        p.screenLabel("PC 1 (" + percent(pca.explained(0)) + ")", p.view().width() - p.ui(10), p.sy(0) - p.ui(14), pal.text(), true, TextAlignment.RIGHT);
        p.label("PC 2 (" + percent(pca.explained(1)) + ")", 0, top, 8, 14, pal.text(), true);
    }

    static String percent(double x) {
        return Numbers.brief(100 * x, 1) + " %";
    }

    /** The card top-left: the fit's numbers for two features, the classes' colours for more. */
    Drawable legend() {
        return p -> {
            PcaScene s = scene.get();
            Legend l = s.pca().dimension() == 2 ? dataLegend() : s.pca().dimension() > 3 && s.labelled() ? classLegend(s) : null;
            if (l != null) {
                l.draw(p);
            }
        };
    }

    private Legend dataLegend() {
        if (dataLegend != null) {
            return dataLegend;
        }
        Supplier<PcaScene> s = scene;
        dataLegend = new Legend()
                .add(Palette::text, () -> "mean = " + Numbers.pair(s.get().pca().mean(0), s.get().pca().mean(1), 2)
                        + (s.get().standardized() ? ", standardized" : ""))
                .add(Palette::first, () -> axisLine(s.get().pca(), 0))
                .add(Palette::second, () -> axisLine(s.get().pca(), 1))
                .add(Palette::result, () -> "rings: rebuilt from k = " + s.get().k() + ",  MSE = "
                        + Numbers.brief(s.get().pca().reconstructionError(s.get().k()), 3));
        return dataLegend;
    }

    private static String axisLine(PcaModel pca, int j) {
        return "axis " + (j + 1) + " = " + Numbers.pair(pca.axis(j, 0), pca.axis(j, 1), 2) + ",  λ" + sub(j + 1) + " = "
                + Numbers.brief(pca.variance(j), 3) + ",  explains " + percent(pca.explained(j));
    }

    private Legend classLegend(PcaScene s) {
        if (!s.classes().equals(legendFor)) {
            legendFor = s.classes();
            classLegend = new Legend();
            for (int c = 0; c < s.classes().size(); c++) {
                int cc = c;
                String name = s.classes().get(c);
                classLegend.add(pal -> classColor(cc, pal), () -> name);
            }
        }
        return classLegend;
    }

    @Override
    public String name() {
        return hoverName;
    }

    /** Over the scores, the nearest example within a few pixels becomes the hovered one. */
    @Override
    public boolean hit(Painter p, double sx, double sy) {
        PcaScene s = scene.get();
        if (s.pca().dimension() <= 3) {
            hoverName = null;
            return false;
        }
        PcaModel pca = s.pca();
        int best = -1;
        double bestD = p.ui(8);
        for (int i = 0; i < pca.size(); i++) {
            double d = Math.hypot(p.sx(pca.score(i, 0)) - sx, p.sy(pca.score(i, 1)) - sy);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        if (best < 0) {
            hoverName = null;
            return false;
        }
        hover.accept(best);
        hoverName = "example " + (best + 1) + (s.labelled() ? ": " + s.className(best) : "");
        return true;
    }
}
