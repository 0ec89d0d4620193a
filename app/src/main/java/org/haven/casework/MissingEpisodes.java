package org.haven.casework;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A child goes missing: the episode is recorded (since when, last seen, risk, circumstances, who was
 * told, police and other countries) and the whole team is told at once. When the child is found, a
 * return interview is due within three days. One episode is open at a time.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class MissingEpisodes {

    public enum Risk { HIGH, MEDIUM, LOW }

    public record Report(Instant missingSince, String lastSeen, Risk risk, String circumstances, boolean policeInformed,
                         String otherCountriesInformed) {
    }

    public record Episode(UUID id, Instant missingSince, String lastSeen, Risk risk, String circumstances,
                          boolean policeInformed, String otherCountriesInformed, Instant foundAt, String foundWhere) {

        public boolean isOpen() {
            return foundAt == null;
        }
    }

    static final Duration RETURN_INTERVIEW_WITHIN = Duration.ofHours(72);
    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Tasks tasks;
    private final Notifications notifications;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    MissingEpisodes(JdbcClient jdbc, CaseFiles caseFiles, Tasks tasks, Notifications notifications, FieldCipher cipher,
                    AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.notifications = notifications;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anyone on the team reports the child missing; everyone on it is told at once. */
    public UUID reportMissing(SignedInUser user, CaseId caseId, Report report) {
        caseFiles.requireTeamMember(user, caseId, "missing.reported");
        if (report.missingSince() == null || report.risk() == null) {
            throw new DomainRuleViolation("missing.incomplete");
        }
        if (report.missingSince().isAfter(clock.instant())) {
            throw new DomainRuleViolation("missing.in-future");
        }
        requireLength(report.lastSeen());
        requireLength(report.circumstances());
        requireLength(report.otherCountriesInformed());
        boolean open = jdbc.sql("SELECT count(*) FROM casework_missing_episode WHERE case_id = :case AND found_at IS NULL")
                .param("case", caseId.value()).query(Long.class).single() > 0;
        if (open) {
            throw new DomainRuleViolation("missing.already-open");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO casework_missing_episode (id, case_id, missing_since, last_seen, risk, circumstances,
                                   police_informed, other_countries, reported_by, reported_at)
                            VALUES (:id, :case, :since, :seen, :risk, :circumstances, :police, :countries, :by, :at)""")
                    .param("id", id).param("case", caseId.value()).param("since", Timestamp.from(report.missingSince()))
                    .param("seen", cipher.encryptIfPresent(report.lastSeen())).param("risk", report.risk().name())
                    .param("circumstances", cipher.encryptIfPresent(report.circumstances())).param("police", report.policeInformed())
                    .param("countries", blank(report.otherCountriesInformed()) ? null : report.otherCountriesInformed().strip())
                    .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadyMissing) {
            throw new DomainRuleViolation("missing.already-open");
        }
        audit.record(user.actor(), AuditRecord.succeeded("missing.reported", "missing-episode", id).inCase(caseId.value())
                .withDetails("risk=" + report.risk() + (report.policeInformed() ? ", police informed" : "")));
        notifications.tell(caseFiles.teamIds(caseId), caseId, "notice.missing", report.risk().name());
        events.publishEvent(new CaseFactsChanged(caseId));
        return id;
    }

    /** The child is found: the episode closes, the team is told, and a return interview is due. */
    public void found(SignedInUser user, UUID episodeId, Instant foundAt, String where) {
        var caseId = caseOf(episodeId);
        caseFiles.requireTeamMember(user, caseId, "missing.found");
        var episode = load(episodeId);
        if (!episode.isOpen()) {
            throw new DomainRuleViolation("missing.already-found");
        }
        if (foundAt == null || foundAt.isAfter(clock.instant()) || foundAt.isBefore(episode.missingSince())) {
            throw new DomainRuleViolation("missing.found-at.invalid");
        }
        requireLength(where);
        int closed = jdbc.sql("""
                        UPDATE casework_missing_episode SET found_at = :at, found_where = :where
                        WHERE id = :id AND found_at IS NULL""")
                .param("at", Timestamp.from(foundAt)).param("where", cipher.encryptIfPresent(where)).param("id", episodeId).update();
        if (closed == 0) {
            throw new DomainRuleViolation("missing.already-found");
        }
        tasks.assign(user.actor(), caseId, TaskKind.RETURN_INTERVIEW, null, null,
                clock.instant().plus(RETURN_INTERVIEW_WITHIN), Escalation.SUPERVISOR);
        audit.record(user.actor(), AuditRecord.succeeded("missing.found", "missing-episode", episodeId).inCase(caseId.value()));
        notifications.tell(caseFiles.teamIds(caseId), caseId, "notice.found", null);
        events.publishEvent(new CaseFactsChanged(caseId));
    }

    public List<Episode> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireSection(user, caseId, Section.ACCOMMODATION_ADDRESS, "missing.listed");
        audit.record(user.actor(), AuditRecord.succeeded("missing.listed", "case", caseId).inCase(caseId.value()));
        return jdbc.sql("SELECT id FROM casework_missing_episode WHERE case_id = :case ORDER BY missing_since DESC")
                .param("case", caseId.value()).query(UUID.class).list().stream().map(this::load).toList();
    }

    private CaseId caseOf(UUID episodeId) {
        return jdbc.sql("SELECT case_id FROM casework_missing_episode WHERE id = :id").param("id", episodeId)
                .query(UUID.class).optional().map(CaseId::new)
                .orElseThrow(() -> new NotFound("missing episode", episodeId));
    }

    private Episode load(UUID id) {
        return jdbc.sql("SELECT * FROM casework_missing_episode WHERE id = :id").param("id", id)
                .query((rs, n) -> new Episode(id, rs.getTimestamp("missing_since").toInstant(),
                        cipher.decrypt(rs.getString("last_seen")), Risk.valueOf(rs.getString("risk")),
                        cipher.decrypt(rs.getString("circumstances")), rs.getBoolean("police_informed"),
                        rs.getString("other_countries"),
                        rs.getTimestamp("found_at") == null ? null : rs.getTimestamp("found_at").toInstant(),
                        cipher.decrypt(rs.getString("found_where"))))
                .optional().orElseThrow(() -> new NotFound("missing episode", id));
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireLength(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new DomainRuleViolation("missing.too-long", MAX_TEXT);
        }
    }
}
