package dev.strata.core;

import dev.strata.core.model.Schema;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.source.dsl.JavaSchemaSource;
import dev.strata.core.source.sql.SqlFileSource;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Finds and loads the schema as code: {@code .java} files, a {@code .sql} file, or compiled classes. */
final class SchemaLoading {
    private SchemaLoading() {
    }

    static Schema fromSource(Path source, Supplier<ShadowDatabase> shadows) {
        if (source == null) {
            throw new StrataException.Input(Problem.of("schema.not-configured", "no schema source is configured",
                    "pass --schema PATH (a .java file or folder of them, or a .sql file), or set [schema] source in strata.toml"));
        }
        if (!Files.exists(source)) {
            throw new StrataException.Input(Problem.inFile("schema.not-found", source, 0, "does not exist",
                    "pass an existing .java file, folder or .sql file with --schema, or fix [schema] source in strata.toml"));
        }
        if (isSql(source)) {
            try (ShadowDatabase shadow = shadows.get(); Connection c = shadow.url().connect()) {
                return SqlFileSource.load(source, c);
            } catch (SQLException e) {
                throw Strata.closeFailure(e, "check the shadow database's server");
            }
        }
        if (Files.isDirectory(source) || source.getFileName().toString().endsWith(".java")) {
            return JavaSchemaSource.load(source);
        }
        throw new StrataException.Input(Problem.inFile("schema.unknown-kind", source, 0, "is neither a .java file, a folder nor a .sql file",
                "point --schema at the schema's .java files (or their folder) or at a .sql file"));
    }

    /** A {@code .sql} schema file: it declares extensions, domains, functions and triggers too, a Java schema cannot. */
    static boolean isSql(Path source) {
        return source != null && source.getFileName().toString().endsWith(".sql");
    }

    /** The schema declared by already compiled classes ({@code --schema-class}), found on {@code classpath}. */
    static Schema fromClasses(List<Path> classpath, List<String> classNames) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw new StrataException.Input(Problem.inFile("schema.classpath-missing", p, 0, "is on --classpath but does not exist",
                        "build the project first (mvn compile), or fix --classpath"));
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), SchemaLoading.class.getClassLoader());
        return JavaSchemaSource.fromClasses(loader, classNames, classpath);
    }
}
