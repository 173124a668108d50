package dev.strata.core.inspect;

import dev.strata.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The schema the inspect tests read ({@code fixture.sql} beside this class): loaded, with an enum label
 * added before the first (so sort order differs from creation order), then analyzed. Public for the CLI's tests.
 */
public final class InspectFixture {
    private InspectFixture() {
    }

    /** Loads the fixture into {@code db} and analyzes it. */
    public static void load(TestDatabase db) {
        db.execute(sql());
        // Its own statement: a label added in a transaction cannot be used before it commits.
        db.execute("ALTER TYPE public.user_role ADD VALUE 'guest' BEFORE 'reader'");
        db.execute("ANALYZE");
    }

    /** The fixture's SQL text. */
    public static String sql() {
        try (InputStream in = InspectFixture.class.getResourceAsStream("fixture.sql")) {
            if (in == null) {
                throw new IllegalStateException("fixture.sql is missing beside " + InspectFixture.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
