/**
 * The migrations folder in Drizzle Kit's layout: {@code meta/_journal.json}, {@code NNNN_tag.sql},
 * snapshots, and the manual (unjournaled) migrations Strata tracks too; hashes and checksums.
 */
package dev.strata.core.folder;
