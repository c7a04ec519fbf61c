package org.mathlens.explorables.optim;

import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.Derivative;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.linalg.Eigen;
import org.mathlens.math.linalg.Linalg;

/**
 * Second looks at derivatives in two dimensions. A map F = (u, v) of the plane: the images of
 * grid lines (sampled finely, once per map), and at a point its Jacobian J (from symbolic
 * partial derivatives, compiled once per map), det J, and a small cell with its exact image
 * and its linearised image F(p) + J·(cell − p). A function f(x, y): its Hessian at the point
 * (symbolic second derivatives), the eigenvalues and eigenvectors (principal curvatures and
 * their directions) and the point's kind by their signs.
 */
public final class JacobianHessianModel {
    public enum Kind { MINIMUM, MAXIMUM, SADDLE, DEGENERATE, UNDEFINED;
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Why the signs of the curvatures make it this kind (the second-derivative test in words). */
        public String reason() {
            return switch (this) {
                case MINIMUM -> "both λ > 0: curves up in every direction";
                case MAXIMUM -> "both λ < 0: curves down in every direction";
                case SADDLE -> "λ of both signs: up one way, down the other";
                case DEGENERATE -> "a λ is 0: the second derivatives cannot tell";
                case UNDEFINED -> "";
            };
        }
    }

    /** Points along each grid line's image. */
    public static final int LINE_SAMPLES = 72;
    /** Points along each side of the cell's exact image. */
    public static final int CELL_SIDE = 16;

    private PlaneMapParameter.PlaneMap map;
    private CompiledFunction ux;
    private CompiledFunction uy;
    private CompiledFunction vx;
    private CompiledFunction vy;
    private String mapProblem;
    private double[] gridBox = {0, 0, 0, 0};
    private double gridStepX = 1;
    private double gridStepY = 1;
    /** Images of grid lines: [line][2·k] = u, [line][2·k + 1] = v; first the lines x = const, then y = const. */
    private double[][] gridImages = new double[0][];
    private int verticalLines;

    private CompiledFunction f;
    private CompiledFunction fx;
    private CompiledFunction fy;
    private CompiledFunction[] second = new CompiledFunction[4];
    private String fProblem;

    private double px = Double.NaN;
    private double py = Double.NaN;
    private final double[][] jacobian = new double[2][2];
    private double det;
    private final double[] image = new double[2];
    private double cellSide;
    private final double[] cellX = new double[4 * CELL_SIDE];
    private final double[] cellY = new double[4 * CELL_SIDE];
    private final double[] cellImageX = new double[4 * CELL_SIDE];
    private final double[] cellImageY = new double[4 * CELL_SIDE];
    private final double[] linearX = new double[4];
    private final double[] linearY = new double[4];
    private double exactAreaRatio;

    private double value;
    private final double[] gradient = new double[2];
    private final double[][] hessian = new double[2][2];
    private final double[] lambda = new double[2];
    private final double[][] directions = new double[2][2];
    private Kind kind = Kind.UNDEFINED;

    // ------------------------------------------------------------------ the map

