package org.mathlens.explorables.decompositions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.Background;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sheet;
import org.mathlens.kit.View3D;
import org.mathlens.math.MathError;
import org.mathlens.math.data.Datasets;

/**
 * Principal component analysis. Two features: the points (drag them) with the principal axes
 * of lengths √λ, each point's projection onto the first axis and its rebuild from k axes;
 * three: the orbitable cloud with the plane of the first two components; more: every example
 * at its first two components, coloured by class. Beside it, always, the explained variance
 * with its cumulative curve and k marked, the covariance matrix, and for 8×8 digits the
 * eigen-digits and the hovered digit rebuilt from k components. A fit too large to do between
 * two frames (the digits) runs on the background helper, once per data.
 */
public final class PcaExplorable extends AbstractExplorable {
    /** n·d² below this is fitted at once (a dragged cloud refits between two frames); above, in the background. */
    private static final long AT_ONCE = 400_000;

    private final DataParameter data = parameters.add(DataParameter.named("data",
                    "the examples: cloud2d, cloud3d, iris, digits, @file.csv or an n×d matrix (one row per example)")
            .preset("cloud2d", PcaData::cloud2d)
            .preset("cloud3d", PcaData::cloud3d)
            .labelledPreset("iris", () -> PcaData.withClasses(Datasets.iris()), Datasets.iris().classNames())
            .labelledPreset("digits", () -> PcaData.withClasses(Datasets.digits()), Datasets.digits().classNames())
            .rows(3, 2000).columns(2, 101)
            .shape("an n×d matrix with one row per example, like [[1, 2], [2, 3.5], [3, 5]]")
            .startingWith("cloud2d"));
    private final ScalarParameter components = parameters.add(new ScalarParameter("components",
            "k: how many principal components rebuild each example (at most the number of features)", 1, 1, 100, 1)).labelled("components kept k");
    private final FlagParameter standardize = parameters.add(new FlagParameter("standardize",
            "divide each feature by its standard deviation before PCA (off: centred only, as scikit-learn does)", false)).labelled("standardize features");

    private record Key(DataParameter.Data data, boolean standardize) {
    }

    /** A fit with the labels of the data it came from. */
    private record Fitted(PcaModel pca, int[] labels, List<String> classes, boolean standardized) {
    }

