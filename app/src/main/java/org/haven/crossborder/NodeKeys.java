package org.haven.crossborder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This node's key pairs (EC P-256): the newest signing key signs, and every encryption key still
 * held can open a message, so that a message sealed for the previous key before a rotation is not
 * lost. Kept in a file in the data directory (outside the database), created on first start, with
 * permissions for its owner only. Back it up with the field-encryption key (docs/operations.md).
 */
@Component
public class NodeKeys {

    private final Path file;
    private final Path activeFile;
    private final Clock clock;
    private volatile List<ECKey> keys;
    private volatile String activeSigningKey;
    private volatile String loadedVersion = "";

    NodeKeys(@Value("${haven.data-dir}") Path dataDir, Clock clock) {
        this.file = dataDir.resolve("keys/node-keys.json");
        this.activeFile = dataDir.resolve("keys/node-keys.active");
        this.clock = clock;
        this.keys = load();
        try {
            if (!Files.exists(activeFile)) {
                Files.writeString(activeFile, newest(KeyUse.SIGNATURE).getKeyID());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + activeFile, e);
        }
        reloadIfChanged();
    }

    /**
     * Other application instances on the same data (several app nodes) may rotate the keys: the
     * files are read again when they change, so every instance signs and opens with the same keys.
     */
    private void reloadIfChanged() {
        try {
            String version = Files.getLastModifiedTime(file) + "/" + Files.getLastModifiedTime(activeFile);
            if (!version.equals(loadedVersion)) {
                synchronized (this) {
                    keys = load();
                    activeSigningKey = Files.readString(activeFile).strip();
                    loadedVersion = version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node keys in " + file, e);
        }
    }

    private List<ECKey> load() {
        try {
            if (Files.exists(file)) {
                return JWKSet.parse(Files.readString(file)).getKeys().stream().map(JWK::toECKey).toList();
            }
            var fresh = List.of(generate(KeyUse.SIGNATURE), generate(KeyUse.ENCRYPTION));
            save(fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the node keys in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The node key file " + file + " is not a JWK set", e);
        }
    }

    private ECKey generate(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use)
                    .keyID(use.identifier() + "-" + clock.instant().getEpochSecond() + "-"
                            + UUID.randomUUID().toString().substring(0, 8))
                    .issueTime(java.util.Date.from(clock.instant())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(List<ECKey> all) throws IOException {
        Files.createDirectories(file.getParent());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(written, new JWKSet(new ArrayList<JWK>(all)).toString(false));
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect it
        }
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The signing key in use: every message and receipt from this node is signed with it. After a
     * rotation it stays the old one until every partner has the new public keys ({@link #activate}),
     * so that no partner is sent a signature it cannot check yet.
     */
    ECKey signing() {
        reloadIfChanged();
        String active = activeSigningKey;
        return keys.stream().filter(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()) && k.getKeyID().equals(active))
                .findFirst().orElseGet(() -> newest(KeyUse.SIGNATURE));
    }

    /** The newest signing key, once every partner has it: from now on it signs. */
    synchronized void activateNewest() {
        String newest = newest(KeyUse.SIGNATURE).getKeyID();
        try {
            Files.writeString(activeFile, newest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + activeFile, e);
        }
        activeSigningKey = newest;
    }

    /** The newest encryption key: what partners should seal new messages for. */
    ECKey encryption() {
        return newest(KeyUse.ENCRYPTION);
    }

    /** An encryption key still held, by its id: old ones stay to open messages sealed before a rotation. */
    Optional<ECKey> encryptionKey(String keyId) {
        reloadIfChanged();
        return keys.stream().filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()) && k.getKeyID().equals(keyId))
                .findFirst();
    }

    private ECKey newest(KeyUse use) {
        return keys.stream().filter(k -> use.equals(k.getKeyUse())).reduce((a, b) -> b).orElseThrow();
    }

    /** The public halves of all keys held, as partners pin them. */
    public JWKSet publicKeys() {
        reloadIfChanged();
        return new JWKSet(new ArrayList<JWK>(keys)).toPublicJWKSet();
    }

    /**
     * New signing and encryption keys; the old ones are kept, so messages in flight still open. The
     * new public keys go to partners in a message signed with the old signing key.
     */
    synchronized JWKSet rotate() {
        var next = new ArrayList<>(keys);
        next.add(generate(KeyUse.SIGNATURE));
        next.add(generate(KeyUse.ENCRYPTION));
        try {
            save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the node keys in " + file, e);
        }
        keys = List.copyOf(next);
        return publicKeys();
    }
}
