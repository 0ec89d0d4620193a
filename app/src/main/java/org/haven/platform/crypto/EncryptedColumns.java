package org.haven.platform.crypto;

import java.util.List;

/**
 * Text columns of one table that hold {@link SecretText}, declared as a bean by the module that owns
 * the table, so that values written before a column was encrypted are encrypted by {@link Reencryption}.
 */
public record EncryptedColumns(String table, List<String> columns) {

    public EncryptedColumns(String table, String... columns) {
        this(table, List.of(columns));
    }

    public EncryptedColumns {
        columns = List.copyOf(columns);
        for (String name : columns) {
            if (!table.matches("[a-z_]+") || !name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a plain column name: " + table + "." + name);
            }
        }
    }
}
