package org.mathlens.explorables.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Rate;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;

/**
 * One matrix and what can be said about it: A beside Aᵀ, and play flies every entry of the copy
 * across the main diagonal to its place in Aᵀ (the {@code flip} parameter); badges light up for identity, diagonal, symmetric, triangular and orthogonal
 * (with AᵀA beside it); the Frobenius norm and the trace are written out as the sums they are.
 */
public final class MatrixPropertiesExplorable extends AbstractExplorable {
    private final MatrixParameter a = parameters.add(new MatrixParameter("A", "any matrix from 1×1 to 5×5",
            new double[][] {{2, 1, 5}, {0, 3, -1}, {0, 0, 4}}, 1, 5, 1, 5, false, 1000));
    /** How far the right-hand copy has flown across the diagonal: 0 is A again, 1 is Aᵀ beside A. */
    private final ScalarParameter flip = parameters.add(new ScalarParameter("flip",
            "transpose: 0 draws a copy of A, 1 its mirror image Aᵀ beside A; play flies the entries across the diagonal",
            1, 0, 1, 0.01));
    private final MatrixPropertiesModel model = new MatrixPropertiesModel();
    /** 1.4 s across the diagonal; play again flies back; step (or a click, or T) jumps. */
    private final PaneAnimation flight = animatedBy(Play.alternate(flip, 1 / 1.4));
    private Sheet sheet;

    private record Badge(String readout, String title, String rule, BooleanSupplier on) {
    }

    private final List<Badge> badges = List.of(
            new Badge("identity", "identity", "I: ones on the diagonal, zeros elsewhere", model::identity),
            new Badge("diagonal", "diagonal", "zeros everywhere off the main diagonal", model::diagonal),
            new Badge("symmetric", "symmetric", "A = Aᵀ: aᵢⱼ = aⱼᵢ, a mirror image across the diagonal", model::symmetric),
            new Badge("upper", "upper triangular", "zeros everywhere below the main diagonal", model::upper),
            new Badge("lower", "lower triangular", "zeros everywhere above the main diagonal", model::lower),
            new Badge("orthogonal", "orthogonal", "AᵀA = I: columns of length 1 at right angles", model::orthogonal));

    public MatrixPropertiesExplorable() {
        super("matrix-properties", "Transpose, norm, trace and special matrices", Section.VECTORS_AND_MATRICES,
                "A beside its transpose Aᵀ: play flips the copy across the diagonal; the badges say which special kind of matrix A is.");
        readouts.add("frobenius", "‖A‖_F", () -> Reading.of(model.frobenius()))
                .add("trace", "tr A", () -> model.isSquare() ? Reading.of(model.trace()) : Reading.undefined())
                .add("transpose", "Aᵀ", () -> Reading.of(model.transpose()));
        for (Badge b : badges) {
            readouts.add(b.readout(), b.title(), () -> Reading.of(b.on().getAsBoolean()));
        }
        parametersChanged();
    }

