package org.mathlens.explorable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.mathlens.math.Numbers;
import org.mathlens.math.data.Csv;
import org.mathlens.math.data.DataException;
import org.mathlens.math.data.Table;
import org.mathlens.math.expr.MathLanguage;

/**
 * A pane's data: rows of numbers, one per point or example. Its text is one of
 * <ul>
 * <li>a preset's name ({@code clinical-trial}, {@code iris}),</li>
 * <li>{@code @path/to/file.csv}: a CSV file the learner brings (File → Open data…, or
 *     {@code --set data=@file.csv}); a column of words becomes class numbers in the last column,</li>
 * <li>a matrix in the math language ({@code [[0, 1], [1, 3], [2, 2]]}), which is also what
 *     dragging, adding or deleting a point makes of it.</li>
 * </ul>
 * Any problem — a bad file, too many rows, the wrong number of columns — is one sentence and
 * the data stays as it was. Build one with {@link #named}.
 */
public final class DataParameter extends Parameter<DataParameter.Data> {
    /** Rows of numbers; {@code name} is the preset or {@code @file}, null for typed or dragged points. */
    public record Data(String name, double[][] rows, List<String> classes) {
        public Data {
            classes = classes == null ? List.of() : List.copyOf(classes);
        }

        public int size() {
            return rows.length;
        }

        public int width() {
            return rows.length == 0 ? 0 : rows[0].length;
        }

        /** The rows (for two-column data, the points (x, y)). */
        public double[][] points() {
            return rows;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && Objects.equals(name, d.name) && Arrays.deepEquals(rows, d.rows) && classes.equals(d.classes);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(rows);
        }
    }

    private final Map<String, Supplier<Data>> presets;
    private final int minRows;
    private final int maxRows;
    private final int minCols;
    private final int maxCols;
    private final double limit;
    private final String shape;

    private DataParameter(Builder b, Data initial) {
        super(b.name, b.description, initial);
        this.presets = b.presets;
        this.minRows = b.minRows;
        this.maxRows = b.maxRows;
        this.minCols = b.minCols;
        this.maxCols = b.maxCols;
        this.limit = b.limit;
        this.shape = b.shape;
    }

    public static Builder named(String name, String description) {
        return new Builder(name, description);
    }

    /** Points typed or dragged: data with no name. */
    public static Data points(double[][] points) {
        return new Data(null, points, List.of());
    }

    public List<String> presets() {
        return List.copyOf(presets.keySet());
    }

    public int maxRows() {
        return maxRows;
    }

    /** Keeps this data's class names with new rows (a point dragged in a labelled set). */
    public Data withRows(double[][] rows) {
        return new Data(null, rows, get().classes());
    }

    @Override
    protected Data parseValue(String text) {
        String t = text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2 ? text.substring(1, text.length() - 1).trim() : text;
        Supplier<Data> preset = presets.get(t);
        if (preset != null) {
            return preset.get();
        }
        if (t.startsWith("@")) {
            return FileCache.read(Path.of(t.substring(1).trim()));
        }
        if (!t.startsWith("[")) {
            String names = presets.isEmpty() ? "" : "a preset (" + String.join(", ", presets.keySet()) + "), ";
            throw new ParameterException(name() + " is " + names + "@file.csv, or " + shape);
        }
        return points(MathLanguage.evaluateMatrix(t));
    }

