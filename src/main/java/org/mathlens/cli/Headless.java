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

    /**
     * Whether the window can open this argument: a lesson folder, or a scene file that reads
     * and whose values its pane takes; otherwise one sentence on err.
     */
    public boolean opens(Path target) {
        if (java.nio.file.Files.isDirectory(target)) {
            return true;
        }
        if (!java.nio.file.Files.exists(target)) {
            err.println(target + ": no such file or folder (give a saved scene .json or a lesson folder)");
            return false;
        }
        return prepared(null, target, List.of()).isPresent();
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
        return readouts(id, null, sets);
    }

    /** {@code --readouts [ID] [--scene FILE] [--set NAME=VALUE]...}: the scene's values first, then the sets. */
    public int readouts(String id, Path scene, List<String> sets) {
        Optional<Explorable> pane = prepared(id, scene, sets);
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
        return snapshot(id, null, file, size, sets, dark);
    }

    public int snapshot(String id, Path sceneFile, Path file, String size, List<String> sets, boolean dark) {
        int[] wh = parseSize(size);
        if (wh == null) {
            err.println("--size must look like 1200x800, not " + size);
            return FAILED;
        }
        Optional<Explorable> pane = prepared(id, sceneFile, sets);
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

    /**
     * {@code --gif [ID] --out F.gif [--scene FILE] [--seconds S] [--fps N] [--size WxH] [--set ...] [--theme dark]}:
     * the pane's own play from its state, looping; a pane that does not play says so.
     */
    public int gif(String id, Path scene, Path file, String seconds, String fps, String size, List<String> sets, boolean dark) {
        int[] wh = parseSize(size == null ? "800x500" : size);
        if (wh == null) {
            err.println("--size must look like 800x500, not " + size);
            return FAILED;
        }
        double s = number(seconds, 4);
        double f = number(fps, 15);
        if (!(s > 0 && s <= 60)) {
            err.println("--seconds must be a number from 0 to 60, not " + seconds);
            return FAILED;
        }
        if (!(f >= 1 && f <= 50 && f == Math.rint(f))) {
            err.println("--fps must be a whole number from 1 to 50, not " + fps);
            return FAILED;
        }
        int frames = Math.max(1, (int) Math.round(s * f));
        Optional<Explorable> pane = prepared(id, scene, sets);
        if (pane.isEmpty()) {
            return FAILED;
        }
        if (pane.get().animation().isEmpty()) {
            err.println("'" + pane.get().id() + "' does not play, so it has no animation to export; --snapshot or --svg take its picture");
            return FAILED;
        }
        Toolkit.startHeadless();
        org.mathlens.kit.Recording recording = Toolkit.onFx(() -> {
            Looks.apply(dark);
            return org.mathlens.kit.Recording.of(pane.get(), wh[0], wh[1], (int) f).orElseThrow();
        });
        try {
            org.mathlens.explorable.SafeFiles.writeAtomically(file, out -> {
                try (org.mathlens.kit.GifWriter gif = new org.mathlens.kit.GifWriter(out, (int) f)) {
                    for (int i = 0; i < frames; i++) {
                        Toolkit.awaitFormulas();
                        gif.add(Toolkit.onFx(recording::frame));
                    }
                }
            });
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        return OK;
    }

    /** {@code --svg [ID] --out F.svg [--scene FILE] [--size WxH] [--set ...] [--theme dark]}: the pane as vectors, text as text. */
    public int svg(String id, Path scene, Path file, String size, List<String> sets, boolean dark) {
        int[] wh = parseSize(size);
        if (wh == null) {
            err.println("--size must look like 1200x800, not " + size);
            return FAILED;
        }
        Optional<Explorable> pane = prepared(id, scene, sets);
        if (pane.isEmpty()) {
            return FAILED;
        }
        Toolkit.startHeadless();
        PaneLayout layout = Toolkit.onFx(() -> {
            Looks.apply(dark);
            return org.mathlens.kit.Recording.laidOut(pane.get(), wh[0], wh[1]);
        });
        Toolkit.awaitFormulas();
        String svg = Toolkit.onFx(() -> {
            layout.applyCss();
            layout.layout();
            return org.mathlens.kit.SvgExport.of(layout);
        });
        try {
            org.mathlens.explorable.SafeFiles.writeStringAtomically(file, svg);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        return OK;
    }

    /** An optional number option; NaN (refused by the caller) when it is not a number. */
    private static double number(String text, double otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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
        return prepared(id, null, sets);
    }

    /**
     * The pane of the id, or of the scene file when there is one (its values applied first, then
     * the sets); empty, with one sentence on err, for a bad scene, an unknown id or a bad value.
     */
    Optional<Explorable> prepared(String id, Path scene, List<String> sets) {
        org.mathlens.explorable.SavedScene saved = null;
        if (scene != null) {
            try {
                saved = org.mathlens.explorable.SavedScene.read(scene);
            } catch (org.mathlens.explorable.SavedScene.SceneException e) {
                err.println(e.getMessage());
                return Optional.empty();
            }
            if (id != null && !id.equals(saved.explorable())) {
                err.println(scene.getFileName() + " is a scene of '" + saved.explorable() + "', not of '" + id + "'");
                return Optional.empty();
            }
            id = saved.explorable();
        }
        if (id == null) {
            err.println("name an explorable (--list shows them all) or give --scene FILE");
            return Optional.empty();
        }
        Optional<Explorable> pane = Catalog.create(id);
        if (pane.isEmpty() && saved != null) {
            err.println(scene.getFileName() + ": no pane '" + id + "' in this version");
            return Optional.empty();
        }
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
        if (saved != null) {
            try {
                saved.applyTo(pane.get());
            } catch (org.mathlens.explorable.SavedScene.SceneException e) {
                err.println(scene.getFileName() + ": " + e.getMessage());
                return Optional.empty();
            }
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
