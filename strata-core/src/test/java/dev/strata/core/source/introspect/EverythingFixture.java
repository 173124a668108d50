package dev.strata.core.source.introspect;

import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;

/** {@code fixtures/everything.sql}: one of every object the model holds. */
public final class EverythingFixture {
    private EverythingFixture() {
    }

    /** The fixture's SQL for a server of {@code major}: lines marked {@code -- pg15} are left out before 15. */
    public static String sql(int major) {
        try (InputStream in = EverythingFixture.class.getResourceAsStream("/fixtures/everything.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (major >= 15) {
                return text;
            }
            return text.lines().map(l -> l.endsWith("-- pg15") ? olderServer(l) : l)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line using PostgreSQL 15 syntax, as PostgreSQL 13 and 14 accept it. */
    static String olderServer(String line) {
        return line.replace("UNIQUE NULLS NOT DISTINCT", "UNIQUE").replace(" WITH (security_invoker = true)", "");
    }

    static void load(TestDatabase db) {
        db.execute(sql(major(db.url())));
    }

    public static int major(DatabaseUrl url) {
        try (Connection c = url.connect()) {
            return c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Schema read(TestDatabase db) {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
