package dev.strata.core.inspect;

import dev.strata.core.model.ReferentialAction;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Sequences, enums and foreign keys. */
@ExtendWith(PostgresExtension.class)
class InspectObjectsIT {

    @Test
    void sequencesWithSettingsOwnerAndLastValue(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, SequenceInfo> byName;
        try (Connection c = db.connect()) {
            byName = new Inspector(c).sequences(InspectFilter.all()).stream()
                    .collect(Collectors.toMap(s -> s.schema() + "." + s.name(), Function.identity()));
        }
        assertThat(byName).containsOnlyKeys("billing.accounts_id_seq", "billing.invoice_number", "billing.payments_id_seq",
                "public.user_sessions_id_seq", "public.users_id_seq");
        SequenceInfo invoice = byName.get("billing.invoice_number");
        assertThat(invoice).isEqualTo(new SequenceInfo("billing", "invoice_number", "integer", 1000, 10, 1,
                Integer.MAX_VALUE, 5, false, 1000 + 10 * 999L, "billing.invoices.number"));
        assertThat(byName.get("public.users_id_seq").ownedBy()).as("identity").isEqualTo("public.users.id");
        assertThat(byName.get("public.users_id_seq").dataType()).isEqualTo("bigint");
        assertThat(byName.get("public.user_sessions_id_seq").ownedBy()).as("serial").isEqualTo("public.user_sessions.id");
    }

    @Test
    void unusedSequenceHasNoLastValueAndNoOwner(TestDatabase db) throws SQLException {
        db.execute("CREATE SEQUENCE lonely CYCLE");
        try (Connection c = db.connect()) {
            assertThat(new Inspector(c).sequences(InspectFilter.all())).singleElement().satisfies(s -> {
                assertThat(s.lastValue()).isNull();
                assertThat(s.ownedBy()).isNull();
                assertThat(s.cycle()).isTrue();
                assertThat(s.dataType()).isEqualTo("bigint");
            });
        }
    }

    @Test
    void enumsWithLabelsInSortOrder(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        db.execute("CREATE TYPE billing.empty_enum AS ENUM ()");
        try (Connection c = db.connect()) {
            assertThat(new Inspector(c).enums(InspectFilter.all())).containsExactly(
                    new EnumInfo("billing", "empty_enum", List.of(), null),
                    new EnumInfo("public", "user_role", List.of("guest", "reader", "writer", "admin"), "what a user may do"));
        }
    }

    @Test
    void foreignKeysWithColumnsActionsDeferrabilityAndValidation(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        Map<String, ForeignKeyInfo> byName = byName(foreignKeys(db, InspectFilter.all()));
        assertThat(byName).containsOnlyKeys("accounts_owner_fk", "invoices_account_id_fkey",
                "payments_invoice_number_invoice_issued_on_fkey", "user_sessions_user_id_fkey");
        assertThat(byName.get("user_sessions_user_id_fkey")).isEqualTo(new ForeignKeyInfo("user_sessions_user_id_fkey",
                new TableName("public", "user_sessions"), List.of("user_id"), new TableName("public", "users"), List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false, true));
        ForeignKeyInfo owner = byName.get("accounts_owner_fk");
        assertThat(owner.onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(owner.deferrable()).isTrue();
        assertThat(owner.initiallyDeferred()).isTrue();
        assertThat(owner.validated()).isFalse();
        ForeignKeyInfo payments = byName.get("payments_invoice_number_invoice_issued_on_fkey");
        assertThat(payments.fromColumns()).containsExactly("invoice_number", "invoice_issued_on");
        assertThat(payments.to()).isEqualTo(new TableName("billing", "invoices"));
        assertThat(payments.toColumns()).containsExactly("number", "issued_on");
        assertThat(payments.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    }

    @Test
    void foreignKeyOfAPartitionedTableIsListedOnceOnIt(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(foreignKeys(db, InspectFilter.all())).filteredOn(f -> f.name().equals("invoices_account_id_fkey"))
                .singleElement().satisfies(f -> assertThat(f.from()).isEqualTo(new TableName("billing", "invoices")));
    }

    @Test
    void tableGlobMatchesEitherEndOfAForeignKey(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(foreignKeys(db, InspectFilter.all().matching(List.of("users")))).extracting(ForeignKeyInfo::name)
                .containsExactlyInAnyOrder("accounts_owner_fk", "user_sessions_user_id_fkey");
        assertThat(foreignKeys(db, InspectFilter.all().inSchemas(List.of("public")))).extracting(ForeignKeyInfo::name)
                .containsExactly("user_sessions_user_id_fkey");
    }

    private static List<ForeignKeyInfo> foreignKeys(TestDatabase db, InspectFilter filter) throws SQLException {
        try (Connection c = db.connect()) {
            return new Inspector(c).foreignKeys(filter);
        }
    }

    private static Map<String, ForeignKeyInfo> byName(List<ForeignKeyInfo> keys) {
        return keys.stream().collect(Collectors.toMap(ForeignKeyInfo::name, Function.identity()));
    }
}
