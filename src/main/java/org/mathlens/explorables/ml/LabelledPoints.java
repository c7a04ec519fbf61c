package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mathlens.math.data.Labelled;

/**
 * Points of the plane with a class each: (x1, x2) and a label 0 … k − 1, named. Made from a
 * toy set or from rows (x1, x2, class) typed, clicked or read from a CSV. Pure, compared by value.
 */
public record LabelledPoints(double[][] xy, int[] labels, List<String> classes) {
    public static final int MAX_CLASSES = 8;

    public LabelledPoints {
        classes = List.copyOf(classes);
    }

    public static LabelledPoints of(Labelled toy) {
        return new LabelledPoints(toy.x(), toy.y(), toy.classNames());
    }

    /** Rows (x1, x2, class); the class a whole number 0 … 7; names kept when given, else "class k". */
    public static LabelledPoints ofRows(double[][] rows, List<String> names) {
        double[][] xy = new double[rows.length][];
        int[] labels = new int[rows.length];
        int classes = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != 3) {
                throw new IllegalArgumentException("each point is a row (x1, x2, class); row " + (i + 1) + " has " + rows[i].length + " numbers");
            }
            double c = rows[i][2];
            if (c != Math.rint(c) || c < 0 || c >= MAX_CLASSES) {
                throw new IllegalArgumentException("the class in row " + (i + 1) + " must be a whole number from 0 to "
                        + (MAX_CLASSES - 1) + ", not " + c);
            }
            xy[i] = new double[] {rows[i][0], rows[i][1]};
            labels[i] = (int) c;
            classes = Math.max(classes, labels[i] + 1);
        }
        classes = Math.max(classes, 2);
        List<String> named = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            named.add(names != null && k < names.size() ? names.get(k) : "class " + k);
        }
        return new LabelledPoints(xy, labels, named);
    }

    /** The rows (x1, x2, class), for a parameter's text. */
    public double[][] rows() {
        double[][] rows = new double[xy.length][];
        for (int i = 0; i < xy.length; i++) {
            rows[i] = new double[] {xy[i][0], xy[i][1], labels[i]};
        }
        return rows;
    }

    /** These points and one more. */
    public double[][] rowsWith(double x1, double x2, int label) {
        double[][] rows = Arrays.copyOf(rows(), xy.length + 1);
        rows[xy.length] = new double[] {x1, x2, label};
        return rows;
    }

    public int size() {
        return xy.length;
    }

    /**
     * The square the pictures show: [−6, 6]² (where the toy sets live) grown to hold every point
     * with a margin, so a learner's CSV is never drawn off the edge.
     */
    public double[] box() {
        double x0 = -6;
        double x1 = 6;
        double y0 = -6;
        double y1 = 6;
        for (double[] p : xy) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        double half = Math.max(x1 - x0, y1 - y0) / 2;
        if (half > 6) {
            half *= 1.08;
        }
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LabelledPoints p && Arrays.deepEquals(xy, p.xy) && Arrays.equals(labels, p.labels) && classes.equals(p.classes);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(xy) * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return xy.length + " points in " + classes.size() + " classes";
    }
}
