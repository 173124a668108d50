package dev.strata.core.diff;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's answers to rename questions: Strata never guesses a rename. Built from answers such as
 * {@code table public.posts=articles}, {@code column public.users.full_name=display_name},
 * {@code enum public.mood=feeling}, {@code sequence public.invoice_no=invoice_number}, {@code schema app=shop},
 * {@code view public.recent=latest}, or
 * {@code create table public.articles} ("created, not renamed").
 *
 * @param tables  old table → new name (same schema)
 * @param columns old column → new name (the table named as it is after table renames)
 * @param enums   old enum → new name (same schema)
 * @param sequences old sequence (not one a serial column owns) → new name (same schema)
 * @param schemas old schema → new name; the other answers name objects in the schema's new name
 * @param views   old view or materialized view → new name (same schema)
 * @param created objects answered "create, not rename", as {@code table public.articles} (see {@link RenameCandidate#key()})
 */
public record Renames(Map<QualifiedName, String> tables, Map<ColumnRef, String> columns,
                      Map<QualifiedName, String> enums, Map<QualifiedName, String> sequences, Map<String, String> schemas,
                      Map<QualifiedName, String> views, Set<String> created) {
    public Renames {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
        enums = Map.copyOf(enums);
        sequences = Map.copyOf(sequences);
        schemas = Map.copyOf(schemas);
        views = Map.copyOf(views);
        created = Set.copyOf(created);
    }

    /** No answers: every disappear/appear pair becomes a candidate. */
    public static Renames none() {
        return new Renames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
    }

    /**
     * Answers in text form, one per string: {@code table s.t=new}, {@code column s.t.c=new}, {@code enum s.e=new},
     * {@code sequence s.q=new}, {@code schema s=new}, {@code view s.v=new}, {@code create table s.t},
     * {@code create column s.t.c}, {@code create enum s.e}, {@code create sequence s.q}, {@code create schema s},
     * {@code create view s.v}.
     *
     * @throws IllegalArgumentException for an answer in none of these forms
     */
    public static Renames parse(List<String> answers) {
        Renames out = none();
        for (String answer : answers) {
            out = out.with(answer.strip());
        }
        return out;
    }

    /** These answers plus one more, in the text form {@link #parse} reads. */
    public Renames with(String answer) {
        String[] words = answer.split("\\s+", 2);
        if (words.length != 2) {
            throw bad(answer);
        }
        if (words[0].equals("create")) {
            Set<String> c = new HashSet<>(created);
            c.add(words[1].strip());
            return new Renames(tables, columns, enums, sequences, schemas, views, c);
        }
        int eq = words[1].indexOf('=');
        if (eq < 0) {
            throw bad(answer);
        }
        String[] from = words[1].substring(0, eq).strip().split("\\.");
        String to = words[1].substring(eq + 1).strip();
        return switch (words[0]) {
            case "table" -> withTable(name(from, 2, answer), to);
            case "enum" -> withEnum(name(from, 2, answer), to);
            case "sequence" -> withSequence(name(from, 2, answer), to);
            case "schema" -> withSchema(schemaName(from, answer), to);
            case "view" -> withView(name(from, 2, answer), to);
            case "column" -> withColumn(new ColumnRef(QualifiedName.of(from[0], from[1]), name(from, 3, answer).name()), to);
            default -> throw bad(answer);
        };
    }

    /** Table {@code from} was renamed to {@code to}. */
    public Renames withTable(QualifiedName from, String to) {
        return new Renames(plus(tables, from, to), columns, enums, sequences, schemas, views, created);
    }

    /** Column {@code from} (its table named as after table renames) was renamed to {@code to}. */
    public Renames withColumn(ColumnRef from, String to) {
        return new Renames(tables, plus(columns, from, to), enums, sequences, schemas, views, created);
    }

    /** Enum {@code from} was renamed to {@code to}. */
    public Renames withEnum(QualifiedName from, String to) {
        return new Renames(tables, columns, plus(enums, from, to), sequences, schemas, views, created);
    }

    /** Sequence {@code from} was renamed to {@code to}. */
    public Renames withSequence(QualifiedName from, String to) {
        return new Renames(tables, columns, enums, plus(sequences, from, to), schemas, views, created);
    }

    /** Schema {@code from} was renamed to {@code to}, with everything in it. */
    public Renames withSchema(String from, String to) {
        return new Renames(tables, columns, enums, sequences, plus(schemas, from, to), views, created);
    }

    /** View (or materialized view) {@code from} was renamed to {@code to}. */
    public Renames withView(QualifiedName from, String to) {
        return new Renames(tables, columns, enums, sequences, schemas, plus(views, from, to), created);
    }

    /** The answers plus {@code from → to}; two answers for one object, or two objects given one name, are refused. */
    private static <K> Map<K, String> plus(Map<K, String> answers, K from, String to) {
        String before = answers.get(from);
        if (before != null && !before.equals(to)) {
            throw new IllegalArgumentException("two answers rename " + from + ": to " + before + " and to " + to
                    + "; give one");
        }
        answers.forEach((other, name) -> {
            if (!other.equals(from) && name.equals(to) && sameScope(other, from)) {
                throw new IllegalArgumentException("two answers rename to " + to + ": " + other + " and " + from
                        + "; give one");
            }
        });
        Map<K, String> m = new HashMap<>(answers);
        m.put(from, to);
        return m;
    }

    /** Whether two renamed objects would take their new names in the same namespace. */
    private static boolean sameScope(Object a, Object b) {
        if (a instanceof QualifiedName x && b instanceof QualifiedName y) {
            return x.schema().equals(y.schema());
        }
        if (a instanceof ColumnRef x && b instanceof ColumnRef y) {
            return x.table().equals(y.table());
        }
        return true;
    }

    /** The object with this {@link RenameCandidate#key()} is new, not renamed. */
    public Renames withCreated(String key) {
        Set<String> c = new HashSet<>(created);
        c.add(key);
        return new Renames(tables, columns, enums, sequences, schemas, views, c);
    }

    private static QualifiedName name(String[] parts, int size, String answer) {
        if (parts.length != size) {
            throw bad(answer);
        }
        return QualifiedName.of(parts[0], parts[size - 1]);
    }

    private static String schemaName(String[] parts, String answer) {
        if (parts.length != 1) {
            throw bad(answer);
        }
        return parts[0];
    }

    private static IllegalArgumentException bad(String answer) {
        return new IllegalArgumentException("not a rename answer: '" + answer + "'; write 'table schema.old=new', "
                + "'column schema.table.old=new', 'enum schema.old=new', 'sequence schema.old=new', 'schema old=new', "
                + "'view schema.old=new' or 'create table schema.name'");
    }
}
