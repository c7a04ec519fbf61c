package org.mathlens.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All lessons of a lessons folder, grouped by section, plus the problems of the files that did not
 * load. A broken file is reported and skipped; the others still load. Loading never throws.
 */
public final class LessonLibrary {

    /** Where the built-in lessons live on the class path (from the repository's {@code lessons/} folder). */
    public static final String BUILT_IN_FOLDER = "lessons";

    private static final String SECTION_FILE = "section.md";

    /** A long lesson is some tens of KB; this bounds what a broken or hostile file can cost (a 3 GB file). */
    static final int MAX_BYTES = 2 << 20;

    private final List<Section> sections;
    private final List<Lesson> all;
    private final List<LessonProblem> problems;

    private LessonLibrary(List<Section> sections, List<LessonProblem> problems) {
        this.sections = List.copyOf(sections);
        this.all = sections.stream().flatMap(s -> s.lessons().stream()).toList();
        this.problems = List.copyOf(problems);
    }

    /** Sections in folder-name order, each with its lessons in file-name order. */
    public List<Section> sections() {
        return sections;
    }

    /** Every lesson, section by section. */
    public List<Lesson> all() {
        return all;
    }

    public Optional<Lesson> byId(String id) {
        return all.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The first lesson (in library order) that drives this explorable. */
    public Optional<Lesson> forExplorable(String explorableId) {
        return all.stream().filter(l -> l.explorable().equals(explorableId)).findFirst();
    }

    /** What was wrong with the files that were skipped, in file order. */
    public List<LessonProblem> problems() {
        return problems;
    }

    /**
     * Loads {@code root/<section>/<lesson>.md}. Problems name files relative to the root's parent,
     * e.g. {@code lessons/01-vectors-and-matrices/01-vectors.md}.
     */
    public static LessonLibrary load(Path root, LessonContext context) {
        return new Loader(root, context).load();
    }

    /** The lessons shipped in the app: the {@code lessons/} folder on the class path, in a jar or not. */
    public static LessonLibrary loadBuiltIn(LessonContext context) {
        return loadBuiltIn(LessonLibrary.class.getClassLoader(), context);
    }

    /** Like {@link #loadBuiltIn(LessonContext)} from a given class loader (tests load from a jar this way). */
    public static LessonLibrary loadBuiltIn(ClassLoader loader, LessonContext context) {
        URL url = loader.getResource(BUILT_IN_FOLDER);
        if (url == null) {
            return failed(BUILT_IN_FOLDER + ": no built-in lessons on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return load(Path.of(uri), context);
            }
            // jar:file:/.../mathlens.jar!/lessons — open the jar as a file system to walk it
            String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
            URI jarUri = URI.create(jar);
            FileSystem opened = null;
            FileSystem fs;
            try {
                fs = opened = FileSystems.newFileSystem(jarUri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(jarUri);
            }
            try {
                return load(fs.getPath("/" + BUILT_IN_FOLDER), context);
            } finally {
                if (opened != null) {
                    opened.close();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return failed(BUILT_IN_FOLDER + ": cannot open the built-in lessons: " + e);
        }
    }

    private static LessonLibrary failed(String message) {
        return new LessonLibrary(List.of(), List.of(new LessonProblem(BUILT_IN_FOLDER, 1, message)));
    }

    /** Walks one lessons folder; one instance per load. */
    private static final class Loader {
        private final Path root;
        private final LessonParser parser;
        private final List<LessonProblem> problems = new ArrayList<>();
        private final Map<String, String> sourceOfId = new HashMap<>();

        Loader(Path root, LessonContext context) {
            this.root = root;
            this.parser = new LessonParser(context);
        }

        LessonLibrary load() {
            List<Section> sections = new ArrayList<>();
            // lessons straight in the folder opened (a teacher's flat folder) form a section of their own;
            // a Markdown file there without front matter (a README, FORMAT.md) is not a lesson
            List<Lesson> top = new ArrayList<>();
            String topTitle = titleFromFolderName(name(root));
            List<Path> topFiles = Files.isDirectory(root) ? sorted(root, p -> isLessonFile(p) && startsWithFrontMatter(p)) : List.of();
            for (Path file : topFiles) {
                loadLesson(file, root, topTitle).ifPresent(top::add);
            }
            if (!top.isEmpty()) {
                sections.add(new Section(name(root), topTitle, top));
            }
            for (Path folder : sorted(root, Files::isDirectory)) {
                List<Lesson> lessons = new ArrayList<>();
                String title = sectionTitle(folder);
                for (Path file : sorted(folder, this::isLessonFile)) {
                    loadLesson(file, folder, title).ifPresent(lessons::add);
                }
                if (!lessons.isEmpty()) {
                    sections.add(new Section(name(folder), title, lessons));
                }
            }
            return new LessonLibrary(sections, problems);
        }

        private Optional<Lesson> loadLesson(Path file, Path folder, String sectionTitle) {
            String source = displayName(file);
            String text;
            try {
                text = org.mathlens.explorable.SafeFiles.readUtf8(file, MAX_BYTES);
            } catch (IOException e) {
                problems.add(new LessonProblem(source, 1, "the file " + e.getMessage()));
                return Optional.empty();
            }
            LessonParser.Result result = parser.parse(source, text, name(folder), sectionTitle);
            problems.addAll(result.problems());
            Optional<Lesson> lesson = result.lesson();
            if (lesson.isPresent()) {
                String first = sourceOfId.putIfAbsent(lesson.get().id(), source);
                if (first != null) {
                    problems.add(new LessonProblem(source, result.idLine(),
                            "duplicate id '" + lesson.get().id() + "' (already used by " + first + ")"));
                    return Optional.empty();
                }
            }
            return lesson;
        }

        private static boolean startsWithFrontMatter(Path p) {
            try (java.io.InputStream in = Files.newInputStream(p)) {
                String head = new String(in.readNBytes(8), StandardCharsets.ISO_8859_1);
                // UTF-16 files too, so they are reported as not UTF-8 rather than passed over
                return head.startsWith("---") || head.startsWith("\u00ef\u00bb\u00bf---")
                        || head.startsWith("\u00ff\u00fe") || head.startsWith("\u00fe\u00ff");
            } catch (IOException | RuntimeException e) {
                return true; // it is then reported as unreadable, not skipped
            }
        }

        private boolean isLessonFile(Path p) {
            String n = name(p);
            return Files.isRegularFile(p) && n.toLowerCase(Locale.ROOT).endsWith(".md") && !n.equals(SECTION_FILE);
        }

        private List<Path> sorted(Path folder, java.util.function.Predicate<Path> keep) {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> !name(p).startsWith(".")).filter(keep)
                        .sorted((a, b) -> name(a).compareTo(name(b))).toList();
            } catch (IOException | RuntimeException e) {
                problems.add(new LessonProblem(displayName(folder), 1, "cannot list the folder: " + e.getMessage()));
                return List.of();
            }
        }

        /** {@code title:} from the folder's section.md, else the folder name made readable. */
        private String sectionTitle(Path folder) {
            Path file = folder.resolve(SECTION_FILE);
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : org.mathlens.explorable.SafeFiles.readUtf8(file, MAX_BYTES).lines().toList()) {
                        String s = line.strip();
                        if (s.regionMatches(true, 0, "title:", 0, 6) && s.length() > 6) {
                            return s.substring(6).strip();
                        }
                    }
                } catch (IOException e) {
                    problems.add(new LessonProblem(displayName(file), 1, "the file " + e.getMessage()));
                }
            }
            return titleFromFolderName(name(folder));
        }

        /** The path relative to the root's parent: {@code lessons/01-x/01-y.md}. */
        private String displayName(Path p) {
            String relative = root.relativize(p).toString().replace('\\', '/');
            Path rootName = root.getFileName();
            if (rootName == null || relative.isEmpty()) {
                return rootName == null ? relative : name(root);
            }
            return name(root) + "/" + relative;
        }
    }

    /** {@code 01-vectors-and-matrices} becomes {@code Vectors and matrices}. */
    static String titleFromFolderName(String folder) {
        String words = folder.replaceFirst("^\\d+[-_ ]*", "").replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return folder;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().replace("/", "");
    }
}
