package org.haven.platform.crypto;

/**
 * Text an aggregate keeps that must never reach the database readable (what happened to a child, in
 * anyone's words). Spring Data JDBC writes it encrypted by {@link FieldCipher} and reads it back
 * decrypted ({@link SecretTextConversions}); a column declared as an {@link EncryptedColumns} also
 * gets values written before it was encrypted moved into encryption by {@link Reencryption}.
 */
public record SecretText(String text) {

    public static SecretText of(String text) {
        return text == null ? null : new SecretText(text);
    }

    public static String text(SecretText secret) {
        return secret == null ? null : secret.text();
    }
}
