package org.mathlens;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.mathlens.cli.Bench;
import org.mathlens.cli.Headless;

/**
 * The entry point: no argument opens the window; the options of the headless command-line
 * contract (DESIGN.md) run without any display. This class does not extend Application, so
 * {@code java -jar} works with JavaFX on the plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // any thread (the JDK's preferences timer, a worker) that dies says one sentence, not a trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println(lastWords(e)));
        int code;
        try {
            code = run(List.of(args));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // the last line of defence: a person sees one sentence, never a stack trace
            System.err.println(lastWords(e));
            code = Headless.FAILED;
        }
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** One sentence for a failure nothing else caught. */
    static String lastWords(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "mathlens: out of memory: the values asked for are too large for this computer";
        }
        if (e instanceof StackOverflowError) {
            return "mathlens: the input is nested too deeply";
        }
        return "mathlens: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
    }

    /** Runs one command; returns its exit code, or -1 when the window was opened and the app keeps running. */
    static int run(List<String> args) {
        Headless headless = new Headless(System.out, System.err);
        if (args.isEmpty()) {
            org.mathlens.app.MathlensApp.launchWindow(new String[0]);
            return -1;
        }
        String command = args.get(0);
        if (!command.startsWith("-")) {
            // a saved scene or a lesson folder: checked here so a bad one is one sentence and exit 2, not a window
            return headless.opens(Path.of(command)) ? org.mathlens.app.MathlensApp.launchWindowWith(command) : Headless.FAILED;
        }
        String id = args.size() > 1 && !args.get(1).startsWith("--") ? args.get(1) : null;
        Path scene = first(args, "--scene") == null ? null : Path.of(first(args, "--scene"));
        boolean dark = "dark".equals(first(args, "--theme"));
        switch (command) {
            case "--list":
                return headless.list();
            case "--eval":
                return headless.eval(option(args, "--eval"));
            case "--readouts":
                return id == null && scene == null ? usage() : headless.readouts(id, scene, option(args, "--set"));
            case "--snapshot":
                return (id == null && scene == null) || first(args, "--out") == null ? usage()
                        : headless.snapshot(id, scene, Path.of(first(args, "--out")), first(args, "--size"), option(args, "--set"), dark);
            case "--svg":
                return (id == null && scene == null) || first(args, "--out") == null ? usage()
                        : headless.svg(id, scene, Path.of(first(args, "--out")), first(args, "--size"), option(args, "--set"), dark);
            case "--gif":
                return (id == null && scene == null) || first(args, "--out") == null ? usage()
                        : headless.gif(id, scene, Path.of(first(args, "--out")), first(args, "--seconds"), first(args, "--fps"),
                                first(args, "--size"), option(args, "--set"), dark);
            case "--check-lessons":
                return headless.checkLessons(args.size() > 1 ? args.get(1) : null);
            case "--bench":
                return new Bench(System.out, System.err).run(args.subList(1, args.size()));
            case "--bench-window":
                return org.mathlens.app.WindowBench.launch(args.subList(1, args.size()), System.out, System.err);
            case "--startup-probe":
                org.mathlens.app.MathlensApp.launchProbe();
                return -1;
            case "--help":
            case "-h":
                usage();
                return Headless.OK;
            default:
                return usage();
        }
    }

    private static List<String> option(List<String> args, String name) {
        return Headless.all(args, name);
    }

    /** The first value of an option, or null. */
    private static String first(List<String> args, String name) {
        List<String> values = Headless.all(args, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static int usage() {
        System.err.println(String.join(System.lineSeparator(), Arrays.asList(
                "usage: java -jar mathlens.jar [command]",
                "  (no command)                                   open the window",
                "  FILE.json | LESSON-FOLDER                      open the window on a saved scene or a lesson folder",
                "  --list                                         list every explorable",
                "  --eval EXPR [--eval EXPR]...                   evaluate the math language",
                "  --snapshot ID --out F.png [--size WxH] [--set NAME=VALUE]... [--theme dark]",
                "  --readouts ID [--set NAME=VALUE]...            print a pane's readouts",
                "  --svg ID --out F.svg [--size WxH] [--set NAME=VALUE]... [--theme dark]",
                "  --gif ID --out F.gif [--seconds S] [--fps N] [--size WxH] [--set NAME=VALUE]...",
                "  (--snapshot, --readouts, --svg and --gif take --scene FILE.json in place of, or with, the ID)",
                "  --bench [ID...]                                time each pane's scripted interaction",
                "  --bench-window [ID...] [--size WxH] [--pulses N] frame times in the real window, painting included",
                "  --check-lessons [DIR]                          validate lesson files")));
        return Headless.FAILED;
    }
}
