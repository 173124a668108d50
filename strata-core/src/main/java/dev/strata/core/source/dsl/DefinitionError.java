package dev.strata.core.source.dsl;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.nio.file.Path;

/** An exception thrown while a schema class initialised, located at the schema line that caused it. */
final class DefinitionError {
    private DefinitionError() {
    }

    static StrataException of(Throwable cause, String className, Path file) {
        int line = 0;
        for (StackTraceElement e : cause.getStackTrace()) {
            String owner = e.getClassName();
            if (owner.equals(className) || owner.startsWith(className + "$")) {
                line = Math.max(e.getLineNumber(), 0);
                break;
            }
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Path where = file != null ? file : line > 0 ? Path.of(className.replace('.', '/') + ".java") : null;
        return new StrataException.Input(new Problem("dsl.invalid-schema", where, line, null, null,
                message, null, "correct the schema definition", null), cause);
    }
}
