package org.mathlens.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One lesson file, parsed and checked: the text beside an explorable pane.
 *
 * @param id           unique across the library; front-matter {@code id:}
 * @param title        front-matter {@code title:}
 * @param explorable   the id of the pane this lesson drives; front-matter {@code explorable:}
 * @param section      the section folder's name, e.g. {@code 01-vectors-and-matrices}
 * @param sectionTitle the section's human title, e.g. {@code Vectors and matrices}
 * @param source       where it came from, e.g. {@code lessons/01-vectors-and-matrices/01-vectors.md}
 * @param params       the pane's starting parameters (name to value text), in file order
 * @param intro        the Markdown before the first step or exercise
 * @param steps        the guided steps in file order
 * @param exercises    the exercises in file order
 */
public record Lesson(String id, String title, String explorable, String section, String sectionTitle,
                     String source, Map<String, String> params, String intro,
                     List<Step> steps, List<Exercise> exercises) {

    public Lesson {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        steps = List.copyOf(steps);
        exercises = List.copyOf(exercises);
    }

    /** Everything a learner could search for, lower-cased: titles, the Markdown of every part, hints. */
    public String searchText() {
        StringBuilder s = new StringBuilder(title).append('\n').append(intro);
        for (Step step : steps) {
            s.append('\n').append(step.title()).append('\n').append(step.markdown());
        }
        for (Exercise e : exercises) {
            s.append('\n').append(e.title()).append('\n').append(e.markdown());
            e.hint().ifPresent(h -> s.append('\n').append(h));
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
