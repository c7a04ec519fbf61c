package org.mathlens.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mathlens.explorable.Readouts;

/**
 * The live numbers beside a picture: one row per readout, label and value, refreshed in place
 * (only labels whose text changed are touched) at most once per pulse.
 */
public final class ReadoutPanel extends GridPane {
    private final List<Readouts.Readout> readouts = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final Readouts source;
    private boolean dirty = true;
    private static final int LONGEST_SHOWN = 8;

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
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long wrapping value must not squeeze the name to "…"
            label.setTooltip(new Tooltip(r.name()));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label v = new Label();
            v.setId("readout-" + r.name());
            v.getStyleClass().add("readout-value");
            v.setWrapText(true);
            add(label, 0, row);
            add(v, 1, row);
            readouts.add(r);
            values.add(v);
            names.add(label);
            row++;
        }
        revision.addListener(o -> {
            dirty = true;
            requestLayout();
        });
        refresh();
    }

    /** Reads every readout and updates the labels whose text changed. */
    public void refresh() {
        dirty = false;
        for (int i = 0; i < readouts.size(); i++) {
            org.mathlens.explorable.Reading reading = readouts.get(i).read();
            String text = layout(reading);
            Label l = values.get(i);
            // a row that does not apply now (λ₃ beside a 2×2 A) is hidden, not shown as "undefined"
            boolean applies = source.applies(readouts.get(i).name());
            if (l.isVisible() != applies) {
                for (Label shown : List.of(l, names.get(i))) {
                    shown.setVisible(applies);
                    shown.setManaged(applies);
                }
            }
            if (!text.equals(l.getText())) {
                l.setText(text);
                String whole = reading.text();
                // a shortened value keeps its whole text a hover away (and copyable from --readouts)
                // one tooltip per value, its text changed: a new Tooltip each frame re-applied CSS
                // and cost half of a dragging frame (pca, pseudoinverse)
                if (whole.equals(text)) {
                    l.setTooltip(null);
                } else if (l.getTooltip() == null) {
                    l.setTooltip(new Tooltip(whole));
                } else {
                    l.getTooltip().setText(whole);
                }
            }
        }
    }

    /** Values too long for one line break between entries (a matrix row by row), never inside a number. */
    static String layout(org.mathlens.explorable.Reading r) {
        String text = r.text();
        if (text.length() <= 24) {
            return text;
        }
        if (r instanceof org.mathlens.explorable.Reading.Matrix m) {
            int cols = m.value().length == 0 ? 0 : m.value()[0].length;
            if (m.value().length > LONGEST_SHOWN || cols > LONGEST_SHOWN) {
                // a 10×10 confusion matrix, one entry a line, is a hundred lines laid out on
                // every epoch (1.8 ms a frame): name its size, the entries a hover away
                return m.value().length + "×" + cols + " matrix\n(hover to read it)";
            }
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < m.value().length; i++) {
                String row = org.mathlens.math.Numbers.format(m.value()[i]);
                // a row that is itself too long gets one entry a line, indented under its bracket
                b.append(i == 0 ? "" : ",\n ").append(row.length() <= 24 ? row : row.replace(", ", ",\n  "));
            }
            return b.append(']').toString();
        }
        if (r instanceof org.mathlens.explorable.Reading.Vector v) {
            double[] x = v.value();
            if (x.length > LONGEST_SHOWN) {
                // 128 singular values, one a line, would fill the column and cost a long text
                // layout on every change: show the first few and say how many there are
                double[] head = java.util.Arrays.copyOf(x, LONGEST_SHOWN - 2);
                String shown = org.mathlens.math.Numbers.format(head);
                return shown.substring(0, shown.length() - 1).replace(", ", ",\n ") + ",\n … (" + x.length + " values)]";
            }
            return text.replace(", ", ",\n ");
        }
        return text;
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            refresh();
        }
        super.layoutChildren();
    }
}
