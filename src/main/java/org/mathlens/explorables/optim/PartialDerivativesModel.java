package org.mathlens.explorables.optim;

import java.util.function.DoubleBinaryOperator;
import org.mathlens.math.contour.MarchingSquares;
import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.Derivative;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

/**
 * A function f(x, y) over a box, its two partial derivatives as formulas (differentiated
 * symbolically and compiled once per function), and everything that depends on one point
 * (x0, y0): the value, the slopes ∂f/∂x and ∂f/∂y, the two slice curves z = f(x, y0) and
 * z = f(x0, y), and the level curve through the point. The heavy parts (a sampled field for
 * the level curves) are computed only when the function or the box changes.
 */
public final class PartialDerivativesModel {
    /** Samples along each slice curve. */
    public static final int SLICE_SAMPLES = 81;
    private static final int FIELD_SAMPLES = 90;

    private CompiledFunction f;
    private CompiledFunction fx;
    private CompiledFunction fy;
    private String dfdxText = "";
    private String dfdyText = "";
    private String problem;
    private final double[] box = {-2, 2, -2, 2};
    private MarchingSquares.Field field;

    private double x0 = Double.NaN;
    private double y0 = Double.NaN;
    private double value;
    private double dfdx;
    private double dfdy;
    private double levelOf = Double.NaN;
    private double[] level = new double[0];
    private final double[] sliceXs = new double[SLICE_SAMPLES];
    private final double[] sliceAlongX = new double[SLICE_SAMPLES];
    private final double[] sliceYs = new double[SLICE_SAMPLES];
    private final double[] sliceAlongY = new double[SLICE_SAMPLES];

    /** A new function or box: differentiates, compiles and samples the field again. */
    public void setFunction(CompiledFunction function, double bx0, double bx1, double by0, double by1) {
        boolean sameBox = box[0] == bx0 && box[1] == bx1 && box[2] == by0 && box[3] == by1;
        if (function == f && sameBox) {
            return;
        }
        f = function;
        box[0] = bx0;
        box[1] = bx1;
        box[2] = by0;
        box[3] = by1;
        problem = null;
        try {
            Expr e = MathLanguage.parse(function.text());
            Expr ex = Derivative.of(e, "x").result();
            Expr ey = Derivative.of(e, "y").result();
            dfdxText = ex.toString();
            dfdyText = ey.toString();
            fx = MathLanguage.compile(dfdxText, "x", "y");
            fy = MathLanguage.compile(dfdyText, "x", "y");
        } catch (MathError err) {
            fx = null;
            fy = null;
            dfdxText = "";
            dfdyText = "";
            problem = "no symbolic derivative (" + err.getMessage() + "): slopes by central differences";
        }
        // the field reaches past the box so the level curve still shows when the view is panned a little
        double mx = (bx1 - bx0) * 0.5;
        double my = (by1 - by0) * 0.5;
        field = MarchingSquares.sample(this::f, bx0 - mx, bx1 + mx, by0 - my, by1 + my, FIELD_SAMPLES, FIELD_SAMPLES);
        for (int k = 0; k < SLICE_SAMPLES; k++) {
            sliceXs[k] = bx0 + (bx1 - bx0) * k / (SLICE_SAMPLES - 1);
            sliceYs[k] = by0 + (by1 - by0) * k / (SLICE_SAMPLES - 1);
        }
        levelOf = Double.NaN;
        double px = x0;
        double py = y0;
        x0 = Double.NaN;
        if (px == px) {
            setPoint(px, py);
        }
    }

    /** Moves the point: value, slopes, slices and the level curve through it. */
    public void setPoint(double x, double y) {
        if (x == x0 && y == y0) {
            return;
        }
        x0 = x;
        y0 = y;
        value = f(x, y);
        if (fx != null) {
            dfdx = fx.value(x, y);
            dfdy = fy.value(x, y);
        } else {
            double[] g = centralGradient(this::f, x, y);
            dfdx = g[0];
            dfdy = g[1];
        }
        for (int k = 0; k < SLICE_SAMPLES; k++) {
            sliceAlongX[k] = f(sliceXs[k], y);
            sliceAlongY[k] = f(x, sliceYs[k]);
        }
        if (Double.isFinite(value)) {
            if (value != levelOf) {
                levelOf = value;
                level = MarchingSquares.isoline(field, value);
            }
        } else {
            levelOf = Double.NaN;
            level = new double[0];
        }
    }

    /** The gradient by central differences with a step scaled to the point: the check on the symbolic one. */
    public static double[] centralGradient(DoubleBinaryOperator f, double x, double y) {
        double hx = 1e-5 * Math.max(1, Math.abs(x));
        double hy = 1e-5 * Math.max(1, Math.abs(y));
        return new double[] {
            (f.applyAsDouble(x + hx, y) - f.applyAsDouble(x - hx, y)) / (2 * hx),
            (f.applyAsDouble(x, y + hy) - f.applyAsDouble(x, y - hy)) / (2 * hy)};
    }

    public double f(double x, double y) {
        return f.value(x, y);
    }

    public CompiledFunction function() {
        return f;
    }

    public double x0() {
        return x0;
    }

    public double y0() {
        return y0;
    }

    public double value() {
        return value;
    }

    public double dfdx() {
        return dfdx;
    }

    public double dfdy() {
        return dfdy;
    }

    /** True when the value and both slopes are finite numbers. */
    public boolean defined() {
        return Double.isFinite(value) && Double.isFinite(dfdx) && Double.isFinite(dfdy);
    }

    /** The formula of ∂f/∂x, or "" when the rules could not take it. */
    public String dfdxText() {
        return dfdxText;
    }

    public String dfdyText() {
        return dfdyText;
    }

    /** Why the slopes are not symbolic, or null. */
    public String problem() {
        return problem;
    }

    /** The box {x0, x1, y0, y1} the surface and slices cover. */
    public double[] box() {
        return box.clone();
    }

    public double boxX0() {
        return box[0];
    }

    public double boxX1() {
        return box[1];
    }

    public double boxY0() {
        return box[2];
    }

    public double boxY1() {
        return box[3];
    }

    /** The x samples of the slice y = y0 and the heights f(x, y0) there (shared arrays: read, do not keep). */
    public double[] sliceXs() {
        return sliceXs;
    }

    public double[] sliceAlongX() {
        return sliceAlongX;
    }

    /** The y samples of the slice x = x0 and the heights f(x0, y) there. */
    public double[] sliceYs() {
        return sliceYs;
    }

    public double[] sliceAlongY() {
        return sliceAlongY;
    }

    /** Segments (x1, y1, x2, y2, ...) of the level curve f = f(x0, y0). */
    public double[] level() {
        return level;
    }
}
