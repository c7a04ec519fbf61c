package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.DigitPad;
import org.mathlens.math.tensor.Tensor;

/**
 * What the learner drew on the digit pad, as text so lessons, {@code --set} and saved scenes
 * can hold it: strokes separated by {@code ;}, each a run of points {@code x,y} in pad
 * coordinates 0 … 32 (x right, y down), e.g. {@code 8,6 24,6 14,28} for a 7; {@code none} is the
 * empty pad. Immutable; equal when the text is equal.
 */
public final class Drawing {
    /** The pen's radius in pad pixels: about the thickness of the strokes in the shipped digits. */
    public static final double PEN = 1.6;
    static final int MAX_POINTS = 600;
    public static final Drawing NONE = new Drawing(List.of());

    private final List<double[]> strokes;
    private final String text;
    private volatile double[] levels;

    private Drawing(List<double[]> strokes) {
        this.strokes = strokes;
        this.text = format(strokes);
    }

    /** Parses the text form; throws IllegalArgumentException with one sentence when it does not fit. */
    public static Drawing parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none") || t.isEmpty()) {
            return NONE;
        }
        List<double[]> strokes = new ArrayList<>();
        int points = 0;
        for (String part : t.split(";", -1)) {
            String[] pts = part.trim().split("\\s+");
            if (pts.length == 0 || pts[0].isEmpty()) {
                throw new IllegalArgumentException("each stroke needs at least one point x,y");
            }
            double[] xy = new double[2 * pts.length];
            for (int i = 0; i < pts.length; i++) {
                String[] c = pts[i].split(",");
                if (c.length != 2) {
                    throw new IllegalArgumentException("'" + pts[i] + "' is not a point: write x,y such as 12,4");
                }
                xy[2 * i] = coordinate(c[0]);
                xy[2 * i + 1] = coordinate(c[1]);
            }
            points += pts.length;
            strokes.add(xy);
        }
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("a drawing holds at most " + MAX_POINTS + " points");
        }
        return new Drawing(List.copyOf(strokes));
    }

    private static double coordinate(String s) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.trim() + "' is not a number");
        }
        if (!(v >= 0 && v <= DigitPad.SIDE)) {
            throw new IllegalArgumentException("pad coordinates run from 0 to " + DigitPad.SIDE);
        }
        return v;
    }

    /** This drawing with a new stroke starting at (x, y). */
    public Drawing startStroke(double x, double y) {
        List<double[]> next = new ArrayList<>(strokes);
        next.add(new double[] {clamp(x), clamp(y)});
        return new Drawing(List.copyOf(next));
    }

    /** This drawing with (x, y) added to its last stroke (a new stroke when there is none). */
    public Drawing extend(double x, double y) {
        if (strokes.isEmpty()) {
            return startStroke(x, y);
        }
        double[] last = strokes.get(strokes.size() - 1);
        double[] longer = java.util.Arrays.copyOf(last, last.length + 2);
        longer[last.length] = clamp(x);
        longer[last.length + 1] = clamp(y);
        List<double[]> next = new ArrayList<>(strokes.subList(0, strokes.size() - 1));
        next.add(longer);
        return new Drawing(List.copyOf(next));
    }

    /** How many points it holds (drags stop adding beyond {@link #MAX_POINTS}). */
    public int points() {
        int n = 0;
        for (double[] s : strokes) {
            n += s.length / 2;
        }
        return n;
    }

    private static double clamp(double v) {
        // two decimals are plenty on a 32-pixel pad and keep the text short
        return Math.round(Math.max(0, Math.min(DigitPad.SIDE, v)) * 100) / 100.0;
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /** The strokes as flat x,y runs (copies). */
    public List<double[]> strokes() {
        List<double[]> out = new ArrayList<>();
        for (double[] s : strokes) {
            out.add(s.clone());
        }
        return out;
    }

    /** The 32×32 ink: every segment of every stroke inked with the round pen (a lone point is a dot). */
    public DigitPad pad() {
        DigitPad pad = DigitPad.empty();
        for (double[] s : strokes) {
            if (s.length == 2) {
                pad = pad.stroke(s[0], s[1], s[0], s[1], PEN);
            }
            for (int i = 2; i < s.length; i += 2) {
                pad = pad.stroke(s[i - 2], s[i - 1], s[i], s[i + 1], PEN);
            }
        }
        return pad;
    }

    /** The 64 levels 0 … 16 the network sees, row by row: the pad reduced as the shipped digits were. */
    public double[] levels() {
        double[] cached = levels;
        if (cached == null) {
            cached = reduce();
            levels = cached; // immutable drawing: its reduction never changes, and the pad redraws often
        }
        return cached.clone();
    }

    private double[] reduce() {
        Tensor t = pad().reduced();
        double[] out = new double[64];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                out[8 * r + c] = t.get(r, c);
            }
        }
        return out;
    }

    private static String format(List<double[]> strokes) {
        if (strokes.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (double[] s : strokes) {
            if (b.length() > 0) {
                b.append("; ");
            }
            for (int i = 0; i < s.length; i += 2) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(Numbers.typed(s[i])).append(',').append(Numbers.typed(s[i + 1]));
            }
        }
        return b.toString();
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Drawing d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
