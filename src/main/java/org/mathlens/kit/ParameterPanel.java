package org.mathlens.kit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.Parameters;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.UndoHistory;

/**
 * The control panel of a pane, built from its parameters: a slider and field for a number, a
 * grid for a matrix, a field for a vector or a function, a list for a choice, a box for a flag.
 * Panes get it for free and stay apart from it.
 */
public final class ParameterPanel extends VBox {
    public ParameterPanel(Parameters parameters, UndoHistory history) {
        getStyleClass().add("parameter-panel");
        setSpacing(10);
        for (Parameter<?> p : parameters.all()) {
            Label name = new Label(p.name());
            name.getStyleClass().add("parameter-name");
            if (p.description() != null) {
                name.setTooltip(new Tooltip(p.description()));
            }
            VBox row = new VBox(3, name, editorFor(p, history));
            row.visibleProperty().bind(p.inUseProperty());
            row.managedProperty().bind(p.inUseProperty());
            getChildren().add(row);
        }
    }

    private static Node editorFor(Parameter<?> p, UndoHistory history) {
        if (p instanceof ScalarParameter s) {
            ParameterSlider slider = new ParameterSlider(s, history);
            ParameterField field = new ParameterField(s, history);
            field.field().setPrefColumnCount(5);
            HBox.setHgrow(slider, Priority.ALWAYS);
            HBox box = new HBox(6, slider, field);
            return box;
        }
        if (p instanceof MatrixParameter m) {
            return new MatrixEditor(m, history);
        }
        if (p instanceof ChoiceParameter c) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("param-" + c.name());
            box.getItems().setAll(c.choices());
            box.setValue(c.get());
            box.valueProperty().addListener((o, old, now) -> {
                if (now != null && !now.equals(c.get())) {
                    history.record(() -> c.set(now));
                }
            });
            c.property().addListener((o, old, now) -> box.setValue(now));
            return box;
        }
        if (p instanceof FlagParameter f) {
            CheckBox box = new CheckBox(f.description() == null ? f.name() : f.description());
            box.setId("param-" + f.name());
            box.setSelected(f.on());
            box.selectedProperty().addListener((o, old, now) -> {
                if (now != f.on()) {
                    history.record(() -> f.set(now));
                }
            });
            f.property().addListener((o, old, now) -> box.setSelected(now));
            return box;
        }
        return new ParameterField(p, history);
    }
}
