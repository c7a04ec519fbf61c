package org.mathlens.explorables.ml;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.Network;

/**
 * The network: one column per layer, each neuron drawn as its own small heat map (what it
 * computes at every place of the square), and every weight as an edge whose width gives its
 * size and whose colour its sign (blue positive, orange negative). With the gradients flag the
 * edges show instead ∂L/∂w of the last step, scaled to the largest.
 */
final class NetworkDiagram extends TrainedPicture {
    private final MapImages images;
    private final BooleanSupplier gradients;
    private final double[] area;

    /** {@code area} is (left, top, width, height) in pixels, set by the pane before each draw. */
    NetworkDiagram(Supplier<NeuralNetworkModel.Result> shown, MapImages images, BooleanSupplier gradients, double[] area) {
        super(shown);
        this.images = images;
        this.gradients = gradients;
        this.area = area;
    }

    @Override
    void draw(Painter p, NeuralNetworkModel.Result r, Palette pal) {
        images.update(r.maps(), r.settings().points().classes().size(), pal);
        Network net = r.run().network();
        int[] sizes = net.sizes();
        double leftRoom = p.ui(52);
        double rightRoom = p.ui(72);
        DiagramLayout at = DiagramLayout.of(sizes, area[0] + leftRoom, area[1] + p.ui(46), area[2] - leftRoom - rightRoom, area[3] - p.ui(50));
        double[] grad = r.run().lastGradient();
        boolean showGradient = gradients.getAsBoolean() && grad != null;
        double largest = 0;
        for (int l = 0; l < net.layers(); l++) {
            for (int i = 0; i < sizes[l + 1]; i++) {
                for (int j = 0; j < sizes[l]; j++) {
                    double w = Math.abs(edge(net, grad, showGradient, at, l, i, j));
                    largest = Double.isFinite(w) ? Math.max(largest, w) : largest;
                }
            }
        }
        GraphicsContext g = p.gc();
        double half = at.side() / 2;
        for (int l = 0; l < net.layers(); l++) {
            for (int i = 0; i < sizes[l + 1]; i++) {
                for (int j = 0; j < sizes[l]; j++) {
                    double w = edge(net, grad, showGradient, at, l, i, j);
                    double t = largest == 0 || !Double.isFinite(w) ? 0 : Math.abs(w) / largest;
                    g.setStroke(Palette.fill(w >= 0 ? pal.first() : pal.second(), 0.35 + 0.6 * t));
                    g.setLineWidth(p.ui(0.6 + 5 * t));
                    g.strokeLine(at.x(l) + half, at.y(l, j), at.x(l + 1) - half, at.y(l + 1, i));
                }
            }
        }
        List<String> inputs = r.settings().features();
        List<String> classes = r.settings().points().classes();
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 0; i < sizes[l]; i++) {
                double x = at.x(l) - half;
                double y = at.y(l, i) - half;
                if (l == 0) {
                    g.setFill(pal.gridMinor());
                    g.fillRect(x, y, at.side(), at.side());
                    p.screenLabel(NeuralNetworkWords.typeset(inputs.get(i)), x - p.ui(6), at.y(l, i), pal.text(), true, TextAlignment.RIGHT);
                } else {
                    g.setImageSmoothing(true);
                    g.drawImage(images.neuron(l - 1, i), x, y, at.side(), at.side());
                }
                if (l == sizes.length - 1) {
                    p.screenLabel(classes.get(i), x + at.side() + p.ui(6), at.y(l, i), ClassColors.of(pal, i), true, TextAlignment.LEFT);
                }
                g.setStroke(pal.axis());
                g.setLineWidth(p.ui(1));
                g.strokeRect(x, y, at.side(), at.side());
            }
        }
        String what = showGradient ? "edges: the gradient ∂L/∂w of the last step"
                : gradients.getAsBoolean() ? "edges: the weights w (gradients appear after the first step)" : "edges: the weights w";
        String scale = "width = size (largest " + Numbers.brief(largest, 3) + "), blue > 0, orange < 0";
        p.screenLabel(what, area[0] + area[2] / 2, area[1] + p.ui(12), pal.text(), true, TextAlignment.CENTER);
        p.screenLabel(scale, area[0] + area[2] / 2, area[1] + p.ui(30), pal.textMuted(), false, TextAlignment.CENTER);
    }

    private static double edge(Network net, double[] grad, boolean showGradient, DiagramLayout at, int l, int i, int j) {
        return showGradient ? grad[at.weightIndex(l, i, j)] : net.weight(l, i, j);
    }

    @Override
    public String name() {
        return "the network: each neuron's own map, and its weights as edges";
    }
}
