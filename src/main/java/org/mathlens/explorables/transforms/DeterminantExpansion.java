package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cofactor (Laplace) expansion of a determinant along the first row, as a tree of minors
 * the learner unfolds one step at a time: det A = Σⱼ (−1)^(1+j) · a₁ⱼ · det M₁ⱼ, where M₁ⱼ is A
 * without row 1 and column j. A minor of size 1 is its own entry; a minor of size 2 (below
 * the root) is worked out as ad − bc; a term whose entry is 0 is 0 whatever its minor is.
 *
 * <p>{@link #step()} does the next thing a person working by hand would do, depth first:
 * open the next minor, or write down a value once all its terms are known, so the running sum
 * at the root fills in term by term.
 */
public final class DeterminantExpansion {

    /** One minor in the tree (the root is the whole matrix). */
    public static final class Node {
        private final double[][] matrix;
        private final Node parent;
        private final int column;
        private final int depth;
        private final double value;
        private List<Node> children;
        private boolean expanded;
        private boolean known;

        private Node(double[][] matrix, Node parent, int column) {
            this.matrix = matrix;
            this.parent = parent;
            this.column = column;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.value = cofactorDet(matrix);
        }

        /** The minor's entries. */
        public double[][] matrix() {
            return matrix;
        }

        public int size() {
            return matrix.length;
        }

        public Node parent() {
            return parent;
        }

        public boolean isRoot() {
            return parent == null;
        }

        /** Which column of the parent's first row this minor belongs to (0-based); −1 for the root. */
        public int column() {
            return column;
        }

        public int depth() {
            return depth;
        }

        /** (−1)^(1+j) for 1-based j: +1, −1, +1, … across the parent's first row. */
        public int sign() {
            return column % 2 == 0 ? 1 : -1;
        }

        /** The entry a₁ⱼ of the parent that multiplies this minor; 1 for the root. */
        public double entry() {
            return parent == null ? 1 : parent.matrix[0][column];
        }

        /** This term's contribution to the parent's sum: sign · entry · det(minor). */
        public double term() {
            return entry() == 0 ? 0.0 : sign() * entry() * value;
        }

        /** The determinant of this minor (computed exactly by cofactor expansion). */
        public double value() {
            return value;
        }

        /** Whether the learner has reached this value yet (shown only once known). */
        public boolean isKnown() {
            return known;
        }

        public boolean isExpanded() {
            return expanded && children != null;
        }

        /** A term whose entry is 0 needs no minor: it is 0. */
        public boolean isSkipped() {
            return parent != null && entry() == 0;
        }

        /** Worked out directly: a 1×1 minor, a 2×2 minor below the root (ad − bc), or a skipped term. */
        public boolean isLeaf() {
            return size() == 1 || (size() == 2 && parent != null) || isSkipped();
        }

        /** The minors of this node's first row, in order (built on first use). */
        public List<Node> children() {
            if (isLeaf()) {
                return List.of();
            }
            if (children == null) {
                List<Node> list = new ArrayList<>();
                for (int j = 0; j < size(); j++) {
                    list.add(new Node(minor(matrix, 0, j), this, j));
                }
                children = Collections.unmodifiableList(list);
            }
            return children;
        }

        /** The terms known so far, summed (the running sum). */
        public double partialSum() {
            double s = 0;
            for (Node c : children()) {
                if (c.known) {
                    s += c.term();
                }
            }
            return s;
        }

        /** Opens a collapsed node or folds an open one; leaves do not open. Returns whether anything changed. */
        public boolean toggle() {
            if (isLeaf()) {
                return false;
            }
            children();
            expanded = !expanded;
            return true;
        }
    }

    private final Node root;
    private Node lastStepped;

    public DeterminantExpansion(double[][] a) {
        if (a.length == 0 || a.length != a[0].length) {
            throw new IllegalArgumentException("the cofactor expansion needs a square matrix");
        }
        root = new Node(copy(a), null, -1);
    }

    public Node root() {
        return root;
    }

    /** True when the root's value has been reached. */
    public boolean isComplete() {
        return root.known;
    }

    /** Does the next hand step; false when there is nothing left to do. */
    public boolean step() {
        return advance(root);
    }

    /** The node the last step opened or worked out (null before any): a view keeps it in sight. */
    public Node lastStepped() {
        return lastStepped;
    }

    private boolean advance(Node n) {
        if (n.known) {
            return false;
        }
        if (n.isLeaf()) {
            n.known = true;
            lastStepped = n;
            return true;
        }
        if (!n.isExpanded()) {
            n.children();
            n.expanded = true;
            lastStepped = n;
            return true;
        }
        for (Node c : n.children) {
            if (advance(c)) {
                return true;
            }
        }
        n.known = true;
        lastStepped = n;
        return true;
    }

    /** Runs every step: the whole tree open and every value known. */
    public void completeAll() {
        while (step()) {
            // each step does one thing
        }
    }

    /** How many steps from a fresh tree to the answer. */
    public int stepsToComplete() {
        DeterminantExpansion fresh = new DeterminantExpansion(root.matrix);
        int n = 0;
        while (fresh.step()) {
            n++;
        }
        return n;
    }

    /** Every node in the order a tree view lists them: depth first, children only under open nodes. */
    public List<Node> visibleNodes() {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n.isExpanded()) {
            for (Node c : n.children) {
                collect(c, out);
            }
        }
    }

    /** The matrix without row r and column c. */
    public static double[][] minor(double[][] a, int r, int c) {
        int n = a.length;
        double[][] m = new double[n - 1][n - 1];
        for (int i = 0, mi = 0; i < n; i++) {
            if (i == r) {
                continue;
            }
            for (int j = 0, mj = 0; j < n; j++) {
                if (j != c) {
                    m[mi][mj++] = a[i][j];
                }
            }
            mi++;
        }
        return m;
    }

    /** The determinant by cofactor expansion along the first row: exact for small whole-number matrices. */
    public static double cofactorDet(double[][] a) {
        int n = a.length;
        if (n == 1) {
            return a[0][0];
        }
        if (n == 2) {
            return a[0][0] * a[1][1] - a[0][1] * a[1][0];
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (a[0][j] != 0) {
                sum += (j % 2 == 0 ? 1 : -1) * a[0][j] * cofactorDet(minor(a, 0, j));
            }
        }
        return sum + 0.0;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
