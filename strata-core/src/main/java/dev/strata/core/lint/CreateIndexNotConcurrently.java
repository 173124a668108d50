package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;

final class CreateIndexNotConcurrently implements Rule {
    static final LintRule DESCRIPTION = new LintRule("create-index-not-concurrently", Severity.WARNING,
            "CREATE INDEX without CONCURRENTLY on an existing table blocks its writes while the index builds",
            "use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.statements().stream()
                .flatMap(s -> CreateIndex.of(s)
                        .filter(index -> !index.concurrently() && !script.createdBefore(index.table(), s))
                        .map(index -> new Finding(s, "index on " + index.table().display()
                                + " is built without CONCURRENTLY: writes to the table wait until it is done"))
                        .stream())
                .toList();
    }
}
