package org.haven.intake;

import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class ReferralAttachmentsTest {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired Intake intake;
    @Autowired ReferralAttachments attachments;
    @Autowired DemoUsers demoUsers;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private UUID draftBy(String username) {
        var user = demoUsers.user(username);
        UUID id = intake.startDraft(user);
        intake.write(user, id, new Referral.Content("Mihai", null, 13, null, "ro", "Central station", "Oslo",
                "This morning", "Begging all day; a woman collects the money", null, false, false, Set.of()), 0);
        return id;
    }

    @Test
    void a_photo_sent_with_a_referral_is_stored_encrypted_and_downloaded_only_by_those_who_see_the_referral()
            throws Exception {
        UUID referral = draftBy("police");
        UUID photo = attachments.add(demoUsers.user("police"), referral, "C:\\Users\\officer\\station.png", PNG);
        intake.submit(demoUsers.user("police"), referral, 1);

        byte[] stored = jdbc.sql("SELECT content FROM intake_referral_attachment WHERE id = :id").param("id", photo)
                .query(byte[].class).single();
        assertThat(stored).isNotEqualTo(PNG);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("IHDR");
        assertThat(jdbc.sql("SELECT file_name FROM intake_referral_attachment WHERE id = :id").param("id", photo)
                .query(String.class).single()).startsWith("v2:");

        mvc.perform(get("/referrals/{r}/attachments/{a}", referral, photo).with(demoUsers.as("caseworker2")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"station.png\"")))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/referrals/{r}", referral).with(demoUsers.as("caseworker2")))
                .andExpect(content().string(containsString("station.png")));
        mvc.perform(get("/referrals/{r}/attachments/{a}", referral, photo).with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'referral.attachment.opened' AND subject_id = :r AND outcome = 'SUCCEEDED'")
                .param("r", referral.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_photos_pdf_and_text_are_taken_judged_by_content_not_by_name() {
        UUID referral = draftBy("police");
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        assertThatThrownBy(() -> attachments.add(demoUsers.user("police"), referral, "photo.jpg", page))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.attachment.unsupported");
        assertThatThrownBy(() -> attachments.add(demoUsers.user("police"), referral, "photo.png", program))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.attachment.unsupported");
        assertThat(attachments.add(demoUsers.user("police"), referral, "notes.txt",
                "Written at the station".getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void files_are_added_only_by_the_referrer_while_the_referral_is_theirs_to_write() {
        UUID referral = draftBy("police");
        assertThatThrownBy(() -> attachments.add(demoUsers.user("ngo"), referral, "x.png", PNG))
                .isInstanceOf(NoAccess.class);
        intake.submit(demoUsers.user("police"), referral, 1);
        assertThatThrownBy(() -> attachments.add(demoUsers.user("police"), referral, "late.png", PNG))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.not-editable");
    }

    @Test
    void an_oversized_file_is_refused_with_its_limit_and_what_was_typed_with_it_is_kept() throws Exception {
        UUID referral = draftBy("police");
        byte[] tooBig = new byte[(int) attachments.maxSize().toBytes() + 1];

        mvc.perform(multipart("/referrals/{id}/attachments", referral)
                        .file(new MockMultipartFile("file", "video.png", "image/png", tooBig))
                        .param("observations", "Typed just before adding the file").param("version", "1")
                        .with(csrf()).session(demoUsers.session("police")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is too big: it can be at most 10 MB")))
                .andExpect(content().string(containsString("Typed just before adding the file")));

        assertThat(intake.view(demoUsers.user("police"), referral).observations())
                .isEqualTo("Typed just before adding the file");
        assertThat(attachments.of(intake.view(demoUsers.user("police"), referral))).isEmpty();
    }

    @Test
    void a_file_larger_than_any_form_is_refused_by_its_declared_length_and_the_sender_sent_back_with_the_limit()
            throws Exception {
        UUID referral = draftBy("police");

        mvc.perform(multipart("/referrals/{id}/attachments", referral)
                        .with(request -> {
                            request.setContent(new byte[12 * 1024 * 1024]); // the declared length the guard reads
                            return request;
                        })
                        .with(csrf()).session(demoUsers.session("police")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/referrals/" + referral + "/edit?refused=too-large"));
        mvc.perform(get("/referrals/{id}/edit", referral).param("refused", "too-large").with(demoUsers.as("police")))
                .andExpect(content().string(containsString("The file is too big: it can be at most 10 MB")));
    }

    @Test
    void nobody_signed_out_can_make_haven_read_a_file_anywhere() throws Exception {
        for (String path : new String[]{"/report", "/referrals/" + UUID.randomUUID() + "/attachments"}) {
            try (var socket = new Socket("localhost", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000000\r\n\r\n--b\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(firstLines(socket.getInputStream())).startsWith("HTTP/1.1 403");
            }
        }
    }

    @Test
    void a_removed_file_is_gone_but_once_sent_a_file_stays_as_evidence() {
        UUID referral = draftBy("police");
        var police = demoUsers.user("police");
        UUID first = attachments.add(police, referral, "wrong-photo.png", PNG);
        attachments.remove(police, referral, first);
        assertThat(attachments.of(intake.view(police, referral))).isEmpty();

        UUID kept = attachments.add(police, referral, "receipt.png", PNG);
        intake.submit(police, referral, 1);
        intake.askForMoreInformation(demoUsers.user("caseworker2"), referral, "Where exactly?", 2);
        assertThatThrownBy(() -> attachments.remove(police, referral, kept))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.attachment.sent");
    }

    private static String firstLines(InputStream in) throws IOException {
        var read = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            read.write(b);
            if (read.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
