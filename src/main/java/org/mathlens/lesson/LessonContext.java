package org.mathlens.lesson;

import java.util.Optional;
import java.util.Set;

/**
 * What the lesson parser needs to know about the rest of the app to check a lesson: which panes
 * exist, their parameters and readouts, and whether a text is valid in the math language.
 * The app shell implements it over the explorable catalog; tests use small fakes.
 */
public interface LessonContext {

    /** Empty if no explorable has that id. */
    Optional<PaneInfo> pane(String explorableId);

    /** Empty if the text is a valid value in the math language, else the language's error message. */
    Optional<String> checkExpression(String text);

    /**
     * False for a context that knows nothing about panes, so the parser checks only the file's own
     * structure (front matter, steps, exercises, math delimiters) and skips every pane check.
     */
    default boolean knowsPanes() {
        return true;
    }

    /** A context that accepts every explorable, parameter, readout and expression: for tools and tests. */
    LessonContext SYNTAX_ONLY = new LessonContext() {
        @Override
        public Optional<PaneInfo> pane(String explorableId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> checkExpression(String text) {
            return Optional.empty();
        }

        @Override
        public boolean knowsPanes() {
            return false;
        }
    };

    /** One explorable pane as far as lessons care. */
    interface PaneInfo {
        Set<String> parameterNames();

        Set<String> readoutNames();

        /**
         * Empty if the goal, run as the exercise checker runs it on the pane's readouts, gives a
         * condition (true or false); else why not ("is not a condition: it gives a number").
         */
        default Optional<String> checkGoal(String goal) {
            return Optional.empty();
        }

        /** Empty if the value text parses for that parameter, else why not. */
        Optional<String> checkParameter(String name, String valueText);
    }
}
