package org.haven.crossborder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import org.haven.bestinterests.OriginContact;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Three Haven nodes (Norway, Lithuania, Poland) on loopback, each a whole application with its own
 * database, exchanging signed and encrypted messages: what a focal point and an attacker on the
 * network would each see happen.
 */
class CrossBorderNodesTest {

    @TempDir
    static Path dirs;
    static HavenNode norway;
    static HavenNode lithuania;
    static HavenNode poland;

    @BeforeAll
    static void startThreeNodes() {
        norway = HavenNode.start("NO", dirs.resolve("no"));
        lithuania = HavenNode.start("LT", dirs.resolve("lt"));
        poland = HavenNode.start("PL", dirs.resolve("pl"));
        for (var node : List.of(norway, lithuania, poland)) {
            for (var other : List.of(norway, lithuania, poland)) {
                if (node != other) {
                    node.bean(Partners.class).learn(other.url());
                }
            }
        }
    }

    @AfterAll
    static void stopThem() {
        for (var node : new HavenNode[]{norway, lithuania, poland}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static CaseId lithuanianChildInOslo(String given, String family) {
        var caseworker = norway.user("caseworker");
        return norway.bean(CaseFiles.class).open(caseworker, new NewCase(new ChildDetails(given, family, List.of(), Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(2011, 4, 12)), List.of("LT"), List.of("lt")),
                caseworker.organisationId().value(), "Found at a car wash, working"));
    }

    private static UUID ask(HavenNode to, CaseId caseId) {
        return norway.bean(CrossBorderRequests.class).send(norway.user("caseworker"), caseId, to.id,
                RequestKind.INFORMATION_REQUEST, LegalBasis.ANTI_TRAFFICKING_DIRECTIVE, "Is she known to you? Who are her parents?");
    }

    private static CrossBorderRequest outgoing(UUID id) {
        return norway.bean(CrossBorderRequests.class).get(id);
    }

    private static String sealedMessageOf(HavenNode node, UUID requestId) {
        return node.jdbc().sql("""
                        SELECT o.sealed FROM crossborder_outbox o JOIN crossborder_request r ON r.message_id = o.message_id
                        WHERE r.id = ?""").param(requestId).query(String.class).single();
    }

    private static long requestsReceived(HavenNode node, UUID id) {
        return node.jdbc().sql("SELECT count(*) FROM crossborder_request WHERE id = ? AND direction = 'INCOMING'")
                .param(id).query(Long.class).single();
    }

    private static Receipt receiptFrom(HavenNode node, String body) {
        var partner = norway.bean(Partners.class).find(node.id).orElseThrow();
        return Receipt.verify(body, partner).orElseThrow(() -> new AssertionError("no valid signed receipt: " + body));
    }

    @Test
    void aNorwegianRequestIsDeliveredReadAndAnsweredAndTheAnswerIsOnTheNorwegianCase() {
        var caseId = lithuanianChildInOslo("Gabija", "Kazlauskaitė");
        UUID id = ask(lithuania, caseId);
        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.QUEUED);

        norway.sendMessages();
        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.ACCEPTED);
        var focalPoint = lithuania.user("lt.focalpoint");
        var received = lithuania.bean(CrossBorderRequests.class).incoming(focalPoint).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertThat(received.child()).containsEntry("GIVEN_NAMES", "Gabija").doesNotContainKey("ALIASES");
        assertThat(received.question()).contains("parents");

