package dev.strata.core.source.dsl;

import dev.strata.core.model.Domain;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.Trigger;

import java.util.Objects;

/**
 * Objects the DSL does not model in detail, carried whole as in the model: extensions, domains, functions and
 * triggers (Strata keeps functions and triggers as their {@code CREATE} text).
 */
public final class PgRaw {
    private PgRaw() {
    }

    /** {@code CREATE EXTENSION name SCHEMA schema}. */
    public record PgExtension(Extension extension) {
        public PgExtension {
            Objects.requireNonNull(extension, "extension");
        }
    }

    /** A domain; columns use it with {@code t.domainColumn(name, domain)}. */
    public record PgDomain(Domain domain) {
        public PgDomain {
            Objects.requireNonNull(domain, "domain");
        }
    }

    /** A function kept as its complete {@code CREATE OR REPLACE FUNCTION} text. */
    public record PgFunction(Function function) {
        public PgFunction {
            Objects.requireNonNull(function, "function");
        }
    }

    /** A trigger kept as its complete {@code CREATE TRIGGER} text. */
    public record PgTrigger(Trigger trigger) {
        public PgTrigger {
            Objects.requireNonNull(trigger, "trigger");
        }
    }
}
