package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mathlens.explorable.Rate;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.linalg.Linalg;

/**
 * A chain of plane maps — translate, rotate, scale, shear, reflect — composed in homogeneous
 * coordinates as 3×3 matrices. The chain is written as text, one step after another,
 * {@code rotate(30); translate(2, 1); scale(1.5, 0.5)}, applied left to right, so the composed
 * matrix is Mₙ···M₂·M₁. Each argument is an expression of the math language; angles are in degrees.
 */
public final class AffineModel {
    /** The longest chain accepted: each step draws a ghost of the shape. */
    public static final int MAX_STEPS = 12;
    /** Arguments stay within ±this, so every picture can still be drawn. */
    public static final double LIMIT = 100;
    /** Angles (degrees) stay within ±this: ten full turns. */
    public static final double ANGLE_LIMIT = 3600;

    /** The kinds of step, with how many numbers each takes. */
    public enum Kind {
        TRANSLATE("translate", 2, 2, "translate(dx, dy)"),
        ROTATE("rotate", 1, 1, "rotate(degrees), about the origin"),
        SCALE("scale", 1, 2, "scale(s) or scale(sx, sy)"),
        SHEAR("shear", 1, 2, "shear(k) (x += k·y) or shear(kx, ky)"),
        REFLECT("reflect", 0, 1, "reflect() in the x-axis or reflect(degrees) in the line at that angle");

        final String word;
        final int min;
        final int max;
        final String usage;

        Kind(String word, int min, int max, String usage) {
            this.word = word;
            this.min = min;
            this.max = max;
            this.usage = usage;
        }

