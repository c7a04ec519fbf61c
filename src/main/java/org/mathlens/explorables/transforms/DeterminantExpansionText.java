package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;

/** The words and sums a box of the cofactor-expansion tree writes beside its minor. */
final class DeterminantExpansionText {
    private DeterminantExpansionText() {
    }

    /** What a box says about its value: the sum so far for an open node, the worked value for a leaf. */
    static List<String> valueLines(DeterminantExpansion.Node n) {
        return valueLines(n, 1000);
    }

    /** The same, the running sum wrapped so no line is longer than maxChars characters. */
    static List<String> valueLines(DeterminantExpansion.Node n, int maxChars) {
        List<String> out = new ArrayList<>();
        if (n.isSkipped()) {
            out.add("entry 0: this term is 0");
            if (n.isKnown()) {
                out.add("term = 0");
            }
            return out;
        }
        double[][] m = n.matrix();
        if (n.isLeaf()) {
            if (m.length == 2) {
                out.add("= " + Numbers.factor(m[0][0], 2) + "·" + Numbers.factor(m[1][1], 2)
                        + " − " + Numbers.factor(m[0][1], 2) + "·" + Numbers.factor(m[1][0], 2));
            }
            out.add(n.isKnown() ? "= " + Numbers.brief(n.value(), 4) : "= ?");
            return out;
        }
        if (!n.isExpanded() && !n.isKnown()) {
            out.add("= ?");
            return out;
        }
        // the running sum: + a·(det) − a·(det) + …, with … where a minor is not known yet
        StringBuilder sum = new StringBuilder("=");
        int j = 0;
        for (DeterminantExpansion.Node c : n.children()) {
            String op = c.sign() > 0 ? (j == 0 ? " " : " + ") : (j == 0 ? " −" : " − ");
            String term = op + Numbers.factor(c.entry(), 2) + "·"
                    + (c.isKnown() && !c.isSkipped() ? "(" + Numbers.brief(c.value(), 4) + ")" : "(…)");
            if (j > 0 && sum.length() + term.length() > maxChars) {
                out.add(sum.toString());
                sum = new StringBuilder("  ");
            }
            sum.append(term);
            j++;
        }
        out.add(sum.toString());
        out.add(n.isKnown() ? "= " + Numbers.brief(n.value(), 4) : "so far " + Numbers.brief(n.partialSum(), 4));
        return out;
    }

}
