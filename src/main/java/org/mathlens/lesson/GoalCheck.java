package org.mathlens.lesson;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A light look at a goal such as {@code abs(l1 - 3) < 0.1}: are its brackets balanced, and which
 * names does it use? The app evaluates goals itself; this only catches typos when lessons load.
 */
final class GoalCheck {

    /**
     * Words a goal may use that are not readouts: constants and logic. Functions need no list:
     * a name written before "(" is a call, so readouts such as det or sum stay checked.
     */
    private static final Set<String> NOT_READOUTS = Set.of("pi", "e", "inf", "nan", "and", "or", "not", "true", "false");

    private GoalCheck() {
    }

    /** Empty if every bracket closes in order, else what is wrong and at which 1-based column. */
    static Optional<String> bracketProblem(String goal) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < goal.length(); i++) {
            char c = goal.charAt(i);
            if (c == '(' || c == '[') {
                open.push(i);
            } else if (c == ')' || c == ']') {
                char want = c == ')' ? '(' : '[';
                if (open.isEmpty() || goal.charAt(open.peek()) != want) {
                    return Optional.of("'" + c + "' at column " + (i + 1) + " does not match an opening '" + want + "'");
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            int at = open.peek();
            return Optional.of("'" + goal.charAt(at) + "' at column " + (at + 1) + " is never closed");
        }
        return Optional.empty();
    }

    /** The names in the goal that must be readouts: identifiers that are not functions or constants. */
    static List<String> readoutNames(String goal) {
        return names(goal, false).stream().filter(n -> !NOT_READOUTS.contains(n)).toList();
    }

    /** The names the goal calls as functions: {@code abs} in {@code abs(l1 - 3) < 0.1}. */
    static List<String> calledNames(String goal) {
        return names(goal, true);
    }

    /** Each identifier once, in order: those written before "(" when {@code calls}, else the others. */
    private static List<String> names(String goal, boolean calls) {
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = goal.length();
        while (i < n) {
            char c = goal.charAt(i);
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(goal.charAt(i + 1)))) {
                i = skipNumber(goal, i);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(goal.charAt(i)) || goal.charAt(i) == '_')) {
                    i++;
                }
                String name = goal.substring(start, i);
                if (isCall(goal, i) == calls && !names.contains(name)) {
                    names.add(name);
                }
            } else {
                i++;
            }
        }
        return names;
    }

    private static boolean isCall(String goal, int afterName) {
        int j = afterName;
        while (j < goal.length() && goal.charAt(j) == ' ') {
            j++;
        }
        return j < goal.length() && goal.charAt(j) == '(';
    }

    /** Past a number such as {@code 12}, {@code 0.5} or {@code 1e-6}, so its {@code e} is not a name. */
    private static int skipNumber(String s, int i) {
        int n = s.length();
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
