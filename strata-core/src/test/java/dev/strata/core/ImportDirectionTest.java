package dev.strata.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Data flows one way through core (STYLE.md section 1): an import that runs backwards fails the build. */
class ImportDirectionTest {
    private static final Path MAIN = Path.of("src/main/java/dev/strata/core");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.strata\\.core(?:\\.(\\w+))?|java\\.sql)\\.", Pattern.MULTILINE);

    /** For each package, the Strata packages it may import ("" = dev.strata.core itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("script", Set.of("script")),
            Map.entry("folder", Set.of("", "folder")),
            Map.entry("config", Set.of("", "config")),
            Map.entry("apply", Set.of("", "apply", "script", "folder")),
            Map.entry("embedded", Set.of("", "embedded", "config")),
            Map.entry("inspect", Set.of("", "inspect", "config", "model")),
            Map.entry("model", Set.of("model")),
            Map.entry("check", Set.of("", "check", "folder", "apply")),
            Map.entry("source", Set.of("", "source", "model", "script", "config", "inspect")),
            Map.entry("diff", Set.of("diff", "model")),
            Map.entry("lint", Set.of("lint", "check", "script", "folder")),
            Map.entry("plan", Set.of("plan", "diff", "model")),
            Map.entry("render", Set.of("render", "plan", "diff", "model")));

    private static final Set<String> MAY_USE_JDBC = Set.of("", "apply", "embedded", "config", "shadow", "inspect", "source");

    @Test
    void importsPointDownTheDataFlow() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = packageOf(file);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(0).startsWith("import java.sql") || m.group(0).startsWith("import static java.sql")) {
                        if (!MAY_USE_JDBC.contains(pkg)) {
                            violations.add(file + " uses JDBC");
                        }
                        continue;
                    }
                    String target = m.group(2) == null || Character.isUpperCase(m.group(2).charAt(0)) ? "" : m.group(2);
                    Set<String> allowed = ALLOWED.get(pkg);
                    if (allowed != null && !allowed.contains(target)) {
                        violations.add(file + " imports dev.strata.core." + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file.getParent());
        return rel.toString().isEmpty() ? "" : rel.getName(0).toString();
    }
}
