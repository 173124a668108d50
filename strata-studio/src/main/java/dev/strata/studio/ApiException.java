package dev.strata.studio;

/**
 * A request the API refuses or cannot answer: the HTTP status and the {@code {"error", "fix"}} body.
 * Thrown by endpoints, turned into JSON in one place ({@link StudioServer}).
 */
class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String fix;

    ApiException(int status, String error, String fix) {
        super(error);
        this.status = status;
        this.fix = fix;
    }

    static ApiException badRequest(String error, String fix) {
        return new ApiException(400, error, fix);
    }

    int status() {
        return status;
    }

    String fix() {
        return fix;
    }
}
