package org.mathlens.lesson;

import java.util.List;

/**
 * A folder of lessons, e.g. {@code lessons/01-vectors-and-matrices/}.
 *
 * @param id      the folder name, which also orders the sections
 * @param title   from the folder's {@code section.md} ({@code title: ...}), else derived from the folder name
 * @param lessons the lessons in file-name order
 */
public record Section(String id, String title, List<Lesson> lessons) {
    public Section {
        lessons = List.copyOf(lessons);
    }
}
