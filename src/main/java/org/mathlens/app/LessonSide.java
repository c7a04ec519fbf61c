package org.mathlens.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.ParameterException;
import org.mathlens.lesson.CatalogContext;
import org.mathlens.lesson.CheckResult;
import org.mathlens.lesson.Exercise;
import org.mathlens.lesson.ExerciseChecker;
import org.mathlens.lesson.Lesson;
import org.mathlens.lesson.LessonActions;
import org.mathlens.lesson.LessonLibrary;
import org.mathlens.lesson.LessonProblem;
import org.mathlens.lesson.LessonView;
import org.mathlens.lesson.Step;

/**
 * The right column: the lesson of the open pane. It owns the lesson libraries (the built-in
 * one and any folder the user opened) and connects the lesson view to the pane: a step sets
 * parameters (one undoable change), an exercise is checked against the math language or the
 * pane's readouts.
 */
public final class LessonSide extends StackPane implements LessonActions {
    private final PaneHost host;
    private final StatusBar status;
    private CatalogContext context;
    private List<Topic> topics;
    private final List<LessonLibrary> libraries = new ArrayList<>();
    private final LessonView view = new LessonView(this);

    /** {@code builtIn}: the shipped lessons, loaded before the window opens (checked fully later). */
    public LessonSide(PaneHost host, StatusBar status, LessonLibrary builtIn) {
        this.host = host;
        this.status = status;
        setId("lesson-side");
        getStyleClass().add("lesson-panel");
        setMinWidth(260);
        setPrefWidth(380);
        libraries.add(builtIn);
        getChildren().add(view);
    }

    /** Every lesson as a navigator entry (built once; a newly opened folder adds to them). */
    public List<Topic> topics() {
        if (topics == null) {
            topics = buildTopics();
        }
        return topics;
    }

    private List<Topic> buildTopics() {
        List<Topic> topics = new ArrayList<>();
        for (LessonLibrary library : libraries) {
            for (Lesson l : library.all()) {
                topics.add(new Topic(l.sectionTitle(), l.title(), l.explorable(), l.id(), l.searchText()));
            }
        }
        return topics;
    }

    public List<LessonProblem> problems() {
        return libraries.stream().flatMap(l -> l.problems().stream()).toList();
    }

    private Lesson lesson(String id) {
        for (int i = libraries.size() - 1; i >= 0; i--) {
            var found = libraries.get(i).byId(id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /** Shows a topic's lesson and applies its starting parameters to the pane just opened. */
    public void show(Topic topic) {
        Lesson lesson = lesson(topic.lessonId());
        if (lesson == null) {
            return;
        }
        Explorable pane = host.current();
        if (pane != null && !lesson.params().isEmpty()) {
            try {
                pane.parameters().setAll(lesson.params());
                pane.history().clear();
            } catch (ParameterException e) {
                status.error(lesson.source() + ": " + e.getMessage());
            }
        }
        view.show(lesson);
    }

    public LessonView view() {
        return view;
    }

    public void nextStep() {
        view.nextStep();
    }

    public void previousStep() {
        view.previousStep();
    }

    /** Adds a folder of the user's lessons; its problems go to the status bar, its lessons to the navigator. */
    public void openFolder(Path dir) {
        LessonLibrary library = LessonLibrary.load(dir, context());
        libraries.add(library);
        topics = null;
        if (library.problems().isEmpty()) {
            status.info("Opened " + library.all().size() + " lessons from " + dir);
        } else {
            status.error(summary(library.problems()));
        }
    }

    /** Checking lessons against the panes builds every pane once: only when first needed. */
    private CatalogContext context() {
        if (context == null) {
            context = new CatalogContext();
        }
        return context;
    }

    /**
     * Checks the built-in lessons against the real panes on a background thread (it costs the
     * time of building every pane once) and reports any problem in the status bar.
     */
    public void checkBuiltInLater() {
        Thread checker = new Thread(() -> {
            List<LessonProblem> problems = LessonLibrary.loadBuiltIn(new CatalogContext()).problems();
            if (!problems.isEmpty()) {
                javafx.application.Platform.runLater(() -> status.error(summary(problems)));
            }
        }, "lesson-check");
        checker.setDaemon(true);
        checker.setPriority(Thread.MIN_PRIORITY);
        checker.start();
    }

    /** One line for the status bar: the problem itself, or how many and the first. */
    static String summary(List<LessonProblem> problems) {
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " lesson problems; the first: " + problems.get(0);
    }

    @Override
    public void applyStep(Lesson lesson, Step step) {
        Explorable pane = host.current();
        if (pane == null || !pane.id().equals(lesson.explorable())) {
            return;
        }
        try {
            pane.history().record(() -> pane.parameters().setAll(step.set()));
            status.info(step.title());
        } catch (ParameterException e) {
            status.error(lesson.source() + ":" + step.line() + ": " + e.getMessage());
        }
    }

    @Override
    public CheckResult checkAnswer(Lesson lesson, Exercise exercise, String input) {
        return ExerciseChecker.checkAnswer(exercise, input);
    }

    @Override
    public CheckResult checkGoal(Lesson lesson, Exercise exercise) {
        Explorable pane = host.current();
        if (pane == null) {
            return CheckResult.error("open the pane first");
        }
        return ExerciseChecker.checkGoal(exercise, pane.readouts());
    }
}
