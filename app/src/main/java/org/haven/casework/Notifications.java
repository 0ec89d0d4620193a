package org.haven.casework;

import org.haven.access.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Notices to people in the app (a child on their case went missing, a step was escalated to them).
 * A notice names the case by reference only; the case itself still needs team membership.
 */
@Service
@Transactional
public class Notifications {

    public record Notice(UUID id, UUID caseId, String caseReference, String messageCode, String argument,
                         Instant createdAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final MailedNotices mail;
    private final Clock clock;
    private final CaseFiles caseFiles;

    Notifications(JdbcClient jdbc, MailedNotices mail, Clock clock, CaseFiles caseFiles) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.mail = mail;
        this.clock = clock;
    }

    void tell(Collection<UUID> users, CaseId caseId, String messageCode, String argument) {
        for (UUID user : users) {
            jdbc.sql("""
                            INSERT INTO casework_notification (id, user_id, case_id, message_code, argument, created_at)
                            VALUES (:id, :user, :case, :code, :argument, :at)""")
                    .param("id", UUID.randomUUID()).param("user", user).param("case", caseId == null ? null : caseId.value())
                    .param("code", messageCode).param("argument", argument).param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        mail.send(users, caseId, messageCode, argument);
    }

    /** For other modules: tells everyone on the case team now (in the app, and by email where given). */
    public void alertTeam(CaseId caseId, String messageCode, String argument) {
        tell(caseFiles.teamIds(caseId), caseId, messageCode, argument);
    }

    /** For other modules: tells these users something not tied to a case here (e.g. a request from abroad). */
    public void alertUsers(Collection<UUID> users, String messageCode, String argument) {
        tell(users, null, messageCode, argument);
    }

    public List<Notice> mine(SignedInUser user) {
        return jdbc.sql("""
                        SELECT n.id, n.case_id, c.reference, n.message_code, n.argument, n.created_at, n.read_at
                        FROM casework_notification n LEFT JOIN casework_case c ON c.id = n.case_id
                        WHERE n.user_id = :user ORDER BY n.created_at DESC LIMIT 100""")
                .param("user", user.id().value())
                .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("reference"), rs.getString("message_code"), rs.getString("argument"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    public int unread(SignedInUser user) {
        return jdbc.sql("SELECT count(*) FROM casework_notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", user.id().value()).query(Integer.class).single();
    }

    public void markAllRead(SignedInUser user) {
        jdbc.sql("UPDATE casework_notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("user", user.id().value()).update();
    }
}
