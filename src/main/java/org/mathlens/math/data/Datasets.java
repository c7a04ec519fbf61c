package org.mathlens.math.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The data sets Mathlens ships (see NOTICE for their sources and licences), read once from the
 * class path and shared: nothing is ever fetched from the network.
 *
 * <ul>
 * <li>{@link #digits()}: the UCI optical handwritten digits (Alpaydin &amp; Kaynak), as in
 *     scikit-learn's {@code load_digits}: 1,797 images of 8×8 pixels with levels 0–16,
 *     row-major, and the digit each shows;</li>
 * <li>{@link #iris()}: Fisher's iris flowers, 150 × 4 measurements in cm with the species.</li>
 * </ul>
 */
public final class Datasets {
    private static volatile Labelled digits;
    private static volatile Labelled iris;

    private Datasets() {
    }

    /**
     * The course's clinical trial: eight drug doses x = 0 … 7 and a forgetfulness score y,
     * the points the gradient-descent, pseudoinverse and likelihood panes fit a line to.
     */
    public static double[][] clinicalTrial() {
        double[] y = {1.86, 1.31, 0.62, 0.33, 0.09, -0.67, -1.23, -1.37};
        double[][] points = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            points[i] = new double[] {i, y[i]};
        }
        return points;
    }

    public static Labelled digits() {
        Labelled d = digits;
        if (d == null) {
            synchronized (Datasets.class) {
                if (digits == null) {
                    digits = readDigits();
                }
                d = digits;
            }
        }
        return d;
    }

    public static Labelled iris() {
        Labelled d = iris;
        if (d == null) {
            synchronized (Datasets.class) {
                if (iris == null) {
                    iris = readIris();
                }
                d = iris;
            }
        }
        return d;
    }

    private static Labelled readDigits() {
        List<String> lines = lines("digits.csv.gz");
        double[][] x = new double[lines.size()][];
        int[] y = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            x[i] = new double[64];
            for (int j = 0; j < 64; j++) {
                x[i][j] = Double.parseDouble(f[j]);
            }
            y[i] = (int) Double.parseDouble(f[64]);
        }
        List<String> features = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                features.add("pixel " + r + "," + c);
            }
        }
        return new Labelled("digits", x, y, List.copyOf(features),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /** The file's first line is "150,4,setosa,versicolor,virginica": count, width, class names. */
    private static Labelled readIris() {
        List<String> lines = lines("iris.csv.gz");
        String[] head = lines.get(0).split(",");
        int n = Integer.parseInt(head[0]);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            x[i] = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
            y[i] = Integer.parseInt(f[4].trim());
        }
        return new Labelled("iris", x, y, List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"),
                List.of(head[2], head[3], head[4]));
    }

    private static List<String> lines(String resource) {
        InputStream raw = Datasets.class.getResourceAsStream("/org/mathlens/data/" + resource);
        if (raw == null) {
            throw new IllegalStateException("the shipped data set " + resource + " is missing from the build");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
