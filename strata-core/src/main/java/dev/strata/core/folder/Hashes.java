package dev.strata.core.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two fingerprints of a migration file.
 * <ul>
 * <li>{@link #drizzleHash}: what drizzle-orm stores in {@code hash}: SHA-256 of the text decoded as
 * UTF-8 (bad bytes become U+FFFD) and re-encoded; CR and BOM kept.</li>
 * <li>{@link #checksum}: the same over the text without BOM and with CRLF turned into LF, so an
 * "edited since applied" check can tell a line-ending-only change (git autocrlf) from a real edit.</li>
 * </ul>
 */
public final class Hashes {
    private Hashes() {
    }

    public static String drizzleHash(String decodedText) {
        return sha256(decodedText);
    }

    public static String checksum(String decodedText) {
        String text = decodedText.startsWith("\uFEFF") ? decodedText.substring(1) : decodedText;
        return sha256(text.replace("\r\n", "\n"));
    }

    /** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
