package org.mathlens.app;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

/**
 * The thin bar between the picture and the lesson: dragged, it narrows or widens the lesson;
 * focused (Tab), Left / Right do the same in steps, so the keyboard reaches it too.
 */
final class LessonGrip extends Region {
    static final double WIDTH = 6;
    static final double STEP = 20;

    LessonGrip(DoubleSupplier width, DoubleConsumer setWidth) {
        setId("lesson-grip");
        getStyleClass().add("lesson-grip");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setCursor(Cursor.H_RESIZE);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText("Lesson width");
        setAccessibleHelp("Left and Right narrow and widen the lesson column");
        double[] start = new double[2];
        setOnMousePressed(e -> {
            start[0] = e.getScreenX();
            start[1] = width.getAsDouble();
        });
        // the lesson is on the right: dragging the grip left widens it
        setOnMouseDragged(e -> setWidth.accept(start[1] + start[0] - e.getScreenX()));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.LEFT) {
                setWidth.accept(width.getAsDouble() + STEP);
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                setWidth.accept(width.getAsDouble() - STEP);
                e.consume();
            }
            notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
        });
        this.width = width;
    }

    private final DoubleSupplier width;

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> width.getAsDouble();
            case MIN_VALUE -> StagePlan.LESSON_MIN;
            case MAX_VALUE -> StagePlan.LESSON_MAX;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
