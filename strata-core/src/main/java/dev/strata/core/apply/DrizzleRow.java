package dev.strata.core.apply;

/**
 * A row of drizzle's tracking table.
 *
 * @param id        serial id
 * @param hash      SHA-256 of the file when applied
 * @param createdAt the journal entry's {@code when}; {@code null} in rows written by hand
 */
public record DrizzleRow(long id, String hash, Long createdAt) {
}
