package org.mathlens.explorables.optim;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Inset;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The derivative of a map of the plane is a matrix, and the second derivative of a function
 * is one too. Jacobian view: a grid (left) and its image under a nonlinear map (right); at the
 * point, a small cell's exact image beside J·cell, with det J as the ratio of areas. Hessian
 * view: the contour map of f with the Hessian's eigenvectors at the point, the principal
 * directions of curvature, labelled with their eigenvalues, and the point's kind.
 */
public final class JacobianHessianExplorable extends AbstractExplorable {
    private static final double PI = Math.PI;
    private static final String POLAR = "[x*cos(y), x*sin(y)]";
    private static final String SWIRL = "[x*cos(x^2+y^2) - y*sin(x^2+y^2), x*sin(x^2+y^2) + y*cos(x^2+y^2)]";
    private static final String SHEAR = "[x + 0.5*y^2, y]";

    private final ChoiceParameter view = parameters.add(new ChoiceParameter("view",
            "jacobian: the map and its local linear map; hessian: f's curvature at the point", "jacobian",
            List.of("jacobian", "hessian")));
    private final PlaneMapParameter map = parameters.add(new PlaneMapParameter("map",
            "a map of the plane: two formulas in x and y in brackets", "[x*cos(y), x*sin(y)]"));
    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f",
            "a function of x and y for the Hessian view", "x^2 + y^2", "x", "y"));
    private final ScalarParameter x0 = parameters.add(new ScalarParameter("x0", "the point's x: drag the point", 2, -10, 10, 0.05));
    private final ScalarParameter y0 = parameters.add(new ScalarParameter("y0", "the point's y", 0.6, -10, 10, 0.05));

    private final String polarText = canonical(POLAR);
    private final String swirlText = canonical(SWIRL);
    private final JacobianHessianModel model = new JacobianHessianModel();
    /** The grid the map is applied to: x0, x1, y0, y1, stepX, stepY. */
    private double[] grid = {0, 3, -PI, PI, 0.5, PI / 8};
    private double[] imageHome = {-3.6, 3.6, -3.6, 3.6};
    private long fVersion;
    private Plane domain;
    private Plane imagePlane;
    private Plane hessianPlane;
    private HBox jacobianBox;
    private StackPane holder;
    private String homeKey = "";

    public JacobianHessianExplorable() {
        super("jacobian-hessian", "The Jacobian and the Hessian", Section.AUTODIFF_AND_OPTIMIZATION,
                "Drag the point: near it a curved map is almost a matrix (the Jacobian), and a function curves like its Hessian says.");
        readouts.add("jacobian", "Jacobian J", () -> model.jacobianDefined() ? Reading.of(model.jacobian()) : Reading.undefined())
                .add("det", "det J", () -> model.jacobianDefined() ? Reading.of(model.det()) : Reading.undefined())
                .add("hessian", "Hessian H of f", () -> model.hessianDefined() ? Reading.of(model.hessian()) : Reading.undefined())
                .add("lambda1", "λ₁ (larger)", () -> finite(model.lambda(0)))
                .add("lambda2", "λ₂", () -> finite(model.lambda(1)))
                .add("kind", "the point, by H", () -> Reading.word(model.pointWords()))
                .add("gradnorm", "‖∇f‖", () -> {
                    double[] g = model.gradient();
                    return finite(Math.hypot(g[0], g[1]));
                });
        Presets.of("polar", "map = " + POLAR, "view = jacobian", "x0 = 2", "y0 = 0.6")
                .and("swirl", "map = " + SWIRL, "view = jacobian", "x0 = 0.8", "y0 = 0.4")
                .and("shear", "map = " + SHEAR, "view = jacobian", "x0 = 0.5", "y0 = 1")
                .and("bowl", "f = x^2 + y^2", "view = hessian", "x0 = 0", "y0 = 0")
                .and("saddle", "f = x^2 - y^2", "view = hessian", "x0 = 0", "y0 = 0")
                .and("ridge", "f = x^2", "view = hessian", "x0 = 0", "y0 = 0")
                .install(parameters, "preset", "maps: polar (r, θ) → (x, y), a swirl, a shear; functions: bowl, saddle, ridge; "
                        + "editing what one sets makes it custom");
        parametersChanged();
    }

    private static Reading finite(double x) {
        return Double.isFinite(x) ? Reading.of(x) : Reading.undefined();
    }

    /** The grid each example map is drawn on and where its image sits; any other map gets a square grid round 0. */
    private void frameFor(String mapText) {
        if (mapText.equals(polarText)) {
            grid = new double[] {0, 3, -PI, PI, 0.5, PI / 8};
            imageHome = new double[] {-3.6, 3.6, -3.6, 3.6};
        } else if (mapText.equals(swirlText)) {
            grid = new double[] {-1.5, 1.5, -1.5, 1.5, 0.25, 0.25};
            imageHome = new double[] {-2.2, 2.2, -2.2, 2.2};
        } else {
            grid = new double[] {-2, 2, -2, 2, 0.5, 0.5};
            imageHome = new double[] {-2.5, 4.5, -2.8, 2.8};
        }
    }

    private String canonical(String mapText) {
        return map.format(map.parse(mapText));
    }

    public JacobianHessianModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        frameFor(map.text());
        model.setMap(map.get(), grid[0], grid[1], grid[2], grid[3], grid[4], grid[5]);
        if (model.function() != f.get()) {
            fVersion++;
        }
        model.setFunction(f.get());
        model.setPoint(x0.value(), y0.value());
        if (holder != null) {
            Node want = view.get().equals("hessian") ? hessianPlane : jacobianBox;
            if (holder.getChildren().isEmpty() || holder.getChildren().get(0) != want) {
                holder.getChildren().setAll(want);
            }
            String key = grid[0] + "," + grid[1] + "," + grid[2] + "," + grid[3];
            if (!key.equals(homeKey)) {
                homeKey = key;
                double mx = (grid[1] - grid[0]) * 0.1;
                double my = (grid[3] - grid[2]) * 0.1;
                domain.setHome(grid[0] - mx, grid[1] + mx, grid[2] - my, grid[3] + my);
                imagePlane.setHome(imageHome[0], imageHome[1], imageHome[2], imageHome[3]);
            }
        }
    }

    @Override
    protected Node createView() {
        domain = plane();
        imagePlane = plane();
        hessianPlane = plane();
        hessianPlane.setHome(-2.5, 2.5, -2.5, 2.5);
        drawDomain();
        drawImage();
        HessianDrawing.addTo(hessianPlane, model, () -> fVersion);
        hessianPlane.addHandle(pointHandle());
        jacobianBox = new HBox(domain, imagePlane);
        HBox.setHgrow(domain, Priority.ALWAYS);
        HBox.setHgrow(imagePlane, Priority.ALWAYS);
        domain.setPrefSize(450, 480);
        imagePlane.setPrefSize(450, 480);
        hessianPlane.setPrefSize(900, 480);
        holder = new StackPane();
        homeKey = "";
        parametersChanged();
        return holder;
    }

    private Plane plane() {
        Plane p = new Plane();
        p.follow(revision());
        p.setHistory(history());
        return p;
    }

    private Handle pointHandle() {
        return new Handle("the point (x0, y0): drag it", Palette::learner, () -> new double[] {x0.value(), y0.value()}, (x, y) -> {
            try {
                x0.set(Math.max(-10, Math.min(10, x)));
                y0.set(Math.max(-10, Math.min(10, y)));
            } catch (ParameterException refused) {
                // outside the range: stays where it was
            }
        });
    }

    // ------------------------------------------------------------------------------ jacobian

    private void drawDomain() {
        domain.add(p -> {
            Palette pal = p.palette();
            Color xs = Palette.fill(pal.second(), pal.isDark() ? 0.55 : 0.45);
            Color ys = Palette.fill(pal.first(), pal.isDark() ? 0.55 : 0.45);
            // lines x = const run along y: the second colour; lines y = const along x: the first
            for (double x = grid[0]; x <= grid[1] + 1e-9; x += grid[4]) {
                p.line(x, grid[2], x, grid[3], xs, 1.2);
            }
            for (double y = grid[2]; y <= grid[3] + 1e-9; y += grid[5]) {
                p.line(grid[0], y, grid[1], y, ys, 1.2);
            }
        });
        domain.add(new Shape(false));
        domain.add(new Card(Card.Corner.TOP_LEFT, () -> new Card.Line[] {
            new Card.Line("before: the grid in (x, y)", Palette::text, true),
            new Card.Line("cell at (" + Numbers.brief(model.x(), 2) + ", " + Numbers.brief(model.y(), 2) + "), side "
                    + Numbers.brief(model.cellSide(), 3) + ", area " + Numbers.brief(model.cellSide() * model.cellSide(), 4),
                    Palette::extra, false)}));
        domain.addHandle(pointHandle());
    }

    private void drawImage() {
        imagePlane.add(p -> {
            Palette pal = p.palette();
            double[][] lines = model.gridImages();
            int nv = model.verticalLines();
            var g = p.gc();
            g.setLineWidth(p.ui(1.2));
            g.setLineDashes((double[]) null);
            for (int i = 0; i < lines.length; i++) {
                g.setStroke(Palette.fill(i < nv ? pal.second() : pal.first(), pal.isDark() ? 0.55 : 0.45));
                p.polyline(lines[i]);
            }
        });
        imagePlane.add(new Shape(true));
        imagePlane.add(new Card(Card.Corner.TOP_LEFT, this::jacobianLines));
        imagePlane.add(this::magnified);
    }

    /**
     * A magnified look at the cell's corner where the curved map and its linear approximation
     * part most, in the bottom-right corner: the cell's exact image (solid) over J·cell (dashed),
     * both scaled by the same factor about that corner, so the small difference can be seen.
     * The whole cell would fit only at about ×2; the corner is drawn several times larger.
     */
    private void magnified(Painter p) {
        if (!model.jacobianDefined()) {
            return;
        }
        int c = model.worstCorner();
        double gap = model.cornerGap(c);
        double cx = model.linearX()[c];
        double cy = model.linearY()[c];
        double reach = Math.max(2.5 * gap, model.imageReach() / 8);
        double size = 200;
        Inset inset = Inset.bottomRight(p, size, cx, cy, reach);
        if (inset == null) {
            return;
        }
        var g = p.gc();
        double side = p.ui(size);
        double pad = p.ui(10);
        g.save();
        g.beginPath();
        g.rect(p.view().width() - pad - side, p.view().height() - pad - side, side, side);
        g.clip();
        Palette pal = p.palette();
        inset.polygon(model.cellImageX(), model.cellImageY(), 4 * JacobianHessianModel.CELL_SIDE,
                Palette.fill(pal.extra(), pal.isDark() ? 0.3 : 0.25), pal.extra(), 2.5, false);
        inset.polygon(model.linearX(), model.linearY(), 4, null, pal.result(), 2.5, true);
        g.restore();
        double m = inset.magnification();
        inset.caption("a corner, magnified ×" + Numbers.brief(m, m >= 10 ? 0 : 1), pal.text());
    }

    private Card.Line[] jacobianLines() {
        if (!model.jacobianDefined()) {
            return new Card.Line[] {new Card.Line("after: the map is undefined at this point", Palette::warning, true)};
        }
        double d = model.det();
        return new Card.Line[] {
            new Card.Line("after: the grid's image under the map", Palette::text, true),
            new Card.Line("J = [[" + Numbers.brief(model.j(0, 0), 3) + ", " + Numbers.brief(model.j(0, 1), 3) + "], ["
                    + Numbers.brief(model.j(1, 0), 3) + ", " + Numbers.brief(model.j(1, 1), 3) + "]]", Palette::text, false),
            new Card.Line("det J = " + Numbers.brief(d, 3) + ": " + JacobianHessianModel.areaWords(d), Palette::result, true),
            new Card.Line("solid: the cell's true image, area ×" + Numbers.brief(model.exactAreaRatio(), 3), Palette::extra, false),
            new Card.Line("dashed: J·cell, the linear approximation", Palette::result, false),
            model.mapProblem() == null ? null : new Card.Line(model.mapProblem(), Palette::warning, false)};
    }

    /** The cell (on the domain) or its exact image and linearised image (on the image plane). */
    private final class Shape implements Drawable {
        private final boolean image;

        Shape(boolean image) {
            this.image = image;
        }

        @Override
        public void draw(Painter p) {
            Palette pal = p.palette();
            Color fill = Palette.fill(pal.extra(), pal.isDark() ? 0.3 : 0.25);
            int n = 4 * JacobianHessianModel.CELL_SIDE;
            if (!image) {
                p.polygon(model.cellX(), model.cellY(), n, fill, pal.extra(), 2);
                return;
            }
            if (!model.jacobianDefined()) {
                return;
            }
            if (finite(model.cellImageX(), n) && finite(model.cellImageY(), n)) {
                p.polygon(model.cellImageX(), model.cellImageY(), n, fill, pal.extra(), 2);
            }
            double[] lx = model.linearX();
            double[] ly = model.linearY();
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                p.dashedLine(lx[i], ly[i], lx[j], ly[j], pal.result(), 2.5);
            }
            p.dot(model.imageX(), model.imageY(), 4, pal.learner());
            p.label("F(x0, y0)", model.imageX(), model.imageY(), 10, 16, pal.learner(), false);
        }

        private boolean finite(double[] a, int n) {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(a[i]) || Math.abs(a[i]) > 1e6) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String name() {
            return image ? "the cell's image: solid exact, dashed J·cell (det J = " + Numbers.brief(model.det(), 3) + ")"
                    : "a small cell around the point, side " + Numbers.brief(model.cellSide(), 3);
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] xs = image ? model.cellImageX() : model.cellX();
            double[] ys = image ? model.cellImageY() : model.cellY();
            return p.insidePolygon(sx, sy, xs, ys, 4 * JacobianHessianModel.CELL_SIDE);
        }
    }

    // ------------------------------------------------------------------------------ hessian

    /** Drags the point round a small circle about where the preset puts it. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        double cx = view.get().equals("hessian") ? 0.3 : 2;
        double cy = view.get().equals("hessian") ? 0.2 : 0.6;
        x0.set(Math.round(100 * (cx + 0.3 * Math.cos(t))) / 100.0);
        y0.set(Math.round(100 * (cy + 0.3 * Math.sin(t))) / 100.0);
    }
}
