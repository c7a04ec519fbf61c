package org.mathlens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathlens.kit.Looks;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Snapshots;

/**
 * Every pane in the catalog, with no code per pane: it opens, draws something, and survives a
 * seeded storm of random drags, wheel turns, keys, parameter values and animation time without
 * an exception, a non-finite coordinate, or a readout that is neither finite nor an explicit word.
 * 300 actions a pane by default; {@code mvn -B verify -Pmonkey} runs 5,000.
 */
class CatalogWideTest {
    private static final int ACTIONS = Integer.getInteger("mathlens.monkey.actions", 300);
    private static final long BASE_SEED = Long.getLong("mathlens.monkey.seed", 0x5eedL);

    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    static Stream<String> panes() {
        List<String> ids = Catalog.ids();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        return ids.stream();
    }

    @ParameterizedTest
    @MethodSource("panes")
    void opensAndDrawsSomething(String id) {
        for (boolean dark : new boolean[] {false, true}) {
            WritableImage image = Toolkit.onFx(() -> {
                Looks.apply(dark);
                PaneLayout layout = layoutOf(Catalog.create(id).orElseThrow());
                return Snapshots.render(layout.explorable().view(), 1);
            });
            assertThat(distinctColours(image)).as("%s (%s theme) draws more than a blank fill", id, dark ? "dark" : "light")
                    .isGreaterThan(8);
        }
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("panes")
    void survivesRandomUse(String id) {
        long seed = BASE_SEED ^ id.hashCode();
        long nonFiniteBefore = Painter.nonFiniteCount();
        try {
            Toolkit.onFx(() -> {
                monkey(id, new Random(seed));
                return null;
            });
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("pane " + id + " failed under random use; replay with -Dmathlens.monkey.seed="
                    + BASE_SEED + " (pane seed " + seed + "): " + e, e);
        }
        assertThat(Painter.nonFiniteCount() - nonFiniteBefore)
                .as("non-finite coordinates drawn by %s (seed %d)", id, seed).isZero();
    }

    @ParameterizedTest
    @MethodSource("panes")
    void hasALessonAndEveryLessonValidates(String id) {
        org.mathlens.lesson.LessonLibrary library = org.mathlens.lesson.LessonLibrary.loadBuiltIn(new org.mathlens.lesson.CatalogContext());
        assertThat(library.problems()).as("problems in the built-in lessons").isEmpty();
        assertThat(library.forExplorable(id)).as("a lesson with explorable: %s", id).isPresent();
        org.mathlens.lesson.Lesson lesson = library.forExplorable(id).orElseThrow();
        assertThat(lesson.steps()).as("steps of %s", lesson.source()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lesson.exercises()).as("exercises of %s", lesson.source()).hasSizeGreaterThanOrEqualTo(2);
        // every step applies cleanly to a fresh pane, in order
        Explorable pane = Catalog.create(id).orElseThrow();
        pane.parameters().setAll(lesson.params());
        for (org.mathlens.lesson.Step step : lesson.steps()) {
            pane.parameters().setAll(step.set());
            for (Map.Entry<String, Reading> e : pane.readouts().readAll().entrySet()) {
                assertThat(e.getValue().isFinite()).as("%s after step '%s': readout %s", id, step.title(), e.getKey()).isTrue();
            }
        }
        // and every typed answer the lesson expects is itself right
        for (org.mathlens.lesson.Exercise ex : lesson.exercises()) {
            ex.answer().ifPresent(a -> assertThat(org.mathlens.lesson.ExerciseChecker.checkAnswer(ex, a).right())
                    .as("%s: the answer of '%s' checks as right", id, ex.title()).isTrue());
        }
    }

    private static PaneLayout layoutOf(Explorable pane) {
        PaneLayout layout = new PaneLayout(pane);
        Scene scene = new Scene(layout, 1100, 720);
        Looks.style(scene);
        layout.applyCss();
        layout.layout();
        return layout;
    }

    private static void monkey(String id, Random r) {
        Explorable pane = Catalog.create(id).orElseThrow();
        PaneLayout layout = layoutOf(pane);
        Node view = pane.view();
        List<Parameter<?>> params = List.copyOf(pane.parameters().all());
        for (int i = 0; i < ACTIONS; i++) {
            int kind = r.nextInt(10);
            String action;
            switch (kind) {
                case 0, 1, 2 -> action = drag(view, r);
                case 3 -> action = scroll(view, r);
                case 4, 5 -> action = key(view, r);
                case 6, 7 -> action = params.isEmpty() ? "none" : setRandom(params.get(r.nextInt(params.size())), r);
                case 8 -> {
                    pane.animation().ifPresent(a -> {
                        if (r.nextBoolean()) {
                            a.advance(r.nextDouble() * 0.5);
                        } else {
                            a.step();
                        }
                    });
                    action = "animate";
                }
                default -> {
                    if (r.nextInt(10) == 0) {
                        pane.reset();
                        action = "reset";
                    } else {
                        action = pane.history().undo() ? "undo" : "undo (nothing)";
                    }
                }
            }
            layout.layout();
            for (Map.Entry<String, Reading> e : pane.readouts().readAll().entrySet()) {
                if (!e.getValue().isFinite()) {
                    fail("after action %d (%s) readout %s = %s is not finite", i, action, e.getKey(), e.getValue().text());
                }
            }
        }
    }

    private static String drag(Node view, Random r) {
        Bounds b = view.getLayoutBounds();
        Point2D from = view.localToScene(r.nextDouble() * b.getWidth(), r.nextDouble() * b.getHeight());
        mouse(view, MouseEvent.MOUSE_PRESSED, from, r.nextInt(8) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY);
        Point2D at = from;
        int moves = 1 + r.nextInt(6);
        for (int m = 0; m < moves; m++) {
            at = view.localToScene(r.nextDouble() * b.getWidth() * 1.2 - 0.1 * b.getWidth(), r.nextDouble() * b.getHeight() * 1.2 - 0.1 * b.getHeight());
            mouse(view, MouseEvent.MOUSE_DRAGGED, at, MouseButton.PRIMARY);
        }
        mouse(view, MouseEvent.MOUSE_RELEASED, at, MouseButton.PRIMARY);
        mouse(view, MouseEvent.MOUSE_MOVED, view.localToScene(r.nextDouble() * b.getWidth(), r.nextDouble() * b.getHeight()), MouseButton.NONE);
        return "drag";
    }

    private static void mouse(Node target, javafx.event.EventType<MouseEvent> type, Point2D scene, MouseButton button) {
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), button, 1,
                false, false, false, false, button == MouseButton.PRIMARY, false, button == MouseButton.SECONDARY,
                false, false, true, null));
    }

    private static String scroll(Node view, Random r) {
        Bounds b = view.getLayoutBounds();
        Point2D at = view.localToScene(r.nextDouble() * b.getWidth(), r.nextDouble() * b.getHeight());
        double delta = (r.nextDouble() - 0.5) * (r.nextInt(10) == 0 ? 4000 : 200);
        Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                false, false, false, false, false, false, 0, delta, 0, delta,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        return "scroll " + delta;
    }

    private static final KeyCode[] KEYS = {KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.TAB,
            KeyCode.F, KeyCode.PLUS, KeyCode.MINUS, KeyCode.SPACE, KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.A, KeyCode.DIGIT1};

    private static String key(Node view, Random r) {
        KeyCode code = KEYS[r.nextInt(KEYS.length)];
        boolean shift = r.nextBoolean();
        Event.fireEvent(view, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
        Event.fireEvent(view, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false));
        return "key " + code;
    }

    /** Sets a random value: usually one the parameter accepts, sometimes garbage it must refuse cleanly. */
    private static String setRandom(Parameter<?> p, Random r) {
        String text = r.nextInt(5) == 0 ? garbage(r) : plausible(p, r);
        try {
            p.setText(text);
        } catch (ParameterException refused) {
            return "refused " + p.name() + " = " + text;
        }
        return p.name() + " = " + text;
    }

    private static String plausible(Parameter<?> p, Random r) {
        if (p instanceof ScalarParameter s) {
            double x = s.min() + r.nextDouble() * (s.max() - s.min());
            return Double.toString(r.nextInt(8) == 0 ? (r.nextBoolean() ? s.min() : s.max()) : x);
        }
        if (p instanceof VectorParameter v) {
            double[] x = new double[v.length()];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextInt(6) == 0 ? 0 : Math.round((r.nextDouble() - 0.5) * 12 * 4) / 4.0;
            }
            return org.mathlens.math.Numbers.format(x);
        }
        if (p instanceof MatrixParameter m) {
            int rows = m.minRows() + r.nextInt(m.maxRows() - m.minRows() + 1);
            int cols = m.isSquare() ? rows : m.minCols() + r.nextInt(m.maxCols() - m.minCols() + 1);
            double[][] x = new double[rows][cols];
            boolean singular = r.nextInt(5) == 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    x[i][j] = singular && i > 0 ? x[0][j] * i : r.nextInt(9) - 4 + (r.nextBoolean() ? 0.5 : 0);
                }
            }
            return org.mathlens.math.Numbers.format(x);
        }
        if (p instanceof ChoiceParameter c) {
            return c.choices().get(r.nextInt(c.choices().size()));
        }
        if (p instanceof FlagParameter) {
            return Boolean.toString(r.nextBoolean());
        }
        return p.initialText();
    }

    private static final String[] JUNK = {"", "[", "]]", "[[1,2],[3]]", "1/0", "nan", "inf", "-inf", "1e308*10", "x", "((",
            "sqrt(-1)", "[1, 2", "[[]]", "[]", "ü", "1,2", "0/0", "1e-320", "--1", "log(0)", "[[1e400]]"};

    private static String garbage(Random r) {
        return JUNK[r.nextInt(JUNK.length)];
    }

    private static int distinctColours(WritableImage image) {
        PixelReader px = image.getPixelReader();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(px.getArgb(x, y));
                if (colours.size() > 64) {
                    return colours.size();
                }
            }
        }
        return colours.size();
    }
}
