package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.ArrayList;
import java.util.List;

/** Drizzle removes an enum value by dropping the type and creating it again with the remaining values. */
final class EnumValueRemoval implements Rule {
    static final LintRule DESCRIPTION = new LintRule("enum-value-removal", Severity.WARNING,
            "DROP TYPE then CREATE TYPE ... AS ENUM removes values: casting the columns back fails on rows that hold a removed value",
            "first UPDATE the rows that hold the removed values to a value that stays, then recreate the type");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        List<Finding> findings = new ArrayList<>();
        for (LintStatement s : script.statements()) {
            for (Name type : DropTable.droppedNames(s.tokens(), "TYPE")) {
                if (script.after(s).stream().anyMatch(later -> createsEnum(later.tokens(), type))) {
                    findings.add(new Finding(s, "enum " + type.display()
                            + " is dropped and created again: rows holding a removed value make the migration fail"));
                }
            }
        }
        return findings;
    }

    private static boolean createsEnum(TokenList tokens, Name type) {
        return tokens.matches(0, "CREATE", "TYPE")
                && tokens.nameAt(2).filter(name -> name.sameAs(type) && tokens.matches(name.end(), "AS", "ENUM")).isPresent();
    }
}
