package org.mathlens.explorables.transforms;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Plane;
import org.mathlens.kit.View3D;

/**
 * Eigenvectors found by hand: a unit vector x sweeps round the circle and Ax is drawn from the
 * same origin; where they line up, x is an eigenvector and the stretch is λ. The ellipse Ax
 * traces, the eigen-lines, and complex eigenvalues as a turn with no real direction.
 */
public final class EigenExplorable extends AbstractExplorable {
    /** Degrees per second of the sweep away from eigen-directions; it slows down near them. */
    static final double SWEEP_DEGREES_PER_SECOND = 45;

    private final MatrixParameter a = parameters.add(MatrixParameter.square("A",
            "the matrix, 2×2 or 3×3", new double[][] {{2, 1}, {1, 2}}, 2, 3));
    private final ScalarParameter angle = parameters.add(new ScalarParameter("angle",
            "where x is: its angle on the circle in degrees (3×3: the way along v₁ → v₂ → v₃ → v₁)", 20, 0, 360, 1));
    private final EigenModel model = new EigenModel(a.value(), angle.value());
    /** x once round the path at 45°/s, slowing near eigen-directions; Step jumps to the next one. */
    private final Play sweep = Play.once(angle, SWEEP_DEGREES_PER_SECOND).pacedBy(model::sweepPace).stepping(model::nextStop);
    private double[][] lastA = a.get();
    private Plane plane;
    private View3D view3d;

    public EigenExplorable() {
        super("eigen", "Eigenvectors: directions A only stretches", Section.TRANSFORMATIONS,
                "Sweep x round the circle (drag it or press play); where Ax lines up with x, x is an eigenvector.");
        readouts.add("lambda1", "λ₁", () -> lambda(0))
                .add("lambda2", "λ₂", () -> lambda(1))
                .addWhen("lambda3", "λ₃", () -> model.size() == 3, () -> lambda(2))
                .add("v1", "v₁", () -> vector(0))
                .add("v2", "v₂", () -> vector(1))
                .addWhen("v3", "v₃", () -> model.size() == 3, () -> vector(2));
        // the control panel shows words; the ids stay for lessons and --set
        angle.labelled("angle of x (degrees)");
        parametersChanged();
    }

    public EigenModel model() {
        return model;
    }

    private Reading lambda(int k) {
        if (k >= model.size() || model.failure() != null) {
            return Reading.undefined();
        }
        return model.imaginary(k) == 0 ? Reading.of(model.real(k)) : Reading.word(model.valueText(k));
    }

    private Reading vector(int k) {
        if (k >= model.size() || model.failure() != null) {
            return Reading.undefined();
        }
        double[] v = model.vector(k);
        return v == null ? Reading.undefined() : Reading.of(v);
    }

    @Override
    protected void parametersChanged() {
        if (a.get() != lastA) {
            lastA = a.get();
            model.setMatrix(a.value());
        }
        model.setAngle(angle.value());
        showForSize();
    }

    @Override
    protected Node createView() {
        plane = EigenPlane.build(model, revision(), history(), angle::set);
        view3d = EigenSpace.build(model, revision());
        StackPane box = new StackPane(plane, view3d);
        box.getStyleClass().add("eigen-pane");
        showForSize();
        return box;
    }

    private void showForSize() {
        if (plane == null) {
            return;
        }
        boolean two = model.size() == 2;
        plane.setVisible(two);
        plane.setManaged(two);
        view3d.setVisible(!two);
        view3d.setManaged(!two);
    }

    // ------------------------------------------------------------------ animation and bench

    @Override
    protected void onReset() {
        lastA = null;
        parametersChanged();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(sweep);
    }

    /** Sweeps x once round (2×2), then across the sphere (3×3), as play does. */
    @Override
    public void benchFrame(int frame) {
        int lap = (frame / 480) % 2;
        if (lap == 0 && model.size() != 2) {
            a.set(new double[][] {{2, 1}, {1, 2}});
        } else if (lap == 1 && model.size() != 3) {
            a.set(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 3}});
        }
        sweep.advance(1.0 / 60);
        if (sweep.isFinished()) {
            sweep.rewind();
        }
    }
}
