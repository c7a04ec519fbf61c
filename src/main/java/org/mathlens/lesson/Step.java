package org.mathlens.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a lesson's guided tour: a heading {@code ## Step: title}, the parameter values it
 * puts into the pane, and the Markdown text that explains what to look at.
 *
 * @param title    the text after {@code ## Step:}
 * @param set      parameter name to value text (math language), in the order of the {@code set:} lines
 * @param markdown the step's Markdown text, without the {@code set:} lines
 * @param line     1-based line of the step's heading
 */
public record Step(String title, Map<String, String> set, String markdown, int line) {
    public Step {
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }
}
