package org.haven.platform.crypto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.time.Clock;
import java.util.Optional;

/**
 * Encrypts sensitive text and files before they reach the database: AES-256-GCM from the JDK, a
 * fresh 96-bit nonce for every value, under the active data key ({@link DataKeys}: envelope
 * encryption, each data key wrapped by the master key). The master key comes from
 * {@code HAVEN_ENCRYPTION_KEY} (base64, 32 bytes) or a key file created on first start in the data
 * directory. Values name their data key ({@code v2:<key>:...}); values written before data keys
 * existed ({@code v1:}) were encrypted with the master key itself and still open. {@link Reencryption}
 * moves everything to the active key after a rotation.
 */
@Component
public class FieldCipher {

    private static final String LEGACY = "v1:";
    private static final String PREFIX = "v2:";
    /** Sealed bytes under a data key start with this, then the key id's length and the id. */
    private static final byte[] SEALED_MAGIC = {'H', 'V', 'N', '2'};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec master;
    private final DataKeys dataKeys;

    @Autowired
    FieldCipher(@Value("${haven.encryption-key:}") String configuredKey, @Value("${haven.data-dir}") Path dataDir,
                Clock clock) {
        this.master = new SecretKeySpec(configuredKey.isBlank() ? keyFile(dataDir.resolve("keys/field.key"))
                : Base64.getDecoder().decode(configuredKey.strip()), "AES");
        if (master.getEncoded().length != 32) {
            throw new IllegalStateException("The field encryption key must be 32 bytes (base64)");
        }
        this.dataKeys = new DataKeys(master, dataDir.resolve("keys/data-keys.properties"), clock);
    }

    FieldCipher(String configuredKey, Path dataDir) {
        this(configuredKey, dataDir, Clock.systemUTC());
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        String keyId = dataKeys.activeId();
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, dataKeys.get(keyId).orElseThrow(), null,
                    plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Free text as typed: stripped and encrypted, or null when nothing was written. */
    public String encryptIfPresent(String typed) {
        return typed == null || typed.isBlank() ? null : encrypt(typed.strip());
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            if (stored.startsWith(LEGACY)) {
                return new String(gcm(Cipher.DECRYPT_MODE, master, null, Base64.getDecoder().decode(stored.substring(LEGACY.length()))),
                        StandardCharsets.UTF_8);
            }
            if (stored.startsWith(PREFIX)) {
                int colon = stored.indexOf(':', PREFIX.length());
                var key = dataKeys.get(stored.substring(PREFIX.length(), colon))
                        .orElseThrow(() -> new IllegalStateException("Unknown data key"));
                return new String(gcm(Cipher.DECRYPT_MODE, key, null, Base64.getDecoder().decode(stored.substring(colon + 1))),
                        StandardCharsets.UTF_8);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("Decryption failed: wrong key or tampered value", e);
        }
        throw new IllegalStateException("Not an encrypted value");
    }

    /**
     * Encrypts a file's bytes, bound to what it belongs to ({@code context}, e.g. the attachment's id):
     * the sealed bytes do not decrypt under any other context, so they cannot be swapped between records.
     */
    public byte[] seal(byte[] plain, String context) {
        String keyId = dataKeys.activeId();
        byte[] header = sealedHeader(keyId);
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, dataKeys.get(keyId).orElseThrow(), context, plain);
            return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public byte[] open(byte[] sealed, String context) {
        try {
            var keyId = sealedKeyId(sealed);
            if (keyId.isPresent() && dataKeys.get(keyId.get()).isPresent()) {
                int headerLength = sealedHeader(keyId.get()).length;
                return gcm(Cipher.DECRYPT_MODE, dataKeys.get(keyId.get()).get(), context,
                        java.util.Arrays.copyOfRange(sealed, headerLength, sealed.length));
            }
            return gcm(Cipher.DECRYPT_MODE, master, context, sealed); // sealed before data keys
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("Decryption failed: wrong key, wrong record or tampered value", e);
        }
    }

    /** Whether a stored value is one of ours (or text written before its column was encrypted). */
    public static boolean isEncrypted(String stored) {
        return stored != null && (stored.startsWith(LEGACY) || stored.startsWith(PREFIX));
    }

    /** The data key new values are encrypted with. */
    public String activeKeyId() {
        return dataKeys.activeId();
    }

    /** The data keys with the day each was made, oldest first. */
    public java.util.List<DataKey> dataKeys() {
        return dataKeys.all().stream().map(k -> new DataKey(k.id(), k.created(), k.id().equals(activeKeyId()))).toList();
    }

    public record DataKey(String id, java.time.Instant created, boolean active) {
    }

    /** Makes a new data key the active one; {@link Reencryption} then moves existing values to it. */
    public String rotate() {
        return dataKeys.rotate();
    }

    /** Whether a stored text value is already under the active data key. */
    boolean isCurrent(String stored) {
        return stored.startsWith(PREFIX + dataKeys.activeId() + ":");
    }

    /** The prefix every text value under the active data key starts with (for finding the others in SQL). */
    String currentPrefix() {
        return PREFIX + dataKeys.activeId() + ":";
    }

    byte[] currentSealedHeader() {
        return sealedHeader(dataKeys.activeId());
    }

    private static byte[] sealedHeader(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(SEALED_MAGIC.length + 1 + id.length).put(SEALED_MAGIC).put((byte) id.length).put(id).array();
    }

    private static Optional<String> sealedKeyId(byte[] sealed) {
        if (sealed.length < SEALED_MAGIC.length + 2 || !java.util.Arrays.equals(sealed, 0, SEALED_MAGIC.length, SEALED_MAGIC, 0, SEALED_MAGIC.length)) {
            return Optional.empty();
        }
        int length = sealed[SEALED_MAGIC.length];
        if (length <= 0 || SEALED_MAGIC.length + 1 + length > sealed.length) {
            return Optional.empty();
        }
        return Optional.of(new String(sealed, SEALED_MAGIC.length + 1, length, StandardCharsets.US_ASCII));
    }

    /** AES-GCM: encrypting returns nonce + ciphertext; decrypting takes the same. */
    private static byte[] gcm(int mode, SecretKeySpec key, String context, byte[] input) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        if (mode == Cipher.ENCRYPT_MODE) {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (context != null) {
                cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            }
            byte[] sealed = cipher.doFinal(input);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        }
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, input, 0, NONCE_BYTES));
        if (context != null) {
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        }
        return cipher.doFinal(input, NONCE_BYTES, input.length - NONCE_BYTES);
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Created readable by the owner only from the first moment, not tightened afterwards.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file); // e.g. Windows: the data directory's own permissions protect it
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the field encryption key " + file, e);
        }
    }
}
