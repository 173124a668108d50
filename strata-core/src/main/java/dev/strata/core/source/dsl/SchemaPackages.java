package dev.strata.core.source.dsl;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The top-level classes of a package on a class path ({@code --schema-class com.acme.db.*}): what a Maven
 * project's build compiled into {@code target/classes} or a jar, so a schema of many classes need not be listed.
 */
final class SchemaPackages {
    private SchemaPackages() {
    }

    /** Whether {@code name} asks for a whole package ({@code com.acme.db.*}). */
    static boolean isPackage(String name) {
        return name.endsWith(".*");
    }

    /** The package's top-level classes in name order; refuses a package with none on the class path. */
    static List<String> classes(String pattern, List<Path> classpath) {
        String pkg = pattern.substring(0, pattern.length() - 2);
        String folder = pkg.replace('.', '/');
        TreeSet<String> found = new TreeSet<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                fromFolder(entry.resolve(folder), pkg, found);
            } else if (Files.isRegularFile(entry)) {
                fromJar(entry, folder, pkg, found);
            }
        }
        if (found.isEmpty()) {
            throw new StrataException.Input(Problem.of("dsl.package-empty", "no compiled class of package " + pkg
                    + " is on the class path (" + classpath + ")", "build the project first (mvn compile), or fix "
                    + "the package name or --classpath"));
        }
        return List.copyOf(found);
    }

    private static void fromFolder(Path dir, String pkg, TreeSet<String> found) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(SchemaPackages::isTopLevelClass)
                    .forEach(f -> found.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fromJar(Path jar, String folder, String pkg, TreeSet<String> found) {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/"))
                    .map(n -> n.substring(folder.length() + 1)).filter(n -> !n.contains("/") && isTopLevelClass(n))
                    .forEach(n -> found.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("schema.classpath-unreadable", jar, 0,
                    "cannot be read as a jar: " + e.getMessage(), "put folders or jar files on --classpath"), e);
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }
}
