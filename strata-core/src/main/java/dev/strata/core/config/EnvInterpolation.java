package dev.strata.core.config;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${VAR}} and {@code ${VAR:-default}} in configuration values; {@code $${} keeps a literal {@code ${}. */
final class EnvInterpolation {
    private static final Pattern REF = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> env;
    private final Path file;

    EnvInterpolation(Map<String, String> env, Path file) {
        this.env = env;
        this.file = file;
    }

    String apply(String value, String key) {
        Matcher m = REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$${")) {
                replacement = "${";
            } else {
                String v = env.get(m.group(1));
                if (v == null || v.isEmpty()) {
                    if (m.group(2) == null) {
                        throw new StrataException.Input(Problem.inFile("config.unset-variable", file, 0,
                                key + " uses ${" + m.group(1) + "}, which is not set",
                                "export " + m.group(1) + "=..., or write ${" + m.group(1) + ":-default} in " + file.getFileName()));
                    }
                    v = m.group(2);
                }
                replacement = v;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
