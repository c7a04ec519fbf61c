package org.mathlens.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
 * Each row is headed by the parameter's words ({@link Parameter#label()}); its id, which
 * lessons and {@code --set} use, is in the tooltip. Parameters of one group (an optimizer's
 * hyperparameters) share a collapsed section. Panes get it for free and stay apart from it.
 */
public final class ParameterPanel extends VBox {
    public ParameterPanel(Parameters parameters, UndoHistory history) {
        getStyleClass().add("parameter-panel");
        setSpacing(10);
        Map<String, List<Parameter<?>>> groups = new LinkedHashMap<>();
        for (Parameter<?> p : parameters.all()) {
            if (p.group() == null) {
                getChildren().add(rowFor(p, history));
            } else {
                groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
            }
        }
        groups.forEach((name, members) -> getChildren().add(group(name, members, history)));
    }

    /** A collapsed section; it disappears when none of its parameters is in use. */
    private static TitledPane group(String name, List<Parameter<?>> members, UndoHistory history) {
        VBox rows = new VBox(10);
        members.forEach(p -> rows.getChildren().add(rowFor(p, history)));
        TitledPane pane = new TitledPane(name, rows);
        pane.setId("group-" + name);
        pane.setExpanded(false);
        pane.setAnimated(false);
        BooleanBinding anyInUse = Bindings.createBooleanBinding(
                () -> members.stream().anyMatch(Parameter::inUse),
                members.stream().map(Parameter::inUseProperty).toArray(javafx.beans.Observable[]::new));
        pane.visibleProperty().bind(anyInUse);
        pane.managedProperty().bind(anyInUse);
        return pane;
    }

    private static VBox rowFor(Parameter<?> p, UndoHistory history) {
        VBox row = new VBox(3, label(p), editorFor(p, history));
        row.visibleProperty().bind(p.inUseProperty());
        row.managedProperty().bind(p.inUseProperty());
        return row;
    }

    private static Label label(Parameter<?> p) {
        Label name = new Label(p.label());
        name.getStyleClass().add("parameter-name");
        name.setTooltip(new Tooltip(tooltipText(p)));
        return name;
    }

    /** The description, then the id a lesson or --set uses when the words differ from it. */
    static String tooltipText(Parameter<?> p) {
        String id = p.label().equals(p.name()) ? null : "set it as “" + p.name() + "” in lessons and --set";
        if (p.description() == null) {
            return id == null ? p.name() : id;
        }
        return id == null ? p.description() : p.description() + "\n" + id;
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
            CheckBox box = new CheckBox(f.description() == null ? f.label() : f.description());
            box.setId("param-" + f.name());
            box.setTooltip(new Tooltip(tooltipText(f)));
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
