package dev.strata.core.source.dsl;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The schema objects a loaded class declares as {@code public static} fields, in declaration order. */
final class SchemaFields {
    private SchemaFields() {
    }

    /** Reads the fields of {@code type}, running its static initialiser; an empty list if it declares none. */
    static List<Declared> read(Class<?> type) throws IllegalAccessException {
        List<Declared> out = new ArrayList<>();
        // getDeclaredFields keeps source order on every JDK Strata supports; the tests pin it
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || !Modifier.isPublic(m) || f.isSynthetic()) {
                continue;
            }
            Object value = f.get(null);
            if (value != null && Declared.isSchemaObject(value)) {
                out.add(new Declared(type.getSimpleName() + "." + f.getName(), value));
            }
        }
        return out;
    }
}
