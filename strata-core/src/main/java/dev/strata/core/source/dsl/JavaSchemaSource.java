package dev.strata.core.source.dsl;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.model.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema described by Java DSL classes: plain {@code .java} files compiled in-process ({@link #load}), or
 * classes a build already compiled ({@link #fromClasses}). Every {@code public static} field holding a DSL object
 * (table, enum, sequence, view, schema, policy, casing, raw object) contributes, in declaration order; files are
 * read in name order. Every problem is a {@link StrataException.Input} (exit 2) with a {@code dsl.*} code.
 */
public final class JavaSchemaSource {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private JavaSchemaSource() {
    }

    /**
     * Compiles the {@code .java} file, or every {@code .java} file under the folder, and assembles the schema. A
     * folder's classes that declare no schema objects (constants, helpers) are skipped.
     */
    public static Schema load(Path fileOrFolder) {
        Map<String, Path> classes = sources(fileOrFolder);
        Path out = null;
        try {
            out = Files.createTempDirectory("strata-dsl");
            SchemaCompiler.compile(new ArrayList<>(classes.values()), out);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Dsl.class.getClassLoader())) {
                // in a folder, a class of constants or helpers is fine; a file given on its own must declare objects
                return assemble(loader, classes, Files.isDirectory(fileOrFolder) ? classes.keySet() : Set.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(out);
        }
    }

    /** Assembles the schema from classes compiled elsewhere (by Maven, say), found through {@code loader}. */
    public static Schema fromClasses(ClassLoader loader, List<String> classNames) {
        return fromClasses(loader, classNames, List.of());
    }

    /**
     * As {@link #fromClasses(ClassLoader, List)}, where a name {@code com.acme.db.*} stands for every top-level class
     * of that package found on {@code classpath}; such a class declaring no schema objects (constants, helpers) is
     * skipped, while a class named on its own must declare some.
     */
    public static Schema fromClasses(ClassLoader loader, List<String> classNames, List<Path> classpath) {
        Map<String, Path> classes = new LinkedHashMap<>();
        Set<String> fromPackages = new HashSet<>();
        for (String name : classNames) {
            if (SchemaPackages.isPackage(name)) {
                for (String c : SchemaPackages.classes(name, classpath)) {
                    classes.putIfAbsent(c, null);
                    fromPackages.add(c);
                }
            } else {
                classes.put(name, null);
                fromPackages.remove(name);
            }
        }
        return assemble(loader, classes, fromPackages);
    }

    private static Schema assemble(ClassLoader loader, Map<String, Path> classes, Set<String> mayBeEmpty) {
        List<Declared> declared = new ArrayList<>();
        for (Map.Entry<String, Path> e : classes.entrySet()) {
            List<Declared> found = read(loader, e.getKey(), e.getValue());
            if (found.isEmpty() && !mayBeEmpty.contains(e.getKey())) {
                throw new StrataException.Input(new Problem("dsl.no-schema-objects", e.getValue(), 0, null, null,
                        "class " + e.getKey() + " declares no schema objects", null,
                        "declare tables, enums, sequences or views as public static final fields, e.g. "
                                + "public static final PgTable users = table(\"users\", t -> { ... });", null));
            }
            declared.addAll(found);
        }
        if (declared.isEmpty()) {
            throw new StrataException.Input(Problem.of("dsl.no-schema-objects", "the classes " + classes.keySet()
                    + " declare no schema objects", "declare tables, enums, sequences or views as public static final "
                    + "fields of a public class"));
        }
        try {
            return SchemaAssembler.assemble(declared);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Path file = classes.size() == 1 ? classes.values().iterator().next() : null;
            throw new StrataException.Input(new Problem("dsl.invalid-schema", file, 0, null, null, e.getMessage(),
                    null, "correct the schema definition", null), e);
        }
    }

    private static List<Declared> read(ClassLoader loader, String className, Path file) {
        try {
            return SchemaFields.read(Class.forName(className, true, loader));
        } catch (ClassNotFoundException e) {
            throw new StrataException.Input(Problem.of("dsl.class-not-found", "schema class " + className
                    + " was not found", "check the class name and that its folder or jar is on the class path"), e);
        } catch (IllegalAccessException e) {
            throw new StrataException.Input(new Problem("dsl.not-public", file, 0, null, null, "class " + className
                    + " is not public, so its schema fields cannot be read", null, "declare it public", null), e);
        } catch (ExceptionInInitializerError e) {
            throw DefinitionError.of(e.getCause() == null ? e : e.getCause(), className, file);
        }
    }

    /** Class name → source file, in file-name order. */
    private static Map<String, Path> sources(Path fileOrFolder) {
        if (!Files.exists(fileOrFolder)) {
            throw new StrataException.Input(Problem.inFile("dsl.not-found", fileOrFolder, 0, "does not exist",
                    "give a .java schema file or a folder of them (--schema, or schema in strata.toml)"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new StrataException.Input(Problem.inFile("dsl.no-sources", fileOrFolder, 0, "holds no .java file",
                    "put the schema classes there, one public class per file"));
        }
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(className(f), f);
        }
        return out;
    }

    private static String className(Path file) {
        try {
            Matcher m = PACKAGE.matcher(Files.readString(file));
            String simple = file.getFileName().toString().replaceFirst("\\.java$", "");
            return m.find() ? m.group(1) + "." + simple : simple;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless and must not hide the schema's own error
        }
    }

}
