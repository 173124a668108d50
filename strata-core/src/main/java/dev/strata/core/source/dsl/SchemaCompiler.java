package dev.strata.core.source.dsl;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import org.eclipse.jdt.internal.compiler.impl.CompilerOptions;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
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
 * Compiles schema {@code .java} files in-process against the classes the DSL itself was loaded from (a
 * {@code target/classes} folder or the Strata jar), so no build tool is needed. The compiler is the Eclipse
 * compiler (ECJ): it runs on a JRE as well as a JDK, and compiles a large schema in well under half javac's time
 * when both start cold (5,000 tables: 1.6–1.8 s against 4.0–4.4 s, {@code bench/generate/README.md}).
 */
final class SchemaCompiler {
    /**
     * ECJ indexes every package of every JDK module before its first compile (about 0.7 s). Schema files need only
     * {@code java.base}, so only the modules a schema could plausibly use are indexed; a user's own setting wins.
     */
    private static final String JDK_MODULES_PROPERTY = "modules.to.load";
    private static final String JDK_MODULES = "java.base,java.sql,java.logging";

    private SchemaCompiler() {
    }

    /** Compiles {@code sources} into {@code out}; a compile error becomes one input error listing every error. */
    static void compile(List<Path> sources, Path out) {
        if (System.getProperty(JDK_MODULES_PROPERTY) == null) {
            System.setProperty(JDK_MODULES_PROPERTY, JDK_MODULES);
        }
        JavaCompiler compiler = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            String release = javaRelease();
            List<String> options = List.of("-d", out.toString(), "-classpath", classpath(), "-proc:none",
                    "-encoding", "UTF-8", "-source", release, "-target", release, "-nowarn");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            StringWriter printed = new StringWriter();
            boolean ok = compiler.getTask(printed, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw failure(diagnostics.getDiagnostics(), printed.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running Java's language level, or the newest the compiler knows when Java is newer than the compiler. */
    private static String javaRelease() {
        int running = Runtime.version().feature();
        int newestKnown = Integer.parseInt(CompilerOptions.getLatestVersion());
        return String.valueOf(Math.min(running, newestKnown));
    }

    private static StrataException failure(List<Diagnostic<? extends JavaFileObject>> diagnostics, String printed) {
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
            lines.add(where + simpleNames(d.getMessage(Locale.ROOT).lines().findFirst().orElse("")));
        }
        if (lines.isEmpty()) {
            lines.add(printed.strip());
        }
        String message = "the Java schema does not compile (" + lines.size() + (lines.size() == 1 ? " error)" : " errors)");
        return new StrataException.Input(new Problem("dsl.compile-error", firstFile, firstLine, null, null, message,
                String.join("\n", lines), "correct the Java errors listed; schema classes use the DSL through "
                + "import static dev.strata.core.source.dsl.Dsl.*", null));
    }

    /** The compiler names types in full; the DSL's and java.lang's read better by their simple names. */
    private static String simpleNames(String message) {
        return message.replace(Dsl.class.getPackageName() + ".", "").replace("java.lang.", "");
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
