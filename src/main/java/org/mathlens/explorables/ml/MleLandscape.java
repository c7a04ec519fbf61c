package org.mathlens.explorables.ml;

import javafx.beans.value.ObservableLongValue;
import javafx.scene.Node;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The log-likelihood as contours over the model's two parameters — (μ, σ), (m, b) at the chosen
 * σ, or (w, b) — with the current choice as a handle to drag and the maximum as a cross. The
 * contours are of (max log L − log L), so the rings close around the maximum; they are traced
 * again only when the data, the model or (regression) σ change, never while the handle moves.
 */
final class MleLandscape {
    private final MleModel model;
    private final Handle.Mover mover;
    private long version;
    private String homeKey = "";
    private double seenSigma = Double.NaN;
    private double[] home = {-5, 5, -5, 5};
    private Plane plane;

    MleLandscape(MleModel model, Handle.Mover mover) {
        this.model = model;
        this.mover = mover;
    }

    /** Called after every change: retraces when the surface itself moved, re-homes when the data did. */
    void update(String dataKey, double surfaceSigma) {
        if (!dataKey.equals(homeKey) || surfaceSigma != seenSigma) {
            version++;
            seenSigma = surfaceSigma;
        }
        if (!dataKey.equals(homeKey)) {
            homeKey = dataKey;
            home = home(model);
            if (plane != null) {
                plane.setHome(home[0], home[1], home[2], home[3]);
            }
        }
    }

    /** The height the contours are drawn from: the maximum's log L, or 0 (a Bernoulli log L never exceeds it). */
    private double top() {
        double[] best = model.best();
        return best != null ? model.logLikelihoodAt(best[0], best[1]) : 0;
    }

    static double[] home(MleModel m) {
        if (!m.solved()) {
            return new double[] {-5, 5, -5, 5};
        }
        double[] best = m.best();
        return switch (m.kind()) {
            case GAUSSIAN -> {
                double s = m.sigmaHat() > 0 ? m.sigmaHat() : 1;
                yield new double[] {m.muHat() - 3 * s, m.muHat() + 3 * s, 0.05, 3.2 * s};
            }
            case REGRESSION -> {
                double[] box = MleRegressionPicture.box(m);
                double dm = 2 * (box[3] - box[2]) / (box[1] - box[0]), db = box[3] - box[2];
                double cm = best != null ? best[0] : 0, cb = best != null ? best[1] : (box[2] + box[3]) / 2;
                yield new double[] {cm - dm, cm + dm, cb - db, cb + db};
            }
            case BERNOULLI -> best != null
                    ? new double[] {best[0] - 3, best[0] + 3, best[1] - 3, best[1] + 3}
                    : new double[] {-5, 5, -5, 5};
        };
    }

    Node view(ObservableLongValue revision, UndoHistory history) {
        plane = new Plane();
        plane.follow(revision);
        plane.setHistory(history);
        plane.setPrefSize(344, 270);
        plane.setMinHeight(220);
        plane.setHome(home[0], home[1], home[2], home[3]);
        plane.add(new ContourMap((u, v) -> model.solved() ? top() - model.logLikelihoodAt(u, v) : Double.NaN,
                () -> version, ContourMap.Levels.QUANTILE, 12));
        plane.add(p -> {
            if (!model.solved()) {
                return;
            }
            double[] best = model.best();
            Palette pal = p.palette();
            if (best != null) {
                double d = p.ui(7) / p.view().scale();
                p.line(best[0] - d, best[1] - d, best[0] + d, best[1] + d, pal.result(), 3);
                p.line(best[0] - d, best[1] + d, best[0] + d, best[1] - d, pal.result(), 3);
            }
            MleModel.Kind k = model.kind();
            p.screenLabel(k.u() + " →", p.view().width() - p.ui(10), p.view().height() - p.ui(14), pal.text(), true, TextAlignment.RIGHT);
            p.screenLabel(k.v() + " ↑", p.ui(10), p.ui(14), pal.text(), true, TextAlignment.LEFT);
        });
        plane.add(new Card(Card.Corner.TOP_RIGHT, this::cardLines));
        plane.addHandle(new Handle("your choice: drag it to raise log L", Palette::learner,
                () -> new double[] {model.u(), model.v()}, mover));
        return plane;
    }

    Card.Line[] cardLines() {
        if (!model.solved()) {
            return new Card.Line[0];
        }
        String surface = model.kind() == MleModel.Kind.REGRESSION ? " (σ = " + Numbers.brief(model.sigma(), 3) + ")" : "";
        double[] best = model.best();
        return new Card.Line[] {
            new Card.Line("● now " + Numbers.brief(model.logLikelihood(), 3), Palette::learner, true),
            new Card.Line(best == null ? "no finite max" : "✕ max " + Numbers.brief(model.logLikelihoodAt(best[0], best[1]), 3) + surface,
                    Palette::result, true)};
    }
}
