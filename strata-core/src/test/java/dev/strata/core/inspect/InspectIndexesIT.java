package dev.strata.core.inspect;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class InspectIndexesIT {

    @Test
    void indexesWithDefinitionUniquenessPrimaryPartialAndSize(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, IndexInfo> byName = byName(indexes(db, InspectFilter.all().inSchemas(List.of("public"))));
        assertThat(byName).containsOnlyKeys("users_pkey", "users_email_key", "users_active_name_idx", "user_sessions_pkey");
        IndexInfo primary = byName.get("users_pkey");
        assertThat(primary.primary()).isTrue();
        assertThat(primary.unique()).isTrue();
        assertThat(primary.table()).isEqualTo("users");
        IndexInfo email = byName.get("users_email_key");
        assertThat(email.unique()).isTrue();
        assertThat(email.primary()).isFalse();
        assertThat(email.definition()).isEqualTo("CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)");
        IndexInfo partial = byName.get("users_active_name_idx");
        assertThat(partial.partial()).isTrue();
        assertThat(partial.unique()).isFalse();
        assertThat(partial.definition()).endsWith("WHERE (deleted_at IS NULL)");
        assertThat(byName.values()).allSatisfy(i -> {
            assertThat(i.valid()).isTrue();
            assertThat(i.sizeBytes()).isPositive();
            assertThat(i.scansKnown()).isTrue();
        });
    }

    @Test
    void scanCountGrowsAfterAnIndexScan(TestDatabase db) throws Exception {
        InspectFixture.load(db);
        long before = scans(db, "users_email_key");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            for (int i = 1; i <= 3; i++) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM public.users WHERE email = 'user" + i + "@example.com'")) {
                    assertThat(rs.next()).isTrue();
                }
            }
        }
        // Statistics reach the server's shared view shortly after the session ends: poll.
        long deadline = System.nanoTime() + 10_000_000_000L;
        long after = scans(db, "users_email_key");
        while (after < before + 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = scans(db, "users_email_key");
        }
        assertThat(after).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    void partitionedTableIndexHasNoStorageAndNoStatistics(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, IndexInfo> byName = byName(indexes(db, InspectFilter.all().matching(List.of("invoices*"))));
        assertThat(byName).containsOnlyKeys("invoices_pkey", "invoices_2024_pkey", "invoices_2025_pkey");
        assertThat(byName.get("invoices_pkey").sizeBytes()).isZero();
        assertThat(byName.get("invoices_pkey").scansKnown()).isFalse();
        assertThat(byName.get("invoices_2024_pkey").sizeBytes()).isPositive();
    }

    @Test
    void indexLeftByAFailedConcurrentBuildIsInvalid(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (1)");
        assertThatThrownBy(() -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)"))
                .hasMessageContaining("could not create unique index");
        assertThat(indexes(db, InspectFilter.all())).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo("t_a_key"))
                .satisfies(i -> assertThat(i.valid()).isFalse());
    }

    @Test
    void trackingSchemaIndexesAreLeftOutUnlessNamed(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(indexes(db, InspectFilter.all())).noneMatch(i -> i.schema().equals("drizzle"));
        assertThat(indexes(db, InspectFilter.all().inSchemas(List.of("drizzle")))).extracting(IndexInfo::name)
                .containsExactly("__drizzle_migrations_pkey");
    }

    private static long scans(TestDatabase db, String index) throws SQLException {
        return byName(indexes(db, InspectFilter.all())).get(index).scans();
    }

    private static List<IndexInfo> indexes(TestDatabase db, InspectFilter filter) throws SQLException {
        try (Connection c = db.connect()) {
            return new Inspector(c).indexes(filter);
        }
    }

    private static Map<String, IndexInfo> byName(List<IndexInfo> indexes) {
        return indexes.stream().collect(Collectors.toMap(IndexInfo::name, Function.identity()));
    }
}