    /** A new map or grid box: symbolic partials compiled, grid lines' images sampled. */
    public void setMap(PlaneMapParameter.PlaneMap m, double x0, double x1, double y0, double y1, double stepX, double stepY) {
        boolean sameGrid = gridBox[0] == x0 && gridBox[1] == x1 && gridBox[2] == y0 && gridBox[3] == y1
                && gridStepX == stepX && gridStepY == stepY;
        if (m == map && sameGrid) {
            return;
        }
        if (m != map) {
            map = m;
            mapProblem = null;
            try {
                ux = derivative(m.u(), "x");
                uy = derivative(m.u(), "y");
                vx = derivative(m.v(), "x");
                vy = derivative(m.v(), "y");
            } catch (MathError e) {
                ux = null;
                mapProblem = "no symbolic derivative (" + e.getMessage() + "): J by central differences";
            }
        }
        gridBox = new double[] {x0, x1, y0, y1};
        gridStepX = stepX;
        gridStepY = stepY;
        int nx = (int) Math.floor((x1 - x0) / stepX + 1e-9) + 1;
        int ny = (int) Math.floor((y1 - y0) / stepY + 1e-9) + 1;
        verticalLines = nx;
        gridImages = new double[nx + ny][2 * LINE_SAMPLES];
        for (int i = 0; i < nx; i++) {
            double x = x0 + i * stepX;
            for (int k = 0; k < LINE_SAMPLES; k++) {
                double y = y0 + (y1 - y0) * k / (LINE_SAMPLES - 1);
                gridImages[i][2 * k] = map.fu().value(x, y);
                gridImages[i][2 * k + 1] = map.fv().value(x, y);
            }
        }
        for (int j = 0; j < ny; j++) {
            double y = y0 + j * stepY;
            for (int k = 0; k < LINE_SAMPLES; k++) {
                double x = x0 + (x1 - x0) * k / (LINE_SAMPLES - 1);
                gridImages[nx + j][2 * k] = map.fu().value(x, y);
                gridImages[nx + j][2 * k + 1] = map.fv().value(x, y);
            }
        }
        cellSide = Math.min(stepX, stepY);
        reapply();
    }

    private static CompiledFunction derivative(Expr e, String variable) {
        return MathLanguage.compile(Derivative.of(e, variable).result().toString(), "x", "y");
    }

    // ------------------------------------------------------------------ the function

    /** A new function: gradient and Hessian entries differentiated symbolically and compiled. */
    public void setFunction(CompiledFunction function) {
        if (function == f) {
            return;
        }
        f = function;
        fProblem = null;
        try {
            Expr e = MathLanguage.parse(function.text());
            Expr ex = Derivative.of(e, "x").result();
            Expr ey = Derivative.of(e, "y").result();
            fx = MathLanguage.compile(ex.toString(), "x", "y");
            fy = MathLanguage.compile(ey.toString(), "x", "y");
            second = new CompiledFunction[] {derivative(ex, "x"), derivative(ex, "y"), derivative(ey, "x"), derivative(ey, "y")};
        } catch (MathError err) {
            fx = null;
            fProblem = "no symbolic derivative (" + err.getMessage() + ")";
        }
        reapply();
    }

    private void reapply() {
        double x = px;
        double y = py;
        px = Double.NaN;
        if (x == x && map != null && f != null) {
            setPoint(x, y);
        }
    }

    // ------------------------------------------------------------------ the point

    public void setPoint(double x, double y) {
        if (x == px && y == py) {
            return;
        }
        px = x;
        py = y;
        // the map
        image[0] = map.fu().value(x, y);
        image[1] = map.fv().value(x, y);
        if (ux != null) {
            jacobian[0][0] = ux.value(x, y);
            jacobian[0][1] = uy.value(x, y);
            jacobian[1][0] = vx.value(x, y);
            jacobian[1][1] = vy.value(x, y);
        } else {
            double[][] j = centralJacobian(map, x, y);
            jacobian[0] = j[0];
            jacobian[1] = j[1];
        }
        det = jacobian[0][0] * jacobian[1][1] - jacobian[0][1] * jacobian[1][0];
        double h = cellSide / 2;
        double[] cxs = {x - h, x + h, x + h, x - h};
        double[] cys = {y - h, y - h, y + h, y + h};
        for (int side = 0; side < 4; side++) {
            for (int k = 0; k < CELL_SIDE; k++) {
                double t = (double) k / CELL_SIDE;
                int i = side * CELL_SIDE + k;
                cellX[i] = cxs[side] + (cxs[(side + 1) % 4] - cxs[side]) * t;
                cellY[i] = cys[side] + (cys[(side + 1) % 4] - cys[side]) * t;
                cellImageX[i] = map.fu().value(cellX[i], cellY[i]);
                cellImageY[i] = map.fv().value(cellX[i], cellY[i]);
            }
            double dx = cxs[side] - x;
            double dy = cys[side] - y;
            linearX[side] = image[0] + jacobian[0][0] * dx + jacobian[0][1] * dy;
            linearY[side] = image[1] + jacobian[1][0] * dx + jacobian[1][1] * dy;
        }
        exactAreaRatio = signedArea(cellImageX, cellImageY, cellImageX.length) / (cellSide * cellSide);
        // the function
        value = f.value(x, y);
        if (fx != null) {
            gradient[0] = fx.value(x, y);
            gradient[1] = fy.value(x, y);
            hessian[0][0] = second[0].value(x, y);
            hessian[0][1] = second[1].value(x, y);
            hessian[1][0] = second[2].value(x, y);
            hessian[1][1] = second[3].value(x, y);
        } else {
            gradient[0] = gradient[1] = Double.NaN;
            hessian[0][0] = hessian[0][1] = hessian[1][0] = hessian[1][1] = Double.NaN;
        }
        curvatures();
    }

