package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mathlens.kit.FormulaView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {

    @Start
    void start(Stage stage) {
        // only the toolkit is needed: the renderer builds nodes without showing them
    }

    private static Stream<Node> all(Node n) {
        return n instanceof Parent p
                ? Stream.concat(Stream.of(n), p.getChildrenUnmodifiable().stream().flatMap(MarkdownRendererTest::all))
                : Stream.of(n);
    }

    private static List<Text> texts(Node n) {
        return all(n).filter(Text.class::isInstance).map(Text.class::cast).filter(t -> !t.getText().isEmpty()).toList();
    }

    private static Text text(Node root, String content) {
        return texts(root).stream().filter(t -> t.getText().equals(content)).findFirst().orElseThrow(
                () -> new AssertionError("no text '" + content + "' in " + texts(root).stream().map(Text::getText).toList()));
    }

    @Test
    void inlineStylesBecomeStyleClasses() {
        VBox box = MarkdownRenderer.render("Some **bold**, *italic* and `code` with [a link](https://x.org \"X\").");
        assertThat(box.getStyleClass()).contains("lesson-markdown");
        assertThat(box.getChildren()).hasSize(1).first().isInstanceOf(TextFlow.class);
        assertThat(text(box, "bold").getStyleClass()).contains("text-bold");
        assertThat(text(box, "italic").getStyleClass()).contains("text-italic");
        assertThat(text(box, "code").getStyleClass()).contains("lesson-code");
        Text link = text(box, "a link");
        assertThat(link.getStyleClass()).contains("accent", "lesson-link");
        assertThat(link.getProperties().values()).anySatisfy(v -> assertThat(v).isInstanceOfSatisfying(Tooltip.class,
                t -> assertThat(t.getText()).isEqualTo("X\nhttps://x.org")));
    }

    @Test
    void headingsListsQuotesCodeAndRules() {
        VBox box = MarkdownRenderer.render("""
                # One
                ## Two
                ### Three

                - apple
                - pear

                3. third
                4. fourth

                > quoted

                ```
                x = $1
                ```

                ---
                """);
        assertThat(text(box, "One").getStyleClass()).contains("title-2");
        assertThat(text(box, "Two").getStyleClass()).contains("title-3");
        assertThat(text(box, "Three").getStyleClass()).contains("title-4");
        assertThat(all(box).filter(Label.class::isInstance).map(n -> ((Label) n).getText()))
                .containsExactly("\u2022", "\u2022", "3.", "4.");
        assertThat(all(box).filter(n -> n.getStyleClass().contains("lesson-quote")).count()).isEqualTo(1);
        assertThat(text(box, "x = $1").getStyleClass()).contains("lesson-code");
        assertThat(all(box).filter(Separator.class::isInstance).count()).isEqualTo(1);
    }

    @Test
    void formulasAreNotMistakenForEmphasis() {
        VBox box = MarkdownRenderer.render("Sum $a_1 * b_1 + a_2 * b_2$ here.\n\n$$x_1$$");
        List<FormulaView> formulas = all(box).filter(FormulaView.class::isInstance).map(FormulaView.class::cast).toList();
        assertThat(formulas).extracting(FormulaView::getLatex).containsExactly("a_1 * b_1 + a_2 * b_2", "x_1");
        assertThat(formulas).extracting(FormulaView::isDisplay).containsExactly(false, true);
        assertThat(texts(box)).extracting(Text::getText).containsExactly("Sum ", " here.");
        assertThat(box.getChildren().get(1).getStyleClass()).contains("lesson-display-math");
    }

    @Test
    void aDisplayFormulaInsideAParagraphSplitsIt() {
        VBox box = MarkdownRenderer.render("before $$y$$ after");
        assertThat(box.getChildren()).hasSize(3);
        assertThat(box.getChildren().get(1).getStyleClass()).contains("lesson-display-math");
        assertThat(texts(box.getChildren().get(2))).extracting(Text::getText).containsExactly(" after");
    }
}
