package org.haven.crossborder;

import org.haven.platform.DomainRuleViolation;
import org.haven.platform.UploadedFiles;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files carried with a request, in the message itself (base64): at most three, 2 MB each, of the
 * kinds a focal point can open safely (JPEG, PNG, PDF, plain text), the kind judged from the bytes
 * (Apache Tika), not from the name. Stored sealed on both sides; a receiver refuses a message whose
 * files break these rules.
 */
@Component
public class RequestAttachments {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A file as uploaded or received. */
    public record File(String name, String mediaType, byte[] content) {
    }

    /** A stored file, as listed on the request. */
    public record Listed(UUID id, String name, String mediaType, int sizeBytes) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    RequestAttachments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Checks uploaded files: the problem as a message code, for the form. */
    List<File> checked(List<File> uploaded) {
        var files = uploaded.stream().filter(f -> f.content().length > 0).toList();
        if (files.size() > MAX_FILES) {
            throw new DomainRuleViolation("crossborder.attachment.too-many");
        }
        var checked = new ArrayList<File>();
        for (File file : files) {
            if (file.content().length > MAX_BYTES) {
                throw new DomainRuleViolation("crossborder.attachment.too-large");
            }
            String name = UploadedFiles.cleanName(file.name());
            String type = UploadedFiles.acceptedType(file.content(), name)
                    .orElseThrow(() -> new DomainRuleViolation("crossborder.attachment.unsupported"));
            checked.add(new File(name, type, file.content()));
        }
        return checked;
    }

    void store(UUID requestId, List<File> files) {
        for (File file : files) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO crossborder_attachment (id, request_id, file_name, media_type, size_bytes, content)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, requestId, cipher.encrypt(file.name()), file.mediaType(), file.content().length,
                            cipher.seal(file.content(), context(id))).update();
        }
    }

    List<Listed> of(UUID requestId) {
        return jdbc.sql("SELECT id, file_name, media_type, size_bytes FROM crossborder_attachment WHERE request_id = ? ORDER BY file_name")
                .param(requestId).query((rs, n) -> new Listed(rs.getObject(1, UUID.class), cipher.decrypt(rs.getString(2)),
                        rs.getString(3), rs.getInt(4))).list();
    }

    File open(UUID requestId, UUID attachmentId) {
        return jdbc.sql("SELECT file_name, media_type, content FROM crossborder_attachment WHERE id = ? AND request_id = ?")
                .params(attachmentId, requestId)
                .query((rs, n) -> new File(cipher.decrypt(rs.getString(1)), rs.getString(2),
                        cipher.open(rs.getBytes(3), context(attachmentId)))).optional()
                .orElseThrow(() -> new org.haven.platform.NotFound("attachment", attachmentId));
    }

    List<File> all(UUID requestId) {
        return of(requestId).stream().map(listed -> open(requestId, listed.id())).toList();
    }

    /** The files as a message carries them. */
    static List<Map<String, Object>> toJson(List<File> files) {
        return files.stream().map(f -> {
            var json = new LinkedHashMap<String, Object>();
            json.put("name", f.name());
            json.put("mediaType", f.mediaType());
            json.put("content", Base64.getEncoder().encodeToString(f.content()));
            return (Map<String, Object>) json;
        }).toList();
    }

    /** The files of a received message, held to the same rules as an upload; any breach refuses the message. */
    List<File> fromJson(Object json) {
        if (json == null) {
            return List.of();
        }
        if (!(json instanceof List<?> list)) {
            throw new MessageRefused("attachments must be a list");
        }
        var files = new ArrayList<File>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> file) || !(file.get("name") instanceof String name)
                    || !(file.get("mediaType") instanceof String type) || !(file.get("content") instanceof String content)) {
                throw new MessageRefused("an attachment needs name, mediaType and content");
            }
            try {
                files.add(new File(name, type, Base64.getDecoder().decode(content)));
            } catch (IllegalArgumentException e) {
                throw new MessageRefused("attachment content is not base64");
            }
        }
        try {
            var checked = checked(files);
            for (int i = 0; i < checked.size(); i++) {
                if (!checked.get(i).mediaType().equals(files.get(i).mediaType())) {
                    throw new MessageRefused("attachment " + checked.get(i).name() + " is not the " + files.get(i).mediaType()
                            + " it claims to be");
                }
            }
            return checked;
        } catch (DomainRuleViolation rule) {
            throw new MessageRefused("attachments break the rules: " + rule.messageCode());
        }
    }


    /** Where the files are, for re-encryption under a new data key. */
    @org.springframework.context.annotation.Bean
    static org.haven.platform.crypto.SealedColumn crossBorderAttachmentContents() {
        return new org.haven.platform.crypto.SealedColumn("crossborder_attachment", "id", "content", RequestAttachments::context);
    }

    private static String context(UUID attachmentId) {
        return "crossborder-attachment:" + attachmentId;
    }
}
