package org.mathlens.explorables.decompositions;

import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sketch3D;
import org.mathlens.math.Numbers;

/**
 * Three features in the kit's orbitable 3D view, centred at the mean: the cloud, the plane
 * spanned by the first two principal axes (two √λ either way), the three axes with lengths √λ,
 * and, for k below 3, each point's rebuild from k components joined to it by a thin line — its
 * shadow on the plane (k = 2) or on the first axis (k = 1).
 */
final class Pca3DPicture {
    private static final int TILES = 6;

    private Pca3DPicture() {
    }

    /** A ball round the centred cloud that the camera fits at home. */
    static double radius(PcaModel pca) {
        return Math.max(0.5, 1.7 * Math.sqrt(pca.variance(0) * pca.scale(0) * pca.scale(0) + 1e-300));
    }

    static void draw(Sketch3D s, PcaScene scene) {
        PcaModel pca = scene.pca();
        if (pca.dimension() != 3) {
            return;
        }
        Palette pal = s.palette();
        double r = radius(pca);
        worldAxes(s, 0.75 * r, Palette.fill(pal.textMuted(), 0.7));
        double[] a = direction(pca, 0);
        double[] b = direction(pca, 1);
        plane(s, a, b, 2 * Math.sqrt(pca.variance(0)), 2 * Math.sqrt(pca.variance(1)), Palette.fill(pal.first(), 0.16));
        int k = scene.k();
        Color dot = scene.labelled() ? null : pal.learner();
        Color link = Palette.fill(pal.textMuted(), 0.7);
        for (int i = 0; i < pca.size(); i++) {
            double[] x = centred(pca, i, 3);
            Color c = dot != null ? dot : PcaPlanePicture.classColor(scene.labels()[i], pal);
            s.point(x[0], x[1], x[2], c, 2.4).named("point " + (i + 1));
            if (k < 3) {
                double[] y = centred(pca, i, k);
                s.line(x[0], x[1], x[2], y[0], y[1], y[2], link, 1);
                s.point(y[0], y[1], y[2], pal.result(), 2).named("point " + (i + 1) + " rebuilt from " + k + " components");
            }
        }
        Color[] roles = {pal.first(), pal.second(), pal.extra()};
        for (int j = 0; j < 3; j++) {
            double[] d = direction(pca, j);
            double len = Math.sqrt(pca.variance(j));
            s.line(0, 0, 0, -len * d[0], -len * d[1], -len * d[2], Palette.fill(roles[j], 0.6), 2.5).named("principal axis " + (j + 1));
            s.arrow(0, 0, 0, len * d[0], len * d[1], len * d[2], roles[j], 5).named("principal axis " + (j + 1) + ", length √λ");
            s.label("PC " + (j + 1), len * d[0], len * d[1], len * d[2], roles[j]).bold().offset(8, -8);
        }
        double lx = s.ui(16);
        double ly = s.ui(22);
        double line = s.ui(24);
        s.screenLabel("centred at the mean " + Numbers.format(PcaCharts.round(pca.mean())) + "; drag to turn", lx, ly, pal.text()).bold();
        for (int j = 0; j < 3; j++) {
            s.screenLabel("PC " + (j + 1) + ":  √λ" + PcaPlanePicture.sub(j + 1) + " = " + Numbers.brief(Math.sqrt(pca.variance(j)), 2)
                    + ",  explains " + PcaPlanePicture.percent(pca.explained(j)), lx, ly + (j + 1) * line, roles[j]).bold();
        }
        s.screenLabel(k == 3 ? "k = 3: every point rebuilt exactly"
                : k == 2 ? "k = 2: each point's shadow on the plane"
                : "k = 1: each point's shadow on PC 1", lx, ly + 4 * line, pal.result()).bold();
        s.screenLabel("rebuild MSE = " + Numbers.brief(pca.reconstructionError(k), 3), lx, ly + 5 * line, pal.textMuted());
    }

    /**
     * Thin gray x, y, z axes through the mean: the kit's coloured axes would wear the same blue
     * and orange as PC 1 and PC 2 and read as them.
     */
    private static void worldAxes(Sketch3D s, double r, Color color) {
        String[] names = {"x", "y", "z"};
        for (int j = 0; j < 3; j++) {
            double[] e = new double[3];
            e[j] = r;
            s.line(-e[0], -e[1], -e[2], e[0], e[1], e[2], color, 1.2).named(names[j] + " − its mean");
            s.label(names[j], e[0], e[1], e[2], color).offset(6, -6);
        }
    }

    /** Example i rebuilt from k components, minus the mean (so the picture is centred). */
    private static double[] centred(PcaModel pca, int i, int k) {
        double[] x = pca.rebuild(i, k);
        for (int j = 0; j < 3; j++) {
            x[j] -= pca.mean(j);
        }
        return x;
    }

    /** Axis j in the data's units (times the scale when standardized). */
    private static double[] direction(PcaModel pca, int j) {
        return new double[] {pca.axis(j, 0) * pca.scale(0), pca.axis(j, 1) * pca.scale(1), pca.axis(j, 2) * pca.scale(2)};
    }

    /** The parallelogram ±ra·a ± rb·b, in tiles so depth sorting lays points in front or behind. */
    private static void plane(Sketch3D s, double[] a, double[] b, double ra, double rb, Color color) {
        double[] q = new double[12];
        for (int u = 0; u < TILES; u++) {
            for (int v = 0; v < TILES; v++) {
                double[] us = {u, u + 1, u + 1, u};
                double[] vs = {v, v, v + 1, v + 1};
                for (int c = 0; c < 4; c++) {
                    double fa = ra * (2.0 * us[c] / TILES - 1);
                    double fb = rb * (2.0 * vs[c] / TILES - 1);
                    for (int j = 0; j < 3; j++) {
                        q[3 * c + j] = fa * a[j] + fb * b[j];
                    }
                }
                s.polygon(q, 4, color).named("the plane of the first two components");
            }
        }
    }
}
