package dev.strata.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema: every object Strata manages, in one immutable value.
 *
 * @param schemas    PostgreSQL schemas (namespaces) other than {@code public}
 * @param extensions installed extensions
 * @param enums      enum types
 * @param domains    domains
 * @param sequences  free-standing sequences
 * @param tables     tables
 * @param views      views and materialized views
 * @param functions  functions and procedures
 * @param triggers   triggers
 */
public record Schema(List<String> schemas, List<Extension> extensions, List<EnumType> enums, List<Domain> domains,
                     List<Sequence> sequences, List<Table> tables, List<View> views, List<Function> functions,
                     List<Trigger> triggers) {
    public Schema {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
        enums = List.copyOf(enums);
        domains = List.copyOf(domains);
        sequences = List.copyOf(sequences);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        functions = List.copyOf(functions);
        triggers = List.copyOf(triggers);
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The canonical form: every list in name order (columns and enum labels keep their order, which
     * means something), defaults in one spelling ({@link Defaults#normalize}). Two schemas are the
     * same exactly when their normalized forms are equal.
     */
    public Schema normalized() {
        return new Schema(
                schemas.stream().sorted().distinct().toList(),
                Table.sorted(extensions, Comparator.comparing(Extension::name)),
                Table.sorted(enums, Comparator.comparing(EnumType::name)),
                domains.stream().map(Schema::normalized).sorted(Comparator.comparing(Domain::name)).toList(),
                Table.sorted(sequences, Comparator.comparing(Sequence::name)),
                tables.stream().map(Table::normalized).sorted(Comparator.comparing(Table::name)).toList(),
                Table.sorted(views, Comparator.comparing(View::name)),
                Table.sorted(functions, Comparator.comparing(Function::signature)),
                Table.sorted(triggers, Comparator.comparing(Trigger::table).thenComparing(Trigger::name)));
    }

    public boolean sameAs(Schema other) {
        return normalized().equals(other.normalized());
    }

    private static Domain normalized(Domain d) {
        return new Domain(d.name(), d.baseType(), d.notNull(), Defaults.normalize(d.defaultSql()),
                Table.sorted(d.checks(), Comparator.comparing(CheckConstraint::name)));
    }
}
