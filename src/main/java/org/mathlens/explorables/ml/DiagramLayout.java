package org.mathlens.explorables.ml;

/**
 * Where the network diagram puts its neurons: one column per layer (inputs left, outputs
 * right) spread over the box, each neuron a square of side {@link #side} centred at
 * ({@link #x}, {@link #y}); and where each weight sits in the flat parameter vector, for the
 * gradient view. Pure geometry.
 */
public record DiagramLayout(int[] sizes, double side, double[] columnX, double[][] rowY) {

    public static DiagramLayout of(int[] sizes, double left, double top, double width, double height) {
        int most = 1;
        for (int s : sizes) {
            most = Math.max(most, s);
        }
        int columns = sizes.length;
        double side = Math.max(8, Math.min(Math.min(height / (most * 1.3), width / (columns * 1.8)), 64));
        double[] x = new double[columns];
        double[][] y = new double[columns][];
        for (int l = 0; l < columns; l++) {
            x[l] = columns == 1 ? left + width / 2 : left + side / 2 + l * (width - side) / (columns - 1);
            y[l] = new double[sizes[l]];
            double gap = sizes[l] == 1 ? 0 : Math.min(side * 1.3, (height - side) / (sizes[l] - 1));
            double first = top + height / 2 - gap * (sizes[l] - 1) / 2;
            for (int i = 0; i < sizes[l]; i++) {
                y[l][i] = first + i * gap;
            }
        }
        return new DiagramLayout(sizes.clone(), side, x, y);
    }

    public double x(int layer) {
        return columnX[layer];
    }

    public double y(int layer, int neuron) {
        return rowY[layer][neuron];
    }

    /** The index in the parameter vector of the weight from neuron j of layer l to neuron i of layer l + 1. */
    public int weightIndex(int l, int i, int j) {
        int k = 0;
        for (int q = 0; q < l; q++) {
            k += sizes[q + 1] * sizes[q] + sizes[q + 1];
        }
        return k + i * sizes[l] + j;
    }
}
