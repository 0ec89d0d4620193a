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

        assertThat(stored).startsWith("v2:k1:").doesNotContain("дядю");
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
        assertThat(FieldCipherProbe.create("", dataDir).decrypt(stored)).isEqualTo("Она боится дядю. هي خائفة");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("keys/field.key"))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_tampered_value_or_another_key_is_refused() {
        var cipher = FieldCipherProbe.create("", dataDir);
        String stored = cipher.encrypt("secret");
        byte[] bytes = java.util.Base64.getDecoder().decode(stored.substring("v2:k1:".length()));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v2:k1:" + java.util.Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FieldCipherProbe.create("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", dataDir).decrypt(stored))
                .as("another master key cannot even open the data keys").isInstanceOf(IllegalStateException.class);
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

    @Test
    void after_a_rotation_new_values_use_the_new_data_key_and_old_values_and_files_still_open() throws Exception {
        var cipher = FieldCipherProbe.create("", dataDir);
        String before = cipher.encrypt("placed with her aunt in Drammen");
        byte[] sealedBefore = cipher.seal(new byte[]{1, 2, 3}, "attachment:9");

        String newKey = cipher.rotate();

        assertThat(newKey).isEqualTo("k2");
        assertThat(cipher.encrypt("x")).startsWith("v2:k2:");
        assertThat(cipher.decrypt(before)).isEqualTo("placed with her aunt in Drammen");
        assertThat(cipher.open(sealedBefore, "attachment:9")).containsExactly(1, 2, 3);
        assertThat(FieldCipherProbe.create("", dataDir).decrypt(before)).as("after a restart").isEqualTo("placed with her aunt in Drammen");
        assertThat(Files.readString(dataDir.resolve("keys/data-keys.properties"))).contains("active=k2").doesNotContain("Drammen");
    }

    @Test
    void values_written_before_data_keys_existed_still_open() throws Exception {
        var cipher = FieldCipherProbe.create("", dataDir);
        byte[] master = java.util.Base64.getDecoder().decode(Files.readString(dataDir.resolve("keys/field.key")).strip());
        byte[] nonce = new byte[12];
        var aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(master, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal("written in 2025".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String legacy = "v1:" + java.util.Base64.getEncoder().encodeToString(
                java.nio.ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());

        assertThat(cipher.decrypt(legacy)).isEqualTo("written in 2025");
    }
}
