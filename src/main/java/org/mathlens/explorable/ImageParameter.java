package org.mathlens.explorable;

import java.nio.file.Path;
import java.util.Arrays;
import org.mathlens.math.Numbers;
import org.mathlens.math.data.DataException;
import org.mathlens.math.data.Grayscale;
import org.mathlens.math.data.Pictures;
import org.mathlens.math.expr.MathLanguage;

/**
 * A gray picture as a matrix of levels 0…1. Its text is the name of a picture the project
 * draws ({@code sunset}, {@code checks}), {@code @path/to/picture.png} (a PNG or JPEG the
 * learner brings through File → Open image… or {@code --set image=@pic.png}: made gray and at
 * most 256 px a side), or a matrix of values in the math language. A bad text is refused
 * with one sentence and the picture stays as it was.
 */
public final class ImageParameter extends Parameter<ImageParameter.Picture> {
    /** The levels and where they came from: a name, "@file", or null for a typed matrix. */
    public record Picture(String name, double[][] levels) {
        public int rows() {
            return levels.length;
        }

        public int cols() {
            return levels[0].length;
        }
    }

    /** Pictures decoded once per file version: undo and scenes set the same "@file" text again and again. */
    static final ReadOnce<double[][]> DECODED = new ReadOnce<>(Grayscale::read);

    public ImageParameter(String name, String description, String initial) {
        super(name, description, load(name, initial));
    }

    private static Picture load(String param, String text) {
        String t = text.trim();
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).trim();
        }
        double[][] shipped = Pictures.named(t);
        if (shipped != null) {
            return new Picture(t, shipped);
        }
        if (t.startsWith("@")) {
            Path path = Path.of(t.substring(1).trim()).toAbsolutePath().normalize();
            try {
                return new Picture("@" + path, DECODED.read(path));
            } catch (DataException e) {
                throw new ParameterException(e.getMessage());
            } catch (java.io.IOException | SecurityException e) {
                throw new ParameterException(path.getFileName() + ": cannot be read");
            }
        }
        if (!t.startsWith("[")) {
            throw new ParameterException(param + " is a picture (" + String.join(", ", Pictures.NAMES)
                    + "), @picture.png, or a matrix of gray levels");
        }
        return new Picture(null, MathLanguage.evaluateMatrix(t));
    }

    @Override
    protected Picture parseValue(String text) {
        return load(name(), text);
    }

    @Override
    protected Picture check(Picture p) {
        double[][] m = p.levels();
        if (m.length == 0 || m[0].length == 0) {
            throw new ParameterException(name() + " needs at least one row and one column");
        }
        if (m.length > Grayscale.MAX_SIDE || m[0].length > Grayscale.MAX_SIDE) {
            throw new ParameterException(name() + " may be at most " + Grayscale.MAX_SIDE + " values a side");
        }
        for (double[] row : m) {
            if (row.length != m[0].length) {
                throw new ParameterException(name() + ": every row needs " + m[0].length + " values");
            }
            for (double x : row) {
                if (!Double.isFinite(x) || Math.abs(x) > 1e6) {
                    throw new ParameterException(name() + ": values must be finite and within ±1e6");
                }
            }
        }
        return p;
    }

    @Override
    protected boolean same(Picture a, Picture b) {
        return java.util.Objects.equals(a.name(), b.name()) && Arrays.deepEquals(a.levels(), b.levels());
    }

    @Override
    public String format(Picture p) {
        return p.name() != null ? p.name() : Numbers.format(p.levels());
    }
}
