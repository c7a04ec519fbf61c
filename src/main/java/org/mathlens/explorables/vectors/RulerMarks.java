package org.mathlens.explorables.vectors;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;

/**
 * Ticks on the positive x-axis at several lengths, each labelled in its own row below the axis
 * (the longest nearest the axis), with a thin leader down from its tick. Lengths a few pixels
 * apart would otherwise pile their labels on one spot; in a staircase no label covers another
 * and no leader crosses a label.
 */
final class RulerMarks {
    /** One length: its symbol ("‖v‖₁"), value, colour and hover sentence. */
    record Mark(String symbol, DoubleSupplier length, Function<Palette, Color> color, Supplier<String> name) {
    }

    private final List<Mark> marks;
    private final Supplier<Boolean> hidden;

    RulerMarks(List<Mark> marks, Supplier<Boolean> hidden) {
        this.marks = List.copyOf(marks);
        this.hidden = hidden;
    }

    /** A drawable per mark, so each is named on hover. */
    List<Drawable> drawables() {
        return marks.stream().map(m -> (Drawable) new One(m)).toList();
    }

    /** The row of a mark: how many marks are longer (ties: the earlier listed is higher). */
    int row(Mark m) {
        double x = m.length().getAsDouble();
        int i = marks.indexOf(m);
        int row = 0;
        for (int j = 0; j < marks.size(); j++) {
            double y = marks.get(j).length().getAsDouble();
            if (y > x || (y == x && j < i)) {
                row++;
            }
        }
        return row;
    }

    private double rowY(Painter p, int row) {
        return p.sy(0) + p.ui(20 + 21 * row);
    }

    private final class One implements Drawable {
        private final Mark m;

        One(Mark m) {
            this.m = m;
        }

        @Override
        public void draw(Painter p) {
            if (hidden.get()) {
                return;
            }
            double x = m.length().getAsDouble();
            Color c = m.color().apply(p.palette());
            double sx = p.sx(x);
            double ty = rowY(p, row(m));
            p.gc().setStroke(Palette.fill(c, 0.7));
            p.gc().setLineWidth(p.ui(1.5));
            p.gc().setLineDashes((double[]) null);
            p.gc().strokeLine(sx, p.sy(0), sx, ty);
            p.dot(x, 0, 5, p.palette().handleRing());
            p.dot(x, 0, 3.5, c);
            p.screenLabel(m.symbol() + " = " + org.mathlens.math.Numbers.brief(x, 3), sx + p.ui(4), ty, c, true, TextAlignment.LEFT);
        }

        @Override
        public String name() {
            return hidden.get() ? null : m.name().get();
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double x = p.sx(m.length().getAsDouble());
            double ty = rowY(p, row(m));
            return Math.abs(sx - x) <= p.ui(6) && sy >= p.sy(0) - p.ui(6) && sy <= ty + p.ui(8);
        }
    }
}
