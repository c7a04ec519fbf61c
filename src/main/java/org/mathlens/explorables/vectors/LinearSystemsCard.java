package org.mathlens.explorables.vectors;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Theme;
import org.mathlens.math.Numbers;

/**
 * The working beside the picture: the story, the row operations (done, moving, still to
 * come; click one to jump there), the augmented matrix [A | b] exactly as the picture draws
 * it now, row by row in its line's or plane's colour, and the verdict.
 */
final class LinearSystemsCard extends org.mathlens.kit.PixelView {
    private static final double WIDTH = 300;

    private final LinearSystemsExplorable pane;
    /** The y ranges of the operation rows last drawn, for clicks. */
    private double opsTop;
    private double opsRow;
    private int opsShown;

    LinearSystemsCard(LinearSystemsExplorable pane) {
        super("linear-systems-card");
        this.pane = pane;
        // sized by computePrefWidth below, not by the canvas view's default
        setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        setMinSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH * Theme.uiScale();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    private void clicked(MouseEvent e) {
        if (opsRow <= 0) {
            return;
        }
        int k = (int) Math.floor((e.getY() - opsTop) / opsRow);
        if (k >= 0 && k < opsShown) {
            // a click on an operation shows the system after it; on the heading, the start
            pane.jumpTo(k + 1);
        } else if (k == -1) {
            pane.jumpTo(0);
        }
    }

    @Override
    protected void paint(GraphicsContext g, Palette pal) {
        double ui = Theme.uiScale();
        double w = getWidth();
        g.setStroke(pal.gridMajor());
        g.setLineWidth(1);
        g.strokeLine(w - 0.5, 0, w - 0.5, getHeight());
        Font body = Font.font("System", 13 * ui);
        Font bold = Font.font("System", FontWeight.BOLD, 13 * ui);
        Font small = Font.font("System", 11.5 * ui);
        g.setTextBaseline(VPos.CENTER);
        double x = 12 * ui;
        double y = 16 * ui;
        double line = 18 * ui;

        for (String s : pane.story()) {
            text(g, s, x, y, small, pal.textMuted(), TextAlignment.LEFT);
            y += 15 * ui;
        }
        if (pane.story().length > 0) {
            y += 8 * ui;
        }

        LinearSystemsModel m = pane.model();
        List<LinearSystemsModel.RowOp> ops = m.ops();
        int done = pane.done();
        text(g, "Row operations · " + done + " of " + ops.size() + " done", x, y, bold, pal.text(), TextAlignment.LEFT);
        opsTop = y + line / 2;
        opsRow = line;
        opsShown = ops.size();
        y += line;
        if (ops.isEmpty()) {
            text(g, "none needed: already reduced", x + 8 * ui, y, body, pal.textMuted(), TextAlignment.LEFT);
            y += line;
        }
        String phase = null;
        for (int k = 0; k < ops.size(); k++) {
            LinearSystemsModel.RowOp op = ops.get(k);
            boolean current = pane.moving() ? k == done : k == done - 1;
            Color c = k < done || current ? pal.text() : pal.textMuted();
            if (current) {
                g.setFill(pal.gridMinor());
                g.fillRoundRect(x - 4 * ui, y - line / 2, w - x - 8 * ui, line, 6 * ui, 6 * ui);
            }
            text(g, (k + 1) + ".", x + 18 * ui, y, body, c, TextAlignment.RIGHT);
            text(g, op.text(), x + 24 * ui, y, current ? bold : body, c, TextAlignment.LEFT);
            if (!op.phase().equals(phase)) {
                text(g, op.phase(), w - 12 * ui, y, small, pal.textMuted(), TextAlignment.RIGHT);
                phase = op.phase();
            }
            y += line;
        }

        y += 10 * ui;
        int n = m.n();
        text(g, "[A | b] as drawn", x, y, bold, pal.text(), TextAlignment.LEFT);
        y += line + 2 * ui;
        double[][] s = pane.shownSystem();
        x += 18 * ui;
        double col = Math.min(60 * ui, (w - x - 30 * ui) / (n + 1));
        double bracketL = x + 4 * ui;
        double bracketR = x + 14 * ui + col * (n + 1);
        double top = y - line / 2;
        double bottom = y + line * (n - 1) + line / 2;
        g.setStroke(pal.text());
        g.setLineWidth(1.5 * ui);
        g.strokePolyline(new double[] {bracketL + 5 * ui, bracketL, bracketL, bracketL + 5 * ui},
                new double[] {top, top, bottom, bottom}, 4);
        g.strokePolyline(new double[] {bracketR - 5 * ui, bracketR, bracketR, bracketR - 5 * ui},
                new double[] {top, top, bottom, bottom}, 4);
        double bar = x + 9 * ui + col * n + 4 * ui;
        g.setLineWidth(1 * ui);
        g.strokeLine(bar, top + 2 * ui, bar, bottom - 2 * ui);
        for (int i = 0; i < n; i++) {
            Color c = LinearSystemsExplorable.role(pal, i);
            text(g, LinearSystemsModel.row(i), x - 6 * ui, y, small, c, TextAlignment.RIGHT);
            for (int j = 0; j <= n; j++) {
                double right = x + 9 * ui + col * (j + 1) + (j == n ? 8 * ui : 0) - 4 * ui;
                text(g, Numbers.brief(s[i][j], 3), right, y, body, c, TextAlignment.RIGHT);
            }
            y += line;
        }
        y += 6 * ui;
        for (int i = 0; i < n; i++) {
            Color c = LinearSystemsExplorable.role(pal, i);
            text(g, LinearSystemsModel.equation(s[i], n), x + 4 * ui, y, body, c, TextAlignment.LEFT);
            y += line;
        }
        x -= 18 * ui;
        y += 8 * ui;
        if (n == 2) {
            text(g, "(a 2×2 system uses b₁, b₂; b₃ waits for a 3×3 A)", x, y, small, pal.textMuted(), TextAlignment.LEFT);
            y += line;
        }
        text(g, "N / Enter: next · P: back · Home: start", x, getHeight() - 14 * ui, small, pal.textMuted(), TextAlignment.LEFT);
    }

    private static void text(GraphicsContext g, String s, double x, double y, Font f, Color c, TextAlignment align) {
        g.setFont(f);
        g.setTextAlign(align);
        g.setFill(c);
        g.fillText(s, x, y);
    }
}
