package org.haven.platform;

import org.haven.platform.crypto.FieldCipherProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    @TempDir
    Path dataDir;

    @Test
    void text_is_stored_unreadable_comes_back_intact_and_the_key_survives_a_restart() throws Exception {
        var cipher = FieldCipherProbe.create("", dataDir);
        String stored = cipher.encrypt("Она боится дядю. هي خائفة");

        assertThat(stored).startsWith("v1:").doesNotContain("дядю");
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
        assertThat(FieldCipherProbe.create("", dataDir).decrypt(stored)).isEqualTo("Она боится дядю. هي خائفة");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("keys/field.key"))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_tampered_value_or_another_key_is_refused() {
        var cipher = FieldCipherProbe.create("", dataDir);
        String stored = cipher.encrypt("secret");
        byte[] bytes = java.util.Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        var other = FieldCipherProbe.create("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", dataDir);
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_sealed_file_opens_only_for_the_record_it_belongs_to() {
        var cipher = FieldCipherProbe.create("", dataDir);
        byte[] photo = "%PDF-1.4 the child's papers".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(photo, "attachment:1");

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("child");
        assertThat(cipher.open(sealed, "attachment:1")).isEqualTo(photo);
        assertThatThrownBy(() -> cipher.open(sealed, "attachment:2")).isInstanceOf(IllegalStateException.class);
    }
}
