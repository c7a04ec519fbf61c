package org.mathlens.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code $...$} and {@code $$...$$} formulas in lesson Markdown, skipping code (fenced
 * blocks and {@code `spans`}) and escaped dollars ({@code \$}). Used twice: the parser reports
 * unterminated formulas, and the renderer swaps formulas for placeholders before CommonMark sees the
 * text, so that {@code _} and {@code *} inside a formula are not taken for emphasis.
 */
final class MathSpans {

    /** One formula; {@code start}/{@code end} include the dollars. */
    record Span(int start, int end, String latex, boolean display) {
    }

    /**
     * The formulas found, and the offset of a {@code $} or {@code $$} that is never closed
     * ({@code -1} if none; scanning stops there).
     */
    record Scan(List<Span> spans, int unterminatedAt, boolean unterminatedDisplay) {
        boolean ok() {
            return unterminatedAt < 0;
        }
    }

    /** Markdown with every formula replaced by {@link #placeholder}, and the formulas by index. */
    record Extracted(String markdown, List<Span> formulas) {
    }

    // Private-use characters: CommonMark leaves them alone and no teacher types them.
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private MathSpans() {
    }

    static String placeholder(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    static Scan scan(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                int fenceEnd = skipFencedBlock(text, i);
                if (fenceEnd != i) {
                    i = fenceEnd;
                    continue;
                }
            }
            char c = text.charAt(i);
            lineStart = c == '\n';
            if (c == '\\') {
                i += 2;                                  // an escaped character, e.g. \$
            } else if (c == '`') {
                i = skipCodeSpan(text, i);
            } else if (c == '$') {
                boolean display = i + 1 < n && text.charAt(i + 1) == '$';
                int close = display ? findClose(text, i + 2, "$$", false) : findClose(text, i + 1, "$", true);
                if (close < 0) {
                    return new Scan(spans, i, display);
                }
                int contentStart = i + (display ? 2 : 1);
                int end = close + (display ? 2 : 1);
                spans.add(new Span(i, end, text.substring(contentStart, close).trim(), display));
                i = end;
            } else {
                i++;
            }
        }
        return new Scan(spans, -1, false);
    }

    static Extracted extract(String markdown) {
        Scan scan = scan(markdown);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int k = 0; k < scan.spans().size(); k++) {
            Span s = scan.spans().get(k);
            out.append(markdown, last, s.start()).append(placeholder(k));
            last = s.end();
        }
        out.append(markdown.substring(last));   // an unterminated '$' stays as text
        return new Extracted(out.toString(), scan.spans());
    }

    /** The closing delimiter's offset, skipping {@code \x} escapes; inline math must close on its line. */
    private static int findClose(String text, int from, String delimiter, boolean sameLine) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (sameLine && c == '\n') {
                return -1;
            } else if (text.startsWith(delimiter, j)) {
                return j;
            }
        }
        return -1;
    }

    /** After a run of backticks: past its matching run, or just past the run if it never closes. */
    private static int skipCodeSpan(String text, int i) {
        int runEnd = i;
        while (runEnd < text.length() && text.charAt(runEnd) == '`') {
            runEnd++;
        }
        String run = text.substring(i, runEnd);
        int j = runEnd;
        while (true) {
            int close = text.indexOf(run, j);
            if (close < 0) {
                return runEnd;
            }
            int closeEnd = close + run.length();
            if (closeEnd < text.length() && text.charAt(closeEnd) == '`') {
                j = closeEnd;                           // a longer run is not our match
                while (j < text.length() && text.charAt(j) == '`') {
                    j++;
                }
                continue;
            }
            return closeEnd;
        }
    }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");

    /** If a fenced code block opens at this line start, the offset after it; else {@code i}. */
    private static int skipFencedBlock(String text, int i) {
        Matcher m = FENCE.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
            return i;
        }
        String fence = m.group(1);
        int lineEnd = text.indexOf('\n', i);
        while (lineEnd >= 0) {
            int next = lineEnd + 1;
            Matcher close = FENCE.matcher(text).region(next, text.length());
            if (close.lookingAt() && close.group(1).charAt(0) == fence.charAt(0)
                    && close.group(1).length() >= fence.length()) {
                int end = text.indexOf('\n', next);
                return end < 0 ? text.length() : end + 1;
            }
            lineEnd = text.indexOf('\n', next);
        }
        return text.length();                           // an unclosed fence runs to the end, as in CommonMark
    }
}
