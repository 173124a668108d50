package dev.strata.core;

/**
 * The one unchecked exception Strata throws to stop an operation. It carries a {@link Problem};
 * the subtype says who must act, and so which exit code the CLI uses ({@link #exitCode()}).
 */
public class StrataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public StrataException(Problem problem) {
        this(problem, null);
    }

    public StrataException(Problem problem, Throwable cause) {
        super(problem.render(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The process exit code for this kind of failure: 1 unless a subtype says otherwise. */
    public int exitCode() {
        return ExitCode.FAILED;
    }

    /** Bad usage, configuration or input files: the user must fix the input (exit 2). */
    public static final class Input extends StrataException {
        private static final long serialVersionUID = 1L;

        public Input(Problem problem) {
            super(problem);
        }

        public Input(Problem problem, Throwable cause) {
            super(problem, cause);
        }

        @Override
        public int exitCode() {
            return ExitCode.BAD_INPUT;
        }
    }

    /** PostgreSQL refused something (a statement failed): exit 1. */
    public static final class Database extends StrataException {
        private static final long serialVersionUID = 1L;

        public Database(Problem problem, Throwable cause) {
            super(problem, cause);
        }
    }

    /** The folder and the database disagree (edited migration, partial apply...): exit 1. */
    public static final class Conflict extends StrataException {
        private static final long serialVersionUID = 1L;

        public Conflict(Problem problem) {
            super(problem);
        }
    }

    /** The database could not be reached or its lock could not be taken in time: exit 3. */
    public static final class Unavailable extends StrataException {
        private static final long serialVersionUID = 1L;

        public Unavailable(Problem problem, Throwable cause) {
            super(problem, cause);
        }

        @Override
        public int exitCode() {
            return ExitCode.UNAVAILABLE;
        }
    }
}
