package dev.strata.core.diff;

/** A rename answer that names an object the old schema does not have, or a new name the new schema does not have. */
public final class RenameAnswerMismatch extends IllegalArgumentException {
    RenameAnswerMismatch(String message) {
        super(message);
    }
}
