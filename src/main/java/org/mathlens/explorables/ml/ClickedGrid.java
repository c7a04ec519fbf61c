package org.mathlens.explorables.ml;

import javafx.scene.input.MouseEvent;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Sheet;

/**
 * A view of the image-classification pane drawn as a grid of cells that a click picks (the
 * confusion matrix, the sample images): it keeps where the grid was last drawn, answers the
 * sheet's hit test from it, and hands a click its cell.
 */
abstract class ClickedGrid implements Drawable {
    final DigitsModel model;
    final Selection selection;
    final Sheet sheet;
    private final Runnable changed;
    private CellGrid grid = CellGrid.NONE;

    ClickedGrid(DigitsModel model, Selection selection, Sheet sheet, Runnable changed) {
        this.model = model;
        this.selection = selection;
        this.sheet = sheet;
        this.changed = changed;
        sheet.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int k = grid.at(e.getX(), e.getY());
            if (k >= 0 && picked(k)) {
                changed.run();
            }
        });
    }

    /** Where this draw put the cells, for the next click. */
    final void drawnAt(CellGrid where) {
        grid = where;
    }

    /** The cell k (row-major) was clicked; true when that changed the selection. */
    abstract boolean picked(int k);

    @Override
    public final boolean hit(Painter p, double sx, double sy) {
        return grid.contains(sx, sy);
    }
}
