package dev.strata.core.lint;

/**
 * What a rule found in one statement, before suppressions apply.
 *
 * @param statement the statement at fault (its line goes into the diagnostic)
 * @param message   what is wrong, naming the table or column
 * @param fix       what to do for this statement, or {@code null} for the rule's general fix
 */
record Finding(LintStatement statement, String message, String fix) {
    Finding(LintStatement statement, String message) {
        this(statement, message, null);
    }
}
