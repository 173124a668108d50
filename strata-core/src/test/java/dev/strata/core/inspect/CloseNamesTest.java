package dev.strata.core.inspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CloseNamesTest {
    private static final List<TableName> TABLES = List.of(new TableName("public", "users"),
            new TableName("public", "user_sessions"), new TableName("billing", "accounts"), new TableName("billing", "invoices"));

    @Test
    void typoFindsTheTableClosestFirst() {
        assertThat(CloseNames.toTable("usres", TABLES)).containsExactly("public.users");
        assertThat(CloseNames.toTable("acounts", TABLES)).containsExactly("billing.accounts");
    }

    @Test
    void partOfANameFindsTheNamesHoldingIt() {
        assertThat(CloseNames.toTable("session", TABLES)).containsExactly("public.user_sessions");
    }

    @Test
    void caseIsIgnored() {
        assertThat(CloseNames.toTable("Users", TABLES)).startsWith("public.users");
    }

    @Test
    void qualifiedNameInTheWrongSchemaFindsTheRightOne() {
        assertThat(CloseNames.toTable("public.accounts", TABLES)).containsExactly("billing.accounts");
    }

    @Test
    void nothingCloseFindsNothing() {
        assertThat(CloseNames.toTable("zzzzzzzz", TABLES)).isEmpty();
    }

    @Test
    void schemaNames() {
        assertThat(CloseNames.to("biling", List.of("billing", "public", "drizzle"))).containsExactly("billing");
    }

    @Test
    void levenshteinDistance() {
        assertThat(CloseNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(CloseNames.distance("", "abc")).isEqualTo(3);
        assertThat(CloseNames.distance("same", "same")).isZero();
    }
}
