package org.mathlens.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so parsing code can say just "line, message". */
final class Problems {
    private final String file;
    private final List<LessonProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        list.add(new LessonProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<LessonProblem> list() {
        // in line order, the order a teacher fixes them in (stable: same-line problems keep their order)
        return list.stream().sorted(java.util.Comparator.comparingInt(LessonProblem::line)).toList();
    }
}
