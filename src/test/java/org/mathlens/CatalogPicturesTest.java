package org.mathlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathlens.kit.Looks;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.DataParameter;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Snapshots;
import org.mathlens.math.Numbers;

/**
 * What the determinant bug of issue 11 escaped: a picture that ignores a parameter. For every
 * pane and every parameter, a different valid value must change the rendered pixels. A
 * parameter that legitimately leaves the picture alone is named in {@link #UNCHANGING} with
 * the reason; nothing is skipped silently.
 */
class CatalogPicturesTest {
    /**
     * pane id / parameter name → why a new value need not change the default picture, and the
     * settings under which it must: the test applies those first and then demands a change, so
     * an entry narrows the check instead of switching it off.
     */
    private static final Map<String, Only> ONLY_WHEN = Map.ofEntries(
            Map.entry("pseudoinverse/A", new Only("A and y are the system mode's; the fit mode draws the data points", "mode = system")),
            Map.entry("pseudoinverse/y", new Only("A and y are the system mode's; the fit mode draws the data points", "mode = system")),
            Map.entry("mle/m", new Only("m is the regression model's slope; the default gaussian model draws μ and σ", "model = regression")),
            Map.entry("mle/b", new Only("b is the regression and bernoulli models'; the default gaussian model draws μ and σ", "model = regression")),
            Map.entry("mle/w", new Only("w is the bernoulli model's weight; the default gaussian model draws μ and σ", "model = bernoulli")),
            Map.entry("tensors/axis", new Only("the axis matters only to an operation that has one (sum, mean, max, broadcast)",
                    "op = sum")),
            Map.entry("jacobian-hessian/f", new Only("f is drawn only in the Hessian view; the Jacobian view draws the map",
                    "view = hessian")),
            Map.entry("neural-network/reg_rate", new Only("the rate weighs the penalty; with regularization none there is none to weigh",
                    "regularization = l2")),
            Map.entry("image-classification/hidden", new Only("the hidden layer's size belongs to the mlp; softmax has no hidden layer",
                    "model = mlp")),
            Map.entry("tensors/progress", new Only("progress moves an operation; with op = none there is nothing to move",
                    "op = sum")));

    /** Values for parameter kinds the generic {@link #candidates} cannot invent (and no lesson sets). */
    private static final Map<String, List<String>> MORE_VALUES = Map.of(
            "jacobian-hessian/map", List.of("[x + y, x - y]"));

    /** Why a parameter leaves the default picture alone, and the settings under which it must not. */
    record Only(String why, String... context) {
    }

    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    static Stream<String> panes() {
        return Catalog.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("panes")
    void everyParameterChangesThePicture(String id) {
        List<String> problems = Toolkit.onFx(() -> {
            List<String> found = new ArrayList<>();
            Explorable probe = Catalog.create(id).orElseThrow();
            List<String> fromLesson = lessonTexts(id);
            for (Parameter<?> p : List.copyOf(probe.parameters().all())) {
                String key = id + "/" + p.name();
                List<String> texts = candidates(p);
                texts.addAll(MORE_VALUES.getOrDefault(key, List.of()));
                for (String line : fromLesson) {
                    if (line.startsWith(p.name() + "=")) {
                        texts.add(line.substring(p.name().length() + 1));
                    }
                }
                Only only = ONLY_WHEN.get(key);
                String outcome = tryEachValue(id, p.name(), texts, Map.of());
                if (outcome != null && only == null) {
                    found.add(key + ": " + outcome);
                } else if (outcome == null && only != null) {
                    found.add(key + " is on ONLY_WHEN but changes the default picture: take it off the list");
                } else if (only != null) {
                    String then = tryEachValue(id, p.name(), texts, settings(only.context()));
                    if (then != null) {
                        found.add(key + " with " + String.join(", ", only.context()) + ": " + then);
                    }
                }
            }
            return found;
        });
        assertThat(problems).as("parameters of %s whose new value leaves the picture as it was", id).isEmpty();
    }

    /** Null when some accepted value changes the picture, else what was tried. */
    private static String tryEachValue(String id, String name, List<String> texts, Map<String, String> context) {
        List<String> tried = new ArrayList<>();
        for (String text : texts) {
            Explorable pane = Catalog.create(id).orElseThrow();
            pane.parameters().setAll(context);
            PaneLayout layout = laidOut(pane);
            Parameter<?> p = pane.parameters().get(name);
            WritableImage before = Snapshots.render(pane.view(), 1);
            String old = p.text();
            try {
                p.setText(text);
            } catch (ParameterException refused) {
                continue;
            }
            if (p.text().equals(old)) {
                continue;
            }
            layout.layout();
            if (differingPixels(before, Snapshots.render(pane.view(), 1)) > 0) {
                return null;
            }
            tried.add(old + " → " + p.text());
        }
        return tried.isEmpty() ? "no different valid value found among " + texts : "unchanged picture for " + tried;
    }

    /** A few different values each kind of parameter accepts, tried in order. */
    private static List<String> candidates(Parameter<?> p) {
        List<String> c = new ArrayList<>();
        c.add(p.initialText());
        if (p instanceof ScalarParameter s) {
            c.add(Double.toString(s.max()));
            c.add(Double.toString(s.min()));
            c.add(Double.toString((s.min() + s.max()) / 2));
        } else if (p instanceof VectorParameter v) {
            double[] x = v.value().clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += 1.5;
            }
            c.add(Numbers.format(x));
            double[] y = v.value().clone();
            for (int i = 0; i < y.length; i++) {
                y[i] = -y[i] - 0.5;
            }
            c.add(Numbers.format(y));
        } else if (p instanceof MatrixParameter m) {
            for (int k = 0; k < 2; k++) {
                double[][] x = m.value();
                x[0][k % x[0].length] += 1;
                c.add(Numbers.format(x));
            }
        } else if (p instanceof ChoiceParameter ch) {
            c.addAll(ch.choices());
        } else if (p instanceof FlagParameter f) {
            c.add(Boolean.toString(!Boolean.parseBoolean(f.text())));
        } else if (p instanceof ExpressionParameter e) {
            c.add("(" + e.text() + ") * 2 + 1");
            c.add("(" + e.text() + ") + " + e.variables().get(0));
        } else if (p instanceof DataParameter d) {
            c.addAll(d.presets());
        }
        return c;
    }

    /** Every value the pane's lesson sets, as {@code name=text} with the spaces round = removed. */
    private static List<String> lessonTexts(String id) {
        org.mathlens.lesson.LessonLibrary library = org.mathlens.lesson.LessonLibrary.loadBuiltIn(new org.mathlens.lesson.CatalogContext());
        List<String> texts = new ArrayList<>();
        library.forExplorable(id).ifPresent(lesson -> {
            lesson.params().forEach((k, v) -> texts.add(k + "=" + v));
            for (org.mathlens.lesson.Step step : lesson.steps()) {
                step.set().forEach((k, v) -> texts.add(k + "=" + v));
            }
        });
        return texts;
    }

    private static Map<String, String> settings(String... lines) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return m;
    }

    private static PaneLayout laidOut(Explorable pane) {
        PaneLayout layout = new PaneLayout(pane);
        Scene scene = new Scene(layout, 1000, 640);
        Looks.style(scene);
        layout.applyCss();
        layout.layout();
        return layout;
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
