package org.mathlens.explorables.ml;

import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.DigitPad;

/**
 * The drawing pad: the learner draws with the mouse on 32×32 pixels (the fine grid of the
 * shipped digits' scans, its 4×4 blocks outlined), beside it the 8×8 levels the network reads,
 * and below, the probability of each class as a bar. A picked test image takes the pad's place.
 */
final class PadView implements Drawable {
    private final DigitsModel model;
    private final Selection selection;
    private final DrawingParameter drawing;
    private final UndoHistory history;
    private final Sheet sheet;
    private final Runnable changed;
    private final WritableImage ink = new WritableImage(DigitPad.SIDE, DigitPad.SIDE);
    private final int[] buffer = new int[DigitPad.SIDE * DigitPad.SIDE];
    private final Tiles seen = new Tiles(1);
    private Object paintedFor;
    private double padX;
    private double padY;
    private double padSide;
    private boolean drawingNow;

    PadView(DigitsModel model, Selection selection, DrawingParameter drawing, UndoHistory history, Sheet sheet, Runnable changed) {
        this.model = model;
        this.selection = selection;
        this.drawing = drawing;
        this.history = history;
        this.sheet = sheet;
        this.changed = changed;
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press(e.getX(), e.getY()));
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drag(e.getX(), e.getY()));
        sheet.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> release());
    }

    /** The levels on show: the picked test image's, else the drawing's reduction; null for an empty pad. */
    static double[] levels(DigitsModel model, Selection selection, Drawing drawing) {
        if (selection.image() >= 0) {
            return model.testLevels(selection.image());
        }
        return drawing.isEmpty() ? null : drawing.levels();
    }

    @Override
    public void draw(Painter p) {
        Palette pal = p.palette();
        double w = sheet.getWidth();
        double h = sheet.getHeight();
        boolean picked = selection.image() >= 0;
        double[] levels = levels(model, selection, drawing.get());
        Object key = List.of(drawing.get(), pal, picked ? selection.image() : -1);
        if (!key.equals(paintedFor)) {
            paint(pal, levels, picked);
            paintedFor = key;
        }
        String title = picked ? "test image " + (selection.image() + 1) + ", truth " + model.testLabel(selection.image())
                : "draw a digit";
        p.screenLabel(title, w / 2, p.ui(14), pal.text(), true, TextAlignment.CENTER);
        padSide = Math.min(w - p.ui(24), h * 0.42);
        padX = (w - padSide) / 2;
        padY = p.ui(30);
        var g = p.gc();
        g.setImageSmoothing(false);
        if (picked) {
            seen.draw(g, 0, padX, padY, padSide);
        } else {
            g.drawImage(ink, padX, padY, padSide, padSide);
            g.setStroke(pal.gridMinor());
            g.setLineWidth(p.ui(1));
            for (int k = 1; k < 8; k++) {
                double d = padSide * k / 8;
                g.strokeLine(padX + d, padY, padX + d, padY + padSide);
                g.strokeLine(padX, padY + d, padX + padSide, padY + d);
            }
            p.screenLabel("drag to draw", padX, padY + padSide + p.ui(12), pal.textMuted(), false, TextAlignment.LEFT);
            if (!drawing.get().isEmpty()) {
                p.screenLabel("✕ clear", padX + padSide, padY + padSide + p.ui(12), pal.learner(), true, TextAlignment.RIGHT);
            }
        }
        g.setStroke(picked ? pal.learner() : pal.gridMajor());
        g.setLineWidth(p.ui(picked ? 3 : 1.5));
        g.strokeRect(padX, padY, padSide, padSide);
        bars(p, levels, padY + padSide + p.ui(30), w, h);
    }

    private void paint(Palette pal, double[] levels, boolean picked) {
        if (picked) {
            seen.ink(0, levels, pal.background(), pal.text());
            seen.commit();
            return;
        }
        DigitPad pad = drawing.get().pad();
        int on = Tiles.mix(pal.text(), pal.text(), 0);
        int off = Tiles.mix(pal.background(), pal.background(), 0);
        for (int r = 0; r < DigitPad.SIDE; r++) {
            for (int c = 0; c < DigitPad.SIDE; c++) {
                buffer[r * DigitPad.SIDE + c] = pad.inked(r, c) ? on : off;
            }
        }
        ink.getPixelWriter().setPixels(0, 0, DigitPad.SIDE, DigitPad.SIDE, PixelFormat.getIntArgbInstance(), buffer, 0, DigitPad.SIDE);
        if (levels != null) {
            seen.ink(0, levels, pal.background(), pal.text());
            seen.commit();
        }
    }

    /** The network's reading: the 8×8 input, then one bar per class, the chosen one in the result colour. */
    private void bars(Painter p, double[] levels, double top, double w, double h) {
        Palette pal = p.palette();
        if (levels == null) {
            p.screenLabel("the network's answer shows here", w / 2, top + p.ui(10), pal.textMuted(), false, TextAlignment.CENTER);
            return;
        }
        double[] prob = model.probabilities(levels);
        int best = DigitsModel.argmax(prob);
        double small = p.ui(44);
        var g = p.gc();
        if (selection.image() < 0) {
            seen.draw(g, 0, p.ui(12), top, small);
            g.setStroke(pal.gridMajor());
            g.setLineWidth(p.ui(1));
            g.strokeRect(p.ui(12), top, small, small);
            p.screenLabel("8×8 input", p.ui(12) + small + p.ui(8), top + small / 2, pal.textMuted(), false, TextAlignment.LEFT);
            top += small + p.ui(10);
        }
        p.screenLabel("answer: " + best + "  (" + Numbers.brief(100 * prob[best], 1) + " %)", w / 2, top + p.ui(8), pal.result(), true,
                TextAlignment.CENTER);
        double rowH = Math.min(p.ui(20), (h - top - p.ui(24)) / DigitsModel.CLASSES);
        double barLeft = p.ui(30);
        double barMax = w - barLeft - p.ui(56);
        for (int k = 0; k < DigitsModel.CLASSES; k++) {
            double y = top + p.ui(22) + k * rowH;
            sheet.text(Integer.toString(k), barLeft - p.ui(8), y + rowH / 2, 14, k == best, pal.text(), TextAlignment.RIGHT);
            g.setFill(Palette.fill(k == best ? pal.result() : pal.first(), k == best ? 0.95 : 0.55));
            g.fillRect(barLeft, y + rowH * 0.15, Math.max(p.ui(1), barMax * prob[k]), rowH * 0.7);
            sheet.text(Numbers.brief(100 * prob[k], 1) + " %", barLeft + barMax * prob[k] + p.ui(4), y + rowH / 2, 14, false, pal.textMuted(),
                    TextAlignment.LEFT);
        }
    }

    /** Where pad point (x, y) lies on the sheet, as last drawn (for tests that draw with the mouse). */
    double[] onSheet(double x, double y) {
        return new double[] {padX + x / DigitPad.SIDE * padSide, padY + y / DigitPad.SIDE * padSide};
    }

    private boolean onPad(double x, double y) {
        return x >= padX && x <= padX + padSide && y >= padY && y <= padY + padSide;
    }

    private double padX(double x) {
        return (x - padX) / padSide * DigitPad.SIDE;
    }

    private double padY(double y) {
        return (y - padY) / padSide * DigitPad.SIDE;
    }

    /** The "✕ clear" words under the pad's right corner. */
    private boolean onClear(double x, double y) {
        double below = y - (padY + padSide);
        return below > 0 && below < sheet.ui(24) && x > padX + padSide - sheet.ui(70) && x <= padX + padSide;
    }

    private void press(double x, double y) {
        if (onClear(x, y) && selection.image() < 0 && !drawing.get().isEmpty()) {
            history.record(() -> drawing.set(Drawing.NONE));
            return;
        }
        if (!onPad(x, y)) {
            return;
        }
        drawingNow = true;
        history.begin();
        selection.clearImage();
        drawing.set(drawing.get().startStroke(padX(x), padY(y)));
        changed.run();
    }

    private void drag(double x, double y) {
        if (drawingNow && drawing.get().points() < Drawing.MAX_POINTS) {
            drawing.set(drawing.get().extend(padX(x), padY(y)));
        }
    }

    private void release() {
        if (drawingNow) {
            drawingNow = false;
            history.end();
        }
    }

    @Override
    public String name() {
        return "the drawing pad: draw a digit with the mouse";
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        return onPad(sx, sy);
    }
}
