package org.haven.platform.crypto;

import java.util.UUID;
import java.util.function.Function;

/**
 * A column of sealed files ({@link FieldCipher#seal}), declared as a bean by the module that owns it,
 * so that {@link Reencryption} can move its contents to a new data key: the table, its UUID key, the
 * column, and the context each row's bytes are bound to.
 */
public record SealedColumn(String table, String idColumn, String column, Function<UUID, String> context) {

    public SealedColumn {
        for (String name : new String[]{table, idColumn, column}) {
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a plain column name: " + name);
            }
        }
    }
}
