import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;

/**
 * Trims a library jar for the installers, in one of two ways:
 * <ul>
 * <li>{@code java packaging/TrimJar.java LIBRARY.jar OUT.jar USER.jar...} keeps only the classes that the user
 *     jars reach (by jdeps, class by class, for Java 17): Bouncy Castle is 7 MB, of which the app uses Argon2
 *     (a few hundred classes).</li>
 * <li>{@code java packaging/TrimJar.java --drop FOLDER,FOLDER... LIBRARY.jar OUT.jar} keeps everything but the
 *     entries under those folders: for a library that finds its classes by name (XMLBeans' schema types in
 *     poi-ooxml-lite), where a class closure would miss them, but whole document kinds are never used.</li>
 * </ul>
 * The trimmed jar is a plain jar: no module descriptor, no signature (both would speak of classes that are
 * gone); for a class the jar has in versions (multi-release), the one Java 17 would load. The packaged
 * {@code --self-test} then proves nothing the app uses is missing.
 */
public final class TrimJar {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--drop")) {
            dropFolders(List.of(args[1].split(",")), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Set<String>> uses = classUses(in, null);
        List<String> users = List.of(args).subList(2, args.length);
        String modulePath = in + File.pathSeparator + String.join(File.pathSeparator, users);
        Set<String> roots = new HashSet<>();
        for (String user : users) {
            classUses(Path.of(user), modulePath).values().forEach(roots::addAll);
        }
        roots.retainAll(uses.keySet());
        Set<String> kept = reachable(uses, List.copyOf(roots));
        int written = 0;
        try (JarFile jar = new JarFile(in.toFile(), false, JarFile.OPEN_READ, Runtime.version());
                OutputStream file = Files.newOutputStream(out);
                JarOutputStream trimmed = new JarOutputStream(file, manifest())) {
            for (String className : kept) {
                JarEntry entry = jar.getJarEntry(className.replace('.', '/') + ".class");
                if (entry == null) {
                    throw new IllegalStateException(className + " is reached but not in " + in);
                }
                trimmed.putNextEntry(new JarEntry(className.replace('.', '/') + ".class"));
                try (InputStream bytes = jar.getInputStream(entry)) {
                    bytes.transferTo(trimmed);
                }
                trimmed.closeEntry();
                written++;
            }
        }
        System.out.println(in.getFileName() + ": " + written + " classes kept, " + Files.size(in) / 1024 + " KB -> "
                + Files.size(out) / 1024 + " KB");
    }

    private static void dropFolders(List<String> folders, Path in, Path out) throws IOException {
        int kept = 0;
        int dropped = 0;
        try (JarFile jar = new JarFile(in.toFile(), false, JarFile.OPEN_READ, Runtime.version());
                OutputStream file = Files.newOutputStream(out);
                JarOutputStream trimmed = new JarOutputStream(file, manifest())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                boolean drop = folders.stream().anyMatch(folder -> name.startsWith(folder.endsWith("/")
                        ? folder : folder + "/"));
                if (name.startsWith("META-INF/versions/") && name.endsWith(".class")
                        && !name.endsWith("/module-info.class")) {
                    throw new IllegalStateException(in + " has classes by Java version: trim it by classes");
                }
                if (drop || entry.isDirectory() || name.equals(JarFile.MANIFEST_NAME)
                        || name.endsWith("module-info.class") || name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    dropped += drop ? 1 : 0;
                    continue;
                }
                trimmed.putNextEntry(new JarEntry(name));
                try (InputStream bytes = jar.getInputStream(entry)) {
                    bytes.transferTo(trimmed);
                }
                trimmed.closeEntry();
                kept++;
            }
        }
        System.out.println(in.getFileName() + ": " + kept + " entries kept, " + dropped + " dropped, "
                + Files.size(in) / 1024 + " KB -> " + Files.size(out) / 1024 + " KB");
    }

    /**
     * Which classes each class of the jar uses, as jdeps finds them for Java 17; a modular jar that requires the
     * library finds it on the module path.
     */
    private static Map<String, Set<String>> classUses(Path jar, String modulePath) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<String> options = new ArrayList<>(List.of("--multi-release", "17", "-verbose:class",
                "-filter:none", "--ignore-missing-deps"));
        if (modulePath != null) {
            options.addAll(List.of("--module-path", modulePath));
        }
        options.add(jar.toString());
        int status = jdeps.run(new PrintStream(text, true, StandardCharsets.UTF_8), System.err,
                options.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jdeps failed on " + jar);
        }
        Map<String, Set<String>> uses = new HashMap<>();
        for (String line : text.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!Character.isWhitespace(line.isEmpty() ? 'x' : line.charAt(0))) {
                continue; // a summary line (jar -> module), not a class's
            }
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[1].equals("->")) {
                uses.computeIfAbsent(words[0], ignored -> new HashSet<>()).add(words[2]);
            }
        }
        return uses;
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, List<String> roots) {
        Set<String> seen = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(roots);
        while (!next.isEmpty()) {
            String className = next.pop();
            if (seen.add(className)) {
                next.addAll(uses.getOrDefault(className, Set.of()));
            }
        }
        // only the jar's own classes (those jdeps read), not the JDK's they use
        seen.retainAll(uses.keySet());
        return seen;
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }
}
