package dev.strata.core.folder;

/**
 * {@code meta/_journal.json} text exactly as drizzle-kit writes it ({@code JSON.stringify(journal, null, 2)},
 * no trailing newline), so that files Strata writes and files drizzle-kit writes never differ in form.
 */
public final class JournalWriter {
    private JournalWriter() {
    }

    public static String write(Journal journal) {
        StringBuilder out = new StringBuilder(128 + journal.entries().size() * 140);
        out.append("{\n  \"version\": ").append(quote(journal.version()))
                .append(",\n  \"dialect\": ").append(quote(journal.dialect()))
                .append(",\n  \"entries\": ");
        if (journal.entries().isEmpty()) {
            return out.append("[]\n}").toString();
        }
        out.append("[");
        String separator = "\n";
        for (JournalEntry e : journal.entries()) {
            out.append(separator).append("    {\n")
                    .append("      \"idx\": ").append(e.idx()).append(",\n")
                    .append("      \"version\": ").append(quote(e.version())).append(",\n")
                    .append("      \"when\": ").append(e.when()).append(",\n")
                    .append("      \"tag\": ").append(quote(e.tag())).append(",\n")
                    .append("      \"breakpoints\": ").append(e.breakpoints()).append("\n    }");
            separator = ",\n";
        }
        return out.append("\n  ]\n}").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
