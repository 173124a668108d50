package dev.strata.studio;

import java.time.Duration;

/**
 * How the studio runs, checked once.
 *
 * @param host             address to bind, e.g. {@code 127.0.0.1}
 * @param port             port to bind; 0 picks a free one
 * @param write            whether edits and writing SQL are allowed (else everything runs read-only)
 * @param statementTimeout how long one statement the studio runs may take
 * @param token            the secret every request must carry (see {@link StudioToken})
 */
public record StudioOptions(String host, int port, boolean write, Duration statementTimeout, String token) {
    /** The default port, as drizzle-kit studio's. */
    public static final int DEFAULT_PORT = 4983;

    public StudioOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("studio needs a host to bind, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (statementTimeout == null || statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("the statement timeout must be positive, e.g. 5s");
        }
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the studio token must be at least 16 characters");
        }
    }

    /** Whether {@code host} is reachable from this machine only. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
