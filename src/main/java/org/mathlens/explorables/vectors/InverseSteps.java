package org.mathlens.explorables.vectors;

import java.util.List;
import java.util.function.IntSupplier;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorables.vectors.InverseGaussJordan.Kind;
import org.mathlens.explorables.vectors.InverseGaussJordan.Step;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;

/** [A | I] after the chosen step, the pivot lit, and the list of row operations. */
final class InverseSteps implements Drawable {
    private final Sheet sheet;
    private final InverseModel model;
    private final IntSupplier stepIndex;
    private double listX;
    private double listY;
    private double lineH;
    private double cell;
    private double mx;
    private double my;
    private String hitName;

    InverseSteps(Sheet sheet, InverseModel model, IntSupplier stepIndex) {
        this.sheet = sheet;
        this.model = model;
        this.stepIndex = stepIndex;
    }

    @Override
    public void draw(Painter p) {
        Sheet s = sheet;
        Palette c = s.palette();
        List<Step> steps = model.gaussJordan().steps();
        Step step = steps.get(stepIndex.getAsInt());
        int n = model.size();
        double[][] m = step.matrix();
        double widest = 0;
        for (double[] row : m) {
            for (double x : row) {
                widest = Math.max(widest, s.textWidth(Numbers.brief(x, 3), 15, false));
            }
        }
        cell = Math.max(s.ui(40), widest + s.ui(16));
        double ch = s.ui(30);
        mx = s.ui(24);
        my = s.ui(70);
        s.text("Gauss–Jordan on [A | I]" + (n == 3 ? "   (the plane picture is for 2×2 A; here A is 3×3)" : ""),
                mx, s.ui(18), 15, true, c.text(), TextAlignment.LEFT);
        s.text("step " + stepIndex.getAsInt() + " of " + (steps.size() - 1) + "  ·  the step slider, ← →, or click an operation",
                mx, s.ui(40), 12, false, c.textMuted(), TextAlignment.LEFT);
        // rows the operation changed and used
        if (step.target() >= 0) {
            s.box(mx - s.ui(4), my + step.target() * ch + s.ui(2), 2 * n * cell + s.ui(14), ch - s.ui(4),
                    Palette.fill(c.first(), 0.15), c.first());
        }
        if (step.source() >= 0 && step.source() != step.target()) {
            s.box(mx - s.ui(4), my + step.source() * ch + s.ui(2), 2 * n * cell + s.ui(14), ch - s.ui(4),
                    step.kind() == Kind.SWAP ? Palette.fill(c.first(), 0.15) : null, c.second());
        }
        if (step.pivotRow() >= 0) {
            boolean dead = step.kind() == Kind.SINGULAR;
            s.box(mx + step.pivotCol() * cell + s.ui(3), my + step.pivotRow() * ch + s.ui(3), cell - s.ui(6), ch - s.ui(6),
                    Palette.fill(dead ? c.warning() : c.result(), 0.3), dead ? c.warning() : c.result());
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2 * n; j++) {
                double x = mx + j * cell + (j >= n ? s.ui(10) : 0);
                s.text(Numbers.brief(m[i][j], 3), x + cell / 2, my + (i + 0.5) * ch, 15, j == step.pivotCol() && i == step.pivotRow(),
                        j >= n ? c.textMuted() : c.text(), TextAlignment.CENTER);
            }
        }
        var g = s.gc();
        g.setStroke(c.axis());
        g.setLineWidth(s.ui(1.2));
        double barX = mx + n * cell + s.ui(5);
        g.strokeLine(barX, my + s.ui(4), barX, my + n * ch - s.ui(4));
        s.brackets(mx - s.ui(6), my, 2 * n * cell + s.ui(22), n * ch, c.axis());
        s.text("A", mx + n * cell / 2, my - s.ui(12), 12, true, c.textMuted(), TextAlignment.CENTER);
        boolean done = stepIndex.getAsInt() == steps.size() - 1 && !model.gaussJordan().singular();
        s.text(step.kind() == Kind.START ? "I" : done ? "A⁻¹" : "", mx + n * cell * 1.5 + s.ui(10), my - s.ui(12), 12, true,
                c.textMuted(), TextAlignment.CENTER);
        double y = my + n * ch + s.ui(28);
        Color opColor = step.kind() == Kind.SINGULAR ? c.warning() : c.first();
        s.text(step.text(), mx, y, 17, true, opColor, TextAlignment.LEFT);
        y += s.ui(26);
        String explain = switch (step.kind()) {
            case START -> "the row operations that turn A into I turn I into A⁻¹";
            case SWAP -> "the pivot was 0: swap in a row below that has a non-zero entry";
            case ADD -> "subtract a multiple of the pivot row to clear this column";
            case SCALE -> "divide by the pivot so it becomes 1";
            case SINGULAR -> "every entry left in this column is 0: there is nothing to divide by";
        };
        s.text(explain, mx, y, 13, false, c.textMuted(), TextAlignment.LEFT);
        y += s.ui(22);
        if (stepIndex.getAsInt() == steps.size() - 1) {
            if (model.gaussJordan().singular() || model.singular()) {
                y = wrapped(s, model.whySingular() == null ? "A is singular" : model.whySingular(), mx, y,
                        listXFor(s) - mx - s.ui(16), c.warning());
            } else {
                s.text("the left half is I, so the right half is A⁻¹", mx, y, 13, true, c.result(), TextAlignment.LEFT);
            }
        }
        // the list of operations
        listX = listXFor(s);
        listY = s.ui(70);
        lineH = s.ui(22);
        s.text("row operations", listX, s.ui(40), 12, true, c.textMuted(), TextAlignment.LEFT);
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            double ly = listY + i * lineH;
            boolean current = i == stepIndex.getAsInt();
            if (current) {
                s.box(listX - s.ui(6), ly - lineH / 2, s.getWidth() - listX - s.ui(6), lineH, Palette.fill(c.first(), 0.15), null);
            }
            Color col = st.kind() == Kind.SINGULAR ? c.warning() : i <= stepIndex.getAsInt() ? c.text() : c.textMuted();
            s.text(i + ".  " + st.text(), listX, ly, 13, current, col, TextAlignment.LEFT);
        }
    }

    private double listXFor(Sheet s) {
        int n = model.size();
        return Math.max(mx + 2 * n * cell + s.ui(56), s.getWidth() * 0.55);
    }

    private double wrapped(Sheet s, String text, double x, double y, double width, Color color) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && s.textWidth(line + " " + word, 13, false) > width) {
                s.text(line.toString(), x, y, 13, false, color, TextAlignment.LEFT);
                y += s.ui(18);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        s.text(line.toString(), x, y, 13, false, color, TextAlignment.LEFT);
        return y + s.ui(18);
    }

    int opAt(double sx, double sy) {
        if (lineH == 0 || sx < listX - sheet.ui(6)) {
            return -1;
        }
        int i = (int) Math.floor((sy - listY + lineH / 2) / lineH);
        return i >= 0 && i < model.gaussJordan().steps().size() ? i : -1;
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        int op = opAt(sx, sy);
        if (op >= 0) {
            hitName = "step " + op + ": " + model.gaussJordan().steps().get(op).text() + " (click to show it)";
            return true;
        }
        int n = model.size();
        double ch = sheet.ui(30);
        if (cell > 0 && sy >= my && sy < my + n * ch && sx >= mx && sx < mx + 2 * n * cell + sheet.ui(10)) {
            int i = (int) ((sy - my) / ch);
            int j = sx < mx + n * cell ? (int) ((sx - mx) / cell) : n + (int) Math.min(n - 1, (sx - mx - sheet.ui(10) - n * cell) / cell);
            j = Math.max(0, Math.min(2 * n - 1, j));
            Step st = model.gaussJordan().steps().get(stepIndex.getAsInt());
            boolean pivot = i == st.pivotRow() && j == st.pivotCol();
            hitName = (pivot ? "the pivot: " : "") + "row " + (i + 1) + ", " + (j < n ? "column " + (j + 1) + " of the A side"
                    : "column " + (j - n + 1) + " of the I side") + " = " + Numbers.brief(st.matrix()[i][j], 6);
            return true;
        }
        return false;
    }

    @Override
    public String name() {
        return hitName;
    }
}
