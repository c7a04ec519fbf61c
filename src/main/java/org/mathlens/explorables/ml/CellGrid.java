package org.mathlens.explorables.ml;

/**
 * Where a sheet drew a grid of equal cells (the confusion matrix, the sample images), so a
 * click finds its cell the same way in both: the cell's row-major index, or -1 outside.
 */
record CellGrid(double left, double top, double cellWidth, double cellHeight, int columns, int rows) {
    static final CellGrid NONE = new CellGrid(0, 0, 1, 1, 0, 0);

    int at(double x, double y) {
        int c = (int) Math.floor((x - left) / cellWidth);
        int r = (int) Math.floor((y - top) / cellHeight);
        return c >= 0 && c < columns && r >= 0 && r < rows ? r * columns + c : -1;
    }

    boolean contains(double x, double y) {
        return at(x, y) >= 0;
    }
}