    private final Map<Key, Fitted> cache = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Fitted> e) {
            return size() > 4;
        }
    };
    private final Background<Fitted> job;
    private final List<Handle> pointHandles = new ArrayList<>();
    private Fitted fitted;
    private DataParameter.Data shownData;
    private boolean shownStandardized;
    private String failure;
    private int hovered;
    private String homeKey = "";
    private Plane plane;
    private View3D view3d;
    private Sheet side;
    private HBox box;
    private double sideShare;

    public PcaExplorable() {
        super("pca", "Principal component analysis: the directions of most variance", Section.DECOMPOSITIONS,
                "Drag the points: the principal axes follow. Slide k to rebuild the data from its first k components.");
        job = new Background<>("Finding the principal components", f -> {
            failure = null;
            fitted = f;
            if (plane != null) {
                syncView();
            }
            changed();
        }, sentence -> {
            failure = sentence;
            changed();
        });
        readouts.add("k", "k", () -> Reading.of(k()))
                .add("explained", "explained λⱼ/Σλ", () -> Reading.of(fitted.pca().explained()))
                .add("cumulative", "explained by k", () -> Reading.of(fitted.pca().cumulative(k())))
                .add("axes", "axes (first k)", () -> Reading.of(fitted.pca().axes(k())))
                .add("mean", "mean", () -> Reading.of(fitted.pca().mean()))
                .add("reconstruction_error", "rebuild MSE", () -> Reading.of(fitted.pca().reconstructionError(k())));
        parametersChanged();
    }

    /** The fit drawn now. */
    public PcaModel model() {
        return fitted.pca();
    }

    /** k within 1 … d of the fit drawn. */
    int k() {
        return fitted.pca().clamp((int) Math.round(components.value()));
    }

    PcaScene scene() {
        Fitted f = fitted;
        int h = Math.max(0, Math.min(f.pca().size() - 1, hovered));
        return new PcaScene(f.pca(), f.labels(), f.classes(), f.pca().clamp((int) Math.round(components.value())), h,
                f.standardized(), failure);
    }

    void hover(int example) {
        hovered = example;
    }

    /** The picture of two features or of the first two components, for tests that drive it. */
    Plane plane() {
        view();
        return plane;
    }

    @Override
    protected void parametersChanged() {
        DataParameter.Data now = data.get();
        boolean std = standardize.on();
        if (now == shownData && std == shownStandardized) {
            return;
        }
        shownData = now;
        shownStandardized = std;
        if (now.name() != null) {
            hovered = 0;
        }
        Key key = new Key(now, std);
        Fitted hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        long cost = (long) now.size() * now.width() * now.width();
        if (hit != null || cost <= AT_ONCE || fitted == null) {
            try {
                fitted = hit != null ? hit : fit(key);
                failure = null;
            } catch (MathError e) {
                failure = e.getMessage();
            }
        } else {
            job.submit(progress -> fit(key));
        }
        if (plane != null) {
            syncView();
        }
    }

    /** Splits off the class column of labelled data and fits; the result is cached per data. */
    private Fitted fit(Key key) {
        DataParameter.Data d = key.data();
        boolean labelled = !d.classes().isEmpty();
        int width = d.width() - (labelled ? 1 : 0);
        if (width < 2) {
            throw new MathError("PCA here needs at least two numeric columns besides the class; this data has " + width);
        }
        double[][] x = new double[d.size()][width];
        int[] labels = labelled ? new int[d.size()] : null;
        for (int i = 0; i < d.size(); i++) {
            System.arraycopy(d.rows()[i], 0, x[i], 0, width);
            if (labelled) {
                labels[i] = (int) Math.round(d.rows()[i][width]);
            }
        }
        Fitted f = new Fitted(PcaModel.of(x, key.standardize()), labels, d.classes(), key.standardize());
        synchronized (cache) {
            cache.put(key, f);
        }
        return f;
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        PcaPlanePicture picture = new PcaPlanePicture(this::scene, this::hover);
        plane.add(picture);
        plane.add(picture.legend());
        view3d = View3D.of(revision(), 3, s -> Pca3DPicture.draw(s, scene()));
        side = new Sheet();
        side.follow(revision());
        side.add(new PcaCharts(this::scene, side));
        side.setMinWidth(280);
        plane.hoveredProperty().addListener(o -> side.invalidate());
        StackPane main = new StackPane(plane, view3d);
        // the picture takes what the side panel leaves
        main.setPrefWidth(200);
        main.setMinWidth(200);
        HBox box = new HBox(main, side);
        HBox.setHgrow(main, Priority.ALWAYS);
        this.box = box;
        syncView();
        return box;
    }

    /** Which view shows, the handles on the points of a two-feature cloud, and the view's home. */
    private void syncView() {
        PcaModel pca = fitted.pca();
        boolean three = pca.dimension() == 3;
        // wide data need room for the digit pictures; a cloud needs room to be dragged
        double share = pca.dimension() > 3 ? 0.5 : 0.42;
        if (share != sideShare) {
            sideShare = share;
            side.prefWidthProperty().bind(box.widthProperty().multiply(share));
        }
        plane.setVisible(!three);
        plane.setManaged(!three);
        view3d.setVisible(three);
        view3d.setManaged(three);
        syncPointHandles(pca.dimension() == 2 && data.get().size() <= 200 ? data.get().size() : 0);
        String name = data.get().name();
        String key = (name == null ? homeKey.replaceAll("/.*", "") : name) + "/" + standardize.on() + "/" + pca.dimension();
        if (!key.equals(homeKey)) {
            homeKey = key;
            double[] home = PcaPlanePicture.home(pca);
            plane.setHome(home[0], home[1], home[2], home[3]);
            view3d.setHome(Pca3DPicture.radius(pca), Math.toRadians(35), Math.toRadians(25));
        }
    }

    private void syncPointHandles(int count) {
        while (pointHandles.size() > count) {
            plane.removeHandle(pointHandles.remove(pointHandles.size() - 1));
        }
        while (pointHandles.size() < count) {
            int i = pointHandles.size();
            Handle h = new Handle("point " + (i + 1) + ": drag it and the axes follow", Palette::learner,
                    () -> {
                        double[][] q = data.get().rows();
                        return i < q.length ? new double[] {q[i][0], q[i][1]} : new double[] {0, 0};
                    },
                    (px, py) -> movePoint(i, px, py));
            pointHandles.add(h);
            plane.addHandle(h);
        }
    }

    /** Moves example i's first two features; a class column, if any, stays with it. */
    void movePoint(int i, double px, double py) {
        double[][] q = data.get().rows();
        if (i >= q.length) {
            return;
        }
        double[][] moved = q.clone();
        moved[i] = q[i].clone();
        moved[i][0] = Math.round(px * 100) / 100.0;
        moved[i][1] = Math.round(py * 100) / 100.0;
        try {
            data.set(data.withRows(moved));
        } catch (ParameterException refused) {
            // beyond the limits: the point stays
        }
    }

    /** Drags the first point of cloud2d round a circle: the fit, axes, bars and card follow each frame. */
    @Override
    public void benchFrame(int frame) {
        if (frame == 0) {
            parameters.setAll(Map.of("data", "cloud2d", "components", "1", "standardize", "false"));
        }
        double t = frame * 2 * Math.PI / 120;
        movePoint(0, 1 + 3 * Math.cos(t), 0.5 + 3 * Math.sin(t));
    }
}
