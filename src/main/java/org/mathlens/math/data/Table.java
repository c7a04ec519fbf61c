package org.mathlens.math.data;

import java.util.List;

/**
 * Numbers read from a data file: one row per record. A column of words (a species, a class
 * name) becomes class numbers 0, 1, 2, … in order of first appearance, named by
 * {@code classes}; {@code labelColumn} says which column that is (−1 when there is none).
 */
public record Table(String source, List<String> columns, double[][] rows, int labelColumn, List<String> classes) {
    public int size() {
        return rows.length;
    }

    public int width() {
        return columns.size();
    }
}
