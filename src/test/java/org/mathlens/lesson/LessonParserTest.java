package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LessonParserTest {

    static final String FILE = "lessons/01-vectors-and-matrices/01-vectors.md";

    static final String SAMPLE = """
            ---
            id: vectors
            title: Adding and scaling vectors
            explorable: vectors
            params:
              u: [2, 1]
              v: [-1, 2]
              k: 1.5
            ---
            Markdown body with inline $u + v$ and display $$\\|v\\|_2 = \\sqrt{v_1^2 + v_2^2}$$ formulas.

            ## Step: The parallelogram
            set: u = [3, 1]
            set: v = [1, 2]

            Drag the tip of **u** and watch ...

            ## Exercise: Where does u + v end?
            With u = [3, 1] and v = [1, 2], type u + v.
            answer: [4, 3]
            tolerance: 1e-6
            hint: Add the first components together, then the second.

            ## Exercise: Make the sum vanish
            Drag v until u + v is the zero vector.
            goal: sum == [0, 0]
            hint: v must be the opposite of u.
            """;

    private final LessonParser parser = new LessonParser(new FakeContext());

    private LessonParser.Result parse(String text) {
        return parser.parse(FILE, text, "01-vectors-and-matrices", "Vectors and matrices");
    }

    /** The problems of a file, each as "file:line: message". */
    private List<String> problems(String text) {
        LessonParser.Result r = parse(text);
        assertThat(r.lesson()).as("a file with problems gives no lesson").isEmpty();
        return r.problems().stream().map(LessonProblem::toString).toList();
    }

    @Test
    void wellFormedLessonParsesExactly() {
        LessonParser.Result r = parse(SAMPLE);

        assertThat(r.problems()).isEmpty();
        Lesson l = r.lesson().orElseThrow();
        assertThat(l.id()).isEqualTo("vectors");
        assertThat(l.title()).isEqualTo("Adding and scaling vectors");
        assertThat(l.explorable()).isEqualTo("vectors");
        assertThat(l.section()).isEqualTo("01-vectors-and-matrices");
        assertThat(l.sectionTitle()).isEqualTo("Vectors and matrices");
        assertThat(l.source()).isEqualTo(FILE);
        assertThat(l.params()).containsExactly(Map.entry("u", "[2, 1]"), Map.entry("v", "[-1, 2]"), Map.entry("k", "1.5"));
        assertThat(l.intro()).isEqualTo(
                "Markdown body with inline $u + v$ and display $$\\|v\\|_2 = \\sqrt{v_1^2 + v_2^2}$$ formulas.");

        assertThat(l.steps()).containsExactly(new Step("The parallelogram",
                Map.of("u", "[3, 1]", "v", "[1, 2]"), "Drag the tip of **u** and watch ...", 12));
        assertThat(l.steps().get(0).set().keySet()).containsExactly("u", "v");

        assertThat(l.exercises()).containsExactly(
                new Exercise("Where does u + v end?", "With u = [3, 1] and v = [1, 2], type u + v.",
                        Optional.of("[4, 3]"), Optional.empty(), 1e-6,
                        Optional.of("Add the first components together, then the second."), 18),
                new Exercise("Make the sum vanish", "Drag v until u + v is the zero vector.",
                        Optional.empty(), Optional.of("sum == [0, 0]"), Exercise.DEFAULT_TOLERANCE,
                        Optional.of("v must be the opposite of u."), 24));
        assertThat(l.exercises().get(0).expectsTypedAnswer()).isTrue();
        assertThat(l.exercises().get(1).expectsTypedAnswer()).isFalse();
    }

    @Test
    void searchTextHoldsTitlesMarkdownAndHintsLowerCased() {
        String s = parse(SAMPLE).lesson().orElseThrow().searchText();
        assertThat(s).contains("adding and scaling vectors", "the parallelogram", "drag the tip of **u**",
                "where does u + v end?", "v must be the opposite of u.");
        assertThat(s).isEqualTo(s.toLowerCase());
    }

    @Test
    void otherHeadingsAndCodeStayMarkdownAndDirectivesInCodeAreText() {
        Lesson l = parse("""
                ---
                id: x
                title: "Colons: allowed when quoted"
                explorable: vectors
                ---
                ## Background
                Some text.

                ## Step: One
                ```
                ## Step: not a heading
                set: u = [1, 1]
                ```
                ### More detail
                ## Exercise: Q
                answer: 2
                """).lesson().orElseThrow();
        assertThat(l.title()).isEqualTo("Colons: allowed when quoted");
        assertThat(l.intro()).isEqualTo("## Background\nSome text.");
        assertThat(l.steps()).hasSize(1);
        assertThat(l.steps().get(0).set()).isEmpty();
        assertThat(l.steps().get(0).markdown()).isEqualTo("```\n## Step: not a heading\nset: u = [1, 1]\n```\n### More detail");
        assertThat(l.params()).isEmpty();
    }

    @Test
    void missingFrontMatter() {
        assertThat(problems("# Vectors\n")).containsExactly(
                FILE + ":1: missing front matter: the file must start with a line '---'");
    }

    @Test
    void unterminatedFrontMatter() {
        assertThat(problems("---\nid: x\ntitle: T\n")).containsExactly(
                FILE + ":1: unterminated front matter: no closing line '---'");
    }

    @Test
    void missingRequiredKey() {
        assertThat(problems("---\nid: x\ntitle: T\n---\nText\n")).containsExactly(
                FILE + ":1: missing required key 'explorable:' in the front matter");
    }

    @Test
    void unknownKeyAndDuplicateKeyAndEmptyValue() {
        assertThat(problems("---\nid: x\ntitle: T\nexplorable:\nauthor: me\nid: y\n---\n")).containsExactly(
                FILE + ":4: 'explorable:' has no value",
                FILE + ":5: unknown front-matter key 'author' (known: explorable, id, params, title)",
                FILE + ":6: duplicate key 'id' (first on line 2)");
    }

    @Test
    void badIdAndMalformedFrontMatterLines() {
        assertThat(problems("---\nid: my lesson\ntitle: T\nexplorable: vectors\nparams:\n  u [1, 2]\nnot a key line\n---\n"))
                .containsExactly(
                        FILE + ":2: id 'my lesson' may only use letters, digits, '-' and '_'",
                        FILE + ":6: expected '  name: value' under 'params:'",
                        FILE + ":7: expected 'key: value' in the front matter");
    }

    @Test
    void unknownExplorable() {
        assertThat(problems("---\nid: x\ntitle: T\nexplorable: vectorz\n---\n")).containsExactly(
                FILE + ":4: unknown explorable 'vectorz'");
    }

    @Test
    void unknownParameterAndBadValueInFrontMatter() {
        assertThat(problems("---\nid: x\ntitle: T\nexplorable: vectors\nparams:\n  w: [1, 2]\n  k: fast\n---\n"))
                .containsExactly(
                        FILE + ":6: unknown parameter 'w' (this pane has: k, u, v)",
                        FILE + ":7: bad value 'fast' for parameter 'k': expected a number");
    }

    private static String lesson(String body) {
        return "---\nid: x\ntitle: T\nexplorable: vectors\n---\n" + body;   // the body starts on line 6
    }

    @Test
    void setWithoutEquals() {
        assertThat(problems(lesson("## Step: One\nset: u [1, 2]\n"))).containsExactly(
                FILE + ":7: 'set:' needs 'NAME = VALUE'");
    }

    @Test
    void setProblems() {
        assertThat(problems(lesson("## Step: One\nset: u = [1, 2, 3]\nset: w = 1\nset: k =\nset: k = 2\nset: k = 3\n\nText.\nset: u = [1, 1]\n")))
                .containsExactly(
                        FILE + ":7: bad value '[1, 2, 3]' for parameter 'u': expected a vector [x, y]",
                        FILE + ":8: unknown parameter 'w' (this pane has: k, u, v)",
                        FILE + ":9: 'set: k =' has no value",
                        FILE + ":11: parameter 'k' is set twice in this step",
                        FILE + ":14: 'set:' lines must come right after the step heading");
    }

    @Test
    void setValueIsEverythingAfterTheFirstEquals() {
        Lesson l = new LessonParser(LessonContext.SYNTAX_ONLY)
                .parse(FILE, lesson("## Step: One\nset: goal = a == b\n"), "s", "S").lesson().orElseThrow();
        assertThat(l.steps().get(0).set()).containsExactly(Map.entry("goal", "a == b"));
    }

    @Test
    void exerciseWithNeitherAnswerNorGoal() {
        assertThat(problems(lesson("## Exercise: Q\nWhat is it?\n"))).containsExactly(
                FILE + ":6: exercise needs an 'answer:' or a 'goal:' line");
    }

    @Test
    void exerciseWithBothAnswerAndGoal() {
        assertThat(problems(lesson("## Exercise: Q\nanswer: 1\ngoal: det == 0\n"))).containsExactly(
                FILE + ":8: an exercise has 'answer:' or 'goal:', not both");
    }

    @Test
    void badTolerance() {
        assertThat(problems(lesson("## Exercise: Q\nanswer: 1\ntolerance: small\n"))).containsExactly(
                FILE + ":8: tolerance must be a number >= 0, not 'small'");
        assertThat(problems(lesson("## Exercise: Q\nanswer: 1\ntolerance: -1\n"))).containsExactly(
                FILE + ":8: tolerance must be a number >= 0, not '-1'");
    }

    @Test
    void answerThatDoesNotParse() {
        assertThat(problems(lesson("## Exercise: Q\n\nanswer: [4, 3\n"))).containsExactly(
                FILE + ":8: answer '[4, 3' does not parse: '[' at column 1 is never closed");
    }

    @Test
    void goalNamingUnknownReadoutOrWithUnbalancedBrackets() {
        assertThat(problems(lesson("## Exercise: Q\ngoal: abs(dett - 1e-3) < 0.1\n"))).containsExactly(
                FILE + ":7: goal names unknown readout 'dett' (this pane has: det, sum)");
        assertThat(problems(lesson("## Exercise: Q\ngoal: abs(det < 0.1\n"))).containsExactly(
                FILE + ":7: goal has unbalanced brackets: '(' at column 4 is never closed");
    }

    /** A goal the checker could never meet is an error at load time, with its line. */
    @Test
    void goalsThatCannotBeMetAreReportedAsTheCheckerWouldRunThem() {
        java.util.List<String> broken = java.util.List.of("sum == == [1, 2]", "sum = [1, 2]", "0 < norm(sum) < 5", "norm(sum) >");
        for (String goal : broken) {
            assertThat(problems(lesson("## Exercise: Q\ngoal: " + goal + "\n"))).as(goal).singleElement().asString()
                    .startsWith(FILE + ":7: goal '" + goal + "' does not parse: ");
        }
        // against the real pane: the goal must give true or false on its readouts
        LessonParser real = new LessonParser(new CatalogContext());
        String text = "---\nid: x\ntitle: T\nexplorable: vectors\n---\n## Exercise: Q\ngoal: norm(sum)\n## Exercise: R\ngoal: norm(sum) < 5\n";
        assertThat(real.parse(FILE, text, "s", "S").problems()).extracting(LessonProblem::toString).containsExactly(
                FILE + ":7: goal 'norm(sum)' is not a condition: it gives a number, not true or false");
    }

    /** The checker knows only the math language's functions: a goal calling another could never be met. */
    @Test
    void goalsCallingFunctionsTheMathLanguageDoesNotKnowAreReported() {
        assertThat(problems(lesson("## Exercise: Q\ngoal: frobnicate(sum) < 1\n"))).containsExactly(
                FILE + ":7: goal 'frobnicate(sum) < 1': unknown function 'frobnicate'");
        assertThat(problems(lesson("## Exercise: Q\ngoal: max(det, 1) > 0\n"))).singleElement().asString()
                .startsWith(FILE + ":7: goal 'max(det, 1) > 0': unknown function 'max'");
    }

    @Test
    void duplicateAndEmptyDirectivesAndSetInExercise() {
        assertThat(problems(lesson("## Exercise:\nanswer: 1\nanswer: 2\nhint:\nset: u = [1, 1]\n"))).containsExactly(
                FILE + ":6: exercise heading has no title",
                FILE + ":8: more than one 'answer:' in this exercise",
                FILE + ":9: 'hint:' has no value",
                FILE + ":10: 'set:' belongs to a step; an exercise has answer: or goal:");
    }

    @Test
    void unterminatedMath() {
        assertThat(problems(lesson("Intro\nwith $x + 1 open\n"))).containsExactly(
                FILE + ":7: unterminated math: '$' is not closed on the same line (write \\$ for a dollar sign)");
        assertThat(problems(lesson("## Step: One\nText\n\n$$\nx^2\n"))).containsExactly(
                FILE + ":9: unterminated display math: '$$' is never closed (write \\$ for a dollar sign)");
        assertThat(problems(lesson("## Step: The $x\n"))).containsExactly(
                FILE + ":6: unterminated math: '$' is not closed on the same line (write \\$ for a dollar sign)");
    }

    @Test
    void dollarsInCodeOrEscapedAreNotMath() {
        LessonParser.Result r = parse(lesson("It costs \\$5 and `echo $HOME`.\n```\nprice = $3\n```\n$$\na\n$$\n"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void syntaxOnlyContextSkipsPaneChecks() {
        LessonParser.Result r = new LessonParser(LessonContext.SYNTAX_ONLY).parse(FILE,
                "---\nid: x\ntitle: T\nexplorable: anything\nparams:\n  w: what\n---\n## Exercise: Q\ngoal: foo > 1\n", "s", "S");
        assertThat(r.problems()).isEmpty();
        assertThat(r.lesson()).isPresent();
    }

    @Test
    void aFailingContextBecomesAProblemNotAnException() {
        LessonContext broken = new LessonContext() {
            @Override
            public Optional<PaneInfo> pane(String explorableId) {
                throw new IllegalStateException("catalog not ready");
            }

            @Override
            public Optional<String> checkExpression(String text) {
                return Optional.empty();
            }
        };
        LessonParser.Result r = new LessonParser(broken).parse(FILE, SAMPLE, "s", "S");
        assertThat(r.lesson()).isEmpty();
        assertThat(r.problems()).extracting(LessonProblem::toString).containsExactly(
                FILE + ":1: could not read this lesson: java.lang.IllegalStateException: catalog not ready");
    }

    @Test
    void windowsLineEndingsAndByteOrderMark() {
        LessonParser.Result r = parse("\uFEFF" + SAMPLE.replace("\n", "\r\n"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.lesson().orElseThrow().exercises()).hasSize(2);
    }
}
