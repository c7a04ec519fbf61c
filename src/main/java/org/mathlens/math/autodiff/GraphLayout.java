package org.mathlens.math.autodiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a {@link Graph} in layers: inputs in the leftmost layer, the output alone in the
 * rightmost, every other node one layer right of its deepest input (the longest path from the
 * inputs); a constant sits just left of its first reader. Within a layer nodes are ordered by
 * the barycentre of their neighbours, then adjacent swaps that remove crossings of the drawn
 * (straight) edges are kept. Coordinates: x = layer, y = row (centred on 0, downwards).
 */
public final class GraphLayout {
    private final Graph graph;
    private final int[] layer;
    private final double[] row;
    private final int layers;
    /** Vertices: the graph's nodes first, then one dummy per layer a long edge passes. */
    private final List<Integer> vertexLayer = new ArrayList<>();
    private final List<Double> vertexRow = new ArrayList<>();
    /** Segments between vertices of adjacent layers, as {from, to}. */
    private final List<int[]> segments = new ArrayList<>();
    /** For each edge "in->node" the chain of vertices it is drawn through. */
    private final java.util.Map<Long, int[]> chains = new java.util.HashMap<>();

    public GraphLayout(Graph graph) {
        this.graph = graph;
        int n = graph.size();
        layer = new int[n];
        row = new double[n];
        for (Graph.Node node : graph.nodes()) {
            int l = 0;
            for (int in : node.inputs()) {
                if (graph.node(in).kind() != Graph.Kind.CONST) {
                    l = Math.max(l, layer[in] + 1);
                }
            }
            layer[node.id()] = node.isLeaf() ? 0 : Math.max(1, l);
        }
        int max = 0;
        for (int l : layer) {
            max = Math.max(max, l);
        }
        // the output alone on the right
        if (n > 1) {
            layer[graph.output()] = max;
            for (int i = 0; i < n - 1; i++) {
                if (layer[i] == max && i != graph.output()) {
                    layer[graph.output()] = max + 1;
                    max++;
                    break;
                }
            }
        }
        // constants just left of their first reader
        for (Graph.Node node : graph.nodes()) {
            if (node.kind() == Graph.Kind.CONST && node.id() != graph.output()) {
                int first = Integer.MAX_VALUE;
                for (int c : graph.consumers(node.id())) {
                    first = Math.min(first, layer[c]);
                }
                layer[node.id()] = first == Integer.MAX_VALUE ? 0 : Math.max(0, first - 1);
            }
        }
        layers = max + 1;
        for (int i = 0; i < n; i++) {
            vertexLayer.add(layer[i]);
            vertexRow.add(0.0);
        }
        for (Graph.Node node : graph.nodes()) {
            for (int in : node.inputs()) {
                long key = key(in, node.id());
                if (chains.containsKey(key)) {
                    continue;
                }
                int span = layer[node.id()] - layer[in];
                int[] chain = new int[span + 1];
                chain[0] = in;
                for (int k = 1; k < span; k++) {
                    chain[k] = vertexLayer.size();
                    vertexLayer.add(layer[in] + k);
                    vertexRow.add(0.0);
                }
                chain[span] = node.id();
                for (int k = 0; k < span; k++) {
                    segments.add(new int[] {chain[k], chain[k + 1]});
                }
                chains.put(key, chain);
            }
        }
        order();
        for (int i = 0; i < n; i++) {
            row[i] = vertexRow.get(i);
        }
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | to;
    }

    public int layerOf(int node) {
        return layer[node];
    }

    public double rowOf(int node) {
        return vertexRow.get(node);
    }

    public int layerCount() {
        return layers;
    }

    /** The largest number of vertices (nodes and passing edges) in one layer. */
    public int height() {
        int[] count = new int[layers];
        int h = 0;
        for (int l : vertexLayer) {
            h = Math.max(h, ++count[l]);
        }
        return h;
    }

    /** The points (layer, row) the edge from node {@code from} into node {@code to} is drawn through. */
    public double[][] path(int from, int to) {
        int[] chain = chains.get(key(from, to));
        if (chain == null) {
            return new double[0][];
        }
        double[][] pts = new double[chain.length][];
        for (int k = 0; k < chain.length; k++) {
            pts[k] = new double[] {vertexLayer.get(chain[k]), vertexRow.get(chain[k])};
        }
        return pts;
    }

    private List<List<Integer>> byLayer() {
        List<List<Integer>> out = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < vertexLayer.size(); i++) {
            out.get(vertexLayer.get(i)).add(i);
        }
        return out;
    }

    private void place(List<List<Integer>> lists) {
        for (List<Integer> list : lists) {
            for (int k = 0; k < list.size(); k++) {
                vertexRow.set(list.get(k), k - (list.size() - 1) / 2.0);
            }
        }
    }

    private void order() {
        int v = vertexLayer.size();
        List<List<Integer>> left = new ArrayList<>();
        List<List<Integer>> right = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            left.add(new ArrayList<>());
            right.add(new ArrayList<>());
        }
        for (int[] s : segments) {
            right.get(s[0]).add(s[1]);
            left.get(s[1]).add(s[0]);
        }
        List<List<Integer>> lists = byLayer();
        place(lists);
        for (int sweep = 0; sweep < 4; sweep++) {
            boolean rightwards = sweep % 2 == 0;
            for (int li = 0; li < layers; li++) {
                int l = rightwards ? li : layers - 1 - li;
                List<Integer> list = lists.get(l);
                double[] bary = new double[v];
                for (int id : list) {
                    List<Integer> neighbours = rightwards ? left.get(id) : right.get(id);
                    double sum = 0;
                    for (int m : neighbours) {
                        sum += vertexRow.get(m);
                    }
                    bary[id] = neighbours.isEmpty() ? vertexRow.get(id) : sum / neighbours.size();
                }
                list.sort(Comparator.comparingDouble((Integer id) -> bary[id]).thenComparingDouble(vertexRow::get));
                place(lists);
            }
        }
        // keep adjacent swaps that reduce the crossings of the drawn segments
        int best = crossings();
        boolean improved = best > 0;
        for (int round = 0; improved && round < 20; round++) {
            improved = false;
            for (List<Integer> list : lists) {
                for (int k = 0; k + 1 < list.size(); k++) {
                    java.util.Collections.swap(list, k, k + 1);
                    place(lists);
                    int c = crossings();
                    if (c < best) {
                        best = c;
                        improved = true;
                    } else {
                        java.util.Collections.swap(list, k, k + 1);
                        place(lists);
                    }
                }
            }
        }
    }

    /** How many pairs of drawn segments cross (segments sharing an end do not count). */
    public int crossings() {
        int count = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                int[] a = segments.get(i);
                int[] b = segments.get(j);
                if (a[0] == b[0] || a[0] == b[1] || a[1] == b[0] || a[1] == b[1]) {
                    continue;
                }
                if (cross(vertexLayer.get(a[0]), vertexRow.get(a[0]), vertexLayer.get(a[1]), vertexRow.get(a[1]),
                        vertexLayer.get(b[0]), vertexRow.get(b[0]), vertexLayer.get(b[1]), vertexRow.get(b[1]))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean cross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }
}
