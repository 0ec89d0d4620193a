package org.haven.intake;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.UploadedFiles;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Photos and documents sent with a referral: added by the referrer while the referral is still theirs
 * to write, read by whoever may see the referral. Only pictures, PDF and plain text are taken (checked
 * by their content, not their name); name and content are encrypted, and every opening is audited.
 */
@Service
@Transactional(noRollbackFor = {NoAccess.class, DomainRuleViolation.class})
public class ReferralAttachments {

    public static final int MAX_PER_REFERRAL = 10;

    private final JdbcClient db;
    private final Intake intake;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    ReferralAttachments(JdbcClient db, Intake intake, FieldCipher cipher, AuditTrail audit, Clock clock,
                        @Value("${haven.attachments.max-size}") DataSize maxSize) {
        this.db = db;
        this.intake = intake;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** What a list of attachments shows: never the content. */
    public record Attachment(UUID id, String fileName, String mediaType, int sizeBytes, Instant addedAt) {
    }

    public record Download(String fileName, String mediaType, byte[] content) {
    }

    public DataSize maxSize() {
        return maxSize;
    }

    public UUID add(SignedInUser user, UUID referralId, String fileName, byte[] content) {
        requireEditable(intake.own(user, referralId, "referral.attachment.added"));
        if (content.length == 0) {
            throw new DomainRuleViolation("referral.attachment.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new DomainRuleViolation("referral.attachment.too-large", maxSize.toMegabytes());
        }
        if (count(referralId) >= MAX_PER_REFERRAL) {
            throw new DomainRuleViolation("referral.attachment.too-many", MAX_PER_REFERRAL);
        }
        String name = UploadedFiles.cleanName(fileName);
        String type = UploadedFiles.acceptedType(content, name)
                .orElseThrow(() -> new DomainRuleViolation("referral.attachment.unsupported"));
        UUID id = UUID.randomUUID();
        db.sql("""
                        INSERT INTO intake_referral_attachment (id, referral, file_name, media_type, size_bytes, content,
                                                                added_by, added_at)
                        VALUES (:id, :referral, :name, :type, :size, :content, :by, :at)""")
                .param("id", id).param("referral", referralId).param("name", cipher.encrypt(name))
                .param("type", type).param("size", content.length).param("content", cipher.seal(content, context(id)))
                .param("by", user.id().value()).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(user.actor(), AuditRecord.succeeded("referral.attachment.added", "referral", referralId)
                .withDetails(id + ": " + type + ", " + content.length + " bytes"));
        return id;
    }

    /** The attachments of a referral the user has just been shown (through {@link Intake#view}). */
    public List<Attachment> of(Referral shownReferral) {
        return db.sql("""
                        SELECT id, file_name, media_type, size_bytes, added_at FROM intake_referral_attachment
                        WHERE referral = :referral ORDER BY added_at""")
                .param("referral", shownReferral.id())
                .query((rs, row) -> new Attachment(rs.getObject("id", UUID.class),
                        cipher.decrypt(rs.getString("file_name")), rs.getString("media_type"), rs.getInt("size_bytes"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    public Download open(SignedInUser user, UUID referralId, UUID attachmentId) {
        intake.view(user, referralId);
        var download = db.sql("""
                        SELECT file_name, media_type, content FROM intake_referral_attachment
                        WHERE id = :id AND referral = :referral""")
                .param("id", attachmentId).param("referral", referralId)
                .query((rs, row) -> new Download(cipher.decrypt(rs.getString("file_name")), rs.getString("media_type"),
                        cipher.open(rs.getBytes("content"), context(attachmentId))))
                .optional().orElseThrow(() -> new NotFound("attachment", attachmentId));
        audit.record(user.actor(), AuditRecord.succeeded("referral.attachment.opened", "referral", referralId)
                .withDetails(attachmentId.toString()));
        return download;
    }

    public void remove(SignedInUser user, UUID referralId, UUID attachmentId) {
        var referral = intake.own(user, referralId, "referral.attachment.removed");
        if (referral.status() != ReferralStatus.DRAFT || referral.submittedAt() != null) {
            // Once the receiving agency may have read a file, it is evidence: it stays.
            throw new DomainRuleViolation("referral.attachment.sent");
        }
        int removed = db.sql("DELETE FROM intake_referral_attachment WHERE id = :id AND referral = :referral")
                .param("id", attachmentId).param("referral", referralId).update();
        if (removed == 0) {
            throw new NotFound("attachment", attachmentId);
        }
        audit.record(user.actor(), AuditRecord.succeeded("referral.attachment.removed", "referral", referralId)
                .withDetails(attachmentId.toString()));
    }

    private static void requireEditable(Referral referral) {
        if (!referral.isEditable()) {
            throw new DomainRuleViolation("referral.not-editable");
        }
    }

    private int count(UUID referralId) {
        return db.sql("SELECT count(*) FROM intake_referral_attachment WHERE referral = :referral")
                .param("referral", referralId).query(Integer.class).single();
    }

    /** Where the files are, for re-encryption under a new data key. */
    @org.springframework.context.annotation.Bean
    static org.haven.platform.crypto.SealedColumn referralAttachmentContents() {
        return new org.haven.platform.crypto.SealedColumn("intake_referral_attachment", "id", "content", ReferralAttachments::context);
    }

    private static String context(UUID attachmentId) {
        return "referral-attachment:" + attachmentId;
    }
}
