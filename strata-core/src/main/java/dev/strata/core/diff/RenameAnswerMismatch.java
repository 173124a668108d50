package dev.strata.core.diff;

import java.util.Optional;

/**
 * Rename answers that cannot be carried out: one names an object the old schema does not have or a new name the new
 * schema does not have, or several form a cycle. A cycle carries its own fix; a mismatch's fix depends on where the
 * old schema came from, which the caller knows.
 */
public final class RenameAnswerMismatch extends IllegalArgumentException {
    private final String fix;

    RenameAnswerMismatch(String message) {
        this(message, null);
    }

    RenameAnswerMismatch(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    /** The fix when it does not depend on the caller: for a cycle of renames. */
    public Optional<String> fix() {
        return Optional.ofNullable(fix);
    }
}
