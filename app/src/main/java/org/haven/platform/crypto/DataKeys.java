package org.haven.platform.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The data keys (envelope encryption): each value is encrypted with a data key, and the data keys
 * are kept in {@code <data-dir>/keys/data-keys.properties}, each wrapped (AES-GCM) by the master key,
 * which lives outside the database and outside that file ({@code HAVEN_ENCRYPTION_KEY} or
 * {@code keys/field.key}). Rotation adds a data key and makes it the one new values use; the old
 * ones stay to read what is not re-encrypted yet (and backups). Another instance's rotation is seen
 * when the file changes.
 */
final class DataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    record KeyInfo(String id, Instant created) {
    }

    private record Ring(String active, Map<String, SecretKeySpec> keys, List<KeyInfo> info, FileTime modified) {
    }

    private final SecretKeySpec master;
    private final Path file;
    private final Clock clock;
    private volatile Ring ring;

    DataKeys(SecretKeySpec master, Path file, Clock clock) {
        this.master = master;
        this.file = file;
        this.clock = clock;
        synchronized (this) {
            if (!Files.exists(file)) {
                write(new Properties(), "k1");
            }
            this.ring = read();
        }
    }

    String activeId() {
        return current().active();
    }

    SecretKeySpec active() {
        var current = current();
        return current.keys().get(current.active());
    }

    Optional<SecretKeySpec> get(String id) {
        var found = current().keys().get(id);
        if (found == null) {
            ring = read(); // another instance may have rotated a moment ago
            found = ring.keys().get(id);
        }
        return Optional.ofNullable(found);
    }

    List<KeyInfo> all() {
        return current().info();
    }

    /** A new data key, from now on the one new values are encrypted with; its id. */
    synchronized String rotate() {
        var properties = load();
        String id = "k" + (current().keys().size() + 1);
        while (properties.containsKey("key." + id)) {
            id = id + "x";
        }
        write(properties, id);
        ring = read();
        return id;
    }

    private Ring current() {
        var known = ring;
        try {
            if (!Files.getLastModifiedTime(file).equals(known.modified())) {
                ring = read();
                return ring;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data keys " + file, e);
        }
        return known;
    }

    private Ring read() {
        var properties = load();
        var keys = new LinkedHashMap<String, SecretKeySpec>();
        var info = new ArrayList<KeyInfo>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                String id = name.substring(4);
                String[] parts = properties.getProperty(name).split("\\|");
                keys.put(id, new SecretKeySpec(unwrap(id, Base64.getDecoder().decode(parts[1])), "AES"));
                info.add(new KeyInfo(id, Instant.parse(parts[0])));
            }
        }
        info.sort(Comparator.comparing(KeyInfo::created));
        String active = properties.getProperty("active");
        if (active == null || !keys.containsKey(active)) {
            throw new IllegalStateException("The data keys file " + file + " names no usable active key");
        }
        try {
            return new Ring(active, Map.copyOf(keys), List.copyOf(info), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties load() {
        var properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the data keys " + file, e);
            }
        }
        return properties;
    }

    private void write(Properties properties, String newId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        properties.setProperty("key." + newId, clock.instant() + "|" + Base64.getEncoder().encodeToString(wrap(newId, key)));
        properties.setProperty("active", newId);
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.deleteIfExists(next);
            if (next.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(writer, "Haven data keys, each wrapped by the master key. Back up with the master key; never edit.");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the data keys " + file, e);
        }
    }

    private byte[] wrap(String id, byte[] key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(("haven-data-key:" + id).getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap a data key", e);
        }
    }

    private byte[] unwrap(String id, byte[] wrapped) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(128, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(("haven-data-key:" + id).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data key " + id + " in " + file + " does not open with this master key", e);
        }
    }
}
