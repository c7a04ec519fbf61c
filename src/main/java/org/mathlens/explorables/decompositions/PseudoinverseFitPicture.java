package org.mathlens.explorables.decompositions;

import java.util.function.BooleanSupplier;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The fit: the line y = b + m·x from w = X⁺y, and each residual rᵢ = yᵢ − (b + m·xᵢ) as a
 * dashed gap and a square of side |rᵢ| beside it, so the squares' total area is the loss Σ rᵢ².
 * (The plane keeps one scale for x and y, so the squares are really square.)
 */
final class PseudoinverseFitPicture implements Drawable {
    private final PseudoinverseModel model;
    private final BooleanSupplier shown;
    private final double[] xs = new double[4];
    private final double[] ys = new double[4];

    PseudoinverseFitPicture(PseudoinverseModel model, BooleanSupplier shown) {
        this.model = model;
        this.shown = shown;
    }

    /** A view around the points with room above them for the card-free top. */
    static double[] home(double[][] pts) {
        double[] box = Plane.bounds(pts);
        double x0 = box[0];
        double x1 = box[1];
        double y0 = box[2];
        double y1 = box[3];
        double mx = Math.max(0.5, (x1 - x0) * 0.12);
        double my = Math.max(0.5, (y1 - y0) * 0.2);
        return new double[] {x0 - mx, x1 + mx, y0 - my * 2.5, y1 + my};
    }

    @Override
    public void draw(Painter p) {
        if (!shown.getAsBoolean() || !model.solved()) {
            return;
        }
        double[][] a = model.a();
        double b = model.x(0);
        double m = model.x(1);
        var square = Palette.fill(p.palette().warning(), 0.3);
        var edge = Palette.fill(p.palette().warning(), 0.8);
        for (int i = 0; i < a.length; i++) {
            double x = a[i][1];
            double fit = model.fitted()[i];
            double r = model.residual(i);
            double side = Math.abs(r);
            xs[0] = x;
            xs[1] = x + side;
            xs[2] = x + side;
            xs[3] = x;
            ys[0] = fit;
            ys[1] = fit;
            ys[2] = fit + r;
            ys[3] = fit + r;
            p.polygon(xs, ys, 4, square, edge, 1.5);
            p.dashedLine(x, fit, x, fit + r, p.palette().warning(), 2);
        }
        p.infiniteLine(0, b, 1, m, p.palette().result(), 3.5);
        double lx = p.view().maxX() - p.ui(16) / p.view().scale();
        double ly = b + m * lx;
        if (Double.isFinite(ly) && ly > p.view().minY() && ly < p.view().maxY()) {
            p.screenLabel("y = " + Numbers.label(b) + (m < 0 ? " − " : " + ") + Numbers.label(Math.abs(m)) + "·x",
                    p.sx(lx), p.sy(ly) + p.ui(m < 0 ? 26 : -14), p.palette().result(), true, TextAlignment.RIGHT);
        }
    }

    @Override
    public String name() {
        return "the least-squares line from w = X⁺y";
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        if (!shown.getAsBoolean() || !model.solved()) {
            return false;
        }
        double wx = p.view().wx(sx);
        double lineY = p.sy(model.x(0) + model.x(1) * wx);
        return Math.abs(lineY - sy) <= p.ui(6);
    }
}