        public String word() {
            return word;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** One step: its kind, its arguments as typed (kept for round-trips) and their values. */
    public record Op(Kind kind, List<String> texts, double[] args) {
        public Op {
            texts = List.copyOf(texts);
            args = args.clone();
        }

        public String text() {
            return kind.word + "(" + String.join(", ", texts) + ")";
        }

        /** The whole step as a 3×3 matrix. */
        public double[][] matrix() {
            return matrix(1);
        }

        /**
         * The step done a fraction t of the way: translations, angles, shears and scale
         * factors grow from their identity values, a reflection blends (1 − t)·I + t·R.
         */
        public double[][] matrix(double t) {
            switch (kind) {
                case TRANSLATE:
                    return affine(1, 0, 0, 1, t * args[0], t * args[1]);
                case ROTATE: {
                    double r = Math.toRadians(t * args[0]);
                    double c = clean(Math.cos(r));
                    double s = clean(Math.sin(r));
                    return affine(c, -s, s, c, 0, 0);
                }
                case SCALE:
                    return affine(grow(t, 0), 0, 0, grow(t, 1), 0, 0);
                case SHEAR:
                    return affine(1, t * args[0], args.length > 1 ? t * args[1] : 0, 1, 0, 0);
                default: {
                    double r = Math.toRadians(2 * (args.length > 0 ? args[0] : 0));
                    double c = clean(Math.cos(r));
                    double s = clean(Math.sin(r));
                    return affine(1 - t + t * c, t * s, t * s, 1 - t - t * c, 0, 0);
                }
            }
        }

        /**
         * det of the step done a fraction t of the way, from its factors: a scaling's
         * ((1 − t) + t·sx)((1 − t) + t·sy) is exactly sx·sy at the end, where the entries of a
         * product of matrices would round (scale(1e-14, 50) gave 4.996e-13, not 5e-13).
         */
        public double det(double t) {
            return switch (kind) {
                case TRANSLATE, ROTATE -> 1;
                case SCALE -> grow(t, 0) * grow(t, 1);
                case SHEAR -> 1 - t * args[0] * (args.length > 1 ? t * args[1] : 0);
                default -> 1 - 2 * t; // (1 − t)² − t²: a reflection turns the plane over through 0
            };
        }

        /** A scale factor grown a fraction t of the way from 1: (1 − t) + t·s, exactly s at t = 1. */
        private double grow(double t, int axis) {
            double s = axis == 0 || args.length == 1 ? args[0] : args[1];
            return (1 - t) + t * s;
        }
    }

    /** cos and sin of whole multiples of 90° come out as exact 0 and ±1. */
    private static double clean(double x) {
        double r = Math.rint(x);
        return Math.abs(x - r) < 1e-15 ? r + 0.0 : x;
    }

    static double[][] affine(double a, double b, double c, double d, double tx, double ty) {
        return new double[][] {{a + 0.0, b + 0.0, tx + 0.0}, {c + 0.0, d + 0.0, ty + 0.0}, {0, 0, 1}};
    }

    private List<Op> ops = List.of();
    private double[][][] prefix = {identity()};
    /** det of each prefix, the product of its steps' determinants. */
    private double[] prefixDet = {1};
    private double progress;
    private double[][] drawn = identity();
    private double drawnDet = 1;

    public AffineModel() {
    }

    public AffineModel(List<Op> ops) {
        set(ops);
    }

    private static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    public void set(List<Op> steps) {
        ops = List.copyOf(steps);
        prefix = new double[ops.size() + 1][][];
        prefixDet = new double[ops.size() + 1];
        prefix[0] = identity();
        prefixDet[0] = 1;
        for (int i = 0; i < ops.size(); i++) {
            prefix[i + 1] = Linalg.multiply(ops.get(i).matrix(), prefix[i]);
            prefixDet[i + 1] = ops.get(i).det(1) * prefixDet[i];
        }
        setProgress(progress);
    }

    /** The chain and how many of its steps are done (s in [0, n], beyond n: all), for the picture. */
    public void set(List<Op> steps, double s) {
        progress = s;
        set(steps);
    }

    public void setProgress(double s) {
        progress = s;
        drawn = partial(s);
        drawnDet = detAt(s);
    }

    /** The steps done, clamped to the chain: n at rest. */
    public double progress() {
        return Math.max(0, Math.min(ops.size(), progress));
    }

    /** Whether the F has gone through the whole chain. */
    public boolean isComplete() {
        return progress() >= ops.size();
    }

    /** The map the picture draws, {@link #partial} at the progress. */
    public double[][] drawn() {
        return drawn;
    }

    /** Its determinant, from the steps' factors. */
    public double drawnDet() {
        return drawnDet;
    }

    public List<Op> ops() {
        return ops;
    }

    public int size() {
        return ops.size();
    }

    /** Mᵢ···M₁: the map after the first i steps (i = 0 is the identity). */
    public double[][] after(int i) {
        return copy(prefix[i]);
    }

    /** The same map, the model's own array: for drawing only, never to be changed. */
    double[][] prefix(int i) {
        return prefix[i];
    }

    /**
     * The box {x0, x1, y0, y1} holding the unit square (and so the F) and the points (−0.5, −0.3)
     * to (1.5, 1.3) the parallel lines span, at every station of the chain: what the view fits.
     */
    public double[] extent() {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {-0.5, -0.3}, {1.5, -0.3}, {-0.5, 1.3}, {1.5, 1.3}};
        for (double[][] m : prefix) {
            for (double[] c : corners) {
                double x = m[0][0] * c[0] + m[0][1] * c[1] + m[0][2];
                double y = m[1][0] * c[0] + m[1][1] * c[1] + m[1][2];
                b[0] = Math.min(b[0], x);
                b[1] = Math.max(b[1], x);
                b[2] = Math.min(b[2], y);
                b[3] = Math.max(b[3], y);
            }
        }
        return b;
    }

    /** The whole chain as one 3×3 matrix. */
    public double[][] composed() {
        return after(ops.size());
    }

    /** The determinant of the composed map's linear part (= of the 3×3 matrix). */
    public double det() {
        return prefixDet[ops.size()];
    }

    /** det of {@link #partial}(s): the steps done times the eased share of the one under way. */
    public double detAt(double s) {
        int n = ops.size();
        if (n == 0 || s >= n) {
            return det();
        }
        double c = Math.max(0, s);
        int i = (int) Math.floor(c);
        return ops.get(i).det(Rate.SMOOTH.apply(c - i)) * prefixDet[i];
    }

    /** Where the chain takes the point (x, y). */
    public double[] apply(double x, double y) {
        double[][] m = prefix[ops.size()];
        return new double[] {m[0][0] * x + m[0][1] * y + m[0][2] + 0.0, m[1][0] * x + m[1][1] * y + m[1][2] + 0.0};
    }