    private void curvatures() {
        if (!hessianDefined()) {
            kind = Kind.UNDEFINED;
            lambda[0] = lambda[1] = Double.NaN;
            return;
        }
        // symmetric in theory (mixed partials agree for smooth f); averaged so rounding cannot make it otherwise
        double b = (hessian[0][1] + hessian[1][0]) / 2;
        Eigen e = Linalg.eigen(new double[][] {{hessian[0][0], b}, {b, hessian[1][1]}});
        lambda[0] = e.real()[0];
        lambda[1] = e.real()[1];
        if (e.vectors() != null) {
            directions[0][0] = e.vectors()[0][0];
            directions[0][1] = e.vectors()[1][0];
            directions[1][0] = e.vectors()[0][1];
            directions[1][1] = e.vectors()[1][1];
        } else {
            directions[0][0] = 1;
            directions[0][1] = 0;
            directions[1][0] = 0;
            directions[1][1] = 1;
        }
        kind = classify(lambda[0], lambda[1]);
    }

    /**
     * A curvature below this fraction of the other one is "very flat": the point is still a
     * strict minimum or maximum (1e-10·x² + y² at 0), but barely so in that direction.
     */
    static final double FLAT = 1e-6;
    /**
     * A curvature within this many rounding units of the larger one is zero: the Hessian's
     * entries are exact derivatives, so only rounding (ε·|λ|max) can hide a zero.
     */
    static final double ZERO = 64 * Math.ulp(1.0);

    /**
     * How the surface bends along principal direction i, in words beside its arrow: "flat" only
     * when the curvature is zero up to rounding, "very flat" when tiny beside the other one.
     */
    public String curvatureWords(int i) {
        double l = lambda[i];
        double hi = Math.max(Math.abs(lambda[0]), Math.abs(lambda[1]));
        if (Math.abs(l) <= ZERO * hi || l == 0) {
            return "flat";
        }
        String way = l > 0 ? "curves up" : "curves down";
        return Math.abs(l) < FLAT * hi ? "very flat, " + way : way;
    }

    /** The kind in words, with "with a very flat direction" when one curvature is tiny beside the other. */
    public String kindWords() {
        double hi = Math.max(Math.abs(lambda[0]), Math.abs(lambda[1]));
        double lo = Math.min(Math.abs(lambda[0]), Math.abs(lambda[1]));
        boolean flat = (kind == Kind.MINIMUM || kind == Kind.MAXIMUM) && lo < FLAT * hi;
        return kind.word() + (flat ? " with a very flat direction" : "");
    }

    /**
     * What the point is, by H, in words for the readout and the card: the kind at a critical
     * point; elsewhere the second-derivative test says nothing about extrema (f still slopes
     * there), so the words say it is not a critical point and only how the surface curves.
     */
    public String pointWords() {
        if (kind == Kind.UNDEFINED || isCritical()) {
            return kindWords();
        }
        return "not a critical point (∇f ≠ 0): " + shapeWords();
    }

