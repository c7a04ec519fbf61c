package org.mathlens.app;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A user command declared once, which becomes a menu item, a toolbar button and a keyboard
 * shortcut together (as in ControlsFX's action framework), all disabled together.
 */
public record Command(String id, String text, String icon, KeyCombination shortcut, Runnable action,
                      BooleanExpression disabled) {

    public Command(String id, String text, String icon, String shortcut, Runnable action) {
        this(id, text, icon, shortcut == null ? null : KeyCombination.valueOf(shortcut), action,
                new SimpleBooleanProperty(false));
    }

    public Command whenDisabled(BooleanExpression condition) {
        return new Command(id, text, icon, shortcut, action, condition);
    }

    /** An on/off switch of a property, as a check item for the menu (its shortcut included). */
    public static javafx.scene.control.CheckMenuItem checkItem(String id, String text, String shortcut,
                                                               javafx.beans.property.BooleanProperty state) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setId("menu-" + id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.valueOf(shortcut));
        }
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    /** The same switch as a toolbar toggle. */
    public static javafx.scene.control.ToggleButton toggleButton(String id, String text, String icon, String shortcut,
                                                                 javafx.beans.property.BooleanProperty state) {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton();
        b.setId("tool-" + id);
        try {
            b.setGraphic(new FontIcon(icon));
            b.getStyleClass().add("button-icon");
        } catch (RuntimeException unknownIcon) {
            b.setText(text);
        }
        b.setTooltip(new Tooltip(shortcut == null ? text : text + "  (" + KeyCombination.valueOf(shortcut).getDisplayText() + ")"));
        b.setFocusTraversable(false);
        b.setAccessibleText(text);
        b.setAccessibleHelp(shortcut == null ? text : "Shortcut: " + KeyCombination.valueOf(shortcut).getDisplayText());
        b.selectedProperty().bindBidirectional(state);
        return b;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        item.setAccelerator(shortcut);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(disabled);
        Node graphic = graphic();
        if (graphic != null) {
            item.setGraphic(graphic);
        }
        return item;
    }

    public Button button() {
        Button b = new Button();
        b.setId("tool-" + id);
        Node graphic = graphic();
        if (graphic != null) {
            b.setGraphic(graphic);
            b.getStyleClass().add("button-icon");
        } else {
            b.setText(text);
        }
        b.setTooltip(new Tooltip(shortcut == null ? text : text + "  (" + shortcut.getDisplayText() + ")"));
        // out of the Tab order (the menu and the shortcut reach it from the keyboard), but named
        // for a screen reader, which reads the icon as nothing
        b.setFocusTraversable(false);
        b.setAccessibleText(text);
        b.setAccessibleHelp(shortcut == null ? text : "Shortcut: " + shortcut.getDisplayText());
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }

    private Node graphic() {
        if (icon == null) {
            return null;
        }
        try {
            return new FontIcon(icon);
        } catch (RuntimeException unknownIcon) {
            return null;
        }
    }
}
