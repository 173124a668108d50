package dev.strata.core.source.dsl;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles schema {@code .java} files in-process with the JDK's compiler, against the classes the DSL itself was
 * loaded from (a {@code target/classes} folder or the Strata jar), so no build tool is needed.
 */
final class SchemaCompiler {
    private SchemaCompiler() {
    }

    /** Compiles {@code sources} into {@code out}; a compile error becomes one input error listing every error. */
    static void compile(List<Path> sources, Path out) {
        compile(ToolProvider.getSystemJavaCompiler(), sources, out);
    }

    /** As {@link #compile(List, Path)} with the given compiler; {@code null} is a runtime without one (a JRE). */
    static void compile(JavaCompiler compiler, List<Path> sources, Path out) {
        if (compiler == null) {
            throw new StrataException.Input(Problem.of("dsl.no-compiler",
                    "Java schema files need a Java compiler, and this Java runtime (" + System.getProperty("java.home")
                            + ") has none",
                    "run Strata with a JDK 17 or later (not a JRE), or compile the schema with your build and load "
                            + "it with JavaSchemaSource.fromClasses"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", classpath(), "-proc:none",
                    "-encoding", "UTF-8", "-implicit:class", "-nowarn");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw failure(diagnostics.getDiagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StrataException failure(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = new ArrayList<>();
        Path firstFile = null;
        int firstLine = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
            if (firstFile == null && file != null) {
                firstFile = file;
                firstLine = (int) d.getLineNumber();
            }
            String where = file == null ? "" : file + ":" + d.getLineNumber() + ": ";
            lines.add(where + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
        }
        String message = "the Java schema does not compile (" + lines.size() + (lines.size() == 1 ? " error)" : " errors)");
        return new StrataException.Input(new Problem("dsl.compile-error", firstFile, firstLine, null, null, message,
                String.join("\n", lines), "correct the Java errors listed; schema classes use the DSL through "
                + "import static dev.strata.core.source.dsl.Dsl.*", null));
    }

    /** Where the DSL and the model come from: a classes folder in tests, the Strata jar in the CLI. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(Dsl.class, dev.strata.core.model.Schema.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                entries.add(System.getProperty("java.class.path"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
