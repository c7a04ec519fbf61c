package org.mathlens.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a lesson body into its intro, steps and exercises at the {@code ## Step:} and
 * {@code ## Exercise:} headings. Lines inside fenced code blocks are marked, so a heading or a
 * directive quoted in a code example is left alone.
 */
final class BodyParts {

    enum Kind { INTRO, STEP, EXERCISE }

    /** One source line: its 1-based number, its text, and whether it sits inside a code fence. */
    record Line(int number, String text, boolean code) {
    }

    /** A part of the body: the intro (no heading), a step or an exercise. */
    record Part(Kind kind, String title, int headingLine, List<Line> lines) {
    }

    private static final Pattern PART_HEADING =
            Pattern.compile(" {0,3}##\\s+(step|exercise)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private BodyParts() {
    }

    /**
     * @param lines         all lines of the file
     * @param bodyStart     0-based index of the first body line
     */
    static List<Part> split(List<String> lines, int bodyStart) {
        List<Part> parts = new ArrayList<>();
        Part current = new Part(Kind.INTRO, "", bodyStart, new ArrayList<>());
        parts.add(current);
        String fence = null;                           // the opening fence while inside a code block
        for (int i = bodyStart; i < lines.size(); i++) {
            String text = lines.get(i);
            int number = i + 1;
            Matcher f = FENCE.matcher(text);
            if (fence == null && f.matches()) {
                fence = f.group(1);
                current.lines().add(new Line(number, text, true));
                continue;
            }
            if (fence != null) {
                if (f.matches() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && text.strip().equals(f.group(1))) {
                    fence = null;
                }
                current.lines().add(new Line(number, text, true));
                continue;
            }
            Matcher h = PART_HEADING.matcher(text);
            if (h.matches()) {
                Kind kind = h.group(1).equalsIgnoreCase("step") ? Kind.STEP : Kind.EXERCISE;
                current = new Part(kind, h.group(2).strip(), number, new ArrayList<>());
                parts.add(current);
            } else {
                current.lines().add(new Line(number, text, false));
            }
        }
        return parts;
    }

    /** The lines' text joined with newlines, without leading and trailing blank lines. */
    static String join(List<Line> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).text().isBlank()) {
            to--;
        }
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                s.append('\n');
            }
            s.append(stripTrailing(lines.get(i).text()));
        }
        return s.toString();
    }

    private static String stripTrailing(String s) {
        // two trailing spaces are a Markdown hard line break: keep them
        return s.endsWith("  ") ? s : s.stripTrailing();
    }
}
