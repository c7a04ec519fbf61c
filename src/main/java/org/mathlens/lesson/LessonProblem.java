package org.mathlens.lesson;

/**
 * Something wrong in a lesson file, pointing at the line a teacher has to fix.
 *
 * @param file    the file's name as shown to the teacher, e.g. {@code lessons/01-vectors-and-matrices/01-vectors.md}
 * @param line    1-based line number of the offending line
 * @param message what is wrong, in plain words
 */
public record LessonProblem(String file, int line, String message) {

    /** The compiler-style form {@code file:line: message}, which editors can jump to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
