package org.mathlens.explorables.transforms;

import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * A = VΛV⁻¹ played as three moves of the plane: into eigen-coordinates, stretch along the
 * axes, back. det and trace as the product and sum of the eigenvalues, and Aᵏ pulling every
 * direction onto the dominant eigenvector.
 */
public final class EigendecompositionExplorable extends AbstractExplorable {
    private static final double LIMIT = 10;
    /** Where the fan of sample directions is drawn (world units from the origin). */
    private static final double FAN = 3.2;

    private final MatrixParameter a = parameters.add(new MatrixParameter("A",
            "the matrix to decompose; drag where î and ĵ land", new double[][] {{2, 1}, {1, 2}},
            2, 2, 2, 2, true, LIMIT));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k",
            "the power: the fan shows the directions of Aᵏx", 0, 0, 10, 1));
    /** How many of the three moves are done: 0 is the plane before A, 3 is A (at rest). */
    private final ScalarParameter stage = parameters.add(new ScalarParameter("stage",
            "how far through the three moves: 0 the plane before A, 1 after V⁻¹, 2 after Λ, 3 A = VΛV⁻¹; Play runs them, Step goes one move",
            3, 0, 3, 0.01));
    private final EigendecompositionModel model = new EigendecompositionModel();
    /** One move each 1.6 s, eased by {@link EigendecompositionModel#MOVES}. */
    private final Play moves = animatedBy(Play.once(stage, 1 / 1.6));
    /** The map drawn, M(A, stage): written only by {@link #parametersChanged}, so it cannot disagree with them. */
    private final double[][] shown = {{1, 0}, {0, 1}};

    public EigendecompositionExplorable() {
        super("eigendecomposition", "Eigendecomposition: A = VΛV⁻¹", Section.TRANSFORMATIONS,
                "Play A as three moves: into eigen-coordinates, stretch, back. Slide k to watch Aᵏ.");
        readouts.add("V", "V", () -> model.vInverse() == null ? Reading.undefined() : Reading.of(model.v()))
                .add("Lambda", "Λ", () -> model.isReal() ? Reading.of(model.lambda()) : Reading.undefined())
                .add("det", "det A", () -> Reading.of(model.det()))
                .add("trace", "tr A", () -> Reading.of(model.trace()))
                .add("lambda1", "λ₁", () -> model.isReal() ? Reading.of(model.lambda1()) : Reading.undefined())
                .add("lambda2", "λ₂", () -> model.isReal() ? Reading.of(model.lambda2()) : Reading.undefined())
                .add("Ak", "Aᵏ", () -> Reading.of(model.power()));
        parametersChanged();
    }

    public EigendecompositionModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get(), whole(k.value()));
        model.stage(stage.value(), shown);
    }

    private static int whole(double x) {
        return (int) Math.max(0, Math.min(10, Math.round(x)));
    }

    /** The three moves are done: the picture is A, with the moves left behind as ghosts. */
    private boolean atRest() {
        return stage.value() >= 3;
    }

    /** The map drawn after the moves done (a copy). */
    double[][] drawn() {
        return new double[][] {shown[0].clone(), shown[1].clone()};
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4.5, 4.5, -3.6, 3.6);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(new TransformedGrid(() -> shown).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(det2(shown)), 3), () -> null));
        plane.add(new Ghosts());
        plane.add(new EigenLines());
        plane.add(new Fan());
        plane.add(new Arrow("v₁'s image under the moves so far", () -> Vec2.ZERO, () -> image(0),
                Palette::first, 3.5, () -> imageLabel(0)));
        plane.add(new Arrow("v₂'s image under the moves so far", () -> Vec2.ZERO, () -> image(1),
                Palette::second, 3.5, () -> imageLabel(1)));
        plane.add(new Caption(() -> atRest() ? restCaption() : model.caption(stage.value()), Palette::text, 0));
        plane.add(new Caption(this::shapeNote, Palette::warning, 1));
        plane.add(new Legend()
                .add(Palette::first, () -> model.isReal() ? "λ₁ = " + Numbers.brief(model.lambda1(), 3) + "   v₁ = " + vector(0)
                        : "λ = " + EigendecompositionModel.complex(model.lambda1(), model.imaginary()) + " and its conjugate")
                .add(Palette::second, () -> model.isReal() ? "λ₂ = " + Numbers.brief(model.lambda2(), 3) + "   v₂ = " + vector(1)
                        : "|λ| = " + Numbers.brief(Math.sqrt(model.productOfEigenvalues()), 3) + ": A turns and scales")
                .add(Palette::extra, model::detSentence)
                .add(Palette::result, model::traceSentence)
                .add(Palette::learner, this::fanSentence));
        plane.addHandle(new Handle("î lands here (column 1 of A): drag", Palette::first,
                () -> new double[] {a.entry(0, 0), a.entry(1, 0)}, (x, y) -> setColumn(0, x, y)));
        plane.addHandle(new Handle("ĵ lands here (column 2 of A): drag", Palette::second,
                () -> new double[] {a.entry(0, 1), a.entry(1, 1)}, (x, y) -> setColumn(1, x, y)));
        return plane;
    }

    private static double det2(double[][] m) {
        return m[0][0] * m[1][1] - m[0][1] * m[1][0];
    }

    private String restCaption() {
        return switch (model.kind()) {
            case DIAGONALIZABLE -> "A = VΛV⁻¹: the square after V⁻¹ (1), then Λ (2), then V (3)";
            case DEFECTIVE -> "one eigen-direction only: A is not VΛV⁻¹ for any V";
            case COMPLEX -> "complex eigenvalues: A turns every direction, no real eigenvector";
        };
    }

    private String shapeNote() {
        if (model.kind() == EigendecompositionModel.Kind.DIAGONALIZABLE && model.isSymmetric()) {
            return "symmetric: V is a rotation (orthogonal), eigenvectors perpendicular";
        }
        return null;
    }

    private String fanSentence() {
        int d = model.dominant();
        String head = "A" + superscript(model.k()) + "x, directions";
        if (model.k() == 0) {
            return head + ": slide k to apply A again and again";
        }
        if (d < 0) {
            return head + ": no single eigenvalue is largest in size";
        }
        double lam = d == 0 ? model.lambda1() : model.lambda2();
        return head + ": |λ" + (d == 0 ? "₁" : "₂") + "|" + superscript(model.k()) + " = "
                + Numbers.brief(Math.pow(Math.abs(lam), model.k()), 3) + " wins, all turn to v" + (d == 0 ? "₁" : "₂");
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    private String vector(int j) {
        double[] e = model.eigenvector(j);
        return "(" + Numbers.brief(e[0], 2) + ", " + Numbers.brief(e[1], 2) + ")";
    }

    /** The image of eigenvector j under the moves so far (zero, i.e. not drawn, for complex eigenvalues). */
    private Vec2 image(int j) {
        double[] e = model.eigenvector(j);
        if (e == null || model.kind() == EigendecompositionModel.Kind.DEFECTIVE && j == 1) {
            return Vec2.ZERO;
        }
        return new Vec2(shown[0][0] * e[0] + shown[0][1] * e[1], shown[1][0] * e[0] + shown[1][1] * e[1]);
    }

    private String imageLabel(int j) {
        if (model.eigenvector(j) == null || model.kind() == EigendecompositionModel.Kind.DEFECTIVE && j == 1) {
            return null;
        }
        String n = j == 0 ? "₁" : "₂";
        if (model.kind() != EigendecompositionModel.Kind.DIAGONALIZABLE) {
            return "Av" + n;
        }
        double s = stage.value();
        if (s >= 3) {
            return "Av" + n + " = λ" + n + "v" + n;
        }
        if (s <= 0) {
            return "v" + n;
        }
        return s <= 1 ? "e" + n : s <= 2 ? "λ" + n + "e" + n : "λ" + n + "v" + n;
    }

    private void setColumn(int j, double x, double y) {
        double[][] m = a.value();
        m[0][j] = Math.max(-LIMIT, Math.min(LIMIT, x));
        m[1][j] = Math.max(-LIMIT, Math.min(LIMIT, y));
        try {
            a.set(m);
        } catch (ParameterException refused) {
            // a move the matrix will not take leaves it as it was
        }
    }

    /** The eigen-directions of A as whole dashed lines, a right-angle mark when they are perpendicular. */
    private final class EigenLines implements Drawable {
        @Override
        public void draw(Painter p) {
            double[] e1 = model.eigenvector(0);
            if (e1 == null) {
                return;
            }
            double[] e2 = model.eigenvector(1);
            Palette pal = p.palette();
            var v = p.view();
            double reach = Math.hypot(v.maxX() - v.minX(), v.maxY() - v.minY()) + Math.hypot(v.centerX(), v.centerY());
            p.dashedLine(-reach * e1[0], -reach * e1[1], reach * e1[0], reach * e1[1], Palette.fill(pal.first(), 0.75), 1.5);
            if (model.kind() == EigendecompositionModel.Kind.DIAGONALIZABLE) {
                p.dashedLine(-reach * e2[0], -reach * e2[1], reach * e2[0], reach * e2[1], Palette.fill(pal.second(), 0.75), 1.5);
                p.arrow(0, 0, e1[0], e1[1], Palette.fill(pal.first(), 0.6), 2);
                p.arrow(0, 0, e2[0], e2[1], Palette.fill(pal.second(), 0.6), 2);
                if (model.isSymmetric()) {
                    p.rightAngle(0, 0, e1[0], e1[1], e2[0], e2[1], pal.text());
                }
            }
        }

        @Override
        public String name() {
            return "an eigen-direction: A only stretches vectors on this line";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] e1 = model.eigenvector(0);
            if (e1 == null) {
                return false;
            }
            double[] e2 = model.eigenvector(1);
            double r = 50;
            return p.pixelDistanceToSegment(sx, sy, -r * e1[0], -r * e1[1], r * e1[0], r * e1[1]) <= p.ui(5)
                    || p.pixelDistanceToSegment(sx, sy, -r * e2[0], -r * e2[1], r * e2[0], r * e2[1]) <= p.ui(5);
        }
    }

    /** The fan shows once k ≥ 1 and the three moves are done (it would hide them). */
    private boolean fanShown() {
        return model.k() >= 1 && atRest();
    }

    /** The sample directions x (hollow dots on a circle) and where Aᵏx points (thin arrows), shown at rest. */
    private final class Fan implements Drawable {
        @Override
        public void draw(Painter p) {
            if (!fanShown()) {
                return;
            }
            Palette pal = p.palette();
            var line = Palette.fill(pal.learner(), 0.85);
            var ring = Palette.fill(pal.learner(), 0.35);
            p.circle(0, 0, FAN, null, ring, 1);
            for (int i = 0; i < EigendecompositionModel.SAMPLES; i++) {
                double x = model.imageX(i);
                double y = model.imageY(i);
                p.dot(FAN * model.sampleX(i), FAN * model.sampleY(i), 3, ring);
                if (x == 0 && y == 0) {
                    p.dot(0, 0, 4, line);
                } else {
                    p.arrow(0, 0, FAN * x, FAN * y, line, 1.5);
                }
            }
        }

        @Override
        public String name() {
            return "A" + superscript(model.k()) + "x for 8 directions x, scaled to the same length";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (!fanShown()) {
                return false;
            }
            for (int i = 0; i < EigendecompositionModel.SAMPLES; i++) {
                if (p.pixelDistanceToSegment(sx, sy, 0, 0, FAN * model.imageX(i), FAN * model.imageY(i)) <= p.ui(4)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The unit square after each move done (faint, numbered 1 and 2; 0 dashed is before A), so
     * the three moves read at rest as well as in play.
     */
    private final class Ghosts implements Drawable {
        private final double[] xs = new double[4];
        private final double[] ys = new double[4];

        @Override
        public void draw(Painter p) {
            if (model.afterMove(0) == null) {
                return;
            }
            Palette pal = p.palette();
            int done = (int) Math.floor(stage.value() + 1e-9);
            for (int i = 1; i <= Math.min(2, done); i++) {
                double[][] m = model.afterMove(i);
                square(m);
                var c = i == 1 ? pal.first() : pal.second();
                p.polygon(xs, ys, 4, Palette.fill(c, 0.08), Palette.fill(c, 0.7), 1.5);
                p.label(i == 1 ? "1: V⁻¹" : "2: ΛV⁻¹", xs[2] / 2, ys[2] / 2, 0, 0, Palette.fill(c, 0.95), true);
            }
        }

        private void square(double[][] m) {
            double[] ux = {0, 1, 1, 0};
            double[] uy = {0, 0, 1, 1};
            for (int k = 0; k < 4; k++) {
                xs[k] = m[0][0] * ux[k] + m[0][1] * uy[k];
                ys[k] = m[1][0] * ux[k] + m[1][1] * uy[k];
            }
        }

        @Override
        public String name() {
            return "the unit square after each move done: 1 after V⁻¹, 2 after ΛV⁻¹";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            return false;
        }
    }

    /** Plays the three moves while the power sweeps, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        if (frame % 30 == 0) {
            k.set((double) (frame / 30 % 11));
        }
        if (frame % 240 == 0) {
            double angle = frame * 0.01;
            setColumn(0, 2 + Math.round(50 * Math.cos(angle)) / 100.0, 1);
        }
        moves.advance(1 / 60.0);
        if (moves.isFinished()) {
            moves.rewind();
        }
    }
}
