package org.mathlens.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left column: sections and their lessons, and a search box that filters by title and
 * text. Fully usable by keyboard: type to filter, Down to reach the list, Enter or arrows to open.
 */
public final class Navigator extends VBox {
    /** The search box; a small × beside it empties it in one click. */
    private final TextField search = new TextField();
    private final javafx.scene.control.Button clear = new javafx.scene.control.Button("×");
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Mathlens"));
    private final Label empty = new Label("No lesson matches.");
    private List<Topic> topics = List.of();
    private Consumer<Topic> onOpen = t -> { };
    private boolean selecting;

    public Navigator() {
        getStyleClass().add("navigator");
        setId("navigator");
        setSpacing(6);
        setMinWidth(200);
        setPrefWidth(250);
        search.setId("navigator-search");
        search.setPromptText("Search lessons  (Ctrl+F)");
        search.setAccessibleText("Search lessons");
        search.setAccessibleHelp("Type to filter the lessons; Down or Enter moves to the list");
        // our own × instead of ControlsFX's clearable field, whose style sheet logged a
        // ClassCastException warning for every field it made (a hundred lines in a test run)
        clear.setId("navigator-search-clear");
        clear.getStyleClass().addAll("flat", "navigator-search-clear");
        clear.setFocusTraversable(false);
        clear.setAccessibleText("Clear the search");
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        javafx.scene.layout.HBox.setHgrow(search, Priority.ALWAYS);
        javafx.scene.layout.HBox searchRow = new javafx.scene.layout.HBox(2, search, clear);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tree.setAccessibleText("Lessons");
        tree.setAccessibleHelp("Up and Down choose a lesson; it opens as it is chosen");
        tree.setId("navigator-tree");
        tree.setShowRoot(false);
        // long lesson titles are cut by a narrow column: the whole title shows on hover
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            /** One tooltip per cell, made when first needed: cells are reused as the list scrolls. */
            private javafx.scene.control.Tooltip tip;

            {
                // as wide as the column, no wider: titles end in "…" instead of a sideways scroll bar
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                if (!empty && item instanceof Topic topic) {
                    if (tip == null) {
                        tip = new javafx.scene.control.Tooltip();
                    }
                    tip.setText(topic.title());
                    setTooltip(tip);
                } else {
                    setTooltip(null);
                }
            }
        });
        empty.getStyleClass().add("text-muted");
        empty.setManaged(false);
        empty.setVisible(false);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(searchRow, empty, tree);
        search.textProperty().addListener((o, old, now) -> rebuild());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    selectFirstTopic();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!selecting && now != null && now.getValue() instanceof Topic t) {
                onOpen.accept(t);
            }
        });
    }

    public void setOnOpen(Consumer<Topic> onOpen) {
        this.onOpen = onOpen;
    }

    public void setTopics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        rebuild();
    }

    public TextField searchField() {
        return search;
    }

    /** Highlights a topic without opening it again. */
    public void select(String lessonId) {
        for (TreeItem<Object> section : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : section.getChildren()) {
                if (item.getValue() instanceof Topic t && t.lessonId().equals(lessonId)) {
                    selecting = true;
                    tree.getSelectionModel().select(item);
                    selecting = false;
                    return;
                }
            }
        }
    }

    /** The topics shown now, in order (after filtering). */
    public List<Topic> visibleTopics() {
        return tree.getRoot().getChildren().stream()
                .flatMap(s -> s.getChildren().stream())
                .map(i -> (Topic) i.getValue())
                .toList();
    }

    /**
     * Shows the topics that match, grouped by section. While searching, lessons whose title
     * matches come first (and their sections before the others), so "gradient descent" puts
     * its own lesson at the top rather than every lesson that mentions it.
     */
    private void rebuild() {
        String query = search.getText();
        List<Topic> shown = new java.util.ArrayList<>();
        for (Topic t : topics) {
            if (t.matches(query)) {
                shown.add(t);
            }
        }
        shown.sort(java.util.Comparator.comparingInt(t -> t.rank(query))); // stable: the curriculum's order within a rank
        Map<String, TreeItem<Object>> sections = new LinkedHashMap<>();
        for (Topic t : shown) {
            TreeItem<Object> section = sections.computeIfAbsent(t.section(), s -> {
                TreeItem<Object> item = new TreeItem<>(s);
                item.setExpanded(true);
                return item;
            });
            section.getChildren().add(new TreeItem<>(t));
        }
        selecting = true;
        tree.getRoot().getChildren().setAll(sections.values());
        selecting = false;
        boolean none = sections.isEmpty();
        empty.setManaged(none);
        empty.setVisible(none);
    }

    private void selectFirstTopic() {
        for (TreeItem<Object> section : tree.getRoot().getChildren()) {
            if (!section.getChildren().isEmpty()) {
                tree.getSelectionModel().select(section.getChildren().get(0));
                return;
            }
        }
    }
}
