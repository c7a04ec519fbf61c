package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.math.MathError;

/**
 * The affine pane's side editor: the chain as a list to add to, remove from, reorder and edit.
 * Every change goes through the ops parameter (recorded for undo), so lessons and --set see it.
 */
final class AffineStepsEditor {
    private static final String[] DEFAULTS = {"translate(2, 1)", "rotate(45)", "scale(1.5, 0.5)", "shear(0.5)", "reflect(0)"};
    private final ChainParameter ops;
    private final UndoHistory history;

    AffineStepsEditor(ChainParameter ops, UndoHistory history) {
        this.ops = ops;
        this.history = history;
    }

    Node node() {
        ListView<String> list = new ListView<>();
        list.setId("affine-steps");
        list.setPrefHeight(220);
        list.setMaxHeight(260);
        TextField field = new TextField();
        field.setId("affine-step-field");
        field.setPromptText("edit the selected step");
        Label message = new Label();
        message.getStyleClass().addAll("field-message", "danger");
        message.setWrapText(true);
        Runnable refresh = () -> {
            int keep = list.getSelectionModel().getSelectedIndex();
            List<String> items = new ArrayList<>();
            List<AffineModel.Op> steps = ops.steps();
            for (int i = 0; i < steps.size(); i++) {
                items.add((i + 1) + ".  " + steps.get(i).text());
            }
            list.getItems().setAll(items);
            if (!items.isEmpty()) {
                list.getSelectionModel().select(Math.max(0, Math.min(items.size() - 1, keep)));
            }
        };
        ops.property().addListener(o -> refresh.run());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            List<AffineModel.Op> steps = ops.steps();
            field.setText(i >= 0 && i < steps.size() ? steps.get(i).text() : "");
            message.setText("");
        });
        refresh.run();

        MenuButton add = new MenuButton("+");
        add.setTooltip(new Tooltip("add a step after the selected one"));
        for (String d : DEFAULTS) {
            MenuItem item = new MenuItem(d);
            item.setOnAction(e -> edit(list, steps -> {
                int at = list.getSelectionModel().getSelectedIndex() + 1;
                steps.add(Math.max(0, Math.min(steps.size(), at)), AffineModel.parseStep(d));
                return at;
            }));
            add.getItems().add(item);
        }
        Button remove = new Button("−");
        remove.setTooltip(new Tooltip("remove the selected step"));
        remove.setOnAction(e -> edit(list, steps -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i < steps.size()) {
                steps.remove(i);
            }
            return i - 1 < 0 ? 0 : i - 1;
        }));
        Button up = new Button("↑");
        up.setTooltip(new Tooltip("move the selected step earlier"));
        up.setOnAction(e -> edit(list, steps -> swap(steps, list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button("↓");
        down.setTooltip(new Tooltip("move the selected step later"));
        down.setOnAction(e -> edit(list, steps -> swap(steps, list.getSelectionModel().getSelectedIndex(), 1)));
        field.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            try {
                AffineModel.Op op = AffineModel.parseStep(field.getText());
                message.setText("");
                edit(list, steps -> {
                    if (i >= 0 && i < steps.size()) {
                        steps.set(i, op);
                        return i;
                    }
                    steps.add(op);
                    return steps.size() - 1;
                });
            } catch (MathError | ParameterException bad) {
                message.setText(bad.getMessage());
            }
        });
        HBox buttons = new HBox(4, add, remove, up, down);
        Label title = new Label("Steps, first to last");
        title.getStyleClass().add("section-title");
        Label hint = new Label("Angles in degrees; numbers may be expressions (360/8).");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, list, buttons, field, message, hint);
        VBox.setVgrow(list, Priority.SOMETIMES);
        box.setPadding(new Insets(10));
        box.setPrefWidth(220);
        box.setMinWidth(180);
        box.getStyleClass().add("affine-editor");
        return box;
    }

    private interface Edit {
        /** Changes the steps; returns the index to select afterwards. */
        int apply(List<AffineModel.Op> steps);
    }

    private void edit(ListView<String> list, Edit change) {
        List<AffineModel.Op> steps = new ArrayList<>(ops.steps());
        int select = change.apply(steps);
        try {
            history.record(() -> ops.set(steps));
        } catch (ParameterException refused) {
            return;
        }
        if (select >= 0 && select < list.getItems().size()) {
            list.getSelectionModel().select(select);
        }
    }

    static int swap(List<AffineModel.Op> steps, int i, int direction) {
        int j = i + direction;
        if (i < 0 || j < 0 || i >= steps.size() || j >= steps.size()) {
            return i;
        }
        AffineModel.Op a = steps.get(i);
        steps.set(i, steps.get(j));
        steps.set(j, a);
        return j;
    }

}