    @Override
    protected Data check(Data d) {
        double[][] p = d.rows();
        String from = d.name() != null && d.name().startsWith("@") ? d.name().substring(1) + ": " : name() + ": ";
        if (p == null || p.length < minRows) {
            throw new ParameterException(from + "needs at least " + minRows + " rows");
        }
        if (p.length > maxRows) {
            throw new ParameterException(from + "has " + p.length + " rows; this pane takes at most " + maxRows);
        }
        double[][] copy = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            if (p[i].length < minCols || p[i].length > maxCols) {
                throw new ParameterException(from + "needs " + columnsRule() + " in every row; row " + (i + 1) + " has " + p[i].length);
            }
            copy[i] = p[i].clone();
            for (int j = 0; j < copy[i].length; j++) {
                double v = copy[i][j];
                if (!Double.isFinite(v) || Math.abs(v) > limit) {
                    throw new ParameterException(from + "values must be finite and within ±" + Numbers.format(limit)
                            + "; row " + (i + 1) + " has " + Numbers.format(v));
                }
                copy[i][j] = v + 0.0;
            }
        }
        return new Data(d.name(), copy, d.classes());
    }

    private String columnsRule() {
        return minCols == maxCols ? minCols + (minCols == 1 ? " column" : " columns") : minCols + " to " + maxCols + " columns";
    }

    @Override
    public String format(Data d) {
        return d.name() != null ? d.name() : Numbers.format(d.rows());
    }

    /** The shape and presets of a pane's data. */
    public static final class Builder {
        private final String name;
        private final String description;
        private final Map<String, Supplier<Data>> presets = new LinkedHashMap<>();
        private int minRows = 1;
        private int maxRows = 10_000;
        private int minCols = 1;
        private int maxCols = 1_000;
        private double limit = 1e6;
        private String shape = "a matrix with one row per point";

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /** A named data set, made when first chosen. */
        public Builder preset(String id, Supplier<double[][]> rows) {
            presets.put(id, memo(() -> new Data(id, rows.get(), List.of())));
            return this;
        }

        /** A named data set whose last column is a class number, with the classes' names. */
        public Builder labelledPreset(String id, Supplier<double[][]> rows, List<String> classes) {
            presets.put(id, memo(() -> new Data(id, rows.get(), classes)));
            return this;
        }

        public Builder rows(int min, int max) {
            minRows = min;
            maxRows = max;
            return this;
        }

        public Builder columns(int min, int max) {
            minCols = min;
            maxCols = max;
            return this;
        }

        /** The largest magnitude a value may have. */
        public Builder within(double limit) {
            this.limit = limit;
            return this;
        }

        /** Words for what a typed matrix must look like: "an n×2 matrix of points (x, y)". */
        public Builder shape(String words) {
            shape = words;
            return this;
        }

        /** The parameter, starting with the named preset. */
        public DataParameter startingWith(String preset) {
            Supplier<Data> initial = presets.get(preset);
            if (initial == null) {
                throw new IllegalArgumentException("no preset " + preset);
            }
            return new DataParameter(this, initial.get());
        }

        /** The parameter, starting with these rows. */
        public DataParameter startingWith(double[][] rows) {
            return new DataParameter(this, points(rows));
        }

        private static Supplier<Data> memo(Supplier<Data> make) {
            return new Supplier<>() {
                private Data made;

                @Override
                public synchronized Data get() {
                    if (made == null) {
                        made = make.get();
                    }
                    return made;
                }
            };
        }
    }

    /** Files read once per version: undo and scenes re-parse "@file" texts without re-reading. */
    private static final class FileCache {
        private static final ReadOnce<Data> READ = new ReadOnce<>(path -> fromTable(path, Csv.read(path)));

        static Data read(Path file) {
            try {
                return READ.read(file);
            } catch (DataException e) {
                throw new ParameterException(e.getMessage());
            } catch (java.io.IOException | SecurityException e) {
                throw new ParameterException(file.getFileName() + ": cannot be read");
            }
        }

        /** The label column, if any, moves last: panes read labelled data as (features…, class). */
        private static Data fromTable(Path path, Table t) {
            double[][] rows = t.rows();
            if (t.labelColumn() >= 0 && t.labelColumn() != t.width() - 1) {
                int l = t.labelColumn();
                double[][] moved = new double[rows.length][];
                for (int i = 0; i < rows.length; i++) {
                    List<Double> r = new ArrayList<>();
                    for (int j = 0; j < rows[i].length; j++) {
                        if (j != l) {
                            r.add(rows[i][j]);
                        }
                    }
                    r.add(rows[i][l]);
                    moved[i] = r.stream().mapToDouble(Double::doubleValue).toArray();
                }
                rows = moved;
            }
            return new Data("@" + path, rows, t.classes());
        }
    }
}
