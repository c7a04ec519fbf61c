package org.mathlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house's layers, read from the sources' package and import lines:
 * math ← explorable ← kit ← explorables ← lesson / app / cli ← Main. Nothing imports upward,
 * no two packages import each other (even through others), and no pane section imports another.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?(org\\.mathlens[\\w.]*?)(?:\\.[A-Z][\\w.]*)?(?:\\.\\*)?\\s*;");

    @Test
    void noPackageImportsAHigherLayer() {
        List<String> upward = new ArrayList<>();
        graph().forEach((from, targets) -> targets.forEach(to -> {
            if (layer(to) > layer(from)) {
                upward.add(from + " -> " + to);
            }
        }));
        assertThat(upward).as("imports that go up a layer").isEmpty();
    }

    @Test
    void noPaneSectionImportsAnother() {
        List<String> across = new ArrayList<>();
        graph().forEach((from, targets) -> targets.forEach(to -> {
            String a = section(from);
            String b = section(to);
            if (a != null && b != null && !a.equals(b)) {
                across.add(from + " -> " + to);
            }
        }));
        assertThat(across).as("pane sections that import another section").isEmpty();
    }

    @Test
    void packagesFormNoCycle() {
        assertThat(cycles(graph())).as("groups of packages that import each other").isEmpty();
    }

    @Test
    void theCheckSeesTheWholeHouse() {
        Map<String, Set<String>> graph = graph();
        assertThat(graph.keySet()).contains("org.mathlens.math.expr", "org.mathlens.kit",
                "org.mathlens.explorable", "org.mathlens.app", "org.mathlens.cli");
        assertThat(graph.get("org.mathlens.kit")).contains("org.mathlens.explorable");
    }

    @Test
    void tarjanFindsACycleItIsGiven() {
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("a", new TreeSet<>(Set.of("b")));
        g.put("b", new TreeSet<>(Set.of("c")));
        g.put("c", new TreeSet<>(Set.of("a")));
        g.put("d", new TreeSet<>(Set.of("a")));
        assertThat(cycles(g)).containsExactly(List.of("a", "b", "c"));
    }

    /** 0 math, 1 explorable, 2 kit, 3 explorables, 4 lesson/app/cli, 5 the entry point. */
    static int layer(String pkg) {
        String rest = pkg.equals("org.mathlens") ? "" : pkg.substring("org.mathlens.".length());
        String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return switch (top) {
            case "math" -> 0;
            case "explorable" -> 1;
            case "kit" -> 2;
            case "explorables" -> 3;
            case "lesson", "app", "cli" -> 4;
            case "" -> 5;
            default -> throw new AssertionError("package " + pkg + " has no layer: add it to LayeringTest");
        };
    }

    private static String section(String pkg) {
        String prefix = "org.mathlens.explorables.";
        if (!pkg.startsWith(prefix)) {
            return null;
        }
        String rest = pkg.substring(prefix.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** Package → the other org.mathlens packages its files import. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String text = read(p);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    return;
                }
                String from = pm.group(1);
                Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher im = IMPORT.matcher(text);
                while (im.find()) {
                    if (!im.group(1).equals(from)) {
                        targets.add(im.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Tarjan's strongly connected components; every component of two or more is a cycle. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component.stream().sorted().toList());
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
