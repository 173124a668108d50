package dev.strata.core.apply;

import dev.strata.core.StrataException;
import dev.strata.core.script.SqlSplitter;
import dev.strata.core.script.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownTransactionsTest {
    private static final Path FILE = Path.of("0003_x.down.sql");

    private static List<List<Integer>> batches(String sql) {
        return DownTransactions.of(FILE, SqlSplitter.split(sql)).batches().stream()
                .map(b -> b.statements().stream().map(Statement::index).toList()).toList();
    }

    @Test
    void anOrdinaryDownFileIsOneTransaction() {
        DownTransactions t = DownTransactions.of(FILE, SqlSplitter.split("DROP TABLE a;\nALTER TABLE b DROP COLUMN c;"));
        assertThat(t.batches()).singleElement().satisfies(b -> {
            assertThat(b.statements()).hasSize(2);
            assertThat(b.outsideTransaction()).isFalse();
            assertThat(b.reason()).isNull();
        });
        assertThat(t.split()).isFalse();
    }

    @Test
    void anEmptyDownFileIsOneEmptyTransaction() {
        assertThat(batches("-- nothing to undo\n")).containsExactly(List.of());
    }

    @Test
    void aNewTransactionStartsWhereAnAddedEnumValueIsUsed() {
        DownTransactions t = DownTransactions.of(FILE, SqlSplitter.split("DROP INDEX i;\n"
                + "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad';\n"
                + "ALTER TABLE p ALTER COLUMN m SET DEFAULT 'meh';\nALTER TABLE p ALTER COLUMN n SET DEFAULT 'meh';"));
        assertThat(t.batches()).extracting(b -> b.statements().stream().map(Statement::index).toList())
                .containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(t.batches().get(1).reason()).isEqualTo("statement 3 (line 3) uses enum value 'meh' added before it, "
                + "which PostgreSQL allows only after a commit");
        assertThat(t.split()).isTrue();
    }

    @Test
    void aValueUsedOnlyInALaterTransactionNeedsNoFurtherCut() {
        assertThat(batches("ALTER TYPE mood ADD VALUE 'a';\nUPDATE p SET m = 'a';\nALTER TYPE mood ADD VALUE 'b';\n"
                + "UPDATE p SET m = 'a';\nUPDATE p SET m = 'b';"))
                .containsExactly(List.of(1), List.of(2, 3, 4), List.of(5));
    }

    @Test
    void aStatementRefusedInATransactionRunsOnItsOwn() {
        DownTransactions t = DownTransactions.of(FILE, SqlSplitter.split("DROP TABLE a;\nDROP INDEX CONCURRENTLY i;\nDROP TABLE b;"));
        assertThat(t.batches()).extracting(DownTransactions.Batch::outsideTransaction).containsExactly(false, true, false);
        assertThat(t.batches().get(1).reason()).contains("DROP INDEX CONCURRENTLY");
        assertThat(t.batches().get(2).reason()).isEqualTo("statement 2 ran on its own");
    }

    @Test
    void aDownFileThatControlsItsOwnTransactionsIsRefused() {
        assertThatThrownBy(() -> DownTransactions.of(FILE, SqlSplitter.split("DROP TABLE a;\nCOMMIT;\nDROP TABLE b;")))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("0003_x.down.sql:2")
                .hasMessageContaining("controls its own transactions")
                .hasMessageContaining("nothing was rolled back");
    }
}
