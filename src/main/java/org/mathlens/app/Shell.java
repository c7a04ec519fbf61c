package org.mathlens.app;

import org.mathlens.kit.Looks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.mathlens.explorable.Explorable;
import org.mathlens.kit.Snapshots;
import org.mathlens.kit.Theme;

/**
 * The window's content: menu and toolbar (built from one list of commands), the navigator,
 * the pane host, the lesson panel and the status bar; presenter mode and the theme switch.
 */
public final class Shell extends BorderPane {
    private final Stage stage;
    private final Settings settings;
    private final Player player = new Player();
    private final PaneHost host = new PaneHost(player);
    private final Navigator navigator = new Navigator();
    private final LessonSide lessons;
    private final StatusBar status = new StatusBar();
    private final InputBar input = new InputBar(host::current);
    private final HBox columns = new HBox();
    private final LessonGrip grip;
    private final PresenterCaption caption;
    private final Exports exports;
    private final VBox top = new VBox();
    private final VBox bottom;
    private double presenterScale = 1.5;
    private boolean presenting;
    /** In presenter mode: the lesson and the controls shown beside the picture (a key toggles them). */
    private boolean presenterSides;
    /** What the learner asked of the columns; {@link StagePlan} turns it into widths at each size. */
    private StagePlan.Wish navigatorWish = StagePlan.Wish.AUTO;
    private boolean lessonShown = true;
    private double lessonWish = StagePlan.LESSON_DEFAULT;
    private StagePlan.ControlsWish controlsWish = StagePlan.ControlsWish.AUTO;
    private StagePlan plan;
    /** False in tests, which measure presenter mode at a chosen window size instead of the screen's. */
    boolean fullScreenWhenPresenting = true;

    public Shell(Stage stage, Settings settings) {
        this(stage, settings, org.mathlens.lesson.LessonLibrary.loadBuiltIn(new org.mathlens.lesson.CatalogContext()));
    }

    /** A shell with the built-in lessons already loaded (the app loads them while the theme loads). */
    public Shell(Stage stage, Settings settings, org.mathlens.lesson.LessonLibrary builtInLessons) {
        this.stage = stage;
        this.settings = settings;
        setId("shell");
        exports = new Exports(stage, status);
        lessons = new LessonSide(host, status, builtInLessons);
        List<Command> commands = commands();
        top.getChildren().addAll(menuBar(commands), toolBar(commands));
        setTop(top);
        grip = new LessonGrip(this::lessonWidth, this::setLessonWidth);
        caption = new PresenterCaption(lessons.view());
        caption.setVisible(false);
        caption.setManaged(false);
        HBox.setHgrow(host, Priority.ALWAYS);
        host.setMinWidth(0);
        columns.setId("stage-columns");
        columns.getChildren().addAll(navigator, host, grip, lessons);
        VBox.setVgrow(columns, Priority.ALWAYS);
        setCenter(new VBox(columns, caption));
        bottom = new VBox(input, status);
        setBottom(bottom);
        // the columns are planned from the width: the picture keeps its share as the window resizes
        widthProperty().addListener((o, was, now) -> {
            replan();
            caption.refit();
        });
        heightProperty().addListener((o, was, now) -> caption.refit());
        host.currentProperty().addListener((o, was, now) -> replan());
        navigator.setOnOpen(this::open);
        navigator.setTopics(lessons.topics());
        var problems = lessons.problems();
        if (!problems.isEmpty()) {
            status.error(LessonSide.summary(problems));
        }
        replan();
    }

