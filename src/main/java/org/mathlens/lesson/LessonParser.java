package org.mathlens.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lesson file and checks it against the app's panes and math language.
 *
 * <h2>The lesson file format</h2>
 * A lesson lives at {@code lessons/<nn>-<section-slug>/<nn>-<slug>.md}; the numbers order sections
 * and lessons, the section title comes from the folder's optional {@code section.md}
 * ({@code title: ...}) or else from the slug ({@code 01-vectors-and-matrices} becomes "Vectors and
 * matrices"). A file is:
 * <pre>
 * ---
 * id: vectors                      (required; letters, digits, '-', '_'; unique in the library)
 * title: Adding and scaling vectors (required; quote it if it contains ": ")
 * explorable: vectors              (required; the pane this lesson drives)
 * params:                          (optional; the pane's starting values, math-language text)
 *   u: [2, 1]
 *   k: 1.5
 * ---
 * Intro Markdown, with inline $u + v$ and display $$\|v\|_2$$ formulas.
 *
 * ## Step: The parallelogram
 * set: u = [3, 1]                  (one parameter each, right after the heading; value = text after '=')
 *
 * Step text in Markdown.
 *
 * ## Exercise: Where does u + v end?
 * Question text in Markdown.
 * answer: [4, 3]                   (a value typed by the learner...)
 * goal: sum == [0, 0]              (...or a condition on the pane's readouts; exactly one of the two)
 * tolerance: 1e-6                  (optional, default 1e-6)
 * hint: Add the components.        (optional; shown with "Not yet")
 * </pre>
 * A step or exercise runs until the next {@code ## Step:} or {@code ## Exercise:} heading; other
 * headings are ordinary Markdown. Directive lines ({@code set:}, {@code answer:}, {@code goal:},
 * {@code tolerance:}, {@code hint:}) are not shown; inside fenced code blocks nothing is a heading
 * or a directive. Inline math {@code $...$} closes on the same line, display math {@code $$...$$}
 * may span lines, {@code \$} is a dollar sign.
 *
 * <h2>Errors</h2>
 * Parsing never throws. Each mistake becomes a {@link LessonProblem} ({@code file:line: message});
 * a file with any problem yields no lesson, and the library skips it.
 */
public final class LessonParser {

    /**
     * The outcome of parsing one file: a lesson if there were no problems.
     *
     * @param idLine the line of {@code id:}, for the library's duplicate-id message (1 if unknown)
     */
    public record Result(Optional<Lesson> lesson, List<LessonProblem> problems, int idLine) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern SET = Pattern.compile("set\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXERCISE_DIRECTIVE =
            Pattern.compile("(answer|goal|tolerance|hint)\\s*:(.*)", Pattern.CASE_INSENSITIVE);

    private final LessonContext context;

    public LessonParser(LessonContext context) {
        this.context = context;
    }

    /**
     * @param sourceName   the file's name in problems, e.g. {@code lessons/01-vectors-and-matrices/01-vectors.md}
     * @param text         the file's content
     * @param section      the section folder's name
     * @param sectionTitle the section's human title
     */
    public Result parse(String sourceName, String text, String section, String sectionTitle) {
        Problems problems = new Problems(sourceName);
        try {
            return parse(sourceName, text, section, sectionTitle, problems);
        } catch (RuntimeException e) {
            // A bug here (or in the context) must not take the library down: report it on the file.
            problems.add(1, "could not read this lesson: " + e);
            return new Result(Optional.empty(), problems.list(), 1);
        }
    }

    private Result parse(String sourceName, String text, String section, String sectionTitle, Problems problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);                   // a byte-order mark some editors add
        }
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        FrontMatter fm = FrontMatter.read(lines, problems);
        int idLine = fm.get("id").map(FrontMatter.Entry::line).orElse(1);
        if (fm.bodyStart < 0) {
            return new Result(Optional.empty(), problems.list(), idLine);
        }
        fm.get("id").filter(e -> !e.value().isEmpty() && !ID.matcher(e.value()).matches()).ifPresent(e ->
                problems.add(e.line(), "id '" + e.value() + "' may only use letters, digits, '-' and '_'"));

        Optional<LessonContext.PaneInfo> pane = checkExplorable(fm, problems);
        Map<String, String> params = new LinkedHashMap<>();
        fm.params.forEach((name, entry) -> {
            checkParameter(pane, name, entry.value(), entry.line(), problems);
            params.put(name, entry.value());
        });

        String intro = "";
        List<Step> steps = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        for (BodyParts.Part part : BodyParts.split(lines, fm.bodyStart)) {
            switch (part.kind()) {
                case INTRO -> intro = markdown(part.lines(), problems);
                case STEP -> steps.add(step(part, pane, problems));
                case EXERCISE -> exercise(part, pane, problems).ifPresent(exercises::add);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.list(), idLine);
        }
        Lesson lesson = new Lesson(fm.keys.get("id").value(), fm.keys.get("title").value(),
                fm.keys.get("explorable").value(), section, sectionTitle, sourceName, params, intro, steps, exercises);
        return new Result(Optional.of(lesson), List.of(), idLine);
    }

    private Optional<LessonContext.PaneInfo> checkExplorable(FrontMatter fm, Problems problems) {
        if (!context.knowsPanes()) {
            return Optional.empty();
        }
        Optional<FrontMatter.Entry> explorable = fm.get("explorable").filter(e -> !e.value().isEmpty());
        if (explorable.isEmpty()) {
            return Optional.empty();
        }
        Optional<LessonContext.PaneInfo> pane = context.pane(explorable.get().value());
        if (pane.isEmpty()) {
            problems.add(explorable.get().line(), "unknown explorable '" + explorable.get().value() + "'");
        }
        return pane;
    }

    /** Checks a parameter name and value against the pane, if the pane is known. */
    private static void checkParameter(Optional<LessonContext.PaneInfo> pane, String name, String value, int line,
                                       Problems problems) {
        if (pane.isEmpty()) {
            return;
        }
        if (!pane.get().parameterNames().contains(name)) {
            problems.add(line, "unknown parameter '" + name + "' (this pane has: "
                    + String.join(", ", new TreeSet<>(pane.get().parameterNames())) + ")");
            return;
        }
        pane.get().checkParameter(name, value).ifPresent(why ->
                problems.add(line, "bad value '" + value + "' for parameter '" + name + "': " + why));
    }

    private static Step step(BodyParts.Part part, Optional<LessonContext.PaneInfo> pane, Problems problems) {
        requireTitle(part, "step", problems);
        Map<String, String> set = new LinkedHashMap<>();
        List<BodyParts.Line> text = new ArrayList<>();
        boolean textStarted = false;
        for (BodyParts.Line line : part.lines()) {
            Matcher m = line.code() ? null : SET.matcher(line.text().strip());
            if (m != null && m.matches()) {
                if (textStarted) {
                    problems.add(line.number(), "'set:' lines must come right after the step heading");
                } else {
                    readSet(m.group(1), line.number(), set, pane, problems);
                }
                continue;
            }
            textStarted |= !line.text().isBlank();
            text.add(line);
        }
        checkTitleMath(part, problems);
        return new Step(part.title(), set, markdown(text, problems), part.headingLine());
    }

    private static void readSet(String assignment, int line, Map<String, String> set,
                                Optional<LessonContext.PaneInfo> pane, Problems problems) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            problems.add(line, "'set:' needs 'NAME = VALUE'");
            return;
        }
        String name = assignment.substring(0, eq).strip();
        String value = assignment.substring(eq + 1).strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(line, "'" + name + "' is not a parameter name");
        } else if (value.isEmpty()) {
            problems.add(line, "'set: " + name + " =' has no value");
        } else if (set.containsKey(name)) {
            problems.add(line, "parameter '" + name + "' is set twice in this step");
        } else {
            checkParameter(pane, name, value, line, problems);
            set.put(name, value);
        }
    }

    private Optional<Exercise> exercise(BodyParts.Part part, Optional<LessonContext.PaneInfo> pane, Problems problems) {
        requireTitle(part, "exercise", problems);
        Map<String, BodyParts.Line> directives = new LinkedHashMap<>();
        List<BodyParts.Line> text = new ArrayList<>();
        for (BodyParts.Line line : part.lines()) {
            String stripped = line.text().strip();
            Matcher d = line.code() ? null : EXERCISE_DIRECTIVE.matcher(stripped);
            if (d != null && d.matches()) {
                String key = d.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = d.group(2).strip();
                if (directives.containsKey(key)) {
                    problems.add(line.number(), "more than one '" + key + ":' in this exercise");
                } else if (value.isEmpty()) {
                    problems.add(line.number(), "'" + key + ":' has no value");
                } else {
                    directives.put(key, new BodyParts.Line(line.number(), value, false));
                }
            } else if (!line.code() && SET.matcher(stripped).matches()) {
                problems.add(line.number(), "'set:' belongs to a step; an exercise has answer: or goal:");
            } else {
                text.add(line);
            }
        }
        BodyParts.Line answer = directives.get("answer");
        BodyParts.Line goal = directives.get("goal");
        if (answer == null && goal == null) {
            problems.add(part.headingLine(), "exercise needs an 'answer:' or a 'goal:' line");
        } else if (answer != null && goal != null) {
            problems.add(Math.max(answer.number(), goal.number()), "an exercise has 'answer:' or 'goal:', not both");
        }
        if (answer != null) {
            context.checkExpression(answer.text()).ifPresent(why ->
                    problems.add(answer.number(), "answer '" + answer.text() + "' does not parse: " + why));
        }
        if (goal != null) {
            checkGoal(goal, pane, problems);
        }
        double tolerance = tolerance(directives.get("tolerance"), problems);
        checkTitleMath(part, problems);
        String markdown = markdown(text, problems);
        return Optional.of(new Exercise(part.title(), markdown,
                Optional.ofNullable(answer).map(BodyParts.Line::text),
                Optional.ofNullable(goal).map(BodyParts.Line::text),
                tolerance,
                Optional.ofNullable(directives.get("hint")).map(BodyParts.Line::text),
                part.headingLine()));
    }

    private static void checkGoal(BodyParts.Line goal, Optional<LessonContext.PaneInfo> pane, Problems problems) {
        Optional<String> brackets = GoalCheck.bracketProblem(goal.text());
        if (brackets.isPresent()) {
            problems.add(goal.number(), "goal has unbalanced brackets: " + brackets.get());
            return;
        }
        // parsed as the checker will parse it: "sum == == [1, 2]", "sum = [1, 2]",
        // "0 < norm(sum) < 5" and "norm(sum) >" could never be met, so they are errors here
        try {
            java.util.Set<String> readouts = new java.util.HashSet<>(GoalCheck.readoutNames(goal.text()));
            pane.ifPresent(p -> readouts.addAll(p.readoutNames()));
            org.mathlens.math.expr.MathLanguage.parse(goal.text(), readouts);
        } catch (org.mathlens.math.MathError e) {
            problems.add(goal.number(), "goal '" + goal.text() + "' does not parse: " + e.getMessage());
            return;
        }
        // the checker knows only the math language's functions: max(...) or a typo would fail on every try
        for (String called : GoalCheck.calledNames(goal.text())) {
            if (!org.mathlens.math.expr.Functions.isBuiltin(called)) {
                problems.add(goal.number(), "goal '" + goal.text() + "': "
                        + org.mathlens.math.expr.Functions.unknown(called).getMessage());
                return;
            }
        }
        if (pane.isEmpty()) {
            return;
        }
        boolean namesKnown = true;
        for (String name : GoalCheck.readoutNames(goal.text())) {
            if (!pane.get().readoutNames().contains(name)) {
                namesKnown = false;
                problems.add(goal.number(), "goal names unknown readout '" + name + "' (this pane has: "
                        + String.join(", ", new TreeSet<>(pane.get().readoutNames())) + ")");
            }
        }
        if (namesKnown) {
            pane.get().checkGoal(goal.text()).ifPresent(why ->
                    problems.add(goal.number(), "goal '" + goal.text() + "' " + why));
        }
    }

    private static double tolerance(BodyParts.Line line, Problems problems) {
        if (line == null) {
            return Exercise.DEFAULT_TOLERANCE;
        }
        try {
            double t = Double.parseDouble(line.text());
            if (Double.isFinite(t) && t >= 0) {
                return t;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(line.number(), "tolerance must be a number >= 0, not '" + line.text() + "'");
        return Exercise.DEFAULT_TOLERANCE;
    }

    private static void requireTitle(BodyParts.Part part, String what, Problems problems) {
        if (part.title().isEmpty()) {
            problems.add(part.headingLine(), what + " heading has no title");
        }
    }

    private static void checkTitleMath(BodyParts.Part part, Problems problems) {
        MathSpans.Scan scan = MathSpans.scan(part.title());
        if (!scan.ok()) {
            problems.add(part.headingLine(), unterminated(scan));
        }
    }

    /** The Markdown of these lines, after reporting a formula whose '$' or '$$' never closes. */
    private static String markdown(List<BodyParts.Line> lines, Problems problems) {
        StringBuilder joined = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        for (BodyParts.Line line : lines) {
            lineStarts.add(joined.length());
            joined.append(line.text()).append('\n');
        }
        MathSpans.Scan scan = MathSpans.scan(joined.toString());
        if (!scan.ok()) {
            int index = 0;
            while (index + 1 < lineStarts.size() && lineStarts.get(index + 1) <= scan.unterminatedAt()) {
                index++;
            }
            problems.add(lines.get(index).number(), unterminated(scan));
        }
        return BodyParts.join(lines);
    }

    private static String unterminated(MathSpans.Scan scan) {
        return scan.unterminatedDisplay()
                ? "unterminated display math: '$$' is never closed (write \\$ for a dollar sign)"
                : "unterminated math: '$' is not closed on the same line (write \\$ for a dollar sign)";
    }
}
