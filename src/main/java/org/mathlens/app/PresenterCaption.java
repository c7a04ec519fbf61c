package org.mathlens.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.mathlens.lesson.Lesson;
import org.mathlens.lesson.LessonView;
import org.mathlens.lesson.MarkdownRenderer;
import org.mathlens.lesson.Step;

/**
 * Presenter mode's caption band under the picture: the current step's title and text in large
 * type (the lesson's title and the first paragraph of its introduction before the first step).
 * The text takes the largest size, down to {@link #SMALLEST_PX}, at which it fits in
 * {@link #SHARE} of the window's height, so nothing is clipped at 1280×720; formulas scale with
 * it (they follow the text's font). A step too long even then scrolls in the band rather than
 * taking the picture's room.
 */
final class PresenterCaption extends ScrollPane {
    /** The band's share of the window height: the picture keeps the rest (at least 75 % of the screen). */
    static final double SHARE = 0.23;
    static final double LARGEST_PX = 30;
    static final double SMALLEST_PX = 15;

    private final LessonView lessons;
    private final VBox content = new VBox(4);
    private double fontPx = LARGEST_PX;
    private boolean fitting;

    PresenterCaption(LessonView lessons) {
        this.lessons = lessons;
        setId("presenter-caption");
        getStyleClass().add("presenter-caption");
        content.setPadding(new Insets(10, 28, 12, 28));
        content.setFillWidth(true);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false);
        lessons.currentStepProperty().addListener((o, was, now) -> refresh());
    }

    /** Shows the step now current (or the lesson's opening) and fits it to the band. */
    void refresh() {
        Lesson lesson = lessons.getLesson();
        if (lesson == null) {
            content.getChildren().clear();
            return;
        }
        int index = lessons.getCurrentStep();
        String heading;
        String body;
        if (index >= 0 && index < lesson.steps().size()) {
            Step step = lesson.steps().get(index);
            heading = (index + 1) + " / " + lesson.steps().size() + "   " + step.title();
            body = step.markdown();
        } else {
            heading = lesson.title();
            // the opening paragraph; the rest of the introduction is the lesson column's (Ctrl+L)
            body = lesson.intro().strip().split("\\n\\s*\\n", 2)[0];
        }
        TextFlow title = MarkdownRenderer.renderInline(heading, "text-bold");
        title.getStyleClass().add("presenter-caption-title");
        title.setId("presenter-caption-title");
        Node text = MarkdownRenderer.render(body);
        text.setId("presenter-caption-text");
        content.getChildren().setAll(title, text);
        fontPx = LARGEST_PX;
        setVvalue(0);
        requestLayout();
    }

    /** Fits the text again from the largest size (the window changed size). */
    void refit() {
        fontPx = LARGEST_PX;
        requestLayout();
    }

    /** The text size now used, in pixels (the tests read it). */
    double fontPx() {
        return fontPx;
    }

    /** True when the whole text is in view, no scrolling needed. */
    boolean showsAll() {
        return content.getHeight() <= getViewportBounds().getHeight() + 0.5;
    }

    @Override
    protected void layoutChildren() {
        if (!fitting && getScene() != null && !content.getChildren().isEmpty()) {
            fit();
        }
        super.layoutChildren();
    }

    /** The largest size whose text fits the band; every step of the search lays the text out afresh. */
    private void fit() {
        fitting = true;
        try {
            double frame = snappedTopInset() + snappedBottomInset() + 2;
            double limit = getScene().getHeight() * SHARE;
            double width = (getWidth() > 0 ? getWidth() : getScene().getWidth()) - snappedLeftInset() - snappedRightInset();
            double needed;
            for (double px = fontPx; ; px = Math.max(SMALLEST_PX, px - 1)) {
                content.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
                content.applyCss();
                fontPx = px;
                needed = content.prefHeight(width) + frame;
                if (needed <= limit || px <= SMALLEST_PX) {
                    break;
                }
            }
            setPrefHeight(Math.min(limit, needed));
            setMinHeight(Math.min(limit, needed));
            setMaxHeight(limit);
        } finally {
            fitting = false;
        }
    }
}
