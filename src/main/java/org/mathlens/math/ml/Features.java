package org.mathlens.math.ml;

import java.util.ArrayList;
import java.util.List;

/** The inputs a network sees, computed from a point (x1, x2): any of x1, x2, x1², x2², x1x2, sin x1, sin x2. */
public final class Features {
    public static final List<String> ALL = List.of("x1", "x2", "x1²", "x2²", "x1x2", "sin x1", "sin x2");
    private final List<String> chosen;

    private Features(List<String> chosen) {
        this.chosen = List.copyOf(chosen);
    }

    /** The features named in a comma-separated list ("x1^2" may stand for x1²); one sentence when a name is unknown. */
    public static Features parse(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim().replace("^2", "²").replace("*", "").replace(" ", "");
            if (name.isEmpty()) {
                continue;
            }
            String found = null;
            for (String f : ALL) {
                if (f.replace(" ", "").equalsIgnoreCase(name)) {
                    found = f;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a feature: use x1, x2, x1², x2², x1x2, sin x1 or sin x2");
            }
            if (!names.contains(found)) {
                names.add(found);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature, such as x1, x2");
        }
        return new Features(names);
    }

    public List<String> names() {
        return chosen;
    }

    public int size() {
        return chosen.size();
    }

    public double[] of(double x1, double x2) {
        double[] v = new double[chosen.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (chosen.get(i)) {
                case "x1" -> x1;
                case "x2" -> x2;
                case "x1²" -> x1 * x1;
                case "x2²" -> x2 * x2;
                case "x1x2" -> x1 * x2;
                case "sin x1" -> StrictMath.sin(x1);
                default -> StrictMath.sin(x2);
            };
        }
        return v;
    }

    public double[][] of(double[][] points) {
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] = of(points[i][0], points[i][1]);
        }
        return out;
    }
}
