package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Sheet;

/**
 * Test images with the network's answer under each: the first of the test set, or those of
 * the picked confusion cell. A wrong answer is framed in the warning colour and reads
 * "truth → answer". Clicking an image shows it large beside its class probabilities.
 */
final class SamplesView extends ClickedGrid {
    static final int COLUMNS = 5;
    static final int ROWS = 4;
    private final Tiles tiles = new Tiles(COLUMNS * ROWS);
    private Object paintedFor;
    private List<Integer> shown = List.of();

    SamplesView(DigitsModel model, Selection selection, Sheet sheet, Runnable changed) {
        super(model, selection, sheet, changed);
    }

    /** The test images on show, in order. */
    List<Integer> shown() {
        List<Integer> out = new ArrayList<>();
        if (selection.hasCell()) {
            List<Integer> in = model.cell(selection.truth(), selection.guess());
            out.addAll(in.subList(0, Math.min(in.size(), COLUMNS * ROWS)));
        } else {
            for (int i = 0; i < Math.min(model.testSize(), COLUMNS * ROWS); i++) {
                out.add(i);
            }
        }
        return out;
    }

    String title() {
        if (!selection.hasCell()) {
            return "test images, answers";
        }
        int n = model.current().confusion()[selection.truth()][selection.guess()];
        return selection.truth() + " read as " + selection.guess() + ": " + n + (n == 1 ? " image" : " images");
    }

    @Override
    public void draw(Painter p) {
        Palette pal = p.palette();
        shown = shown();
        Object key = List.of(model.digits(), shown, pal); // the images, not the answers: those are drawn as words
        if (!key.equals(paintedFor)) {
            for (int k = 0; k < shown.size(); k++) {
                tiles.ink(k, model.testLevels(shown.get(k)), pal.background(), pal.text());
            }
            tiles.commit();
            paintedFor = key;
        }
        double w = sheet.getWidth();
        double h = sheet.getHeight();
        p.screenLabel(title(), w / 2, p.ui(14), pal.text(), true, TextAlignment.CENTER);
        double top = p.ui(30);
        double cell = (w - p.ui(12)) / COLUMNS;
        double rowH = (h - top - p.ui(4)) / ROWS;
        double left = (w - cell * COLUMNS) / 2;
        drawnAt(new CellGrid(left, top, cell, rowH, COLUMNS, ROWS));
        double side = Math.min(cell - p.ui(8), rowH - p.ui(20));
        double inset = (cell - side) / 2;
        var g = p.gc();
        if (shown.isEmpty()) {
            p.screenLabel("no test image here at this epoch", w / 2, top + p.ui(30), pal.textMuted(), false, TextAlignment.CENTER);
        }
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            double x = left + (k % COLUMNS) * cell + inset;
            double y = top + (k / COLUMNS) * rowH;
            tiles.draw(g, k, x, y, side);
            boolean right = model.predicted(i) == model.testLabel(i);
            boolean picked = selection.image() == i;
            g.setLineWidth(p.ui(picked ? 3 : right ? 1 : 2.5));
            g.setStroke(picked ? pal.learner() : right ? pal.gridMajor() : pal.warning());
            g.strokeRect(x, y, side, side);
            String label = right ? Integer.toString(model.predicted(i)) : model.testLabel(i) + " → " + model.predicted(i);
            sheet.text(label, x + side / 2, y + side + p.ui(9), 14, !right, right ? pal.text() : pal.warning(), TextAlignment.CENTER);
        }
    }

    @Override
    boolean picked(int k) {
        if (k >= shown.size()) {
            return false;
        }
        selection.toggleImage(shown.get(k));
        return true;
    }

    @Override
    public String name() {
        return "test images: click one to see its probabilities";
    }
}
