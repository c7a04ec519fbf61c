package org.mathlens.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Readouts;
import org.mathlens.math.Numbers;

/**
 * The live numbers beside a picture: one row per readout, label and value, refreshed in place
 * (only labels whose text changed are touched) at most once per pulse. Values read well
 * ({@link Numbers#shown}: six significant digits, integers as integers, a matrix a row a line
 * with its columns aligned); the exact value is in the tooltip and is what Ctrl+C or the
 * context menu's "Copy value" puts on the clipboard, as {@code --readouts} prints it.
 */
public final class ReadoutPanel extends GridPane {
    private static final int LONGEST_SHOWN = 8;
    /** Characters a value may take on one line before it is laid out one entry (or row) a line. */
    private static final int ONE_LINE = 24;
    /** Characters a matrix row may take before its entries go one a line. */
    private static final int ROW_LINE = 36;
    /** Pads a column to its widest entry: as wide as a digit, and no line break may fall on it. */
    static final char FIGURE_SPACE = '\u2007';
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final List<Readouts.Readout> readouts = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final Readouts source;
    private final List<String> exact = new ArrayList<>();
    private boolean dirty = true;

    public ReadoutPanel(Readouts source, ObservableLongValue revision) {
        getStyleClass().add("readout-panel");
        this.source = source;
        setHgap(10);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);     // a long wrapping value must not squeeze the names to "..."
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, value);
        int row = 0;
        for (Readouts.Readout r : source.all()) {
            Label label = new Label(r.label());
            label.getStyleClass().add("readout-name");
            label.setMinWidth(Region.USE_PREF_SIZE); // a long wrapping value must not squeeze the name to "…"
            label.setTooltip(new Tooltip(r.name()));
            Label v = new Label();
            v.setId("readout-" + r.name());
            v.getStyleClass().add("readout-value");
            int index = row;
            copyable(v, index);
            add(label, 0, row);
            add(v, 1, row);
            readouts.add(r);
            values.add(v);
            names.add(label);
            exact.add("");
            row++;
        }
        revision.addListener(o -> {
            dirty = true;
            requestLayout();
        });
        refresh();
    }

    /** Ctrl+C on a clicked value, or its context menu, copies the exact value. */
    private void copyable(Label v, int index) {
        MenuItem copy = new MenuItem("Copy value");
        copy.setOnAction(e -> copy(index));
        v.setContextMenu(new ContextMenu(copy));
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> v.requestFocus());
        v.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy(index);
                e.consume();
            }
        });
    }

    private void copy(int index) {
        ClipboardContent content = new ClipboardContent();
        content.putString(exactText(index));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** What copying row {@code index} gives: the exact value, as {@code --readouts} prints it. */
    String exactText(int index) {
        if (dirty) {
            refresh();
        }
        return exact.get(index);
    }

    /** Reads every readout and updates the labels whose text changed. */
    public void refresh() {
        dirty = false;
        for (int i = 0; i < readouts.size(); i++) {
            Reading reading = readouts.get(i).read();
            String text = layout(reading);
            String whole = reading.text();
            exact.set(i, whole);
            Label l = values.get(i);
            // a row that does not apply now (λ₃ beside a 2×2 A) is hidden, not shown as "undefined"
            boolean applies = source.applies(readouts.get(i).name());
            if (l.isVisible() != applies) {
                for (Label shown : List.of(l, names.get(i))) {
                    shown.setVisible(applies);
                    shown.setManaged(applies);
                }
            }
            // words wrap at their spaces; numbers never wrap: layout breaks them between entries
            boolean word = reading instanceof Reading.Word;
            if (l.isWrapText() != word) {
                l.setWrapText(word);
            }
            if (!text.equals(l.getText())) {
                l.setText(text);
            }
            // the exact value a hover away whenever the shown one is shorter; one tooltip per
            // value, its text changed: a new Tooltip each frame re-applied CSS and cost half of
            // a dragging frame (pca, pseudoinverse)
            if (whole.equals(text)) {
                if (l.getTooltip() != null) {
                    l.setTooltip(null);
                }
            } else if (l.getTooltip() == null) {
                l.setTooltip(new Tooltip(whole));
            } else if (!whole.equals(l.getTooltip().getText())) {
                l.getTooltip().setText(whole);
            }
        }
    }

    /**
     * A reading as the column shows it: numbers {@link Numbers#shown}; a vector on one line
     * when short, else one entry a line; a matrix a row a line with its columns aligned. Lines
     * break only after a comma, never inside a number.
     */
    static String layout(Reading r) {
        if (r instanceof Reading.Number n) {
            return Numbers.shown(n.value());
        }
        if (r instanceof Reading.Vector v) {
            return vector(v.value());
        }
        if (r instanceof Reading.Matrix m) {
            return matrix(m.value());
        }
        return r.text();
    }

    private static String vector(double[] x) {
        if (x.length > LONGEST_SHOWN) {
            // 128 singular values, one a line, would fill the column and cost a long text
            // layout on every change: show the first few and say how many there are
            String[] head = shown(java.util.Arrays.copyOf(x, LONGEST_SHOWN - 2));
            return column(head, false) + ",\n … (" + x.length + " values)]";
        }
        String one = Numbers.shown(x);
        if (one.length() <= ONE_LINE) {
            return one;
        }
        return column(shown(x), true);
    }

    /** Entries one a line under a bracket, right-aligned. */
    private static String column(String[] entries, boolean close) {
        int w = widest(entries);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < entries.length; i++) {
            b.append(i == 0 ? "" : ",\n ");
            pad(b, entries[i], w);
        }
        return close ? b.append(']').toString() : b.toString();
    }

    private static String matrix(double[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        if (rows > LONGEST_SHOWN || cols > LONGEST_SHOWN) {
            // a 10×10 confusion matrix, one entry a line, is a hundred lines laid out on
            // every epoch (1.8 ms a frame): name its size, the entries a hover away
            return rows + "×" + cols + " matrix\n(hover to read it)";
        }
        String[][] s = new String[rows][];
        int[] width = new int[cols];
        for (int i = 0; i < rows; i++) {
            s[i] = shown(m[i]);
            for (int j = 0; j < s[i].length && j < cols; j++) {
                width[j] = Math.max(width[j], s[i][j].length());
            }
        }
        int rowLength = 2;
        for (int w : width) {
            rowLength += w + 2;
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            b.append(i == 0 ? "[" : ",\n [");
            for (int j = 0; j < s[i].length; j++) {
                if (j > 0) {
                    // a row too long for the column gets one entry a line, indented under its bracket
                    b.append(rowLength <= ROW_LINE ? ", " : ",\n  ");
                }
                pad(b, s[i][j], j < cols ? width[j] : 0);
            }
            b.append(']');
        }
        return b.append(']').toString();
    }

    private static String[] shown(double[] x) {
        String[] s = new String[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = Numbers.shown(x[i]);
        }
        return s;
    }

    private static int widest(String[] s) {
        int w = 0;
        for (String t : s) {
            w = Math.max(w, t.length());
        }
        return w;
    }

    private static void pad(StringBuilder b, String entry, int width) {
        for (int k = entry.length(); k < width; k++) {
            b.append(FIGURE_SPACE);
        }
        b.append(entry);
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            refresh();
        }
        super.layoutChildren();
    }
}
