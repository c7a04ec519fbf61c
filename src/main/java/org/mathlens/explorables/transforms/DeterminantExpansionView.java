package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Theme;
import org.mathlens.math.Numbers;

/**
 * The cofactor expansion as a tree of boxes on one Canvas, listed depth first and indented by
 * depth: each minor with its sign, its entry a₁ⱼ, its matrix and — once worked out — its value;
 * the root shows the running sum. Click a box to open or fold it; the wheel scrolls.
 */
final class DeterminantExpansionView extends org.mathlens.kit.PixelView {
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    /** A matrix cell's width and a matrix row's height at 1×: entries at 14 px read at the back of a room. */
    private static final double CELL = 44;
    private static final double ROW_PX = 19;

    private record Row(DeterminantExpansion.Node node, double top, double height) {
    }

    private final Supplier<DeterminantExpansion> expansion;
    private final Runnable onToggle;
    private final List<Row> rows = new ArrayList<>();
    private double scroll;
    private DeterminantExpansion.Node followed;
    private double contentHeight;
    private int hoverIndex = -1;
    private Font font;
    private Font bold;
    private Font small;
    private double fontUi;

    DeterminantExpansionView(Supplier<DeterminantExpansion> expansion, Runnable onToggle) {
        super("determinant-expansion");
        this.expansion = expansion;
        this.onToggle = onToggle;
        setMinSize(200, 120);
        setPrefSize(360, 480);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    // the tree scrolls rather than zooms, and its boxes are named by its own hover highlight,
    // not the shared label: a PixelView's fit, resize and nameAt are this view's

    /** Back to the top (a new matrix). */
    void scrollToTop() {
        scroll = 0;
        invalidate();
    }

    private double ui(double px) {
        return px * Theme.uiScale();
    }

    private void fonts() {
        double u = Theme.uiScale();
        if (font == null || u != fontUi) {
            fontUi = u;
            font = Font.font("System", 15 * u);
            bold = Font.font("System", FontWeight.BOLD, 15 * u);
            small = Font.font("System", 14 * u);
        }
    }

    private double rowHeight(DeterminantExpansion.Node n, double w) {
        int lines = DeterminantExpansionText.valueLines(n, maxChars(n, w)).size();
        return ui(34) + Math.max(n.size() * ui(ROW_PX), lines * ui(21) - ui(2)) + ui(10);
    }

    /** How many characters of the value text fit beside the minor's matrix in a box of this view. */
    private int maxChars(DeterminantExpansion.Node n, double w) {
        double x = ui(10) + n.depth() * ui(26);
        double textX = x + ui(18) + n.size() * ui(CELL) + ui(20);
        double room = w - ui(22) - textX;
        return Math.max(12, (int) (room / ui(8.6)));
    }

    @Override
    protected void paint(GraphicsContext g, Palette pal) {
        fonts();
        double w = getWidth();
        double h = getHeight();
        g.setStroke(pal.gridMajor());
        g.setLineWidth(1);
        g.strokeLine(0.5, 0, 0.5, h);
        rows.clear();
        double y = ui(10);
        for (DeterminantExpansion.Node n : expansion.get().visibleNodes()) {
            double rh = rowHeight(n, w);
            rows.add(new Row(n, y, rh));
            y += rh + ui(6);
        }
        contentHeight = y + ui(24);
        DeterminantExpansion.Node latest = expansion.get().lastStepped();
        if (latest != null && latest != followed) {
            // keep the step just made in sight, as a person's eye follows their pencil
            followed = latest;
            for (Row r : rows) {
                if (r.node() == latest) {
                    double bottom = r.top() + r.height() + ui(30);
                    if (r.top() < scroll) {
                        scroll = r.top() - ui(10);
                    } else if (bottom > scroll + h) {
                        scroll = bottom - h;
                    }
                }
            }
        }
        scroll = Math.max(0, Math.min(scroll, Math.max(0, contentHeight - h)));
        g.setTextBaseline(VPos.CENTER);
        g.setLineDashes((double[]) null);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double top = r.top() - scroll;
            if (top > h || top + r.height() < 0) {
                continue;
            }
            drawRow(g, pal, r.node(), top, r.height(), w, i == hoverIndex);
        }
        if (contentHeight > h) {
            g.setFill(Palette.fill(pal.textMuted(), 0.5));
            double barH = Math.max(ui(24), h * h / contentHeight);
            double barY = (h - barH) * scroll / (contentHeight - h);
            g.fillRoundRect(w - ui(6), barY, ui(4), barH, ui(4), ui(4));
        }
        g.setFont(small);
        g.setFill(pal.textMuted());
        g.setTextAlign(TextAlignment.RIGHT);
        String hint = hoveredName();
        if (hint == null) {
            hint = expansion.get().isComplete() ? "done: every minor worked out" : "click a box: open / fold · Step: next move";
        } else {
            g.setFill(pal.text());
        }
        g.setFill(Palette.fill(pal.background(), 0.9));
        g.fillRect(0, h - ui(26), w, ui(26));
        g.setFill(hoveredName() == null ? pal.textMuted() : pal.text());
        g.fillText(hint, w - ui(10), h - ui(13));
    }

