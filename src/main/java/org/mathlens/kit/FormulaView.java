package org.mathlens.kit;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A LaTeX formula, laid out by JLaTeXMath and drawn through FXGraphics2D on a Canvas.
 *
 * <p>Layout is slow the first time (JLaTeXMath loads its tables and fonts, about a second), so it
 * runs on one shared background thread and is cached by (latex, size, display); drawing happens on
 * the FX thread. The canvas is drawn at the real pixel density — the window's render scale times
 * any scaling of the scene (presenter mode) — so formulas stay sharp. A formula JLaTeXMath cannot
 * parse shows its raw text in a muted style instead; nothing here throws.
 *
 * <p>The ink is the kit palette's text colour ({@link Theme}), followed while the view is in a
 * scene, so a formula is drawn in the same colour as the canvases' labels in every theme;
 * {@link #setColor} wins over that. (It used to be a CSS looked-up colour, which did not
 * resolve in every scene and left formulas near-black on the dark background.)
 */
public final class FormulaView extends Region {

    /** Where a formula is in its life. */
    public enum State { LOADING, RENDERED, FAILED }

    public static final double DEFAULT_SIZE = 16;

    /** Padding in pixels so descenders and big operators are not clipped at the canvas edge. */
    private static final int PADDING = 1;
    private static final int MAX_CANVAS_SIDE = 8192;       // beyond this a texture may fail to allocate
    private static final int CACHE_SIZE = 500;

