package org.mathlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.kit.Looks;
import org.mathlens.kit.PaneLayout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, the stage: how much of the window the picture gets, presenter mode, and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StageTest {
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preferences prefs = Preferences.userRoot().node("org/mathlens-stage-test-" + System.nanoTime());
        Looks.apply(false);
        shell = new Shell(stage, new Settings(prefs));
        shell.fullScreenWhenPresenting = false;
        stage.setScene(shell.createScene(1024, 640));
        stage.show();
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the columns are planned as the width changes: one more pass lays the plan out
        robot.interact(() -> shell.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.getScene().getRoot().layout());
    }

    private void open(FxRobot robot, String pane) {
        robot.interact(() -> shell.open(shell.lessons().topics().stream()
                .filter(t -> t.explorableId().equals(pane)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node picture() {
        return shell.host().current().view();
    }

    private Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private double sceneWidth() {
        return shell.getScene().getWidth();
    }

    private double sceneHeight() {
        return shell.getScene().getHeight();
    }

    /** Where every column is: equal lists mean the same layout. */
    private List<String> layout() {
        List<Node> nodes = List.of(shell.navigator(), shell.host(), shell.lessons(), picture(),
                shell.host().paneLayout().sideColumn());
        return nodes.stream().map(n -> n.isVisible() + " " + (n.getScene() == null ? "-" : inScene(n).toString())).toList();
    }

    private void picturesShareAt(FxRobot robot, double w, double h) {
        resize(robot, w, h);
        assertThat(sceneWidth()).isEqualTo(w);
        Bounds pic = inScene(picture());
        assertThat(pic.getWidth() / w).as("picture's share of %s×%s", w, h).isGreaterThanOrEqualTo(StagePlan.PICTURE_SHARE);
        assertThat(pic.getHeight()).as("the picture keeps a usable height").isGreaterThan(0.45 * h);
        assertThat(pic.getMaxX()).isLessThanOrEqualTo(w + 0.5);
        assertThat(inScene(shell.lessons()).getMaxX()).as("the lesson is not pushed off the window").isLessThanOrEqualTo(w + 0.5);

        List<String> before = layout();
        robot.interact(() -> shell.lessons().view().goToStep(-1));
        robot.interact(() -> shell.setPresenting(true));
        robot.interact(() -> shell.getScene().getRoot().layout());
        Bounds stagePic = inScene(picture());
        assertThat(stagePic.getWidth() / w).as("presenter mode: the picture's width").isGreaterThanOrEqualTo(0.99);
        assertThat(stagePic.getWidth() * stagePic.getHeight() / (w * h)).as("presenter mode: the picture's share of the screen")
                .isGreaterThanOrEqualTo(0.75);
        Node caption = robot.lookup("#presenter-caption").query();
        Bounds band = inScene(caption);
        assertThat(band.getMaxY()).as("the caption band is inside the window").isLessThanOrEqualTo(h + 0.5);
        assertThat(band.getMinY()).as("the caption band starts under the picture").isGreaterThanOrEqualTo(stagePic.getMaxY() - 0.5);
        assertThat(((PresenterCaption) caption).showsAll()).as("the lesson's opening is all in view").isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(() -> shell.getScene().getRoot().layout());
        robot.interact(() -> shell.getScene().getRoot().layout());
        assertThat(((PresenterCaption) caption).showsAll()).as("the first step is all in view").isTrue();
        assertThat(inScene(picture()).getWidth() * inScene(picture()).getHeight() / (w * h)).isGreaterThanOrEqualTo(0.75);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.getScene().getRoot().layout());
        assertThat(shell.isPresenting()).isFalse();
        assertThat(layout()).as("Esc restores the layout exactly").isEqualTo(before);
    }

    @Test
    void thePictureGetsItsShareAt1024x640AndInPresenterMode(FxRobot robot) {
        open(robot, "vectors");
        picturesShareAt(robot, 1024, 640);
        assertThat(shell.plan().controls()).as("a narrow window puts the controls under the picture")
                .isEqualTo(StagePlan.PlacedControls.BELOW);
        assertThat(shell.navigator().isVisible()).as("the navigator folds away by itself").isFalse();
    }

    @Test
    void thePictureGetsItsShareAt1920x1080AndInPresenterMode(FxRobot robot) {
        open(robot, "vectors");
        picturesShareAt(robot, 1920, 1080);
        assertThat(shell.navigator().isVisible()).isTrue();
        assertThat(shell.host().paneLayout().controls()).isEqualTo(PaneLayout.Controls.BESIDE);
    }

    @Test
    void theShareHoldsAtTheSizesTeachersProjectAt(FxRobot robot) {
        open(robot, "gradient-descent");
        for (double[] size : new double[][] {{1280, 720}, {1366, 768}, {1024, 768}, {1600, 1000}}) {
            picturesShareAt(robot, size[0], size[1]);
        }
    }

    /** A step in presenter mode: its title in the band, PageDown / arrows walk, Ctrl+L brings the lesson back. */
    @Test
    void presenterModeWalksTheStepsInItsCaption(FxRobot robot) {
        open(robot, "vectors");
        resize(robot, 1280, 720);
        robot.interact(() -> shell.setPresenting(true));
        var view = shell.lessons().view();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(view.getCurrentStep()).isEqualTo(0);
        robot.type(KeyCode.RIGHT);
        assertThat(view.getCurrentStep()).isEqualTo(1);
        robot.type(KeyCode.LEFT);
        assertThat(view.getCurrentStep()).isEqualTo(0);
        javafx.scene.text.TextFlow title = robot.lookup("#presenter-caption-title").query();
        String words = title.getChildren().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
        assertThat(words).contains(view.getLesson().steps().get(0).title().replaceAll("[*_`$]", "").split(" ")[0]);
        assertThat(shell.lessons().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.lessons().isVisible()).as("Ctrl+L shows the lesson and controls").isTrue();
        assertThat(shell.host().paneLayout().controls()).isEqualTo(PaneLayout.Controls.BESIDE);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.lessons().isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    /** The navigator, the lesson and the controls each give way on request, and come back. */
    @Test
    void theColumnsFoldAndComeBackByKeyboard(FxRobot robot) {
        open(robot, "vectors");
        resize(robot, 1920, 1080);
        assertThat(shell.navigator().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.navigator().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.lessons().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.host().paneLayout().controls()).isEqualTo(PaneLayout.Controls.BELOW);
        robot.interact(() -> shell.getScene().getRoot().layout());
        assertThat(inScene(picture()).getWidth()).as("alone, the picture takes the whole width").isGreaterThan(1900);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.lessons().isVisible()).isTrue();
        assertThat(shell.host().paneLayout().controls()).isEqualTo(PaneLayout.Controls.BESIDE);
        // the grip narrows the lesson from the keyboard
        double wide = shell.lessons().getWidth();
        robot.interact(() -> robot.lookup("#lesson-grip").query().requestFocus());
        robot.type(KeyCode.RIGHT, 3);
        robot.interact(() -> shell.getScene().getRoot().layout());
        assertThat(shell.lessons().getWidth()).isEqualTo(wide - 3 * LessonGrip.STEP);
    }

    /** Ctrl+F reaches the search box from the picture after a drag (a pane's F key must not swallow it). */
    @Test
    void ctrlFReachesTheSearchFromThePicture(FxRobot robot) {
        open(robot, "vectors");
        resize(robot, 1024, 700);
        assertThat(shell.navigator().isVisible()).isFalse();
        robot.clickOn(picture());
        robot.drag(picture()).moveBy(10, 10).drop();
        robot.interact(() -> picture().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.navigator().isVisible()).as("Ctrl+F opens the folded navigator").isTrue();
        assertThat(shell.navigator().searchField().isFocused()).isTrue();
    }

    @Test
    void searchPutsTitleMatchesFirst(FxRobot robot) {
        robot.interact(() -> shell.navigator().searchField().setText("gradient descent"));
        List<Topic> found = shell.navigator().visibleTopics();
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).title().toLowerCase()).contains("gradient descent");
        assertThat(found.size()).as("lessons that mention it are still found, after").isGreaterThan(1);
    }

    @Test
    void theInputBarsResultClearsWhenAnotherPaneOpens(FxRobot robot) throws Exception {
        open(robot, "vectors");
        InputBar bar = shell.input();
        robot.interact(() -> bar.field().setText("1 + 2"));
        robot.interact(bar::submit);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !bar.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.resultText()).isEqualTo("3.0");
        open(robot, "gradient-descent");
        assertThat(bar.resultText()).isEmpty();
    }

    @Test
    void theStatusBarKeepsOneLineAndCutsLongMessages(FxRobot robot) {
        resize(robot, 1024, 640);
        double height = shell.status().getHeight();
        String longText = "lesson problem: " + "a very long explanation of what went wrong ".repeat(12) + "end";
        robot.interact(() -> shell.status().error(longText));
        robot.interact(() -> shell.getScene().getRoot().layout());
        assertThat(shell.status().getHeight()).isEqualTo(height);
        assertThat(shell.status().isCut()).isTrue();
        javafx.scene.control.Label message = robot.lookup("#status-message").query();
        assertThat(message.getTooltip().getText()).isEqualTo(longText);
    }

    @Test
    void aRefusedSceneFileIsOneSentenceWithNoWebAddress(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("broken.mathlens.json");
        java.nio.file.Files.writeString(file, "{\"mathlens-scene\": 1, \"explorable\": \"vectors\", \"parameters\": {\"u\": [1, 2}");
        robot.interact(() -> shell.openSceneFrom(file));
        String said = shell.status().text();
        assertThat(said).startsWith("broken.mathlens.json: ").doesNotContain("http").doesNotContain("\n");
        assertThat(said.split("\\. ")).hasSize(1);
        assertThat(Shell.refusal(file, "Unterminated object at line 1 column 9 path $.a\nSee https://github.com/google/gson/blob/main/Troubleshooting.md#malformed-json"))
                .isEqualTo("broken.mathlens.json: Unterminated object at line 1 column 9 path $.a");
    }

    /** The picture's accessible text is the pane's description and follows a change. */
    @Test
    void thePictureSaysWhatItShows(FxRobot robot) {
        open(robot, "vectors");
        assertThat(picture().getAccessibleText()).startsWith("Vectors").contains("(3, 1)");
        robot.interact(() -> shell.host().current().parameters().set("u", "[2, 5]"));
        robot.interact(() -> shell.host().paneLayout().describe());
        assertThat(picture().getAccessibleText()).contains("(2, 5)");
    }
}
