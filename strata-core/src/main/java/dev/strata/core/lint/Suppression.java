package dev.strata.core.lint;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One {@code -- strata:ignore <rule-id>[,<rule-id>] <reason>} comment.
 *
 * @param rules     the rule ids it names
 * @param reason    why, or blank when the author gave none
 * @param line      the comment's line
 * @param statement index of the statement it covers; {@link #WHOLE_FILE} before the first statement, {@link #NOTHING} after the last
 */
record Suppression(Set<String> rules, String reason, int line, int statement) {
    static final String MARKER = "strata:ignore";
    static final int WHOLE_FILE = 0;
    static final int NOTHING = -1;

    Suppression {
        // in the order written: they are named back in warnings
        rules = Collections.unmodifiableSet(new LinkedHashSet<>(rules));
    }

    /**
     * Reads a comment; the statement it covers is the one the comment is inside, else the next one
     * after it, else none.
     */
    static Optional<Suppression> of(Token comment, List<LintStatement> statements) {
        String body = comment.text().replaceFirst("^(--|/\\*)\\s*", "").replaceFirst("\\s*\\*/$", "");
        if (!body.startsWith(MARKER + " ") && !body.equals(MARKER)) {
            return Optional.empty();
        }
        String[] parts = body.substring(MARKER.length()).strip().split("\\s+", 2);
        Set<String> rules = Arrays.stream(parts[0].split(",")).filter(id -> !id.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String reason = parts.length > 1 ? parts[1].strip() : "";
        return Optional.of(new Suppression(rules, reason, comment.line(), coveredStatement(comment.line(), statements)));
    }

    private static int coveredStatement(int line, List<LintStatement> statements) {
        if (statements.isEmpty() || line < statements.get(0).line()) {
            return WHOLE_FILE;
        }
        return statements.stream()
                .filter(s -> s.endLine() >= line)
                .findFirst()
                .map(LintStatement::index)
                .orElse(NOTHING);
    }

    boolean covers(String rule, LintStatement statement) {
        return rules.contains(rule) && (this.statement == WHOLE_FILE || this.statement == statement.index());
    }
}