        lithuania.sendMessages();
        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.DELIVERED);

        var seen = lithuania.bean(CrossBorderRequests.class).view(focalPoint, id);
        lithuania.bean(CrossBorderRequests.class).answer(focalPoint, id, "Known in Kaunas; mother Rasa, no concerns recorded.",
                seen.version());
        lithuania.sendMessages();

        var answered = norway.bean(CrossBorderRequests.class).view(norway.user("caseworker"), id);
        assertThat(answered.status()).isEqualTo(CrossBorderRequest.Status.ANSWERED);
        assertThat(answered.answer()).isEqualTo("Known in Kaunas; mother Rasa, no concerns recorded.");
        assertThat(answered.deliveredAt()).isNotNull();
        assertThat(answered.readAt()).isNotNull();
        assertThat(norway.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'crossborder.answer.received'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theSameMessageDeliveredTwiceIsActedOnOnceAndTheSecondDeliveryIsToldItIsADuplicate() throws Exception {
        UUID id = ask(lithuania, lithuanianChildInOslo("Austėja", "Petrauskaitė"));
        String sealed = sealedMessageOf(norway, id);

        var first = lithuania.post(sealed);
        var second = lithuania.post(sealed);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(receiptFrom(lithuania, first.body()).status()).isEqualTo(Receipt.Status.ACCEPTED);
        assertThat(receiptFrom(lithuania, first.body()).digest()).as("bound to the bytes delivered")
                .isEqualTo(Receipt.digestOf(sealed));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(receiptFrom(lithuania, second.body()).status()).isEqualTo(Receipt.Status.DUPLICATE);
        assertThat(requestsReceived(lithuania, id)).isEqualTo(1);
        norway.sendMessages();
        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.ACCEPTED);
    }

    @Test
    void aMessageAlteredOnTheWayIsRefusedWithASignedReasonAndRecorded() throws Exception {
        UUID id = ask(lithuania, lithuanianChildInOslo("Emilija", "Jankauskaitė"));
        String sealed = sealedMessageOf(norway, id);
        String[] parts = sealed.split("\\.");
        char c = parts[3].charAt(10);
        parts[3] = parts[3].substring(0, 10) + (c == 'A' ? 'B' : 'A') + parts[3].substring(11);

        var response = lithuania.post(String.join(".", parts));

        assertThat(response.statusCode()).isEqualTo(400);
        var receipt = receiptFrom(lithuania, response.body());
        assertThat(receipt.status()).isEqualTo(Receipt.Status.REJECTED);
        assertThat(receipt.reason()).contains("altered");
        assertThat(requestsReceived(lithuania, id)).isZero();
        assertThat(lithuania.jdbc().sql("SELECT count(*) FROM crossborder_refusal WHERE partner = 'NO'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aMessageSealedForAnotherNodeIsRefusedByTheNodeItReaches() throws Exception {
        UUID id = ask(poland, lithuanianChildInOslo("Ugnė", "Vasiliauskaitė"));

        var response = lithuania.post(sealedMessageOf(norway, id));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(receiptFrom(lithuania, response.body()).reason()).contains("does not hold");
        assertThat(requestsReceived(lithuania, id)).isZero();
    }

    @Test
    void aReplayedMessageIsNotActedOnAgainAndOneReplayedAfterItExpiredIsRefused() throws Exception {
        var sealing = norway.bean(Sealing.class);
        var lt = norway.bean(Partners.class).find("LT").orElseThrow();
        var body = Map.<String, Object>of("requestId", UUID.randomUUID().toString(), "status", "READ");
        var expired = new Envelope(UUID.randomUUID(), Envelope.Type.RECEIPT, "NO", "LT", Instant.now().minusSeconds(7200),
                Instant.now().minusSeconds(3600), body);

        var response = lithuania.post(sealing.seal(expired, lt));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(receiptFrom(lithuania, response.body()).reason()).contains("expired");
        UUID id = ask(lithuania, lithuanianChildInOslo("Kamilė", "Žukauskaitė"));
        norway.sendMessages();
        var replay = lithuania.post(sealedMessageOf(norway, id));
        assertThat(receiptFrom(lithuania, replay.body()).status()).isEqualTo(Receipt.Status.DUPLICATE);
        assertThat(requestsReceived(lithuania, id)).isEqualTo(1);
    }

    @Test
    void aMessageOfAnUnknownSchemaVersionOrCarryingMoreThanItsKindAllowsIsRefusedWithTheReason() throws Exception {
        var keys = norway.bean(NodeKeys.class);
        var lt = norway.bean(Partners.class).find("LT").orElseThrow();
        var json = new LinkedHashMap<>(new Envelope(UUID.randomUUID(), Envelope.Type.RECEIPT, "NO", "LT", Instant.now(),
                Instant.now().plusSeconds(3600), Map.of()).toJson());
        json.put("schema", "haven.crossborder/2");
        var signed = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.signing().getKeyID())
                .type(Sealing.MESSAGE).build(),
                new Payload(json));
        signed.sign(new ECDSASigner(keys.signing()));
        var sealed = new com.nimbusds.jose.JWEObject(new com.nimbusds.jose.JWEHeader.Builder(
                com.nimbusds.jose.JWEAlgorithm.ECDH_ES_A256KW, com.nimbusds.jose.EncryptionMethod.A256GCM)
                .keyID(lt.encryptionKey().getKeyID()).customParam(Sealing.FROM, "NO").build(), new Payload(signed));
        sealed.encrypt(new com.nimbusds.jose.crypto.ECDHEncrypter(lt.encryptionKey().toECPublicKey()));

        var unknownVersion = lithuania.post(sealed.serialize());

        assertThat(receiptFrom(lithuania, unknownVersion.body()).reason()).contains("unsupported schema version");

        var request = new LinkedHashMap<String, Object>();
        request.put("requestId", UUID.randomUUID().toString());
        request.put("kind", "SOCIAL_INQUIRY");
        request.put("legalBasis", "HAGUE_1996");
        request.put("dueOn", "2030-01-01");
        request.put("child", Map.of("GIVEN_NAMES", "Ona", "NATIONALITY", List.of("LT")));
        request.put("question", "Is the home safe?");
        var tooMuch = new Envelope(UUID.randomUUID(), Envelope.Type.REQUEST, "NO", "LT", Instant.now(),
                Instant.now().plusSeconds(3600), request);

        var refused = lithuania.post(norway.bean(Sealing.class).seal(tooMuch, lt));

        assertThat(receiptFrom(lithuania, refused.body()).reason()).contains("data minimisation");
        assertThat(requestsReceived(lithuania, UUID.fromString((String) request.get("requestId")))).isZero();
    }

    @Test
    void aChildSeekingProtectionIsNotAskedAboutInHerCountryOfOriginWithoutABestInterestsDecision() {
        var caseId = lithuanianChildInOslo("Rūta", "Stankevičiūtė");
        norway.bean(OriginContact.class).protectionSought(norway.user("caseworker"), caseId, LocalDate.now().minusDays(3));

        assertThatThrownBy(() -> ask(lithuania, caseId)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("crossborder.do-not-contact");
        assertThat(norway.bean(CrossBorderRequests.class).ofCase(norway.user("caseworker"), caseId)).isEmpty();
        assertThat(ask(poland, caseId)).isNotNull();
    }

    @Test
    void whileTheReceiverIsDownNothingIsLostAndARequestWrittenJustBeforeACrashIsSentAfterTheRestart() {
        UUID whileDown = ask(poland, lithuanianChildInOslo("Ieva", "Paulauskaitė"));
        poland.stop();
        try {
            norway.sendMessages();
            var state = norway.bean(Outbox.class).state(messageOf(whileDown)).orElseThrow();
            assertThat(state.status()).isEqualTo("PENDING");
            assertThat(state.attempts()).isEqualTo(1);
            assertThat(state.lastError()).contains("unreachable");
        } finally {
            poland.start();
        }
        UUID beforeCrash = ask(poland, lithuanianChildInOslo("Greta", "Urbonaitė"));
        norway.stop();
        norway.start();

        norway.sendMessages();

        assertThat(requestsReceived(poland, whileDown)).isEqualTo(1);
        assertThat(requestsReceived(poland, beforeCrash)).isEqualTo(1);
        assertThat(outgoing(whileDown).status()).isEqualTo(CrossBorderRequest.Status.ACCEPTED);
    }

    @Test
    void keysRotateOnBothSidesWithoutLosingAMessageInFlight() {
        UUID sealedForTheOldKey = ask(lithuania, lithuanianChildInOslo("Viltė", "Kavaliauskaitė"));
        lithuania.bean(NodeKeyRotation.class).rotate(lithuania.user("admin"));
        norway.bean(NodeKeyRotation.class).rotate(norway.user("admin"));

        norway.sendMessages();
        lithuania.sendMessages();

        assertThat(requestsReceived(lithuania, sealedForTheOldKey)).isEqualTo(1);
        var pinnedInNorway = norway.bean(Partners.class).find("LT").orElseThrow();
        assertThat(pinnedInNorway.encryptionKey().getKeyID())
                .isEqualTo(lithuania.bean(NodeKeys.class).encryption().getKeyID());
        UUID signedWithTheNewKey = ask(lithuania, lithuanianChildInOslo("Urtė", "Ramanauskaitė"));
        norway.sendMessages();
        assertThat(requestsReceived(lithuania, signedWithTheNewKey)).isEqualTo(1);
        assertThat(outgoing(signedWithTheNewKey).status()).isIn(CrossBorderRequest.Status.ACCEPTED,
                CrossBorderRequest.Status.DELIVERED);
    }

    @Test
    void aRequestWithSpecialCategoryDataLeavesOnlyAfterAFocalPointReviewedIt() {
        var caseId = lithuanianChildInOslo("Miglė", "Butkutė");
        var requests = norway.bean(CrossBorderRequests.class);
        UUID id = requests.send(norway.user("caseworker"), caseId, List.of("LT"), RequestKind.SOCIAL_INQUIRY,
                LegalBasis.HAGUE_1996, "She has a chronic illness and was sexually exploited; is the home able to care for her?", true).get(0);

        norway.sendMessages();
        assertThat(requestsReceived(lithuania, id)).isZero();
        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.AWAITING_REVIEW);
        var focalPoint = norway.user("focalpoint");
        assertThatThrownBy(() -> requests.review(focalPoint, id, false, " ", outgoing(id).version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("note-required");
        assertThatThrownBy(() -> requests.review(norway.user("caseworker"), id, true, null, outgoing(id).version()))
                .isInstanceOf(org.haven.platform.NoAccess.class);

        requests.review(focalPoint, id, true, null, outgoing(id).version());
        norway.sendMessages();

        assertThat(requestsReceived(lithuania, id)).isEqualTo(1);
        assertThat(norway.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'crossborder.request.reviewed' AND outcome = 'SUCCEEDED' AND subject_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMissingChildAlertGoesToSeveralNodesAtOnceAndOtherRequestsToOne() {
        var caseId = lithuanianChildInOslo("Liepa", "Navickaitė");
        var requests = norway.bean(CrossBorderRequests.class);
        var caseworker = norway.user("caseworker");
        assertThatThrownBy(() -> requests.send(caseworker, caseId, List.of("LT", "PL"), RequestKind.INFORMATION_REQUEST,
                LegalBasis.HAGUE_1996, "Known?", false)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("one-only");

        var ids = requests.send(caseworker, caseId, List.of("LT", "PL"), RequestKind.MISSING_CHILD_ALERT,
                LegalBasis.VITAL_INTERESTS, "Left the shelter last night with an unknown adult; may travel by bus to Vilnius or Warsaw.", false);
        norway.sendMessages();

        assertThat(ids).hasSize(2);
        assertThat(requestsReceived(lithuania, ids.get(0)) + requestsReceived(poland, ids.get(0))).isEqualTo(1);
        assertThat(requestsReceived(lithuania, ids.get(1)) + requestsReceived(poland, ids.get(1))).isEqualTo(1);
        assertThat(requests.ofCase(caseworker, caseId)).extracting(CrossBorderRequest::partner).containsExactlyInAnyOrder("LT", "PL");
    }

    @Test
    void anUnansweredRequestPastItsDueDateIsChasedOnBothSides() {
        UUID id = ask(lithuania, lithuanianChildInOslo("Saulė", "Mockutė"));
        norway.sendMessages();
        for (var node : List.of(norway, lithuania)) {
            node.jdbc().sql("UPDATE crossborder_request SET due_on = current_date - 1 WHERE id = ?").param(id).update();
            assertThat(node.bean(CrossBorderRequests.class).markOverdue()).isPositive();
        }

        assertThat(outgoing(id).escalatedAt()).isNotNull();
        assertThat(norway.bean(org.haven.casework.Notifications.class).mine(norway.user("caseworker")))
                .anyMatch(n -> n.messageCode().equals("notice.crossborder.overdue"));
        assertThat(lithuania.bean(org.haven.casework.Notifications.class).mine(lithuania.user("lt.focalpoint")))
                .anyMatch(n -> n.messageCode().equals("notice.crossborder.incoming-overdue"));
        assertThat(norway.bean(CrossBorderRequests.class).markOverdue()).as("chased once").isZero();
    }

    @Test
    void aRequestSentOnToAThirdCountryIsAnsweredFromThereBackToTheAsker() {
        UUID id = ask(lithuania, lithuanianChildInOslo("Rugilė", "Jakštaitė"));
        norway.sendMessages();
        var lt = lithuania.bean(CrossBorderRequests.class);
        var ltFocalPoint = lithuania.user("lt.focalpoint");
        UUID onward = lt.forward(ltFocalPoint, id, "PL", "Her mother is registered in Białystok.", lt.get(id).version());
        lithuania.sendMessages();
        assertThat(outgoing(id).forwardedTo()).isEqualTo("PL");

        var pl = poland.bean(CrossBorderRequests.class);
        var plFocalPoint = poland.user("pl.focalpoint");
        var received = pl.view(plFocalPoint, onward);
        assertThat(received.question()).contains("Białystok");
        pl.answer(plFocalPoint, onward, "Mother found in Białystok; social services visited, home is safe.", received.version());
        poland.sendMessages();
        lithuania.sendMessages();

        assertThat(outgoing(id).status()).isEqualTo(CrossBorderRequest.Status.ANSWERED);
        assertThat(norway.bean(CrossBorderRequests.class).view(norway.user("caseworker"), id).answer())
                .startsWith("PL: Mother found in Białystok");
    }

    @Test
    void filesGoWithTheRequestEncryptedAndAFileThatIsNotWhatItClaimsIsRefused() throws Exception {
        var caseId = lithuanianChildInOslo("Smiltė", "Lukoševičiūtė");
        byte[] certificate = "Birth certificate LT-1234567, Kaunas civil registry".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UUID id = norway.bean(CrossBorderRequests.class).send(norway.user("caseworker"), caseId, List.of("LT"),
                RequestKind.INFORMATION_REQUEST, LegalBasis.HAGUE_1996, "Is this certificate hers?", false,
                List.of(new RequestAttachments.File("C:\\scans\\certificate.txt", "text/plain", certificate))).get(0);
        norway.sendMessages();

        var lt = lithuania.bean(CrossBorderRequests.class);
        var shown = lt.view(lithuania.user("lt.focalpoint"), id);
        var listed = lt.attachmentsOf(shown);
        assertThat(listed).extracting(RequestAttachments.Listed::name).containsExactly("certificate.txt");
        assertThat(lt.attachment(lithuania.user("lt.focalpoint"), id, listed.get(0).id()).content()).isEqualTo(certificate);
        assertThat(lithuania.jdbc().sql("SELECT content FROM crossborder_attachment WHERE request_id = ?").param(id)
                .query(byte[].class).single()).as("sealed at rest").isNotEqualTo(certificate);

        var request = new LinkedHashMap<String, Object>();
        request.put("requestId", UUID.randomUUID().toString());
        request.put("kind", "INFORMATION_REQUEST");
        request.put("legalBasis", "HAGUE_1996");
        request.put("dueOn", "2030-01-01");
        request.put("child", Map.of("GIVEN_NAMES", "Ona"));
        request.put("question", "Known?");
        request.put("attachments", RequestAttachments.toJson(List.of(new RequestAttachments.File("passport.pdf",
                "application/pdf", "not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        var disguised = new Envelope(UUID.randomUUID(), Envelope.Type.REQUEST, "NO", "LT", Instant.now(),
                Instant.now().plusSeconds(3600), request);

        var refused = lithuania.post(norway.bean(Sealing.class).seal(disguised, norway.bean(Partners.class).find("LT").orElseThrow()));

        assertThat(receiptFrom(lithuania, refused.body()).reason()).contains("not the application/pdf");
        assertThat(requestsReceived(lithuania, UUID.fromString((String) request.get("requestId")))).isZero();
    }

    private static UUID messageOf(UUID requestId) {
        return norway.jdbc().sql("SELECT message_id FROM crossborder_request WHERE id = ?").param(requestId)
                .query(UUID.class).single();
    }
}
