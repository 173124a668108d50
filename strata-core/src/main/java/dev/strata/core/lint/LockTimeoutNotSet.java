package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;

/** A statement waiting for a lock queues every later query on the table behind it; lock_timeout bounds the wait. */
final class LockTimeoutNotSet implements Rule {
    static final LintRule DESCRIPTION = new LintRule("lock-timeout-not-set", Severity.WARNING,
            "a lock-heavy statement without an earlier SET lock_timeout can queue all traffic on the table behind it",
            "start the migration with SET lock_timeout = '5s' (or SET LOCAL lock_timeout) and retry when it times out");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        for (LintStatement s : script.statements()) {
            if (setsLockTimeout(s.tokens())) {
                return List.of();
            }
            if (isLockHeavy(script, s)) {
                return List.of(new Finding(s, s.firstWord() + " at line " + s.line()
                        + " takes a heavy lock and no SET lock_timeout comes before it"));
            }
        }
        return List.of();
    }

    private static boolean setsLockTimeout(TokenList tokens) {
        int k = tokens.skip(tokens.skip(tokens.skip(0, "SET"), "LOCAL"), "SESSION");
        return k > 0 && tokens.isWord(k, "LOCK_TIMEOUT");
    }

    private static boolean isLockHeavy(MigrationScript script, LintStatement s) {
        if (AlterTable.of(s).filter(alter -> !script.createdBefore(alter.table(), s)).isPresent()) {
            return true;
        }
        if (CreateIndex.of(s).filter(index -> !index.concurrently() && !script.createdBefore(index.table(), s)).isPresent()) {
            return true;
        }
        return s.tokens().isWord(0, "DROP") && !s.tokens().matches(1, "INDEX", "CONCURRENTLY");
    }
}