    public MatrixPropertiesModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get());
    }

    @Override
    protected Node createView() {
        sheet = new Sheet();
        sheet.follow(revision());
        Picture picture = new Picture();
        sheet.add(picture);
        sheet.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (picture.overMatrix(e.getX(), e.getY())) {
                history().record(flight::step);
            }
        });
        sheet.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case SPACE, ENTER, T -> {
                    history().record(flight::step);
                    e.consume();
                }
                default -> {
                }
            }
        });
        return sheet;
    }

    /** Flies the entries to and fro while A's corner changes now and then. */
    @Override
    public void benchFrame(int frame) {
        if (frame % 90 == 0) {
            double[][] m = a.value();
            m[0][m[0].length - 1] = (frame / 90) % 5 - 2;
            a.set(m);
        }
        if (flight.isFinished()) {
            flight.rewind();
        }
        flight.advance(1 / 60.0);
    }

    /** The flying matrix, the badges, AᵀA, and the sums written out. */
    private final class Picture implements Drawable {
        private double cell;
        /** Left edge of A itself, and of the copy that flies to Aᵀ beside it. */
        private double ax;
        private double x0;
        private double y0;
        private double badgeX;
        private double badgeY;
        private double badgeW;
        private double badgeH;
        private String hitName;
        private Object laidOutFor;
        private double laidOutW;
        private double laidOutH;
        private double gramCell;
        private final java.util.Map<String, List<String>> wraps = new java.util.HashMap<>();

        /** Measures text only when A or the size changed, so a frame of the flight costs no layout. */
        private void layout(Sheet s) {
            if (laidOutFor == model.a() && laidOutW == s.getWidth() && laidOutH == s.getHeight()) {
                return;
            }
            laidOutFor = model.a();
            laidOutW = s.getWidth();
            laidOutH = s.getHeight();
            wraps.clear();
            gramCell = s.ui(26);
            for (double[] row : model.gram()) {
                for (double x : row) {
                    gramCell = Math.max(gramCell, s.textWidth(Numbers.brief(x, 2), 13, false) + s.ui(12));
                }
            }
            double widest = 0;
            for (double[] row : model.a()) {
                for (double x : row) {
                    widest = Math.max(widest, s.textWidth(Numbers.brief(x, 2), 18, false));
                }
            }
            int k = Math.max(model.rows(), model.cols());
            badgeW = s.ui(170);
            badgeH = s.ui(30);
            double gap = s.ui(64);
            double room = Math.min((s.getWidth() - badgeW - s.ui(150) - gap) / 2, s.getHeight() * 0.5);
            cell = Math.max(Math.max(s.ui(38), widest + s.ui(18)), Math.min(s.ui(72), room / Math.max(k, 1)));
            ax = s.ui(40);
            x0 = ax + k * cell + gap;
            y0 = s.ui(64);
            badgeX = Math.max(x0 + k * cell + s.ui(40), s.getWidth() - badgeW - s.ui(150));
            badgeY = y0;
        }

        boolean overMatrix(double sx, double sy) {
            int k = Math.max(model.rows(), model.cols());
            return sx >= x0 && sy >= y0 && sx <= x0 + k * cell && sy <= y0 + k * cell;
        }

        @Override
        public void draw(Painter p) {
            Sheet s = sheet;
            layout(s);
            Palette c = s.palette();
            int m = model.rows();
            int n = model.cols();
            double e = Rate.SMOOTH.apply(flip.value());
            // the mirror: the main diagonal, through the centres of the diagonal cells
            int d = Math.max(m, n);
            var g = s.gc();
            g.setStroke(Palette.fill(c.result(), 0.8));
            g.setLineWidth(s.ui(1.5));
            g.setLineDashes(s.ui(6), s.ui(5));
            g.strokeLine(x0, y0, x0 + d * cell + s.ui(8), y0 + d * cell + s.ui(8));
            g.setLineDashes((double[]) null);
            s.text("main diagonal", x0 + d * cell + s.ui(10), y0 + d * cell + s.ui(16), 12, false, c.result(), TextAlignment.LEFT);
            double rows = m + (n - m) * e;
            double cols = n + (m - n) * e;
            s.brackets(x0 - s.ui(2), y0, cols * cell + s.ui(4), rows * cell, c.axis());
            // A itself, where it stays, so A and Aᵀ can be compared entry by entry
            s.brackets(ax - s.ui(2), y0, n * cell + s.ui(4), m * cell, c.axis());
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    Color col = i == j ? c.text() : j > i ? c.first() : c.second();
                    s.text(Numbers.brief(model.a()[i][j], 2), ax + (j + 0.5) * cell, y0 + (i + 0.5) * cell, 18, i == j, col,
                            TextAlignment.CENTER);
                }
            }
            s.text("A  " + Linalg.shape(model.a()), ax, y0 - s.ui(24), 16, true, c.text(), TextAlignment.LEFT);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double r = i + (j - i) * e;
                    double q = j + (i - j) * e;
                    Color col = i == j ? c.text() : j > i ? c.first() : c.second();
                    s.text(Numbers.brief(model.a()[i][j], 2), x0 + (q + 0.5) * cell, y0 + (r + 0.5) * cell, 18, i == j, col,
                            TextAlignment.CENTER);
                }
            }
            String title = flip.value() >= 1 ? "Aᵀ  " + Linalg.shape(model.transpose())
                    : flip.value() <= 0 ? "a copy of A" : "A → Aᵀ (" + Math.round(100 * flip.value()) + " %)";
            s.text(title, x0, y0 - s.ui(24), 16, true, c.text(), TextAlignment.LEFT);
            s.text("play, click Aᵀ or press T: flip the copy across the diagonal", ax, s.ui(16), 12, false, c.textMuted(), TextAlignment.LEFT);
            s.text("above the diagonal", ax, y0 + d * cell + s.ui(40), 12, true, c.first(), TextAlignment.LEFT);
            s.text("below it", ax + s.ui(144), y0 + d * cell + s.ui(40), 12,
                    true, c.second(), TextAlignment.LEFT);

            // badges
            for (int b = 0; b < badges.size(); b++) {
                Badge badge = badges.get(b);
                boolean on = badge.on().getAsBoolean();
                double y = badgeY + b * (badgeH + s.ui(10));
                s.box(badgeX, y, badgeW, badgeH, on ? Palette.fill(c.learner(), 0.22) : null, on ? c.learner() : c.gridMajor());
                s.text((on ? "✓ " : "✗ ") + badge.title(), badgeX + s.ui(12), y + badgeH / 2, 14, on,
                        on ? c.text() : c.textMuted(), TextAlignment.LEFT);
            }
            // AᵀA under the orthogonal badge
            double[][] gram = model.gram();
            double gy = badgeY + 6 * (badgeH + s.ui(10)) + s.ui(4);
            double gx = badgeX;
            double cellH = s.ui(20);
            double gc = gramCell;
            double mx = gx + s.ui(52);
            gc = Math.min(gc, (s.getWidth() - mx - s.ui(8)) / gram.length);
            s.text("AᵀA =", gx, gy + gram.length * cellH / 2, 13, true, c.textMuted(), TextAlignment.LEFT);
            boolean unit = true;
            for (int i = 0; i < gram.length; i++) {
                for (int j = 0; j < gram.length; j++) {
                    boolean good = Math.abs(gram[i][j] - (i == j ? 1 : 0)) < 1e-9;
                    unit &= good;
                    s.text(Numbers.brief(gram[i][j], 2), mx + (j + 0.5) * gc, gy + (i + 0.5) * cellH, 13, false,
                            good ? c.text() : c.warning(), TextAlignment.CENTER);
                }
            }
            s.brackets(mx, gy, gram.length * gc, gram.length * cellH, c.axis());
            String note = unit && model.isSquare() ? "= I: the columns are orthonormal, A is orthogonal"
                    : unit ? "= I: orthonormal columns, but A is not square"
                    : "≠ I (entries in orange differ from I)";
            s.text(note, gx, gy + gram.length * cellH + s.ui(14), 12, false, unit ? c.learner() : c.textMuted(), TextAlignment.LEFT);
            double gramBottom = gy + gram.length * cellH + s.ui(14);

            // the sums, wrapped at " + "
            double y = Math.max(y0 + d * cell + s.ui(80), gramBottom + s.ui(36));
            double width = s.getWidth() - 2 * ax;
            y = wrapped(s, model.frobeniusSum(), ax, y, width, c.first());
            wrapped(s, model.traceSum(), ax, y + s.ui(12), width, model.isSquare() ? c.second() : c.warning());
        }

        /** Draws text broken before " + " where it would run past the width; returns the y below it. */
        private double wrapped(Sheet s, String text, double x, double y, double width, Color color) {
            List<String> lines = wraps.computeIfAbsent(text, t -> wrap(s, t, width));
            for (String l : lines) {
                s.text(l, x, y, 16, false, color, TextAlignment.LEFT);
                y += s.ui(24);
            }
            return y;
        }

        private List<String> wrap(Sheet s, String text, double width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String piece : text.split("(?= \\+ )")) {
                if (line.length() > 0 && s.textWidth(line + piece, 16, false) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    piece = "      " + piece.strip();
                }
                line.append(piece);
            }
            lines.add(line.toString());
            return lines;
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (cell == 0) {
                return false;
            }
            for (int b = 0; b < badges.size(); b++) {
                double y = badgeY + b * (badgeH + sheet.ui(10));
                if (sx >= badgeX && sx <= badgeX + badgeW && sy >= y && sy <= y + badgeH) {
                    Badge badge = badges.get(b);
                    hitName = badge.title() + " (" + badge.rule() + "): " + badge.on().getAsBoolean();
                    return true;
                }
            }
            double e = Rate.SMOOTH.apply(flip.value());
            for (int i = 0; i < model.rows(); i++) {
                for (int j = 0; j < model.cols(); j++) {
                    double r = i + (j - i) * e;
                    double q = j + (i - j) * e;
                    boolean onCopy = Math.abs(sx - (x0 + (q + 0.5) * cell)) < cell / 2 && Math.abs(sy - (y0 + (r + 0.5) * cell)) < cell / 2;
                    boolean onA = Math.abs(sx - (ax + (j + 0.5) * cell)) < cell / 2 && Math.abs(sy - (y0 + (i + 0.5) * cell)) < cell / 2;
                    if (onCopy || onA) {
                        hitName = "a" + MatrixMultiplyModel.sub(i + 1) + MatrixMultiplyModel.sub(j + 1) + " = "
                                + Numbers.brief(model.a()[i][j], 4) + (i == j ? ": on the diagonal, it stays put"
                                : ": in Aᵀ it is entry (" + (j + 1) + ", " + (i + 1) + ")");
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String name() {
            return hitName;
        }
    }
}
