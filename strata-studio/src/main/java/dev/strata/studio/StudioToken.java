package dev.strata.studio;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The studio's secret: 32 random bytes, base64url, compared in constant time. */
public final class StudioToken {
    private StudioToken() {
    }

    /** A new random token (32 bytes from {@link SecureRandom}, base64url without padding). */
    public static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code given} equals {@code expected}, in time that does not depend on where they differ. */
    static boolean matches(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