    private void drawRow(GraphicsContext g, Palette pal, DeterminantExpansion.Node n, double top, double height, double w, boolean hover) {
        double x = ui(10) + n.depth() * ui(26);
        double boxW = w - x - ui(12);
        // the connector from the parent's box
        if (!n.isRoot()) {
            g.setStroke(pal.gridMajor());
            g.setLineWidth(ui(1.5));
            g.strokeLine(x - ui(14), top - ui(6) - (n.column() == 0 ? 0 : ui(6)), x - ui(14), top + ui(16));
            g.strokeLine(x - ui(14), top + ui(16), x, top + ui(16));
        }
        Color accent = n.isKnown() ? pal.result() : n.isExpanded() ? pal.learner() : pal.gridMajor();
        g.setFill(Palette.fill(accent, hover ? 0.16 : 0.07));
        g.fillRoundRect(x, top, boxW, height, ui(8), ui(8));
        g.setStroke(Palette.fill(accent, hover ? 1 : 0.7));
        g.setLineWidth(ui(hover ? 2 : 1.2));
        g.strokeRoundRect(x, top, boxW, height, ui(8), ui(8));

        // header: the term's sign and entry, and the minor's name
        double hx = x + ui(10);
        double hy = top + ui(16);
        g.setTextAlign(TextAlignment.LEFT);
        String title;
        if (n.isRoot()) {
            title = "det A, along row 1";
        } else {
            g.setFont(bold);
            Color signColour = n.sign() > 0 ? pal.learner() : pal.warning();
            g.setFill(signColour);
            g.fillText(n.sign() > 0 ? "+" : "−", hx, hy);
            hx += ui(14);
            title = "a" + sub(1) + sub(n.column() + 1) + " = " + Numbers.brief(n.entry(), 3) + "   ×   det M" + sub(1) + sub(n.column() + 1);
        }
        g.setFont(bold);
        g.setFill(pal.text());
        g.fillText(title, hx, hy);
        if (!n.isLeaf() && !n.isKnown()) {
            g.setFont(small);
            g.setFill(pal.textMuted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(n.isExpanded() ? "▾ fold" : "▸ open", x + boxW - ui(10), hy);
            g.setTextAlign(TextAlignment.LEFT);
        }

        // the minor's matrix, first row highlighted where the next level expands it
        double[][] m = n.matrix();
        int k = m.length;
        double cellW = ui(CELL);
        double mx = x + ui(18);
        double my = top + ui(34);
        g.setStroke(pal.text());
        g.setLineWidth(ui(1.3));
        double mh = k * ui(ROW_PX);
        bracket(g, mx - ui(4), my, mh, 1);
        bracket(g, mx + k * cellW + ui(4), my, mh, -1);
        g.setFont(small);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                boolean firstRow = i == 0 && k > 1 && !n.isLeaf();
                g.setFill(firstRow ? pal.first() : pal.text());
                g.fillText(Numbers.brief(m[i][j], 2), mx + (j + 0.5) * cellW, my + (i + 0.5) * ui(ROW_PX));
            }
        }

        // the value, or how far the sum has got
        double tx = mx + k * cellW + ui(20);
        double ty = my + ui(8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(font);
        List<String> lines = DeterminantExpansionText.valueLines(n, maxChars(n, w));
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            g.setFont(last && n.isKnown() ? bold : font);
            g.setFill(last && n.isKnown() ? pal.result() : i == 0 ? pal.text() : pal.textMuted());
            g.fillText(lines.get(i), tx, ty + i * ui(21));
        }
    }

    private static void bracket(GraphicsContext g, double x, double y, double h, int dir) {
        double t = 4 * dir;
        g.strokePolyline(new double[] {x + t, x, x, x + t}, new double[] {y, y, y + h, y + h}, 4);
    }

    private static String sub(int k) {
        return String.valueOf(SUB.charAt(k));
    }

    private int rowAt(double y) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double top = r.top() - scroll;
            if (y >= top && y <= top + r.height()) {
                return i;
            }
        }
        return -1;
    }

    private void setHover(int i) {
        if (i != hoverIndex) {
            hoverIndex = i;
            invalidate();
        }
    }

    /** What the mouse is over, for the status line and tests. */
    String hoveredName() {
        if (hoverIndex < 0 || hoverIndex >= rows.size()) {
            return null;
        }
        DeterminantExpansion.Node n = rows.get(hoverIndex).node();
        if (n.isRoot()) {
            return "det A, expanded along its first row";
        }
        return "minor M" + sub(1) + sub(n.column() + 1) + ": the matrix above without row 1 and column " + (n.column() + 1);
    }

    private void moved(MouseEvent e) {
        setHover(rowAt(e.getY()));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int i = rowAt(e.getY());
        if (i >= 0 && rows.get(i).node().toggle()) {
            onToggle.run();
            invalidate();
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        double d = e.getDeltaY();
        if (d == 0 || !Double.isFinite(d)) {
            return;
        }
        scroll = Math.max(0, Math.min(scroll - d, Math.max(0, contentHeight - getHeight())));
        invalidate();
        e.consume();
    }
}
