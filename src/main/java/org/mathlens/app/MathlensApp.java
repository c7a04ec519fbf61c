package org.mathlens.app;

import org.mathlens.kit.Looks;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mathlens.cli.Bench;
import org.mathlens.lesson.LessonContext;
import org.mathlens.lesson.LessonLibrary;

/** The window. Started by {@link org.mathlens.Main} with no arguments. */
public final class MathlensApp extends Application {
    private static volatile boolean probe;
    /** What runs once the window is shown (the window bench), or null. */
    private static volatile java.util.function.BiConsumer<Stage, Shell> then;

    public static void launchWindow(String[] args) {
        org.mathlens.cli.Toolkit.quietClassPathWarning();
        Application.launch(MathlensApp.class, args);
    }

    /** Opens the window on a saved scene or a lesson folder (checked by the caller); returns -1, the window's code. */
    public static int launchWindowWith(String target) {
        launchWindow(new String[] {target});
        return -1;
    }

    /** Opens the window and, at its first frame, prints the milliseconds since the JVM started and quits. */
    public static void launchProbe() {
        probe = true;
        org.mathlens.cli.Toolkit.quietClassPathWarning();
        Application.launch(MathlensApp.class);
    }

    /** Opens the window and hands it, once shown, to a script ({@code --bench-window}). */
    static void launchThen(java.util.function.BiConsumer<Stage, Shell> script) {
        then = script;
        org.mathlens.cli.Toolkit.quietClassPathWarning();
        Application.launch(MathlensApp.class);
    }

    /** The content's size and the window's position, unless full screen or maximized (those are not a size to reopen with). */
    static void remember(Stage stage, Settings settings) {
        if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified() && stage.getScene() != null) {
            settings.setSize(stage.getScene().getWidth(), stage.getScene().getHeight());
            settings.setPosition(stage.getX(), stage.getY());
        }
        settings.flush();
    }

    @Override
    public void start(Stage stage) {
        // the lessons parse on another core while the theme's style sheets load on this one;
        // they are checked against every pane later, in the background, so the window opens fast
        var lessons = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> LessonLibrary.loadBuiltIn(LessonContext.SYNTAX_ONLY));
        Settings settings = new Settings();
        // in the window heavy work runs on workers; headless commands and tests keep it synchronous
        org.mathlens.explorable.Background.useWorkerThreads(true);
        Looks.apply(settings.dark());
        Shell shell = new Shell(stage, settings, lessons.join());
        settings.takeProblem().ifPresent(shell.status()::error);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            // a defect must not show a stack trace to a learner: one sentence in the status bar,
            // the details on the console for whoever reports it, and the window stays alive
            System.err.println("mathlens: internal error: " + e);
            shell.status().error("Something went wrong (" + e.getClass().getSimpleName() + "); the pane may need Reset.");
        });
        stage.setTitle("Mathlens");
        var screens = javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
        javafx.geometry.Rectangle2D primary = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.geometry.Rectangle2D place = WindowPlacement.place(settings.x(), settings.y(),
                settings.width(), settings.height(), screens, primary);
        // the scene is sized, not the window: the saved size is the content's, so the frame is not
        // added to it again at every start
        stage.setScene(shell.createScene(place.getWidth(), place.getHeight()));
        if (Double.isFinite(place.getMinX())) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
        }
        stage.setMinWidth(Math.min(Settings.MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(Settings.MIN_HEIGHT, primary.getHeight()));
        // hiding happens on every way out: the close box, File → Quit and Ctrl+Q
        stage.setOnHiding(e -> remember(stage, settings));
        shell.openInitial();
        getParameters().getRaw().stream().findFirst().ifPresent(shell::openArgument);
        stage.show();
        // once the window is up and idle, check the lessons against the panes themselves
        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        idle.setOnFinished(e -> shell.lessons().checkBuiltInLater());
        org.mathlens.kit.FormulaView.warmUp();
        idle.play();
        if (then != null) {
            then.accept(stage, shell);
        }
        if (probe) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    System.out.println(Bench.sinceJvmStart());
                    System.out.flush();
                    stop();
                    Platform.exit();
                    System.exit(0);
                }
            }.start();
        }
    }
}
