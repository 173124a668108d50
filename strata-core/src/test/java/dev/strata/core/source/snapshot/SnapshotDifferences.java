package dev.strata.core.source.snapshot;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differences between drizzle-kit's last snapshot of a vector case and Strata's snapshot of the database the
 * case's migrations make, case by case, each with the reason it comes from drizzle-kit rather than from Strata.
 * {@code docs/snapshot-differences.md} explains each kind.
 */
final class SnapshotDifferences {
    private static final String CHECK = "drizzle writes the condition as the schema's SQL with \"table\".\"column\" "
            + "references; PostgreSQL keeps the parsed expression and deparses it (`col >= 0 AND col <= 10` for between)";
    private static final String WHERE = "drizzle writes the index predicate with \"table\".\"column\" references; "
            + "PostgreSQL deparses it (`code <> ''::text`)";
    private static final String CUSTOM = "a --custom migration's snapshot is the previous one unchanged, so objects made "
            + "by hand-written SQL are in the database but not in drizzle's snapshot";
    private static final String VIEW_COLUMNS = "drizzle lists a view's columns from the query builder's selection; "
            + "the model keeps the view's query, not its columns";
    private static final String VIEW_DEFINITION = "drizzle writes the view query as the query builder renders it; "
            + "PostgreSQL stores the parsed query and deparses it";

    private static final String RENAMED_SERIAL = "PostgreSQL keeps the serial's sequence name posts_id_seq through "
            + "the table rename, while drizzle still calls the column serial; a sequence not named "
            + "<table>_<column>_seq is not taken for a serial's";

    private static final Map<String, List<SnapshotDiff.Allowed>> EXPECTED = Map.of(
            "basic", List.of(
                    absent("custom-sequence", "/sequences/public\\.project_number_seq", CUSTOM),
                    absent("custom-column", "/tables/public\\.projects/columns/number", CUSTOM),
                    absent("custom-function-and-trigger", "/strata", CUSTOM),
                    text("check-text", "/tables/public\\.projects/checkConstraints/priority_range/value", CHECK),
                    text("where-text", "/tables/public\\.projects/indexes/projects_active_idx/where", WHERE)),
            "constraints", List.of(
                    text("check-text", "/tables/public\\.org/checkConstraints/org_score_ck/value", CHECK),
                    text("where-text", "/tables/public\\.org/indexes/org_code_partial/where", WHERE),
                    text("index-expression-text", "/tables/public\\.org/indexes/org_email_lower_uq/columns/0/expression",
                            "drizzle writes the index expression as given (`lower(\"email\")`); PostgreSQL deparses "
                                    + "it (`lower(email)`)")),
            "rls", List.of(
                    text("policy-role-current-user", "/tables/public\\.notes/policies/notes_admin/to/0",
                            "drizzle keeps the role name `current_user` as written; PostgreSQL resolves it to the "
                                    + "role it names when the policy is made (here postgres, which is listed too)"),
                    text("policy-check-text", "/tables/public\\.notes/policies/notes_write/withCheck",
                            "drizzle writes the policy's SQL with \"table\".\"column\" references; PostgreSQL "
                                    + "deparses it")),
            "no-breakpoints", List.of(
                    absent("manual-migration-table", "/tables/public\\.must_not_exist",
                            "manual_not_in_journal.sql is not in the journal: drizzle never applies it, Strata applies "
                                    + "manual migrations by design (vectors README)"),
                    absent("custom-view", "/views/public\\.things_a", CUSTOM)),
            "renames", List.of(
                    text("rename-loses-type-change", "/tables/public\\.articles/columns/content/type",
                            "rename + type change in one generate: drizzle's snapshot has varchar(2000) but its SQL "
                                    + "only renames, so the column stays text (vectors README)"),
                    absent("renamed-serial-sequence", "/sequences/public\\.posts_id_seq", RENAMED_SERIAL),
                    new SnapshotDiff.Allowed("renamed-serial-sequence-type", java.util.regex.Pattern.compile("/strata"),
                            "follows from renamed-serial-sequence: posts_id_seq is an integer sequence, and the type of a "
                                    + "sequence, which drizzle's entry cannot say, is kept under \"strata\"", d -> true),
                    new SnapshotDiff.Allowed("renamed-serial-column",
                            java.util.regex.Pattern.compile("/tables/public\\.articles/columns/id/(type|default)"),
                            RENAMED_SERIAL, d -> true),
                    new SnapshotDiff.Allowed("renamed-primary-key",
                            java.util.regex.Pattern.compile("/tables/public\\.articles/(columns/id/primaryKey"
                                    + "|compositePrimaryKeys/posts_pkey)"),
                            "PostgreSQL keeps the constraint name posts_pkey through the table rename; drizzle's "
                                    + "`.primaryKey()` means articles_pkey, so a posts_pkey key is not drizzle's "
                                    + "default and is written as a named key", d -> true)),
            "schemas", List.of(
                    viewColumns("view-columns", "billing\\.open_invoices"),
                    text("view-definition", "/views/billing\\.open_invoices/definition", VIEW_DEFINITION)),
            "sequences-views", List.of(
                    viewColumns("view-columns", "public\\.(big_orders|new_orders|order_stats)"),
                    text("view-definition", "/views/public\\.(big_orders|new_orders|order_stats)/definition",
                            VIEW_DEFINITION),
                    new SnapshotDiff.Allowed("existing-view", java.util.regex.Pattern.compile("/views/public\\.legacy_report"),
                            ".existing() views are never created, so the database does not have them",
                            d -> d.actual() == null && d.expected().path("isExisting").asBoolean())),
            "types", List.of(
                    text("generated-text", "/tables/public\\.all_types/columns/gen/generated/as",
                            "drizzle writes the generation expression as given (`\"i4\" * 3`); PostgreSQL deparses "
                                    + "it (`(i4 * 3)`)")));

    private SnapshotDifferences() {
    }

    /** drizzle's snapshot lacks what the database has at {@code regex}. */
    private static SnapshotDiff.Allowed absent(String name, String regex, String reason) {
        return SnapshotDiff.Allowed.of(name, regex, reason, d -> d.expected() == null && d.actual() != null);
    }

    /** Both have a text at {@code regex}, spelled differently. */
    private static SnapshotDiff.Allowed text(String name, String regex, String reason) {
        return SnapshotDiff.Allowed.of(name, regex, reason,
                d -> d.expected() != null && d.actual() != null && d.expected().isTextual() && d.actual().isTextual());
    }

    /** The columns drizzle lists for the views matching {@code viewRegex}, which the model does not have. */
    private static SnapshotDiff.Allowed viewColumns(String name, String viewRegex) {
        return SnapshotDiff.Allowed.of(name, "/views/" + viewRegex + "/columns/[^/]+", VIEW_COLUMNS,
                d -> d.actual() == null);
    }

    /** Every difference is expected for the case, and every expected difference still occurs. */
    static void assertOnlyExpected(String vectorCase, List<SnapshotDiff.Difference> differences) {
        List<SnapshotDiff.Allowed> allowed = EXPECTED.getOrDefault(vectorCase, List.of());
        List<SnapshotDiff.Difference> unexpected = differences.stream()
                .filter(d -> allowed.stream().noneMatch(a -> a.covers(d))).toList();
        List<String> stale = allowed.stream()
                .filter(a -> differences.stream().noneMatch(a::covers)).map(SnapshotDiff.Allowed::name).toList();
        assertThat(unexpected).as("differences from drizzle-kit's snapshot of case %s", vectorCase).isEmpty();
        assertThat(stale).as("expected differences of case %s that no longer occur", vectorCase).isEmpty();
    }
}
