package org.mathlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathlens.cli.Toolkit;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Readouts;
import org.mathlens.kit.Looks;
import org.mathlens.kit.ShownPane;
import org.mathlens.lesson.CatalogContext;
import org.mathlens.lesson.LessonLibrary;
import org.mathlens.lesson.Step;

/**
 * The other half of what the determinant bug escaped: a legend that prints one number while
 * the readouts say another. For every pane, at rest and at each step of its lesson, every
 * legend line's "name = value" whose name is a readout's label (or id) must show that
 * readout's value, as exactly as the legend's rounding allows.
 */
class CatalogLegendsTest {
    private static final java.io.PrintStream DUMP = dump();

    private static java.io.PrintStream dump() {
        try {
            return System.getProperty("mathlens.legends.dump") == null ? null
                    : new java.io.PrintStream(System.getProperty("mathlens.legends.dump"), "UTF-8");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @BeforeAll
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Looks.apply(false);
            return null;
        });
    }

    static Stream<String> panes() {
        return Catalog.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("panes")
    void everyNamedNumberInALegendIsTheReadoutItNames(String id) {
        List<String> problems = Toolkit.onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> state : states(id).entrySet()) {
                Explorable pane = Catalog.create(id).orElseThrow();
                try {
                    pane.parameters().setAll(state.getValue());
                } catch (ParameterException refused) {
                    continue;
                }
                ShownPane shown = ShownPane.of(pane);
                shown.render();
                for (String line : shown.legendLines()) {
                    if (DUMP != null) {
                        DUMP.println(id + "\t" + state.getKey() + "\t" + line + "\t" + LegendCheck.claims(line) + "\t"
                                + pane.readouts().all().stream().map(r -> r.name() + "|" + r.label()).toList());
                    }
                    for (LegendCheck.Claim claim : LegendCheck.claims(line)) {
                        String problem = LegendCheck.disagreement(claim, pane.readouts());
                        if (problem != null) {
                            found.add(state.getKey() + ": \"" + line + "\": " + problem);
                        }
                    }
                }
            }
            return found;
        });
        assertThat(problems).as("legend numbers of %s that differ from the readouts they name", id).isEmpty();
    }

    /** The states a pane is seen in: at rest, then the lesson's opening and each step in turn, cumulatively. */
    private static Map<String, Map<String, String>> states(String id) {
        Map<String, Map<String, String>> states = new LinkedHashMap<>();
        states.put("at rest", Map.of());
        LessonLibrary.loadBuiltIn(new CatalogContext()).forExplorable(id).ifPresent(lesson -> {
            Map<String, String> texts = new LinkedHashMap<>(lesson.params());
            states.put("lesson start", new LinkedHashMap<>(texts));
            for (Step step : lesson.steps()) {
                texts.putAll(step.set());
                states.put("step '" + step.title() + "'", new LinkedHashMap<>(texts));
            }
        });
        return states;
    }

    // ---- the reader of legend lines, itself tested below ----

    @Test
    void claimsAreTheNamedNumbersOfALine() {
        assertThat(LegendCheck.claims("secant slope Δy/Δx = 6.5")).containsExactly(new LegendCheck.Claim("secant slope Δy/Δx", "6.5"));
        assertThat(LegendCheck.claims("f(x) = x^2 + 1")).isEmpty();
        assertThat(LegendCheck.claims("ε = 0.1 forces δ = 0.03")).containsExactly(
                new LegendCheck.Claim("ε", "0.1"), new LegendCheck.Claim("δ", "0.03"));
        assertThat(LegendCheck.claims("det = −3, orientation flipped")).containsExactly(new LegendCheck.Claim("det", "−3"));
        assertThat(LegendCheck.claims("loss = undefined")).containsExactly(new LegendCheck.Claim("loss", "undefined"));
        assertThat(LegendCheck.claims("at (1, 2): ∇f = (2, −4)")).containsExactly(new LegendCheck.Claim("∇f", "(2, −4)"));
        assertThat(LegendCheck.claims("k·u = 1.5 · (3, 1) = (4.5, 1.5)")).containsExactly(new LegendCheck.Claim("k·u", "(4.5, 1.5)"));
        assertThat(LegendCheck.claims("cos θ = u·v / (|u| |v|) = 0.707,   θ = 45°")).containsExactly(
                new LegendCheck.Claim("cos θ", "0.707"), new LegendCheck.Claim("θ", "45"));
        assertThat(LegendCheck.claims("f(x0, y0) = −3")).containsExactly(new LegendCheck.Claim("f(x0, y0)", "−3"));
        assertThat(LegendCheck.claims("λ₁ = 0 + 1i  (complex: no real v₁)")).isEmpty();
        assertThat(LegendCheck.claims("A⁻¹ does not exist (det A = 0)")).isEmpty();
        assertThat(LegendCheck.claims("step 0  L = 56   G ← G + g²;  x ← x − η·g/(√G + ε),  ε = 1e-8")).containsExactly(
                new LegendCheck.Claim("L", "56"), new LegendCheck.Claim("ε", "1e-8"));
        assertThat(LegendCheck.claims("λ₁ = 2.000e−10   λ₂ = 1")).containsExactly(
                new LegendCheck.Claim("λ₁", "2.000e−10"), new LegendCheck.Claim("λ₂", "1"));
    }

    @Test
    void aValueAgreesWhenItIsTheReadoutRoundedAsPrinted() {
        Readouts r = new Readouts()
                .add("det", "det A", () -> Reading.of(-3.04))
                .add("grad", "gradient", () -> Reading.of(new double[] {2, -4.0004}))
                .add("slope", "slope", () -> Reading.undefined())
                .add("tiny", "tiny", () -> Reading.of(2e-10));
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("det A", "−3.04"), r)).isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("det", "−3"), r)).isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("det", "5"), r)).contains("−3.04");
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("det", "−3.1"), r)).isNotNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("gradient", "(2, −4)"), r)).isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("gradient", "(2, 4)"), r)).isNotNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("gradient", "(2)"), r)).isNotNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("slope", "undefined"), r)).isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("slope", "0"), r)).isNotNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("tiny", "2.000e−10"), r)).isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("tiny", "3.000e−10"), r)).isNotNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("ε", "0.1"), r)).as("not a readout: no claim to check").isNull();
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("DET A", "−3.04"), r)).as("names compare without case").isNull();
        Readouts named = new Readouts()
                .add("lambda1", "λ₁ (larger)", () -> Reading.of(2))
                .add("grad", "∇f = (∂f/∂x, ∂f/∂y)", () -> Reading.of(new double[] {1, 2}))
                .add("riemann", "sum", () -> Reading.of(0.5))
                .add("x", "x", () -> Reading.of(7));
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("λ₁", "3"), named)).contains("lambda1");
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("∇f", "(1, 3)"), named)).contains("grad");
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("midpoint sum", "0.4"), named)).contains("riemann");
        assertThat(LegendCheck.disagreement(new LegendCheck.Claim("1 − x", "0"), named)).as("too short to qualify").isNull();
    }

    /** Reads "name = value" claims out of a legend line and holds them to the readouts. */
    static final class LegendCheck {
        record Claim(String name, String value) {
        }

        private static final String NUMBER = "[−-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][−+-]?\\d+)?|[−-]?∞|[−-]?inf";
        private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile(
                "^(undefined|[(\\[](?:" + NUMBER + ")(?:,\\s*(?:" + NUMBER + "))*[)\\]]|(?:" + NUMBER + "))");

        /** After a number: an operator, or a letter, digit or bracket touching it ("2x", "1i", "3·1"): it is an expression. */
        private static final java.util.regex.Pattern EXPRESSION_GOES_ON = java.util.regex.Pattern.compile("^(?:\\s*[·×*/^+−-]|[\\p{L}\\p{N}(\\[.])");
        private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(
                ",\\s+|;\\s+|:\\s+|\\s{2,}|\\s+forces\\s+|\\s+for\\s+|\\s+and\\s+");

        private LegendCheck() {
        }

        /**
         * The claims of a line. It is read as chains "name = expression = … = value" split at
         * " = " outside brackets: a part that starts with a number standing alone (followed by
         * nothing, a separator or a word — not by an operator, as in "1.5·(2, 1)" or "0 + 1i")
         * is the chain's value; after it, the words before the next " = " name the next chain.
         */
        static List<Claim> claims(String line) {
            List<String> parts = splitOutsideBrackets(line, " = ");
            List<Claim> claims = new ArrayList<>();
            String name = nameBefore(parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                String part = parts.get(i);
                java.util.regex.Matcher m = VALUE.matcher(part);
                if (m.find() && !EXPRESSION_GOES_ON.matcher(part.substring(m.end())).find()) {
                    if (!name.isEmpty()) {
                        claims.add(new Claim(name, m.group(1)));
                    }
                    String rest = part.substring(m.end());
                    if (!rest.isBlank()) {
                        name = nameBefore(rest);
                    }
                } else if (lastSeparator(part) >= 0) {
                    name = nameBefore(part);
                }
            }
            return claims;
        }

        /** The words after the last separator outside brackets: a comma, colon or semicolon, a wide gap, "forces", "for", "and". */
        private static String nameBefore(String text) {
            int cut = lastSeparator(text);
            return (cut < 0 ? text : text.substring(cut)).trim();
        }

        /** Where the text after the last separator outside brackets starts, or −1. */
        private static int lastSeparator(String text) {
            int depth = 0;
            int found = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0) {
                    java.util.regex.Matcher sep = SEPARATOR.matcher(text).region(i, text.length());
                    if (sep.lookingAt()) {
                        found = sep.end();
                    }
                }
            }
            return found;
        }

        private static List<String> splitOutsideBrackets(String line, String at) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0 && line.startsWith(at, i)) {
                    parts.add(line.substring(start, i));
                    start = i + at.length();
                    i = start - 1;
                }
            }
            parts.add(line.substring(start));
            return parts;
        }

        /** Null when the claim names no readout or shows its value; otherwise what the readout says. */
        static String disagreement(Claim claim, Readouts readouts) {
            for (Readouts.Readout r : readouts.all()) {
                if (names(claim.name(), r)) {
                    Reading reading = r.read();
                    return agrees(claim.value(), reading) ? null : "the readout " + r.name() + " is " + shown(reading);
                }
            }
            return null;
        }

        /**
         * Whether a legend's name is this readout's: its id or label, the label without a
         * trailing remark in brackets ("λ₁ (larger)") or without its definition ("∇f = (∂f/∂x,
         * ∂f/∂y)"), or the label qualified in front ("midpoint sum" for "sum", at least three letters).
         */
        static boolean names(String name, Readouts.Readout r) {
            String label = r.label();
            String bare = label.replaceFirst("\\s*\\([^()]*\\)$", "");
            String defined = label.contains(" = ") ? label.substring(0, label.indexOf(" = ")) : label;
            String n = name.toLowerCase(Locale.ROOT);
            for (String candidate : new String[] {r.name(), label, bare, defined}) {
                if (n.equals(candidate.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return label.length() >= 3 && n.endsWith(" " + label.toLowerCase(Locale.ROOT));
        }

        private static String shown(Reading reading) {
            return reading instanceof Reading.Number n ? org.mathlens.math.Numbers.brief(n.value(), 6)
                    + " (" + reading.text() + ")" : reading.text();
        }

        private static boolean agrees(String printed, Reading reading) {
            if (printed.equals("undefined")) {
                return reading instanceof Reading.Word w && w.value().equals("undefined");
            }
            String[] parts = printed.replaceAll("[()\\[\\]]", "").split(",\\s*");
            double[] values = reading instanceof Reading.Number n ? new double[] {n.value()}
                    : reading instanceof Reading.Vector v ? v.value()
                    : reading instanceof Reading.Word w ? wordAsNumber(w.value()) : null;
            if (values == null || values.length != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!closeAsPrinted(parts[i].trim(), values[i])) {
                    return false;
                }
            }
            return true;
        }

        /** A word readout that is a number's spelling ("inf"), or null. */
        private static double[] wordAsNumber(String word) {
            try {
                return new double[] {Double.parseDouble(word.replace("inf", "Infinity"))};
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        /** The readout rounded to the printed number's last digit gives the printed number. */
        private static boolean closeAsPrinted(String printed, double value) {
            String s = printed.replace('−', '-').toLowerCase(Locale.ROOT);
            if (s.endsWith("∞") || s.endsWith("inf")) {
                return Double.isInfinite(value) && (s.startsWith("-") == (value < 0));
            }
            double shown = Double.parseDouble(s);
            int e = s.indexOf('e');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1).replace("+", ""));
            int dot = mantissa.indexOf('.');
            int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
            double halfUnit = 0.5 * Math.pow(10, exponent - decimals);
            return Math.abs(value - shown) <= halfUnit * (1 + 1e-9) + 1e-12 * Math.abs(shown);
        }
    }
}