    /** How H bends the surface at the point, whatever the slope: the test's signs without its verdict. */
    public String shapeWords() {
        return switch (kind) {
            case MINIMUM -> "curves up in every direction";
            case MAXIMUM -> "curves down in every direction";
            case SADDLE -> "curves up one way, down the other";
            case DEGENERATE -> "flat in one direction";
            case UNDEFINED -> "undefined";
        };
    }

    /**
     * Minimum, maximum, saddle or degenerate by the signs of the eigenvalues. An eigenvalue
     * counts as zero only within rounding of the larger one ({@link #ZERO}), never against an
     * absolute 1: a small curvature is still a curvature.
     */
    public static Kind classify(double l1, double l2) {
        if (!Double.isFinite(l1) || !Double.isFinite(l2)) {
            return Kind.UNDEFINED;
        }
        double tol = ZERO * Math.max(Math.abs(l1), Math.abs(l2));
        int s1 = Math.abs(l1) <= tol ? 0 : l1 > 0 ? 1 : -1;
        int s2 = Math.abs(l2) <= tol ? 0 : l2 > 0 ? 1 : -1;
        if (s1 == 0 || s2 == 0) {
            return Kind.DEGENERATE;
        }
        if (s1 > 0 && s2 > 0) {
            return Kind.MINIMUM;
        }
        if (s1 < 0 && s2 < 0) {
            return Kind.MAXIMUM;
        }
        return Kind.SADDLE;
    }

    /** The Jacobian by central differences: the check on the symbolic one. */
    public static double[][] centralJacobian(PlaneMapParameter.PlaneMap m, double x, double y) {
        double hx = 1e-5 * Math.max(1, Math.abs(x));
        double hy = 1e-5 * Math.max(1, Math.abs(y));
        return new double[][] {
            {(m.fu().value(x + hx, y) - m.fu().value(x - hx, y)) / (2 * hx), (m.fu().value(x, y + hy) - m.fu().value(x, y - hy)) / (2 * hy)},
            {(m.fv().value(x + hx, y) - m.fv().value(x - hx, y)) / (2 * hx), (m.fv().value(x, y + hy) - m.fv().value(x, y - hy)) / (2 * hy)}};
    }

