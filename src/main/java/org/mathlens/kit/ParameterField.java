package org.mathlens.kit;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.UndoHistory;

/**
 * A text field for one parameter, in the math language. Enter (or leaving the field) commits;
 * a value that does not fit is marked red with the reason right under the field, and the
 * parameter keeps its old value. Esc puts the current value back.
 */
public final class ParameterField extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final Parameter<?> parameter;
    private final UndoHistory history;
    private final TextField field = new TextField();
    private final Label message = new Label();

    public ParameterField(Parameter<?> parameter, UndoHistory history) {
        this.parameter = parameter;
        this.history = history;
        getStyleClass().add("parameter-field");
        field.setId("param-" + parameter.name());
        field.setText(parameter.text());
        field.setPrefColumnCount(12);
        if (parameter.description() != null) {
            field.setTooltip(new Tooltip(parameter.description()));
        }
        message.getStyleClass().addAll("field-message", "danger");
        message.setId("param-" + parameter.name() + "-error");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        getChildren().addAll(field, message);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                showValue();
                e.consume();
            }
        });
        parameter.property().addListener(o -> {
            if (!field.isFocused() || !hasError()) {
                showValue();
            }
        });
    }

    public TextField field() {
        return field;
    }

    public boolean hasError() {
        return message.isVisible();
    }

    public String errorText() {
        return message.getText();
    }

    /** Sets the parameter from the field's text, or shows why it cannot. */
    public void commit() {
        String text = field.getText();
        if (text.equals(parameter.text())) {
            clearError();
            return;
        }
        try {
            parameter.parse(text);
        } catch (ParameterException e) {
            showError(e.getMessage());
            return;
        }
        history.record(() -> parameter.setText(text));
        showValue();
    }

    private void showValue() {
        field.setText(parameter.text());
        clearError();
    }

    private void showError(String text) {
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
        field.pseudoClassStateChanged(ERROR, true);
    }

    private void clearError() {
        message.setText("");
        message.setManaged(false);
        message.setVisible(false);
        field.pseudoClassStateChanged(ERROR, false);
    }
}
