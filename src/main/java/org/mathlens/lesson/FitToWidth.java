package org.mathlens.lesson;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import org.mathlens.kit.FormulaView;

/**
 * Holds a display formula centred and sets it in a smaller size when it is wider than the
 * lesson column (a big matrix in a narrow column, or in presenter mode), so the text around it
 * keeps wrapping to the column instead of being pushed out of sight. The formula is re-typeset
 * at the smaller size, not stretched, so it stays sharp.
 */
final class FitToWidth extends Region {
    private final FormulaView formula;
    private final DoubleProperty fit = new SimpleDoubleProperty(1);

    /** {@code probe}: an invisible, unmanaged node that only rides along (a font probe for CSS). */
    FitToWidth(FormulaView formula, javafx.scene.Node probe) {
        this.formula = formula;
        getChildren().addAll(formula, probe);
    }

    /** The factor (at most 1) the formula's size must be multiplied by to fit. */
    DoubleProperty fitProperty() {
        return fit;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return formula.prefWidth(-1) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return formula.prefHeight(-1) + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double room = getWidth() - in.getLeft() - in.getRight();
        double w = formula.prefWidth(-1);
        double h = formula.prefHeight(-1);
        if (w > 0 && room > 0) {
            double natural = w / fit.get();
            double wanted = Math.min(1, room / natural);
            if (Math.abs(wanted - fit.get()) > 0.02) {
                fit.set(wanted);        // the formula re-typesets, then asks for layout again
            }
        }
        formula.resizeRelocate(in.getLeft() + Math.max(0, (room - w) / 2), in.getTop(), w, h);
    }
}
