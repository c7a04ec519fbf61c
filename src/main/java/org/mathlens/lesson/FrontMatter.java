package org.mathlens.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block between the two {@code ---} lines at the top of a lesson: a few {@code key: value}
 * lines and an indented {@code params:} map. A tiny YAML subset on purpose: teachers get exact
 * line numbers for mistakes and there is no YAML library to ship.
 */
final class FrontMatter {

    /** A value and the line it came from, so later checks can point at it. */
    record Entry(String value, int line) {
    }

    static final Set<String> KEYS = Set.of("id", "title", "explorable", "params");
    private static final List<String> REQUIRED = List.of("id", "title", "explorable");
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:\\s*(.*)");
    private static final Pattern PARAM_LINE = Pattern.compile("\\s+([A-Za-z_]\\w*)\\s*:\\s*(.*)");

    final Map<String, Entry> keys = new LinkedHashMap<>();
    final Map<String, Entry> params = new LinkedHashMap<>();
    /** Index (0-based) of the first body line, or -1 if the front matter is missing or unclosed. */
    final int bodyStart;

    private FrontMatter(int bodyStart) {
        this.bodyStart = bodyStart;
    }

    /** Reads the front matter of {@code lines}, reporting what is wrong to {@code problems}. */
    static FrontMatter read(List<String> lines, Problems problems) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(1, "missing front matter: the file must start with a line '---'");
            return new FrontMatter(-1);
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(1, "unterminated front matter: no closing line '---'");
            return new FrontMatter(-1);
        }
        FrontMatter fm = new FrontMatter(close + 1);
        fm.readEntries(lines.subList(1, close), problems);
        for (String key : REQUIRED) {
            if (!fm.keys.containsKey(key)) {
                problems.add(1, "missing required key '" + key + ":' in the front matter");
            }
        }
        return fm;
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    private void readEntries(List<String> entryLines, Problems problems) {
        boolean inParams = false;
        for (int k = 0; k < entryLines.size(); k++) {
            String text = entryLines.get(k);
            int line = k + 2;                           // the opening '---' is line 1
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(text.charAt(0))) {
                if (inParams) {
                    readParam(text, line, problems);
                } else {
                    problems.add(line, "unexpected indented line (only the entries under 'params:' are indented)");
                }
                continue;
            }
            Matcher m = KEY_LINE.matcher(text.strip());
            if (!m.matches()) {
                problems.add(line, "expected 'key: value' in the front matter");
                inParams = false;
                continue;
            }
            String key = m.group(1);
            String value = unquote(m.group(2).strip());
            inParams = key.equals("params");
            if (!KEYS.contains(key)) {
                problems.add(line, "unknown front-matter key '" + key + "' (known: explorable, id, params, title)");
            } else if (keys.containsKey(key)) {
                problems.add(line, "duplicate key '" + key + "' (first on line " + keys.get(key).line() + ")");
            } else if (inParams && !value.isEmpty()) {
                problems.add(line, "put each parameter on its own indented line under 'params:'");
            } else {
                if (!inParams && value.isEmpty()) {
                    problems.add(line, "'" + key + ":' has no value");    // kept, so it is not also "missing"
                }
                keys.put(key, new Entry(value, line));
            }
        }
    }

    private void readParam(String text, int line, Problems problems) {
        Matcher m = PARAM_LINE.matcher(text);
        if (!m.matches()) {
            problems.add(line, "expected '  name: value' under 'params:'");
            return;
        }
        String name = m.group(1);
        String value = unquote(m.group(2).strip());
        if (value.isEmpty()) {
            problems.add(line, "parameter '" + name + "' has no value");
        } else if (params.containsKey(name)) {
            problems.add(line, "parameter '" + name + "' is given twice (first on line " + params.get(name).line() + ")");
        } else {
            params.put(name, new Entry(value, line));
        }
    }

    /** {@code "a: b"} or {@code 'a: b'} lets a title contain a colon-space; the quotes are not part of it. */
    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