    private List<Command> commands() {
        BooleanExpression noPane = host.currentProperty().isNull();
        BooleanExpression noAnimation = player.availableProperty().not();
        return List.of(
                new Command("reset", "Reset the pane", "mdi2r-restore", "Shortcut+R", this::reset).whenDisabled(noPane),
                new Command("play", "Play / pause", "mdi2p-play", "Space", player::toggle).whenDisabled(noAnimation),
                new Command("step", "Step", "mdi2s-step-forward", "Shortcut+Period", player::step).whenDisabled(noAnimation),
                new Command("undo", "Undo", "mdi2u-undo", "Shortcut+Z", this::undo).whenDisabled(noPane),
                new Command("redo", "Redo", "mdi2r-redo", "Shortcut+Shift+Z", this::redo).whenDisabled(noPane),
                new Command("export", "Export PNG…", "mdi2c-camera", "Shortcut+E", this::exportPng).whenDisabled(noPane),
                new Command("theme", "Light / dark theme", "mdi2t-theme-light-dark", "Shortcut+T", this::toggleTheme),
                new Command("presenter", "Presenter mode", "mdi2p-presentation", "F5", () -> setPresenting(!presenting)),
                new Command("open-folder", "Open lesson folder…", "mdi2f-folder-open", "Shortcut+O", this::openFolder),
                new Command("save-scene", "Save scene…", "mdi2c-content-save", "Shortcut+S", this::saveScene).whenDisabled(noPane),
                new Command("open-scene", "Open scene…", null, "Shortcut+Shift+O", this::openScene),
                new Command("open-data", "Open data…", null, "Shortcut+Shift+D", this::openData).whenDisabled(lacks(DATA)),
                new Command("open-image", "Open image…", null, "Shortcut+Shift+I", this::openImage).whenDisabled(lacks(IMAGE)),
                new Command("export-model", "Export model…", null, "Shortcut+Shift+M", this::exportModel).whenDisabled(trainsNoModel()),
                new Command("search", "Search lessons", "mdi2m-magnify", "Shortcut+F", this::focusSearch),
                new Command("navigator", "Show / hide the lesson list", "mdi2f-file-tree", "Shortcut+B", this::toggleNavigator),
                new Command("lesson", "Show / hide the lesson", "mdi2b-book-open-variant", "Shortcut+L", this::toggleLesson),
                new Command("controls-place", "Controls under / beside the picture", "mdi2v-view-split-horizontal", "Shortcut+K", this::moveControls),
                new Command("controls-hide", "Show / hide the controls", null, "Shortcut+Shift+K", this::toggleControls),
                new Command("wider-lesson", "Wider lesson", null, "Shortcut+Shift+Right", () -> setLessonWidth(lessonWidth() + 40)),
                new Command("narrower-lesson", "Narrower lesson", null, "Shortcut+Shift+Left", () -> setLessonWidth(lessonWidth() - 40)),
                // issue 15: out of the window (export helper's block)
                new Command("export-svg", "Export SVG…", null, "Shortcut+Shift+E", () -> exports.exportSvg(host.current(), host.paneLayout())).whenDisabled(noPane),
                new Command("export-gif", "Export animation…", null, "Shortcut+Alt+E", () -> exports.exportAnimation(host.current())).whenDisabled(noAnimation),
                new Command("copy-scene", "Copy scene", null, "Shortcut+Shift+C", () -> exports.copyScene(host.current())).whenDisabled(noPane),
                new Command("paste-scene", "Paste scene", null, "Shortcut+Shift+V", this::pasteScene));
    }