    private static double signedArea(double[] xs, double[] ys, int n) {
        double a = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            a += xs[j] * ys[i] - xs[i] * ys[j];
        }
        return a / 2;
    }

    // ------------------------------------------------------------------ reading

    public double x() {
        return px;
    }

    public double y() {
        return py;
    }

    public PlaneMapParameter.PlaneMap map() {
        return map;
    }

    public CompiledFunction function() {
        return f;
    }

    public double f(double x, double y) {
        return f.value(x, y);
    }

    public double[][] jacobian() {
        return new double[][] {jacobian[0].clone(), jacobian[1].clone()};
    }

    public double j(int r, int c) {
        return jacobian[r][c];
    }

    public double det() {
        return det;
    }

    public boolean jacobianDefined() {
        return Double.isFinite(jacobian[0][0]) && Double.isFinite(jacobian[0][1]) && Double.isFinite(jacobian[1][0])
                && Double.isFinite(jacobian[1][1]) && Double.isFinite(image[0]) && Double.isFinite(image[1]);
    }

    public double imageX() {
        return image[0];
    }

    public double imageY() {
        return image[1];
    }

    public double cellSide() {
        return cellSide;
    }

    /** The cell's outline (4·CELL_SIDE points) and its exact image; shared arrays, read only. */
    public double[] cellX() {
        return cellX;
    }

    public double[] cellY() {
        return cellY;
    }

    public double[] cellImageX() {
        return cellImageX;
    }

    public double[] cellImageY() {
        return cellImageY;
    }

    /** The corners of the linearised image F(p) + J·(corner − p). */
    public double[] linearX() {
        return linearX;
    }

    public double[] linearY() {
        return linearY;
    }

    /** The exact image's signed area over the cell's area (tends to det J as the cell shrinks). */
    public double exactAreaRatio() {
        return exactAreaRatio;
    }

    public double[][] gridImages() {
        return gridImages;
    }

    /** How many of {@link #gridImages()} are images of lines x = const (the rest: y = const). */
    public int verticalLines() {
        return verticalLines;
    }

    public double[] gridBox() {
        return gridBox.clone();
    }

    public String mapProblem() {
        return mapProblem;
    }

    public String functionProblem() {
        return fProblem;
    }

    public double value() {
        return value;
    }

    public double[] gradient() {
        return gradient.clone();
    }

    public double[][] hessian() {
        return new double[][] {hessian[0].clone(), hessian[1].clone()};
    }

    public boolean hessianDefined() {
        return Double.isFinite(hessian[0][0]) && Double.isFinite(hessian[0][1]) && Double.isFinite(hessian[1][0])
                && Double.isFinite(hessian[1][1]);
    }

    /** The eigenvalues of the Hessian, largest first (NaN when undefined). */
    public double lambda(int i) {
        return lambda[i];
    }

    /** The unit eigenvector of λ_i. */
    public double[] direction(int i) {
        return directions[i].clone();
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the point is critical, ∇f = 0, up to the rounding of f's size: only there does
     * the Hessian's kind say minimum, maximum or saddle; elsewhere it is the shape of f.
     */
    public boolean isCritical() {
        return Math.hypot(gradient[0], gradient[1]) < 1e-9 * Math.max(1, Math.abs(value));
    }

    /**
     * |λ|max / |λ|min, the condition number of the curvature (how elongated the contours are),
     * or NaN when a curvature is zero or the two are equal in size and the ratio says nothing.
     */
    public double curvatureRatio() {
        double a = Math.abs(lambda[0]);
        double b = Math.abs(lambda[1]);
        double hi = Math.max(a, b);
        double lo = Math.min(a, b);
        return lo > 1e-9 && hi / lo > 1.0001 ? hi / lo : Double.NaN;
    }

    /**
     * How far the cell's exact image and J·cell reach from F(x0, y0) in either coordinate: the
     * half-size a magnifier needs to show both. NaN when the map is undefined or the cell collapses.
     */
    /**
     * The corner of the cell where the true image and J·cell lie furthest apart (0 to 3, the
     * order of {@link #linearX()}), and that distance: where a magnifier shows the difference.
     */
    public int worstCorner() {
        int worst = 0;
        double most = -1;
        for (int i = 0; i < 4; i++) {
            double d = cornerGap(i);
            if (d > most) {
                most = d;
                worst = i;
            }
        }
        return worst;
    }

    /** How far corner i of the true image is from corner i of J·cell. */
    public double cornerGap(int i) {
        return Math.hypot(cellImageX[i * CELL_SIDE] - linearX[i], cellImageY[i * CELL_SIDE] - linearY[i]);
    }

    public double imageReach() {
        if (!jacobianDefined()) {
            return Double.NaN;
        }
        double reach = 0;
        for (int i = 0; i < cellImageX.length; i++) {
            reach = Math.max(reach, Math.max(Math.abs(cellImageX[i] - image[0]), Math.abs(cellImageY[i] - image[1])));
        }
        for (int i = 0; i < linearX.length; i++) {
            reach = Math.max(reach, Math.max(Math.abs(linearX[i] - image[0]), Math.abs(linearY[i] - image[1])));
        }
        return reach > 1e-12 && Double.isFinite(reach) ? reach : Double.NaN;
    }

    /** det J in words: how areas near the point scale, and whether orientation flips. */
    public static String areaWords(double d) {
        double a = Math.abs(d);
        if (a < 1e-9) {
            return "areas near the point collapse to zero";
        }
        String flip = d < 0 ? " (and flip over)" : "";
        if (Math.abs(a - 1) < 5e-4) {
            return "areas near the point keep their size" + flip;
        }
        return "areas near the point " + (a > 1 ? "grow" : "shrink") + " ×" + Numbers.brief(a, 3) + flip;
    }
}
