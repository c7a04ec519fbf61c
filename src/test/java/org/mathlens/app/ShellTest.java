package org.mathlens.app;

import org.mathlens.kit.Looks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.explorable.Explorable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Plane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/mathlens-test-" + System.nanoTime());
        Looks.apply(false);
        shell = new Shell(stage, new Settings(prefs));
        stage.setFullScreen(false);
        stage.setScene(shell.createScene(1920, 1080));
        // TestFX shares one stage between test classes: an earlier class (StageTest) may have
        // sized it for 1024×640, where the navigator folds away
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void choosingTheVectorsLessonShowsItsPaneAndADragAddsExactly(FxRobot robot) {
        robot.clickOn("#navigator-search").write("vectors");
        robot.clickOn(robot.lookup(".tree-cell").match(c -> c instanceof javafx.scene.control.TreeCell<?> cell
                && cell.getItem() instanceof Topic t && t.explorableId().equals("vectors")).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        Explorable pane = shell.host().current();
        assertThat(pane).isNotNull();
        assertThat(pane.id()).isEqualTo("vectors");

        Plane plane = (Plane) pane.view();
        Handle u = plane.handles().get(0);
        assertThat(u.name()).startsWith("u");
        Point2D from = plane.localToScreen(plane.viewport().sx(u.x()), plane.viewport().sy(u.y()));
        // drag u's tip to the grid point (-2, 3); snapping puts it there exactly
        Point2D to = plane.localToScreen(plane.viewport().sx(-2), plane.viewport().sy(3));
        robot.drag(from).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();

        double[] v = pane.parameters().snapshot().get("v").equals("[1.0, 2.0]") ? new double[] {1, 2} : null;
        assertThat(v).as("v untouched by dragging u").isNotNull();
        assertThat(pane.readouts().read("u").text()).isEqualTo("[-2.0, 3.0]");
        assertThat(pane.readouts().read("sum").text()).isEqualTo("[-1.0, 5.0]");
        Label shown = robot.lookup("#readout-sum").queryAs(Label.class);
        assertThat(shown.getText()).as("the values column: integers as integers").isEqualTo("[-1, 5]");

        // Ctrl+Z undoes the whole drag
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.readouts().read("sum").text()).isEqualTo("[4.0, 3.0]");
    }

    @Test
    void aBadValueTypedIntoAFieldIsExplainedThereAndChangesNothing(FxRobot robot) {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("vectors")).findFirst().orElseThrow()));
        robot.clickOn("#param-u");
        robot.interact(() -> robot.lookup("#param-u").queryAs(javafx.scene.control.TextField.class).selectAll());
        robot.write("[1, 2").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#param-u").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("[1, 2");
        Label error = robot.lookup("#param-u-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("u: ");
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[3.0, 1.0]");
    }

    @Test
    void theThemeSwitchesAndPresenterModeScales(FxRobot robot) {
        robot.interact(() -> shell.toggleTheme());
        assertThat(Looks.isDark()).isTrue();
        robot.interact(() -> shell.toggleTheme());
        assertThat(Looks.isDark()).isFalse();
        robot.interact(() -> shell.setPresenting(true));
        assertThat(org.mathlens.kit.Theme.uiScale()).isEqualTo(1.5);
        assertThat(org.mathlens.kit.Theme.palette().name()).as("high contrast for a projector").isEqualTo("presenter");
        assertThat(shell.navigator().isVisible()).as("presenter mode hides the lesson list").isFalse();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.isPresenting()).isFalse();
        assertThat(org.mathlens.kit.Theme.uiScale()).isEqualTo(1.0);
        assertThat(org.mathlens.kit.Theme.palette().name()).isEqualTo("light");
    }

    @Test
    void theInputBarEvaluatesAndSetsTheOpenPanesParameters(FxRobot robot) {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("vectors")).findFirst().orElseThrow()));
        InputBar bar = shell.input();
        robot.clickOn("#input-field").write("det([[2, 1], [1, 2]])").type(javafx.scene.input.KeyCode.ENTER);
        settled(bar);
        assertThat(bar.resultText()).isEqualTo("3.0");

        robot.write("u = [1, -1]").type(javafx.scene.input.KeyCode.ENTER);
        settled(bar);
        assertThat(shell.host().current().readouts().read("sum").text()).isEqualTo("[2.0, 1.0]");

        robot.write("u = [1, 2, 3]").type(javafx.scene.input.KeyCode.ENTER);
        settled(bar);
        assertThat(bar.showsError()).isTrue();
        assertThat(bar.resultText()).isEqualTo("error: u needs 2 components, not 3");
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[1.0, -1.0]");

        robot.interact(() -> bar.field().clear());
        robot.write("det([[1, 2], [3, 4]").type(javafx.scene.input.KeyCode.ENTER);
        settled(bar);
        assertThat(bar.resultText()).startsWith("error: expected");
        robot.interact(() -> bar.field().clear());
        robot.type(javafx.scene.input.KeyCode.UP);
        assertThat(bar.field().getText()).isEqualTo("det([[1, 2], [3, 4]");
    }

    /** The input bar computes off the FX thread: wait until its result is on screen. */
    private static void settled(InputBar bar) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !bar.isBusy());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the input bar never finished", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A long computation leaves the window responsive; Esc stops it; a stale result never shows. */
    @Test
    void theInputBarComputesOffTheFxThreadAndEscCancels(FxRobot robot) throws Exception {
        openVectors(robot);
        InputBar bar = shell.input();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.Function<String, org.mathlens.math.expr.Session.Result> real = bar.evaluator;
        bar.evaluator = line -> {
            if (line.equals("slow")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return new org.mathlens.math.expr.Session.Result(line, null, null, "slow finished");
            }
            if (line.equals("stubborn")) {        // ignores the interrupt, finishes late
                while (true) {
                    try {
                        if (release.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                    }
                }
                return new org.mathlens.math.expr.Session.Result(line, null, null, "STALE");
            }
            return real.apply(line);
        };
        robot.clickOn("#input-field").write("slow").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isBusy()).isTrue();
        assertThat(robot.lookup("#input-cancel").queryButton().isVisible()).isTrue();
        // the window still answers: a parameter changes while the line computes
        robot.interact(() -> shell.host().current().parameters().set("u", "[0, 2]"));
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[0.0, 2.0]");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isBusy()).isFalse();
        assertThat(bar.resultText()).isEqualTo("error: cancelled");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, interrupted::get);

        robot.interact(() -> bar.field().setText("stubborn"));
        robot.interact(bar::submit);
        robot.interact(() -> bar.field().setText("1 + 1"));
        robot.interact(bar::submit);
        release.countDown();
        settled(bar);
        assertThat(bar.resultText()).isEqualTo("2.0");
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.resultText()).as("the older line's late result is dropped").isEqualTo("2.0");
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[0.0, 2.0]");
    }

    @Test
    void openDataReadsACsvIntoThePaneAsOneUndoAndABadFileChangesNothing(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("gradient-descent")).findFirst().orElseThrow()));
        Explorable pane = shell.host().current();
        java.nio.file.Path good = dir.resolve("line.csv");
        java.nio.file.Files.writeString(good, "dose,score\n0,1\n1,3\n2,5\n");
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "dose,score\n0,1\n1,lots\n");
        robot.interact(() -> shell.openDataFrom(good));
        assertThat(pane.parameters().get("data").text()).isEqualTo("@" + good.toAbsolutePath());
        assertThat(shell.status().text()).isEqualTo("Opened line.csv");
        robot.interact(() -> shell.openDataFrom(bad));
        assertThat(shell.status().text()).isEqualTo("bad.csv:3: column 'score' holds 'lots', not a number");
        assertThat(pane.parameters().get("data").text()).isEqualTo("@" + good.toAbsolutePath());
        robot.interact(() -> pane.history().undo());
        assertThat(pane.parameters().get("data").text()).isEqualTo("clinical-trial");
        openVectors(robot);
        robot.interact(() -> shell.openDataFrom(good));
        assertThat(shell.status().text()).isEqualTo("This pane takes no data file");
    }

    /** File → Export model writes the network as shown, as JSON; a pane that trains nothing says so and writes nothing. */
    @Test
    void exportModelWritesTheTrainedNetworkAndAPaneWithoutOneSaysSo(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("neural-network")).findFirst().orElseThrow()));
        Explorable pane = shell.host().current();
        robot.interact(() -> pane.parameters().get("epochs").setText("5"));
        java.nio.file.Path file = dir.resolve("net.json");
        robot.interact(() -> shell.exportModelTo(file));
        assertThat(shell.status().text()).isEqualTo("Exported the model to net.json");
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(file)).getAsJsonObject();
        assertThat(json.get("format").getAsString()).isEqualTo("mathlens-network-1");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(pane.trainedModel().orElseThrow().text());

        openVectors(robot);
        java.nio.file.Path none = dir.resolve("none.json");
        robot.interact(() -> shell.exportModelTo(none));
        assertThat(shell.status().text()).isEqualTo("This pane has no trained model to export");
        assertThat(none).doesNotExist();
    }

    private void openVectors(FxRobot robot) {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("vectors")).findFirst().orElseThrow()));
    }

    @Test
    void aLessonStepAppliesItsValuesAndExercisesAreChecked(FxRobot robot) {
        openVectors(robot);
        Explorable pane = shell.host().current();
        robot.clickOn("#lesson-step-1");
        WaitForAsyncUtils.waitForFxEvents();
        // step 2 of the vectors lesson: u = [2, 3], v = [3, -1]
        assertThat(pane.readouts().read("u").text()).isEqualTo("[2.0, 3.0]");
        assertThat(pane.readouts().read("sum").text()).isEqualTo("[5.0, 2.0]");
        assertThat(shell.lessons().view().getCurrentStep()).isEqualTo(1);
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.lessons().view().getCurrentStep()).isEqualTo(2);
        assertThat(pane.readouts().read("scaled").text()).isEqualTo("[-3.0, -1.5]");

        javafx.scene.control.TextField answer = robot.lookup(".lesson-answer").queryAs(javafx.scene.control.TextField.class);
        robot.interact(answer::requestFocus);
        robot.write("[4, 2]").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label result = robot.lookup(".lesson-result").queryAs(Label.class);
        assertThat(result.getText()).startsWith("Not yet").contains("Add the first components");
        robot.interact(() -> answer.setText("[4, 3]"));
        robot.interact(answer::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.getText()).isEqualTo("Right!");
    }

    @Test
    void aGoalExerciseReadsThePane(FxRobot robot) {
        openVectors(robot);
        Explorable pane = shell.host().current();
        var lesson = shell.lessons().view().getLesson();
        var goal = lesson.exercises().stream().filter(e -> e.goal().isPresent()).findFirst().orElseThrow();
        assertThat(shell.lessons().checkGoal(lesson, goal).right()).isFalse();
        robot.interact(() -> pane.parameters().set("v", "[-3, -1]"));
        assertThat(shell.lessons().checkGoal(lesson, goal).right()).isTrue();
    }

    @Test
    void aMalformedLessonIsReportedWithItsLineAndTheOthersStillLoad(FxRobot robot) throws Exception {
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("lessons");
        java.nio.file.Path section = java.nio.file.Files.createDirectories(root.resolve("01-mine"));
        java.nio.file.Files.writeString(section.resolve("01-good.md"),
                "---\nid: my-good\ntitle: My good lesson\nexplorable: vectors\n---\nHello.\n");
        java.nio.file.Files.writeString(section.resolve("02-bad.md"),
                "---\nid: my-bad\ntitle: Broken\nexplorable: vectors\n---\n## Step: s\nset: u = [1, 2, 3]\n");
        robot.interact(() -> shell.lessons().openFolder(root));
        assertThat(shell.status().text()).isEqualTo(root.getFileName() + "/01-mine/02-bad.md:7: bad value '[1, 2, 3]' for parameter 'u': u needs 2 components, not 3");
        assertThat(shell.lessons().topics()).extracting(Topic::lessonId).contains("my-good", "vectors").doesNotContain("my-bad");
    }

    @Test
    void ctrlGTurnsSnappingOffForEveryPlane(FxRobot robot) {
        openVectors(robot);
        Plane plane = (Plane) shell.host().current().view();
        assertThat(plane.snappingProperty().get()).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.G).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(org.mathlens.kit.Theme.snapToGridProperty().get()).isFalse();
            assertThat(plane.snappingProperty().get()).isFalse();
            assertThat(plane.snapStep()).as("unsnapped drags move by about a pixel").isLessThan(0.1);
        } finally {
            robot.interact(() -> org.mathlens.kit.Theme.snapToGridProperty().set(true));
        }
    }

    @Test
    void aFunctionDefinitionInTheInputBarSetsThePanesFunction(FxRobot robot) {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals("derivative-rules")).findFirst().orElseThrow()));
        robot.clickOn("#input-field").write("f(x) = x^3 - x").type(javafx.scene.input.KeyCode.ENTER);
        settled(shell.input());
        assertThat(shell.input().resultText()).isEqualTo("f(x) = x^3 - x");
        assertThat(shell.host().current().readouts().read("derivative").text()).isEqualTo("3*x^2 - 1");
        // one Ctrl+Z takes the whole change back
        robot.interact(() -> shell.host().current().history().undo());
        assertThat(shell.host().current().readouts().read("derivative").text()).isNotEqualTo("3*x^2 - 1");
    }

    @Test
    void aSceneSavesAndOpensAndACorruptedOneChangesNothing(FxRobot robot) throws Exception {
        openVectors(robot);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scenes");
        java.nio.file.Path file = dir.resolve("mine.json");
        robot.interact(() -> shell.host().current().parameters().set("u", "[-1, 4]"));
        robot.interact(() -> shell.saveSceneTo(file));
        robot.interact(() -> shell.host().current().reset());
        robot.interact(() -> shell.openSceneFrom(file));
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[-1.0, 4.0]");
        assertThat(shell.status().text()).isEqualTo("Opened mine.json");

        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"mathlens-scene\": 1, \"explorable\": \"norms\", \"parameters\": {\"v\": \"[1, 2, 3]\"}}");
        robot.interact(() -> shell.openSceneFrom(bad));
        assertThat(shell.status().text()).isEqualTo("bad.json: the scene's v needs 2 components, not 3");
        assertThat(shell.host().current().id()).as("still on the pane we had").isEqualTo("vectors");
        assertThat(shell.host().current().readouts().read("u").text()).isEqualTo("[-1.0, 4.0]");
    }
}
