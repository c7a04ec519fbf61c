package org.mathlens.kit;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import org.mathlens.math.calculus.AdaptiveSampler;
import org.mathlens.math.calculus.AdaptiveSampler.Curve;
import org.mathlens.math.calculus.AdaptiveSampler.Piece;

/**
 * The graph of y = f(x) on a {@link Plane}: sampled adaptively over the visible x range, with
 * honest gaps where f is undefined or has a pole or a jump, and clipped to the view so huge
 * values never reach the canvas. The samples are cached by function identity and view box, so
 * a frame that only moves a point on the curve just strokes the cached polylines.
 */
public final class FunctionPlot implements Drawable {
    private final String name;
    private final Supplier<? extends DoubleUnaryOperator> function;
    private final Function<Palette, Color> color;
    private final double width;
    private Object cachedFunction;
    private final double[] cachedBox = new double[6];
    private double[][] screenX = new double[0][];
    private double[][] screenY = new double[0][];
    private int[] screenCount = new int[0];
    private Curve curve = new Curve(java.util.List.of());
    private boolean dashed;

    /**
     * @param function supplies the function to draw; a new object (a recompiled formula) means
     *                 a new function, the same object means the cache still holds
     */
    public FunctionPlot(String name, Supplier<? extends DoubleUnaryOperator> function, Function<Palette, Color> color, double width) {
        this.name = name;
        this.function = function;
        this.color = color;
        this.width = width;
    }

    public FunctionPlot dashed() {
        dashed = true;
        return this;
    }

    /** The samples the plot last drew (for tests and readouts). */
    public Curve curve() {
        return curve;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void draw(Painter p) {
        DoubleUnaryOperator f = function.get();
        if (f == null) {
            return;
        }
        Viewport v = p.view();
        if (f != cachedFunction || cachedBox[0] != v.minX() || cachedBox[1] != v.maxX() || cachedBox[2] != v.minY()
                || cachedBox[3] != v.maxY() || cachedBox[4] != v.width() || cachedBox[5] != v.height()) {
            resample(f, v);
        }
        var g = p.gc();
        g.setStroke(color.apply(p.palette()));
        g.setLineWidth(p.ui(width));
        if (dashed) {
            g.setLineDashes(p.ui(7), p.ui(5));
        } else {
            g.setLineDashes((double[]) null);
        }
        for (int i = 0; i < screenCount.length; i++) {
            if (screenCount[i] >= 2) {
                g.strokePolyline(screenX[i], screenY[i], screenCount[i]);
            }
        }
        g.setLineDashes((double[]) null);
    }

    private void resample(DoubleUnaryOperator f, Viewport v) {
        cachedFunction = f;
        cachedBox[0] = v.minX();
        cachedBox[1] = v.maxX();
        cachedBox[2] = v.minY();
        cachedBox[3] = v.maxY();
        cachedBox[4] = v.width();
        cachedBox[5] = v.height();
        curve = AdaptiveSampler.sample(f, v.minX(), v.maxX(), v.minY(), v.maxY(), 1 / v.scale(), 1 / v.scale());
        // screen polylines, each piece cut where it leaves the view (with a margin)
        double margin = 20;
        double top = -margin;
        double bottom = v.height() + margin;
        java.util.List<double[]> xs = new java.util.ArrayList<>();
        java.util.List<double[]> ys = new java.util.ArrayList<>();
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (Piece piece : curve.pieces()) {
            double[] px = new double[piece.size() * 2];
            double[] py = new double[piece.size() * 2];
            int n = 0;
            double[] seg = new double[4];
            for (int i = 1; i < piece.size(); i++) {
                double ax = v.sx(piece.x()[i - 1]);
                double ay = v.sy(piece.y()[i - 1]);
                double bx = v.sx(piece.x()[i]);
                double by = v.sy(piece.y()[i]);
                if (!clipY(ax, ay, bx, by, top, bottom, seg)) {
                    if (n > 0) {
                        xs.add(px);
                        ys.add(py);
                        counts.add(n);
                        px = new double[piece.size() * 2];
                        py = new double[piece.size() * 2];
                        n = 0;
                    }
                    continue;
                }
                boolean joined = n > 0 && px[n - 1] == seg[0] && py[n - 1] == seg[1];
                if (!joined) {
                    if (n > 0) {
                        xs.add(px);
                        ys.add(py);
                        counts.add(n);
                        px = new double[piece.size() * 2];
                        py = new double[piece.size() * 2];
                        n = 0;
                    }
                    px[n] = seg[0];
                    py[n] = seg[1];
                    n++;
                }
                px[n] = seg[2];
                py[n] = seg[3];
                n++;
            }
            if (n == 0 && piece.size() == 1) {
                // an isolated defined point: a tiny dot-like stroke
                double sx = v.sx(piece.x()[0]);
                double sy = v.sy(piece.y()[0]);
                if (sy >= top && sy <= bottom) {
                    px[0] = sx;
                    py[0] = sy;
                    px[1] = sx + 0.5;
                    py[1] = sy;
                    n = 2;
                }
            }
            if (n > 0) {
                xs.add(px);
                ys.add(py);
                counts.add(n);
            }
        }
        screenX = xs.toArray(new double[0][]);
        screenY = ys.toArray(new double[0][]);
        screenCount = counts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Clips the screen segment to top ≤ y ≤ bottom; false when nothing is left. */
    static boolean clipY(double ax, double ay, double bx, double by, double top, double bottom, double[] out) {
        if ((ay < top && by < top) || (ay > bottom && by > bottom)) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dy = by - ay;
        if (dy != 0) {
            double tTop = (top - ay) / dy;
            double tBottom = (bottom - ay) / dy;
            double enter = Math.min(tTop, tBottom);
            double leave = Math.max(tTop, tBottom);
            t0 = Math.max(t0, enter);
            t1 = Math.min(t1, leave);
            if (t0 > t1) {
                return false;
            }
        }
        out[0] = ax + t0 * (bx - ax);
        out[1] = ay + t0 * dy;
        out[2] = ax + t1 * (bx - ax);
        out[3] = ay + t1 * dy;
        return Double.isFinite(out[0]) && Double.isFinite(out[1]) && Double.isFinite(out[2]) && Double.isFinite(out[3]);
    }

    @Override
    public boolean hit(Painter p, double sx, double sy) {
        DoubleUnaryOperator f = function.get();
        if (f == null) {
            return false;
        }
        double y = f.applyAsDouble(p.view().wx(sx));
        return Double.isFinite(y) && Math.abs(p.sy(y) - sy) <= p.ui(6);
    }

    /**
     * A handle that stays on the curve: it takes x from the mouse and sits at (x, f(x)); where f
     * is undefined it rests on the x-axis, so it can always be grabbed and moved on.
     */
    public static Handle handleOn(String name, Function<Palette, Color> color, Supplier<? extends DoubleUnaryOperator> function,
                                  DoubleSupplier x, DoubleConsumer moveX) {
        return new Handle(name, color, () -> {
            double at = x.getAsDouble();
            DoubleUnaryOperator f = function.get();
            double y = f == null ? Double.NaN : f.applyAsDouble(at);
            return new double[] {at, Double.isFinite(y) ? y : 0};
        }, (mx, my) -> moveX.accept(mx));
    }
}
