package org.mathlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.mathlens.kit.Looks;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.kit.PaneLayout;
import org.mathlens.kit.Snapshots;

/**
 * The headless commands of the command-line contract (DESIGN.md): each returns its exit code
 * and writes only the documented output to {@code out}; messages for people go to {@code err}.
 */
public final class Headless {
    public static final int OK = 0;
    public static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;

    public Headless(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int list() {
        for (Explorable e : Catalog.all()) {
            out.println(e.id() + "\t" + e.title());
        }
        return OK;
    }

    /** {@code --eval EXPR [--eval EXPR]...}: one line each, in order; later lines see earlier assignments. */
    public int eval(List<String> expressions) {
        org.mathlens.math.expr.Session session = new org.mathlens.math.expr.Session();
        boolean failed = false;
        for (String e : expressions) {
            org.mathlens.math.expr.Session.Result r = session.run(e);
            out.println(oneLine(r.text()));
            failed |= !r.ok();
        }
        return failed ? FAILED : OK;
    }

    /**
     * The contract is one line per expression: a newline, an escape sequence or any other
     * control character in a value is written as an escape ({@code \n}, {@code \u001b}), never
     * sent raw to the terminal.
     */
    public static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** {@code --check-lessons [DIR]}: the built-in lessons, or a folder of section folders. */
    public int checkLessons(String dir) {
        org.mathlens.lesson.CatalogContext context = new org.mathlens.lesson.CatalogContext();
        org.mathlens.lesson.LessonLibrary library = dir == null
                ? org.mathlens.lesson.LessonLibrary.loadBuiltIn(context)
                : org.mathlens.lesson.LessonLibrary.load(Path.of(dir), context);
        library.problems().forEach(p -> out.println(oneLine(p.toString())));
        return library.problems().isEmpty() ? OK : FAILED;
    }

    /** {@code --readouts ID [--set NAME=VALUE]...} */
    public int readouts(String id, List<String> sets) {
        Optional<Explorable> pane = prepared(id, sets);
        if (pane.isEmpty()) {
            return FAILED;
        }
        for (Map.Entry<String, Reading> r : pane.get().readouts().readAll().entrySet()) {
            out.println(r.getKey() + "\t" + oneLine(r.getValue().text()));
        }
        return OK;
    }

    /** {@code --snapshot ID --out F.png [--size WxH] [--set NAME=VALUE]... [--theme light|dark]} */
    public int snapshot(String id, Path file, String size, List<String> sets, boolean dark) {
        int[] wh = parseSize(size);
        if (wh == null) {
            err.println("--size must look like 1200x800, not " + size);
            return FAILED;
        }
        Optional<Explorable> pane = prepared(id, sets);
        if (pane.isEmpty()) {
            return FAILED;
        }
        Toolkit.startHeadless();
        PaneLayout layout = Toolkit.onFx(() -> {
            Looks.apply(dark);
            PaneLayout l = new PaneLayout(pane.get());
            Scene scene = new Scene(l, wh[0], wh[1]);
            Looks.style(scene);
            l.applyCss();
            l.layout();
            return l;
        });
        Toolkit.awaitFormulas();
        WritableImage image = Toolkit.onFx(() -> {
            layout.applyCss();
            layout.layout();
            return Snapshots.render(layout, 1);
        });
        try {
            Snapshots.writePng(image, file);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        return OK;
    }

    static int[] parseSize(String size) {
        if (size == null) {
            return new int[] {1200, 800};
        }
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            return parts.length == 2 && w >= 100 && h >= 100 && w <= 8000 && h <= 8000 ? new int[] {w, h} : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The pane with the values applied; empty (and a message on err) for an unknown id or a bad value. */
    Optional<Explorable> prepared(String id, List<String> sets) {
        Optional<Explorable> pane = Catalog.create(id);
        if (pane.isEmpty()) {
            err.println("unknown explorable '" + id + "'; --list shows them all");
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                err.println("--set needs NAME=VALUE, not '" + s + "'");
                return Optional.empty();
            }
            values.put(s.substring(0, eq).trim(), s.substring(eq + 1));
        }
        try {
            pane.get().parameters().setAll(values);
        } catch (ParameterException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
        return pane;
    }

    /** The values of every repeated option, in order ({@code --set a=1 --set b=2}). */
    public static List<String> all(List<String> args, String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(option)) {
                values.add(args.get(i + 1));
            }
        }
        return values;
    }
}
