package org.haven.platform.crypto;

/**
 * A text column that holds {@link SecretText}, declared as a bean by the module that owns it, so
 * that values written before the column was encrypted are encrypted by {@link Reencryption}.
 */
public record EncryptedColumn(String table, String column) {

    public EncryptedColumn {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a plain column name: " + table + "." + column);
        }
    }
}
