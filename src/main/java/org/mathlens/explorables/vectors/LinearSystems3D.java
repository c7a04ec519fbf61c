package org.mathlens.explorables.vectors;

import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Shapes3D;
import org.mathlens.kit.Sketch3D;
import org.mathlens.math.Numbers;

/**
 * The 3×3 system in space: its three planes as they stand during the elimination, the lines
 * where pairs of them meet, and the solution point or line, inside a box of half-width r.
 */
final class LinearSystems3D implements Consumer<Sketch3D> {
    private final LinearSystemsModel model;
    private final Supplier<double[][]> shown;
    private final DoubleSupplier box;

    /** @param shown the augmented matrix as drawn now; @param box the half-width of the box drawn */
    LinearSystems3D(LinearSystemsModel model, Supplier<double[][]> shown, DoubleSupplier box) {
        this.model = model;
        this.shown = shown;
        this.box = box;
    }

    private final double[] cut = new double[36];

    @Override
    public void accept(Sketch3D s) {
        if (model.n() != 3) {
            return;
        }
        double r = box.getAsDouble();
        Palette pal = s.palette();
        s.room(r, Numbers.roundStep(r / 4));
        double[][] m = shown.get();
        for (int i = 0; i < 3; i++) {
            double[] q = m[i];
            String eq = LinearSystemsModel.equation(q, 3);
            Color c = LinearSystemsExplorable.role(pal, i);
            s.plane(q[0], q[1], q[2], q[3], r, Palette.fill(c, 0.4), "plane " + (i + 1) + " (" + LinearSystemsModel.row(i) + "): " + eq);
            int k = Shapes3D.planeThroughBox(q[0], q[1], q[2], q[3], r, cut);
            if (k > 0) {
                // the label at a corner of the plane's patch, one corner apart for each plane
                int corner = (i * Math.max(1, k / 3)) % k;
                double cx = Shapes3D.centroid(cut, k, 0);
                double cy = Shapes3D.centroid(cut, k, 1);
                double cz = Shapes3D.centroid(cut, k, 2);
                s.label(eq, 0.35 * cx + 0.65 * cut[3 * corner], 0.35 * cy + 0.65 * cut[3 * corner + 1],
                        0.35 * cz + 0.65 * cut[3 * corner + 2], c).bold();
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                meetLine(s, m[i], m[j], r, pal.text(), "where planes " + (i + 1) + " and " + (j + 1) + " meet");
            }
        }
        double[] line = model.solutionLine();
        if (line != null) {
            clippedLine(s, line, r, pal.result(), 4,
                    "the line of solutions: on all three planes");
        }
        double[] x = model.solution();
        if (x != null) {
            s.point(x[0], x[1], x[2], pal.result(), 7).named("solution " + LinearSystemsModel.point(x) + ": on all three planes");
            s.label(LinearSystemsModel.point(x), x[0], x[1], x[2], pal.result()).bold().offset(12, 14);
        }
        Camera3Dsize size = new Camera3Dsize(s);
        Color vc = model.kind() == LinearSystemsModel.Kind.NONE ? pal.warning() : pal.text();
        s.screenLabel(model.verdict(), s.ui(12), size.height - s.ui(18), vc).bold();
        s.screenLabel("drag to orbit · wheel to zoom · F: home", s.ui(12), s.ui(16), pal.textMuted()).small();
    }

    private record Camera3Dsize(double width, double height) {
        Camera3Dsize(Sketch3D s) {
            this(s.camera().width(), s.camera().height());
        }
    }

    /** The line where two planes meet (nothing if they are parallel), inside the box. */
    private static void meetLine(Sketch3D s, double[] p, double[] q, double r, Color color, String name) {
        double[] line = LinearSystemsModel.meet(p, q);
        if (line != null) {
            clippedLine(s, line, r, color, 2, name);
        }
    }

    /** The part of the line a + t·d inside the box [-r, r]³. */
    private static void clippedLine(Sketch3D s, double[] line, double r, Color color, double width, String name) {
        double[] e = Shapes3D.lineThroughBox(line, r);
        if (e != null) {
            s.line(e[0], e[1], e[2], e[3], e[4], e[5], color, width).named(name);
        }
    }
}
