package dev.strata.core.source.dsl;

import java.util.Locale;
import java.util.Set;

/** Java spelling for generated source: string literals and identifiers made from SQL names. */
final class JavaText {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "t", "s", "p");

    private JavaText() {
    }

    /** {@code text} as a Java string literal, every character kept. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A lowerCamelCase Java identifier for an SQL name: {@code created_at} → {@code createdAt}. */
    static String identifier(String sqlName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : sqlName.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : out.length() == 0
                        ? Character.toLowerCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String id = out.length() == 0 ? "x" : out.toString();
        if (Character.isDigit(id.charAt(0))) {
            id = "n" + id;
        }
        return RESERVED.contains(id) ? id + "_" : id;
    }
}
