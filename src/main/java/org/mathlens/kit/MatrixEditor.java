package org.mathlens.kit;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

/**
 * A matrix parameter as a grid of cells. Each cell checks its text as it is typed (any scalar
 * expression: {@code 1/2}, {@code cos(pi/3)}) and commits on Enter or when left; size buttons
 * appear when the parameter allows more than one size.
 */
public final class MatrixEditor extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final MatrixParameter parameter;
    private final UndoHistory history;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private TextField[][] cells = new TextField[0][0];

    public MatrixEditor(MatrixParameter parameter, UndoHistory history) {
        this.parameter = parameter;
        this.history = history;
        setId("matrix-" + parameter.name());
        getStyleClass().add("matrix-editor");
        setSpacing(4);
        grid.setHgap(3);
        grid.setVgap(3);
        grid.getStyleClass().add("matrix-grid");
        message.getStyleClass().addAll("field-message", "danger");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        getChildren().add(grid);
        if (parameter.minRows() != parameter.maxRows() || parameter.minCols() != parameter.maxCols()) {
            getChildren().add(sizeButtons());
        }
        getChildren().add(message);
        rebuild();
        parameter.property().addListener(o -> {
            if (cells.length != parameter.rows() || cells[0].length != parameter.cols()) {
                rebuild();
            } else {
                refresh();
            }
        });
    }

    private HBox sizeButtons() {
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        if (parameter.isSquare()) {
            box.getChildren().addAll(button("−", "smaller", -1, -1), button("+", "larger", 1, 1));
        } else {
            box.getChildren().addAll(new Label("rows"), button("−", "one row fewer", -1, 0), button("+", "one row more", 1, 0),
                    new Label("cols"), button("−", "one column fewer", 0, -1), button("+", "one column more", 0, 1));
        }
        return box;
    }

    private Button button(String text, String tip, int dr, int dc) {
        Button b = new Button(text);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> resize(parameter.rows() + dr, parameter.cols() + dc));
        return b;
    }

    /** Grows with zeros (ones on a square matrix's new diagonal) or crops, keeping what is there. */
    void resize(int rows, int cols) {
        if (rows < parameter.minRows() || rows > parameter.maxRows() || cols < parameter.minCols() || cols > parameter.maxCols()) {
            return;
        }
        double[][] old = parameter.value();
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                boolean inside = i < old.length && j < old[0].length;
                m[i][j] = inside ? old[i][j] : (parameter.isSquare() && i == j ? 1 : 0);
            }
        }
        history.record(() -> parameter.set(m));
    }

    private void rebuild() {
        grid.getChildren().clear();
        int r = parameter.rows();
        int c = parameter.cols();
        cells = new TextField[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                TextField f = new TextField();
                f.setId("matrix-" + parameter.name() + "-" + i + "-" + j);
                f.setPrefColumnCount(4);
                f.getStyleClass().add("matrix-cell");
                f.setTooltip(new Tooltip(parameter.name() + "[" + (i + 1) + "," + (j + 1) + "]"));
                final int row = i;
                final int col = j;
                f.textProperty().addListener((o, old, now) -> validate(f, now));
                f.setOnAction(e -> commit(row, col));
                f.focusedProperty().addListener((o, was, is) -> {
                    if (!is) {
                        commit(row, col);
                    }
                });
                cells[i][j] = f;
                grid.add(f, j, i);
            }
        }
        refresh();
    }

    private void refresh() {
        double[][] m = parameter.get();
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                cells[i][j].setText(Numbers.format(m[i][j]));
            }
        }
        hideMessage();
    }

    private boolean validate(TextField f, String text) {
        try {
            MathLanguage.evaluateScalar(text);
            f.pseudoClassStateChanged(ERROR, false);
            return true;
        } catch (MathError e) {
            f.pseudoClassStateChanged(ERROR, true);
            return false;
        }
    }

    private void commit(int i, int j) {
        String text = cells[i][j].getText();
        double x;
        try {
            x = MathLanguage.evaluateScalar(text);
        } catch (MathError e) {
            showMessage("entry (" + (i + 1) + ", " + (j + 1) + "): " + e.getMessage());
            return;
        }
        if (x == parameter.entry(i, j)) {
            hideMessage();
            return;
        }
        double[][] m = parameter.value();
        m[i][j] = x;
        try {
            parameter.parse(Numbers.format(m));
            history.record(() -> parameter.set(m));
            hideMessage();
        } catch (ParameterException e) {
            showMessage(e.getMessage());
        }
    }

    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
    }

    private void hideMessage() {
        message.setManaged(false);
        message.setVisible(false);
    }
}