    /** One thread: JLaTeXMath's parser has shared state, and the first call is the slow one. */
    private static final ExecutorService LAYOUT = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formula-layout");
        t.setDaemon(true);
        return t;
    });
    private static final Map<Key, Layout> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Layout> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    /** Loaded on the first formula, not when the class loads: an empty formula field costs nothing at start-up. */
    private static CompletableFuture<Void> fonts;

    private static synchronized CompletableFuture<Void> fonts() {
        if (fonts == null) {
            fonts = CompletableFuture.runAsync(FormulaView::loadFonts, LAYOUT);
        }
        return fonts;
    }

    private record Key(String latex, float size, boolean display) {
    }

    /** A laid-out formula, or why it could not be laid out. */
    private record Layout(TeXIcon icon, String error) {
        double ascent() {
            return icon.getInsets().top + icon.getTrueIconHeight() - icon.getTrueIconDepth();
        }
    }

    private final StringProperty latex = new SimpleStringProperty(this, "latex", "");
    private final DoubleProperty size = new SimpleDoubleProperty(this, "size", DEFAULT_SIZE);
    private final BooleanProperty display = new SimpleBooleanProperty(this, "display", false);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    /** An explicit ink; null means the theme's text colour. */
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(this, "color", null);
    private final InvalidationListener themeChanged = o -> draw();
    /** Weakly on the theme: a scene discarded with this view still in it must not keep it alive. */
    private final InvalidationListener themeChangedWeakly = new javafx.beans.WeakInvalidationListener(themeChanged);

    private final Canvas canvas = new Canvas();
    private final Scale canvasDownScale = new Scale(1, 1, 0, 0);
    private final Text fallback = new Text();
    private Layout layout;
    private Key pending;
    private double drawnScale = -1;
    private Window window;
    private final ChangeListener<Number> renderScaleListener = (o, a, b) -> redrawIfScaleChanged();
    private final ChangeListener<Window> windowListener = (o, a, b) -> followWindow(b);

    public FormulaView() {
        getStyleClass().add("formula-view");
        canvas.getTransforms().add(canvasDownScale);
        canvas.setManaged(false);
        fallback.getStyleClass().addAll("formula-fallback", "text-muted");
        fallback.setManaged(false);
        fallback.setVisible(false);
        getChildren().addAll(canvas, fallback);

        latex.addListener((o, a, b) -> requestFormula());
        size.addListener((o, a, b) -> requestFormula());
        display.addListener((o, a, b) -> requestFormula());
        color.addListener((o, a, b) -> draw());
        scale.addListener((o, a, b) -> redrawIfScaleChanged());
        localToSceneTransformProperty().addListener((o, a, b) -> redrawIfScaleChanged());
        sceneProperty().addListener((o, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.windowProperty().removeListener(windowListener);
                Theme.paletteProperty().removeListener(themeChangedWeakly);
            }
            if (newScene != null) {
                newScene.windowProperty().addListener(windowListener);
                Theme.paletteProperty().addListener(themeChangedWeakly);
                draw(); // the theme may have changed while this view was out of a scene
            }
            followWindow(newScene == null ? null : newScene.getWindow());
        });
        requestFormula();
    }

    public FormulaView(String latex) {
        this();
        setLatex(latex);
    }

    public FormulaView(String latex, boolean display) {
        this();
        setDisplay(display);
        setLatex(latex);
    }

    /**
     * Starts JLaTeXMath in the background (fonts, tables, one formula) so the first lesson opens
     * without a pause. Call it once the JavaFX toolkit is running (e.g. in {@code Application.start});
     * any thread, any number of times.
     */
    public static void warmUp() {
        fonts().thenRunAsync(() -> layOut(new Key("x^2 + \\sqrt{y}", (float) DEFAULT_SIZE, false)), LAYOUT);
    }

    // ---- properties ----

    public StringProperty latexProperty() {
        return latex;
    }

    public String getLatex() {
        return latex.get();
    }

    public void setLatex(String value) {
        latex.set(value);
    }

    /** Font size in pixels (before any scaling of the scene). */
    public DoubleProperty sizeProperty() {
        return size;
    }

    public double getSize() {
        return size.get();
    }

    public void setSize(double value) {
        size.set(value);
    }

    /** True for display style (big operators, limits below), false for inline text style. */
    public BooleanProperty displayProperty() {
        return display;
    }

    public boolean isDisplay() {
        return display.get();
    }

    public void setDisplay(boolean value) {
        display.set(value);
    }

    /** An explicit ink colour; null (the default) follows the theme's text colour. */
    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    /** The colour the formula is drawn in now. */
    public Color ink() {
        return color.get() != null ? color.get() : Theme.paletteProperty().get().text();
    }

    public void setColor(Color value) {
        color.set(value);
    }

    /**
     * Pixels per layout unit to draw at; 0 (the default) means automatic: the window's render scale
     * times the scale of this node in the scene.
     */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public double getScale() {
        return scale.get();
    }

    public void setScale(double value) {
        scale.set(value);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The scale the canvas was last drawn at (for tests and diagnostics); -1 before drawing. */
    public double getDrawnScale() {
        return drawnScale;
    }

    // ---- layout ----

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + contentWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + contentHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    /** The formula's baseline, so a TextFlow lines it up with the surrounding words. */
    @Override
    public double getBaselineOffset() {
        double top = getInsets().getTop();
        if (isShowingFormula()) {
            return top + layout.ascent();
        }
        return top + fallback.getBaselineOffset();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        canvas.relocate(in.getLeft(), in.getTop());
        fallback.relocate(in.getLeft(), in.getTop());
    }

    private boolean isShowingFormula() {
        return layout != null && layout.icon() != null;
    }

    private double contentWidth() {
        if (isShowingFormula()) {
            return layout.icon().getIconWidth();
        }
        return fallback.isVisible() ? fallback.getLayoutBounds().getWidth() : 0;
    }

    private double contentHeight() {
        if (isShowingFormula()) {
            return layout.icon().getIconHeight();
        }
        return fallback.isVisible() ? fallback.getLayoutBounds().getHeight() : 0;
    }

    // ---- getting a layout ----

    private void requestFormula() {
        String text = Objects.requireNonNullElse(latex.get(), "").strip();
        Key key = new Key(text, (float) Math.max(1, size.get()), display.get());
        pending = key;
        Layout cached = CACHE.get(key);
        if (cached != null) {
            show(cached);
            return;
        }
        state.set(State.LOADING);
        IN_FLIGHT.incrementAndGet();
        fonts().thenApplyAsync(ignored -> layOut(key), LAYOUT)
                .thenAccept(result -> Platform.runLater(() -> {
                    IN_FLIGHT.decrementAndGet();
                    if (key.equals(pending)) {         // the latex may have changed meanwhile
                        show(result);
                    }
                }));
    }

    /** Formulas asked for and not yet on screen, across all views. */
    private static final java.util.concurrent.atomic.AtomicInteger IN_FLIGHT = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * True when every formula asked for so far has been laid out and drawn: a headless snapshot
     * waits for this so its picture shows the formulas, not their loading state.
     */
    public static boolean allDrawn() {
        return IN_FLIGHT.get() == 0;
    }

    /** Runs on the layout thread; never throws. */
    private static Layout layOut(Key key) {
        Layout cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Layout result;
        if (key.latex().isEmpty()) {
            result = new Layout(null, "empty formula");
        } else {
            try {
                TeXIcon icon = new TeXFormula(key.latex()).createTeXIcon(
                        key.display() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, key.size());
                // a fresh Insets each time, as "true" insets: otherwise JLaTeXMath adds its own
                // margin to the object it is given, and a shared one would grow with every formula
                icon.setInsets(new java.awt.Insets(PADDING, PADDING, PADDING, PADDING), true);
                result = new Layout(icon, null);
            } catch (RuntimeException | Error e) {    // ParseException, and JLaTeXMath's odd internal errors
                result = new Layout(null, String.valueOf(e.getMessage()));
            }
        }
        CACHE.put(key, result);
        return result;
    }

    private void show(Layout result) {
        layout = result;
        boolean ok = result.icon() != null;
        canvas.setVisible(ok);
        fallback.setVisible(!ok && !pending.latex().isEmpty());
        if (!ok) {
            fallback.setText(pending.latex());
            fallback.setFont(Font.font(Font.getDefault().getFamily(), pending.size()));
        }
        drawnScale = -1;
        draw();
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
        state.set(ok ? State.RENDERED : State.FAILED);
    }

    // ---- drawing ----

    private double effectiveScale() {
        double s = scale.get();
        if (s <= 0) {
            Affine toScene = new Affine(getLocalToSceneTransform());
            double sceneScale = Math.hypot(toScene.getMxx(), toScene.getMyx());
            double render = window == null ? 1 : window.getRenderScaleX();
            s = (sceneScale > 0 ? sceneScale : 1) * render;
        }
        return s;
    }

    private void redrawIfScaleChanged() {
        if (isShowingFormula() && Math.abs(effectiveScale() - drawnScale) > 0.01) {
            draw();
        }
    }

    /** Follows the window's render scale (HiDPI, or moving to another screen) while in a scene. */
    private void followWindow(Window next) {
        if (window != null) {
            window.renderScaleXProperty().removeListener(renderScaleListener);
        }
        window = next;
        if (window != null) {
            window.renderScaleXProperty().addListener(renderScaleListener);
        }
        redrawIfScaleChanged();
    }

    private void draw() {
        if (!Platform.isFxApplicationThread()) {
            // a view may be built off the FX thread (lessons, tests) while a finished layout is
            // drawn on it: one canvas must never be painted from two threads at once
            Platform.runLater(this::draw);
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (!isShowingFormula()) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        TeXIcon icon = layout.icon();
        double s = effectiveScale();
        double maxSide = Math.max(icon.getIconWidth(), icon.getIconHeight());
        s = Math.min(s, MAX_CANVAS_SIDE / Math.max(1, maxSide));
        canvas.setWidth(Math.ceil(icon.getIconWidth() * s));
        canvas.setHeight(Math.ceil(icon.getIconHeight() * s));
        canvasDownScale.setX(1 / s);
        canvasDownScale.setY(1 / s);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.save();
        gc.scale(s, s);
        Color c = ink();
        icon.setForeground(new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity()));
        try {
            icon.paintIcon(null, new FXGraphics2D(gc), 0, 0);
        } catch (RuntimeException e) {
            // a drawing failure leaves a blank formula rather than a broken lesson
        }
        gc.restore();
        drawnScale = s;
    }

    // ---- fonts ----

    /**
     * FXGraphics2D draws AWT fonts by family name, so JLaTeXMath's own TrueType fonts must be known
     * to JavaFX too, or formulas come out in a fallback font with wrong glyphs.
     */
    private static void loadFonts() {
        String base = "/org/scilab/forge/jlatexmath/fonts/";
        for (String font : List.of(
                "base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
                "latin/jlm_cmr10", "latin/jlm_jlmbi10", "latin/jlm_jlmbx10", "latin/jlm_jlmi10",
                "latin/jlm_jlmr10", "latin/jlm_jlmsb10", "latin/jlm_jlmsbi10", "latin/jlm_jlmsi10",
                "latin/jlm_jlmss10", "latin/jlm_jlmtt10",
                "latin/optional/jlm_cmbx10", "latin/optional/jlm_cmbxti10", "latin/optional/jlm_cmss10",
                "latin/optional/jlm_cmssbx10", "latin/optional/jlm_cmssi10", "latin/optional/jlm_cmti10",
                "latin/optional/jlm_cmtt10",
                "maths/jlm_cmbsy10", "maths/jlm_cmsy10", "maths/jlm_msam10", "maths/jlm_msbm10",
                "maths/jlm_rsfs10", "maths/jlm_special", "maths/jlm_stmary10",
                "maths/optional/jlm_dsrom10",
                "euler/jlm_eufb10", "euler/jlm_eufm10")) {
            try (InputStream in = TeXFormula.class.getResourceAsStream(base + font + ".ttf")) {
                if (in != null) {
                    Font.loadFont(in, 10);
                }
            } catch (Exception e) {
                // a missing optional font only affects the few commands that use it
            }
        }
    }
}