    private Command command(List<Command> all, String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private MenuBar menuBar(List<Command> c) {
        Menu file = new Menu("_File");
        file.getItems().addAll(command(c, "open-folder").menuItem(), command(c, "open-scene").menuItem(),
                command(c, "save-scene").menuItem(), command(c, "open-data").menuItem(), command(c, "open-image").menuItem(), command(c, "export").menuItem(), command(c, "export-svg").menuItem(), command(c, "export-gif").menuItem(), command(c, "export-model").menuItem(),
                new Command("quit", "Quit", null, "Shortcut+Q", this::quit).menuItem());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(command(c, "undo").menuItem(), command(c, "redo").menuItem(),
                command(c, "copy-scene").menuItem(), command(c, "paste-scene").menuItem(), command(c, "search").menuItem());
        Menu view = new Menu("_View");
        ToggleGroup scales = new ToggleGroup();
        RadioMenuItem x15 = new RadioMenuItem("Presenter scale ×1.5");
        RadioMenuItem x2 = new RadioMenuItem("Presenter scale ×2");
        x15.setToggleGroup(scales);
        x2.setToggleGroup(scales);
        x15.setSelected(true);
        x15.setOnAction(e -> setPresenterScale(1.5));
        x2.setOnAction(e -> setPresenterScale(2.0));
        view.getItems().addAll(command(c, "navigator").menuItem(), command(c, "lesson").menuItem(),
                command(c, "wider-lesson").menuItem(), command(c, "narrower-lesson").menuItem(),
                command(c, "controls-place").menuItem(), command(c, "controls-hide").menuItem(), new SeparatorMenuItem(),
                command(c, "theme").menuItem(), command(c, "presenter").menuItem(), x15, x2,
                Command.checkItem("snap", "Snap handles to the grid", "Shortcut+G", org.mathlens.kit.Theme.snapToGridProperty()));
        Menu pane = new Menu("_Pane");
        pane.getItems().addAll(command(c, "play").menuItem(), command(c, "step").menuItem(), command(c, "reset").menuItem());
        MenuBar bar = new MenuBar(file, edit, view, pane);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar(List<Command> c) {
        Slider speed = new Slider(0.25, 4, 1);
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Animation speed"));
        speed.valueProperty().bindBidirectional(player.speedProperty());
        speed.disableProperty().bind(player.availableProperty().not());
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(Bindings.format("%.2g×", player.speedProperty()));
        var play = command(c, "play").button();
        player.playingProperty().addListener((o, was, is) -> play.setGraphic(icon(is ? "mdi2p-pause" : "mdi2p-play")));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(command(c, "navigator").button(), command(c, "reset").button(), command(c, "undo").button(), command(c, "redo").button(),
                new Separator(Orientation.VERTICAL), play, command(c, "step").button(), speed, speedLabel,
                new Separator(Orientation.VERTICAL),
                Command.toggleButton("snap", "Snap handles to the grid", "mdi2m-magnet", "Shortcut+G", org.mathlens.kit.Theme.snapToGridProperty()),
                command(c, "export").button(), spring,
                command(c, "controls-place").button(), command(c, "lesson").button(),
                command(c, "theme").button(), command(c, "presenter").button());
        bar.setId("tool-bar");
        return bar;
    }

    private static javafx.scene.Node icon(String literal) {
        try {
            return new org.kordamp.ikonli.javafx.FontIcon(literal);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Opens a topic: its pane in the centre, its lesson on the right. */
    public void open(Topic topic) {
        if (host.open(topic.explorableId()).isEmpty()) {
            status.error("no pane '" + topic.explorableId() + "' for lesson " + topic.lessonId());
            return;
        }
        lessons.show(topic);
        input.clearResult();
        if (presenting) {
            caption.refresh();
        }
        navigator.select(topic.lessonId());
        settings.setLastLesson(topic.lessonId());
        status.info(topic.title());
    }

    /** Opens the lesson last seen, or the first one; its text fills in after the window's first frame. */
    public void openInitial() {
        List<Topic> all = lessons.topics();
        if (all.isEmpty()) {
            return;
        }
        String last = settings.lastLesson();
        Topic first = all.stream().filter(t -> t.lessonId().equals(last)).findFirst().orElse(all.get(0));
        // the window shows itself first; the pane and its lesson are built right after that frame
        host.showLoading(first.title());
        afterNextFrame(() -> open(first));
    }

    /** Runs an action once the next frame has been drawn. */
    static void afterNextFrame(Runnable action) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                // handle() runs at the start of a pulse: runLater lands after that frame is drawn
                javafx.application.Platform.runLater(action);
            }
        }.start();
    }

    public Navigator navigator() {
        return navigator;
    }

    public PaneHost host() {
        return host;
    }

    public LessonSide lessons() {
        return lessons;
    }

    public StatusBar status() {
        return status;
    }

    public InputBar input() {
        return input;
    }

    public Player player() {
        return player;
    }

    private void reset() {
        Explorable e = host.current();
        if (e != null) {
            player.pause();
            e.reset();
            status.info("Reset " + e.title());
        }
    }

    private void undo() {
        Explorable e = host.current();
        if (e != null && !e.history().undo()) {
            status.info("Nothing to undo");
        }
    }

    private void redo() {
        Explorable e = host.current();
        if (e != null && !e.history().redo()) {
            status.info("Nothing to redo");
        }
    }

    private void exportPng() {
        Explorable e = host.current();
        if (e == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the pane as PNG");
        chooser.setInitialFileName(e.id() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the pane (controls and values included) at twice its size. */
    public void exportTo(Path file) {
        try {
            Snapshots.writePng(Snapshots.render(host.paneLayout(), 2), file);
            status.info("Exported " + file.getFileName());
        } catch (IOException | RuntimeException ex) {
            status.error(ex instanceof IOException ? ex.getMessage() : "could not export " + file.getFileName());
        }
    }

    private BooleanExpression trainsNoModel() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> host.current() == null || host.current().trainedModel().isEmpty(), host.currentProperty());
    }

    private void exportModel() {
        Explorable e = host.current();
        var model = e == null ? java.util.Optional.<org.mathlens.explorable.ModelFile>empty() : e.trainedModel();
        if (model.isEmpty()) {
            status.error("This pane has no trained model to export");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the trained model (weights as JSON)");
        chooser.setInitialFileName(model.get().fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportModelTo(file.toPath());
        }
    }

    /** Writes the open pane's trained model as it is now; a failure is one sentence in the status bar. */
    public void exportModelTo(Path file) {
        Explorable e = host.current();
        var model = e == null ? java.util.Optional.<org.mathlens.explorable.ModelFile>empty() : e.trainedModel();
        if (model.isEmpty()) {
            status.error("This pane has no trained model to export");
            return;
        }
        try {
            org.mathlens.explorable.SafeFiles.writeStringAtomically(file, model.get().text());
            status.info("Exported the model to " + file.getFileName());
        } catch (IOException ex) {
            status.error(ex.getMessage());
        }
    }

    /** A pane's data: the parameter named "data" that reads CSV files. */
    private static final java.util.function.Predicate<org.mathlens.explorable.Parameter<?>> DATA =
            p -> p instanceof org.mathlens.explorable.DataParameter && p.name().equals("data");
    private static final java.util.function.Predicate<org.mathlens.explorable.Parameter<?>> IMAGE =
            p -> p instanceof org.mathlens.explorable.ImageParameter;

    private BooleanExpression lacks(java.util.function.Predicate<org.mathlens.explorable.Parameter<?>> kind) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> fileParameter(kind) == null, host.currentProperty());
    }

    private org.mathlens.explorable.Parameter<?> fileParameter(java.util.function.Predicate<org.mathlens.explorable.Parameter<?>> kind) {
        Explorable e = host.current();
        return e == null ? null : e.parameters().all().stream().filter(kind).findFirst().orElse(null);
    }

    private void openData() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file of numbers");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV data", "*.csv", "*.tsv", "*.txt"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openDataFrom(file.toPath());
        }
    }

    private void openImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture (made grayscale, at most 256 px a side)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openImageFrom(file.toPath());
        }
    }

    /** Reads a CSV file into the open pane's data as one undoable change; a bad file is one sentence and changes nothing. */
    public void openDataFrom(Path file) {
        openInto(DATA, "data file", file);
    }

    /** Reads a picture into the open pane's image parameter, likewise. */
    public void openImageFrom(Path file) {
        openInto(IMAGE, "picture", file);
    }

    private void openInto(java.util.function.Predicate<org.mathlens.explorable.Parameter<?>> kind, String noun, Path file) {
        org.mathlens.explorable.Parameter<?> p = fileParameter(kind);
        if (p == null) {
            status.error("This pane takes no " + noun);
            return;
        }
        try {
            host.current().history().record(() -> p.setText("@" + file.toAbsolutePath()));
            status.info("Opened " + file.getFileName());
        } catch (org.mathlens.explorable.ParameterException ex) {
            status.error(ex.getMessage());
        }
    }

    private void saveScene() {
        Explorable e = host.current();
        if (e == null) {
            return;
        }
        FileChooser chooser = sceneChooser("Save the pane as a scene");
        chooser.setInitialFileName(e.id() + ".mathlens.json");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveSceneTo(file.toPath());
        }
    }

    private void openScene() {
        java.io.File file = sceneChooser("Open a saved scene").showOpenDialog(stage);
        if (file != null) {
            openSceneFrom(file.toPath());
        }
    }

    private static FileChooser sceneChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mathlens scene", "*.json"));
        return chooser;
    }

    /** Saves the open pane's parameters; a failure is one sentence in the status bar. */
    public void saveSceneTo(Path file) {
        try {
            org.mathlens.explorable.SavedScene.of(host.current()).write(file);
            status.info("Saved " + file.getFileName());
        } catch (IOException | RuntimeException ex) {
            status.error(ex instanceof IOException ? ex.getMessage() : "could not save " + file.getFileName());
        }
    }

    /**
     * Opens a saved scene: its pane (with that pane's lesson) and its values. The file is read
     * and tried on a fresh pane first, so a broken one changes nothing on screen.
     */
    public void openSceneFrom(Path file) {
        org.mathlens.explorable.SavedScene scene;
        try {
            scene = org.mathlens.explorable.SavedScene.read(file);
            Explorable trial = org.mathlens.explorable.Catalog.create(scene.explorable()).orElseThrow(() ->
                    new org.mathlens.explorable.SavedScene.SceneException(file.getFileName() + ": no pane '" + scene.explorable() + "'"));
            scene.applyTo(trial);
        } catch (org.mathlens.explorable.SavedScene.SceneException ex) {
            status.error(refusal(file, ex.getMessage()));
            return;
        }
        showScene(scene, file.getFileName().toString());
    }

    // --- issue 15 (export helper): scenes from the command line and the clipboard, SVG to a file ---

    /** Edit → Paste scene: the clipboard's scene opens like a file's; anything else is one sentence. */
    public void pasteScene() {
        org.mathlens.explorable.SavedScene scene = exports.pastedScene();
        if (scene != null) {
            showScene(scene, "the scene from the clipboard");
        }
    }

    /** The window's argument: a lesson folder is added to the navigator, a scene file opened. */
    public void openArgument(String target) {
        Path path = Path.of(target);
        afterNextFrame(() -> {
            if (java.nio.file.Files.isDirectory(path)) {
                lessons.openFolder(path);
                navigator.setTopics(lessons.topics());
            } else {
                openSceneFrom(path);
            }
        });
    }

    /** Writes the shown pane as SVG (what File → Export SVG… does after its dialog). */
    public void exportSvgTo(Path file) {
        exports.exportSvgTo(host.paneLayout(), file);
    }

    private void showScene(org.mathlens.explorable.SavedScene scene, String name) {
        Explorable current = host.current();
        if (current == null || !current.id().equals(scene.explorable())) {
            lessons.topics().stream().filter(t -> t.explorableId().equals(scene.explorable())).findFirst()
                    .ifPresentOrElse(this::open, () -> host.open(scene.explorable()));
        }
        scene.applyTo(host.current());
        status.info("Opened " + name);
    }

    /**
     * A refused scene file in one sentence of our words: the file's name first, and no
     * library's advice or web address (a JSON reader's message may carry both).
     */
    static String refusal(Path file, String message) {
        String name = file.getFileName().toString();
        String said = String.valueOf(message).replaceAll("\\s*\\R\\s*", " ")
                .replaceAll("\\s*(See|see)?\\s*https?://\\S+", "")
                .replaceAll("\\s*\\(\\s*\\)", "").strip();
        if (!said.startsWith(name)) {
            said = name + ": " + said;
        }
        int sentence = said.indexOf(". ");
        return sentence > 0 ? said.substring(0, sentence) : said.replaceAll("[.]$", "");
    }

    public void toggleTheme() {
        boolean dark = !Looks.isDark();
        Looks.apply(dark);
        Looks.presenting(presenting);
        settings.setDark(dark);
    }

    private void openFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Open a folder of lessons");
        java.io.File dir = chooser.showDialog(stage);
        if (dir != null) {
            lessons.openFolder(dir.toPath());
            navigator.setTopics(lessons.topics());
        }
    }

    public boolean isPresenting() {
        return presenting;
    }

    /**
     * Presenter mode is a stage: full screen, the picture across it, the current step as a large
     * caption band; the lesson and the controls come back with Ctrl+L. Only the plan's inputs
     * outside it are kept untouched, so leaving (Esc) restores the layout exactly.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        presenterSides = false;
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        if (fullScreenWhenPresenting || !on) {
            stage.setFullScreen(on);
        }
        top.setVisible(!on);
        top.setManaged(!on);
        bottom.setVisible(!on);
        bottom.setManaged(!on);
        caption.setVisible(on);
        caption.setManaged(on);
        applyScale(on ? presenterScale : 1.0);
        Looks.presenting(on);
        if (on) {
            caption.refresh();
        }
        replan();
    }

    /** In presenter mode, shows or hides the lesson and the controls beside the picture. */
    public void togglePresenterSides() {
        if (presenting) {
            presenterSides = !presenterSides;
            replan();
        }
    }

    /** The plan in force now (for tests): which columns stand beside the picture and how wide. */
    public StagePlan plan() {
        return plan;
    }

    /** Lays the columns out again for the current width and wishes (and presenter mode). */
    void replan() {
        double width = getWidth() > 0 ? getWidth() : getPrefWidth();
        if (presenting) {
            plan = presenterSides
                    ? new StagePlan(false, 0, true, Math.max(StagePlan.LESSON_MIN, 0.22 * width),
                    StagePlan.PlacedControls.BESIDE, StagePlan.CONTROLS_WIDTH * presenterScale)
                    : new StagePlan(false, 0, false, 0, StagePlan.PlacedControls.HIDDEN, 0);
        } else {
            plan = StagePlan.of(width, navigatorWish, lessonShown, lessonWish, controlsWish);
        }
        show(navigator, plan.navigator(), plan.navigatorWidth());
        show(lessons, plan.lesson(), plan.lessonWidth());
        grip.setVisible(plan.lesson());
        grip.setManaged(plan.lesson());
        org.mathlens.kit.PaneLayout layout = host.paneLayout();
        if (layout != null) {
            layout.setControls(switch (plan.controls()) {
                case BESIDE -> org.mathlens.kit.PaneLayout.Controls.BESIDE;
                case BELOW -> org.mathlens.kit.PaneLayout.Controls.BELOW;
                case HIDDEN -> org.mathlens.kit.PaneLayout.Controls.HIDDEN;
            });
        }
    }

    private static void show(Region column, boolean shown, double width) {
        column.setVisible(shown);
        column.setManaged(shown);
        if (shown) {
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
        }
    }

    private void toggleNavigator() {
        navigatorWish = plan.navigator() ? StagePlan.Wish.HIDDEN : StagePlan.Wish.SHOWN;
        replan();
    }

    private void toggleLesson() {
        if (presenting) {
            togglePresenterSides();
            return;
        }
        lessonShown = !lessonShown;
        replan();
    }

    private void moveControls() {
        controlsWish = plan.controls() == StagePlan.PlacedControls.BESIDE
                ? StagePlan.ControlsWish.BELOW : StagePlan.ControlsWish.BESIDE;
        replan();
    }

    private void toggleControls() {
        controlsWish = plan.controls() == StagePlan.PlacedControls.HIDDEN
                ? StagePlan.ControlsWish.AUTO : StagePlan.ControlsWish.HIDDEN;
        replan();
    }

    double lessonWidth() {
        return plan == null ? lessonWish : plan.lessonWidth();
    }

    /** The lesson column's width, as the learner drags its grip (kept within its bounds). */
    void setLessonWidth(double width) {
        lessonWish = StagePlan.clamp(width, StagePlan.LESSON_MIN, StagePlan.LESSON_MAX);
        lessonShown = true;
        replan();
    }

    /** Ctrl+F from anywhere: the navigator opens if it was folded, and its search box takes the keys. */
    private void focusSearch() {
        if (presenting) {
            return;
        }
        if (!plan.navigator()) {
            navigatorWish = StagePlan.Wish.SHOWN;
            replan();
        }
        navigator.searchField().requestFocus();
        navigator.searchField().selectAll();
    }

    /** File → Quit and Ctrl+Q: the window saves its size as it hides, whichever way it is closed. */
    private void quit() {
        stage.close();
    }

    public void setPresenterScale(double scale) {
        presenterScale = scale;
        if (presenting) {
            applyScale(scale);
        }
    }

    private void applyScale(double scale) {
        Theme.uiScaleProperty().set(scale);
        setStyle(scale == 1.0 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * scale));
    }

    private static final KeyCombination SEARCH = KeyCombination.valueOf("Shortcut+F");

    private void keys(KeyEvent e) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (SEARCH.match(e)) {
            // before any pane sees it: a picture's own F (fit) must not swallow Ctrl+F
            focusSearch();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN || (presenting && !typing && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN))) {
            lessons.nextStep();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP || (presenting && !typing && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP))) {
            lessons.previousStep();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && presenting) {
            setPresenting(false);
            e.consume();
        }
    }

    /** A scene for this shell with the app's style sheet. */
    public Scene createScene(double w, double h) {
        Scene scene = new Scene(this, w, h);
        Looks.style(scene);
        // on the scene, not the root: keys must work even when nothing has the focus
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        return scene;
    }

    /** Keeps a lesson-panel slot usable before any lesson is shown. */
    static StackPane placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return new StackPane(l);
    }
}
