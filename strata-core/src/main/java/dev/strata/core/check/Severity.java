package dev.strata.core.check;

/** How bad a finding is. */
public enum Severity {
    /** Something is wrong: a migration may run twice, never, or not as written. Fix before deploying; exit 1. */
    ERROR,
    /** Works today but invites trouble (gaps, generated names, out-of-order history). Review; exit 0 unless --strict. */
    WARNING,
    /** Worth knowing (manual migrations found, database part skipped). Nothing to do. */
    INFO
}
