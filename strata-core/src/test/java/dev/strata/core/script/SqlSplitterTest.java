package dev.strata.core.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlSplitterTest {

    @Test
    void splitsAtTopLevelSemicolonsKeepingEachStatementsLine() {
        List<Statement> s = SqlSplitter.split("CREATE TABLE a (id int);\n\n-- a comment; with a semicolon\nINSERT INTO a\n  VALUES (1);\n");
        assertThat(s).extracting(Statement::sql).containsExactly("CREATE TABLE a (id int);", "INSERT INTO a\n  VALUES (1);");
        assertThat(s).extracting(Statement::line).containsExactly(1, 4);
        assertThat(s).extracting(Statement::index).containsExactly(1, 2);
    }

    @Test
    void keepsSemicolonsInsideDollarQuotedBodies() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  NEW.x := 'a;b'; -- ;\n  RETURN NEW;\nEND;\n$body$ LANGUAGE plpgsql;";
        List<Statement> s = SqlSplitter.split(fn + "\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT $x$ $$ ; $x$;");
        assertThat(s).extracting(Statement::sql).containsExactly(fn, "DO $$ BEGIN PERFORM 1; END $$;", "SELECT $x$ $$ ; $x$;");
        assertThat(s).extracting(Statement::line).containsExactly(1, 7, 8);
    }

    @Test
    void dollarParametersAndDollarsInIdentifiersAreNotQuotes() {
        List<Statement> s = SqlSplitter.split("PREPARE p AS SELECT $1;\nSELECT a$b$c FROM t;\nSELECT 1;");
        assertThat(s).hasSize(3);
    }

    @Test
    void respectsQuotesEscapeStringsAndQuotedIdentifiers() {
        List<Statement> s = SqlSplitter.split("SELECT 'it''s; fine';\nSELECT E'it\\'s; fine';\nSELECT \"odd;\"\"name\" FROM t;\nSELECT e'\\\\';");
        assertThat(s).extracting(Statement::sql).containsExactly("SELECT 'it''s; fine';", "SELECT E'it\\'s; fine';",
                "SELECT \"odd;\"\"name\" FROM t;", "SELECT e'\\\\';");
    }

    @Test
    void standardStringBackslashDoesNotEscapeTheQuote() {
        assertThat(SqlSplitter.split("SELECT 'a\\';\nSELECT 2;")).hasSize(2);
    }

    @Test
    void nestedBlockCommentsDoNotEndEarly() {
        List<Statement> s = SqlSplitter.split("/* outer /* inner; */ still ' comment; */ SELECT 1; SELECT /* ; */ 2;");
        assertThat(s).extracting(Statement::sql).containsExactly("SELECT 1;", "SELECT /* ; */ 2;");
    }

    @Test
    void breakpointMarkerEndsAStatementEvenWithoutSemicolon() {
        List<Statement> s = SqlSplitter.split("CREATE TABLE a (id int)\n--> statement-breakpoint\nCREATE TABLE b (id int);--> statement-breakpoint\nCREATE TABLE c (id int);");
        assertThat(s).extracting(Statement::sql).containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int);", "CREATE TABLE c (id int);");
        assertThat(s).extracting(Statement::line).containsExactly(1, 3, 4);
    }

    @Test
    void breakpointMarkerInsideABodyOrStringIsNotABreak() {
        String body = "CREATE FUNCTION f() RETURNS text AS $$ SELECT '--> statement-breakpoint' $$ LANGUAGE sql;";
        assertThat(SqlSplitter.split(body + "\nSELECT '--> statement-breakpoint';")).extracting(Statement::sql)
                .containsExactly(body, "SELECT '--> statement-breakpoint';");
    }

    @Test
    void beginAtomicBodyWithCaseEndIsOneStatement() {
        String fn = "CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;";
        assertThat(SqlSplitter.split(fn + "\nBEGIN;\nSELECT 1;\nCOMMIT;")).extracting(Statement::sql)
                .containsExactly(fn, "BEGIN;", "SELECT 1;", "COMMIT;");
    }

    @Test
    void parenthesesHoldSemicolons() {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); INSERT INTO log VALUES (2));";
        assertThat(SqlSplitter.split(rule + "\nSELECT 1;")).extracting(Statement::sql).containsExactly(rule, "SELECT 1;");
    }

    @Test
    void dropsBomAndCountsCrlfAsOneLineBreak() {
        List<Statement> s = SqlSplitter.split("\uFEFFSELECT 1;\r\n\r\nSELECT 2;\r\n");
        assertThat(s).extracting(Statement::sql).containsExactly("SELECT 1;", "SELECT 2;");
        assertThat(s).extracting(Statement::line).containsExactly(1, 3);
    }

    @Test
    void commentOnlyFileHasNoStatement() {
        assertThat(SqlSplitter.split("-- Custom SQL migration file, put your code below! --")).isEmpty();
        assertThat(SqlSplitter.split("  \n/* nothing */\n--> statement-breakpoint\n")).isEmpty();
    }

    @Test
    void lastStatementWithoutSemicolonIsKept() {
        assertThat(SqlSplitter.split("SELECT 1;\nSELECT 2  \n")).extracting(Statement::sql).containsExactly("SELECT 1;", "SELECT 2");
    }

    @Test
    void unterminatedConstructsNameTheirStartingLine() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nCREATE FUNCTION f() AS $body$\nBEGIN"))
                .isInstanceOfSatisfying(UnterminatedSqlException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("$body$");
                });
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\n\nSELECT 'oops;")).isInstanceOfSatisfying(
                UnterminatedSqlException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> SqlSplitter.split("/* never closed")).isInstanceOf(UnterminatedSqlException.class);
    }

    @Test
    void wordsSkipCommentsStringsAndQuotedNames() {
        assertThat(SqlWords.leading("/* x */ create unique -- y\n index concurrently \"idx\" ON t", 5))
                .containsExactly("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY", "ON");
        assertThat(SqlWords.leading("ALTER TYPE mood ADD VALUE 'x'", 10)).containsExactly("ALTER", "TYPE", "MOOD", "ADD", "VALUE");
    }
}