    /**
     * The map {@code s} steps into the chain (s in [0, n], each step eased): step ⌊s⌋ + 1 done
     * partly, after the ones before it in full.
     */
    public double[][] partial(double s) {
        int n = ops.size();
        if (n == 0 || s >= n) {
            return composed();
        }
        double c = Math.max(0, s);
        int i = (int) Math.floor(c);
        double t = Rate.SMOOTH.apply(c - i);
        return Linalg.multiply(ops.get(i).matrix(t), prefix[i]);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    // ---- the text of a chain ---------------------------------------------------------------

    /** The chain as text; the empty chain is {@code identity}. Parsing the text gives the same chain. */
    public static String format(List<Op> steps) {
        if (steps.isEmpty()) {
            return "identity";
        }
        List<String> parts = new ArrayList<>();
        for (Op op : steps) {
            parts.add(op.text());
        }
        return String.join("; ", parts);
    }

    /** Reads a chain; a mistake is a {@link MathError} naming the column it is at (1-based). */
    public static List<Op> parse(String text) {
        if (text.trim().equalsIgnoreCase("identity")) {
            return List.of();
        }
        List<Op> steps = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ';' && (depth <= 0 || i == text.length())) {
                if (!text.substring(start, i).isBlank()) {
                    steps.add(parseStep(text, start, i));
                    if (steps.size() > MAX_STEPS) {
                        throw new MathError("at most " + MAX_STEPS + " steps, please", start + 1);
                    }
                }
                start = i + 1;
                depth = 0;
            }
        }
        if (steps.isEmpty()) {
            throw new MathError("no steps: write for example rotate(30); translate(2, 1), or identity");
        }
        return steps;
    }

    /** Reads one step, text[from, to). */
    public static Op parseStep(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int nameStart = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String word = text.substring(nameStart, i);
        Kind kind = Kind.of(word.toLowerCase(Locale.ROOT));
        if (word.isEmpty()) {
            throw new MathError("expected an operation (translate, rotate, scale, shear, reflect)", nameStart + 1);
        }
        if (kind == null) {
            throw new MathError("unknown operation '" + word + "' (use translate, rotate, scale, shear or reflect)", nameStart + 1);
        }
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= to || text.charAt(i) != '(') {
            throw new MathError("expected '(' after " + kind.word, i + 1);
        }
        int open = i;
        int close = -1;
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = text.charAt(j);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    close = j;
                    break;
                }
            }
        }
        if (close < 0) {
            throw new MathError("missing ')' to close " + kind.word + "(", open + 1);
        }
        for (int j = close + 1; j < to; j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                throw new MathError("unexpected '" + text.charAt(j) + "' after " + kind.word + "(...); separate steps with ;", j + 1);
            }
        }
        List<String> texts = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        if (!text.substring(open + 1, close).isBlank()) {
            int argStart = open + 1;
            depth = 0;
            for (int j = open + 1; j <= close; j++) {
                char c = text.charAt(j);
                if (j < close && (c == '(' || c == '[')) {
                    depth++;
                } else if (j < close && (c == ')' || c == ']')) {
                    depth--;
                } else if (j == close || (c == ',' && depth == 0)) {
                    String arg = text.substring(argStart, j);
                    int lead = 0;
                    while (lead < arg.length() && Character.isWhitespace(arg.charAt(lead))) {
                        lead++;
                    }
                    if (arg.isBlank()) {
                        throw new MathError("missing number in " + kind.word + "(...)", argStart + 1);
                    }
                    texts.add(arg.trim());
                    columns.add(argStart + lead + 1);
                    argStart = j + 1;
                }
            }
        }
        if (texts.size() < kind.min || texts.size() > kind.max) {
            String count = kind.min == kind.max ? kind.min + "" : kind.min + " or " + kind.max;
            throw new MathError(kind.word + " takes " + count + (kind.max == 1 && kind.min == 1 ? " number" : " numbers")
                    + ", not " + texts.size() + ": " + kind.usage, open + 1);
        }
        double[] args = new double[texts.size()];
        for (int k = 0; k < args.length; k++) {
            int column = columns.get(k);
            double x;
            try {
                x = MathLanguage.evaluateScalar(texts.get(k));
            } catch (MathError e) {
                String message = e.getMessage().replaceFirst(" at column \\d+$", "");
                throw new MathError("in " + kind.word + ": " + message, column + Math.max(0, e.column() - 1));
            }
            boolean angle = kind == Kind.ROTATE || kind == Kind.REFLECT;
            double limit = angle ? ANGLE_LIMIT : LIMIT;
            if (!Double.isFinite(x) || Math.abs(x) > limit) {
                throw new MathError(kind.word + "'s " + (angle ? "angle" : "numbers") + " must be finite and within ±" + (int) limit, column);
            }
            args[k] = x + 0.0;
        }
        return new Op(kind, texts, args);
    }

    /** Reads a single step typed on its own (the side editor's field). */
    public static Op parseStep(String text) {
        if (text.contains(";")) {
            throw new MathError("one step only here; the list holds the others", text.indexOf(';') + 1);
        }
        return parseStep(text, 0, text.length());
    }
}
