package org.haven.casework;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Case conferences (Barnahus-style): the team is invited, meets, hears the child's views (in their
 * words, and whether they came), and agrees actions, each of which becomes a task with an owner and a
 * deadline. Those who attended confirm the minutes. The child's views and the minutes are encrypted.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Conferences {

    static final int MAX_TEXT = 8000;
    static final int MAX_ACTIONS = 30;

    public record Action(String text, UUID owner, LocalDate dueOn) {
    }

    public record Attendee(UUID userId, String name, Boolean attended, Instant confirmedAt) {
    }

    public record Conference(UUID id, CaseId caseId, Instant scheduledFor, String place, String agenda, Instant heldAt,
                             Boolean childAttended, String childViews, String minutes, List<Attendee> attendees,
                             List<Action> actions, long version, boolean statementsWithheld) {

        public boolean isHeld() {
            return heldAt != null;
        }

        /** For a role that does not read the child's statements ({@link Section#CHILD_STATEMENTS}). */
        Conference withoutStatements() {
            return new Conference(id, caseId, scheduledFor, place, agenda, heldAt, childAttended, null, null, attendees,
                    actions, version, true);
        }
    }

    /** What was decided when the conference was held. */
    public record Outcome(Set<UUID> attended, boolean childAttended, String childViews, String minutes,
                          List<Action> actions) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Tasks tasks;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    Conferences(JdbcClient jdbc, CaseFiles caseFiles, Tasks tasks, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schedules a conference and invites everyone on the team now. */
    public UUID schedule(SignedInUser user, CaseId caseId, Instant when, String place, String agenda) {
        caseFiles.requireManager(user, caseId, "conference.scheduled");
        if (when == null) {
            throw new DomainRuleViolation("conference.when.required");
        }
        if (when.isBefore(clock.instant())) {
            throw new DomainRuleViolation("conference.when.past");
        }
        requireLength(place, 200);
        requireLength(agenda, MAX_TEXT);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casework_conference (id, case_id, scheduled_for, place, agenda)
                        VALUES (:id, :case, :when, :place, :agenda)""")
                .param("id", id).param("case", caseId.value()).param("when", Timestamp.from(when))
                .param("place", place).param("agenda", agenda).update();
        for (var member : caseFiles.current(user, caseId).team()) {
            jdbc.sql("INSERT INTO casework_conference_attendee (conference, user_id) VALUES (:c, :u)")
                    .param("c", id).param("u", member.user().id().value()).update();
        }
        audit.record(user.actor(), AuditRecord.succeeded("conference.scheduled", "conference", id).inCase(caseId.value()));
        return id;
    }

    /**
     * Records that the conference was held: who came, the child's views, the minutes, and the actions,
     * each opened as a task for its owner (who must be on the team), due at the end of its day.
     */
    public void record(SignedInUser user, UUID conferenceId, Outcome outcome, long seenVersion) {
        var conference = load(conferenceId);
        caseFiles.requireManager(user, conference.caseId(), "conference.held");
        if (conference.version() != seenVersion) {
            throw new EditConflict(conference);
        }
        if (conference.isHeld()) {
            throw new DomainRuleViolation("conference.already-held");
        }
        requireLength(outcome.childViews(), MAX_TEXT);
        requireLength(outcome.minutes(), MAX_TEXT);
        if (outcome.actions().size() > MAX_ACTIONS) {
            throw new DomainRuleViolation("conference.too-many-actions", MAX_ACTIONS);
        }
        var team = new HashSet<UUID>();
        caseFiles.current(user, conference.caseId()).team().forEach(m -> team.add(m.user().id().value()));
        var today = LocalDate.now(clock.withZone(tasks.zone()));
        for (Action action : outcome.actions()) {
            if (action == null || action.text() == null || action.text().isBlank() || action.owner() == null || action.dueOn() == null) {
                throw new DomainRuleViolation("conference.action.incomplete");
            }
            requireLength(action.text(), 500);
            if (!team.contains(action.owner())) {
                throw new DomainRuleViolation("conference.action.owner-not-on-team");
            }
            if (action.dueOn().isBefore(today)) {
                throw new DomainRuleViolation("conference.action.due-past");
            }
        }
        var now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE casework_conference SET held_at = :now, child_attended = :attended, child_views = :views,
                               minutes = :minutes, version = version + 1 WHERE id = :id AND version = :seen""")
                .param("now", Timestamp.from(now)).param("attended", outcome.childAttended())
                .param("views", cipher.encryptIfPresent(outcome.childViews())).param("minutes", cipher.encryptIfPresent(outcome.minutes()))
                .param("id", conferenceId).param("seen", seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(load(conferenceId));
        }
        for (Attendee invited : conference.attendees()) {
            jdbc.sql("UPDATE casework_conference_attendee SET attended = :a WHERE conference = :c AND user_id = :u")
                    .param("a", outcome.attended().contains(invited.userId())).param("c", conferenceId)
                    .param("u", invited.userId()).update();
        }
        int position = 0;
        for (Action action : outcome.actions()) {
            Instant due = action.dueOn().atTime(LocalTime.of(23, 59)).atZone(tasks.zone()).toInstant();
            TaskId task = tasks.assign(user.actor(), conference.caseId(), TaskKind.CONFERENCE_ACTION,
                    action.text().strip(), action.owner(), due, Escalation.SUPERVISOR);
            jdbc.sql("""
                            INSERT INTO casework_conference_action (conference, position, text, owner_id, due_on, task_id)
                            VALUES (:c, :p, :text, :owner, :due, :task)""")
                    .param("c", conferenceId).param("p", position++).param("text", action.text().strip())
                    .param("owner", action.owner()).param("due", action.dueOn()).param("task", task.value()).update();
        }
        audit.record(user.actor(), AuditRecord.succeeded("conference.held", "conference", conferenceId)
                .inCase(conference.caseId().value()).withDetails(outcome.actions().size() + " actions"));
        caseFiles.reach(conference.caseId(), Milestone.CONFERENCE_HELD);
    }

    /** An attendee confirms that the minutes say what was agreed. */
    public void confirmMinutes(SignedInUser user, UUID conferenceId) {
        var conference = load(conferenceId);
        caseFiles.requireMemberReading(user, conference.caseId(), Section.CHILD_STATEMENTS, "conference.minutes-confirmed");
        boolean attended = conference.attendees().stream()
                .anyMatch(a -> a.userId().equals(user.id().value()) && Boolean.TRUE.equals(a.attended()));
        if (!conference.isHeld() || !attended) {
            throw new DomainRuleViolation("conference.confirm.not-attended");
        }
        jdbc.sql("""
                        UPDATE casework_conference_attendee SET confirmed_at = :now
                        WHERE conference = :c AND user_id = :u AND confirmed_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("c", conferenceId).param("u", user.id().value())
                .update();
        audit.record(user.actor(), AuditRecord.succeeded("conference.minutes-confirmed", "conference", conferenceId)
                .inCase(conference.caseId().value()));
    }

    /** The case's conferences; the child's views and the minutes only for roles that read the child's statements. */
    public List<Conference> ofCase(SignedInUser user, CaseId caseId) {
        var reading = caseFiles.requireTeamReading(user, caseId, "conference.listed");
        audit.record(user.actor(), AuditRecord.succeeded("conference.listed", "case", caseId).inCase(caseId.value()));
        boolean statements = reading.reads(Section.CHILD_STATEMENTS);
        return jdbc.sql("SELECT id FROM casework_conference WHERE case_id = :case ORDER BY scheduled_for")
                .param("case", caseId.value()).query(UUID.class).list().stream().map(this::load)
                .map(c -> statements ? c : c.withoutStatements()).toList();
    }

    public Conference view(SignedInUser user, UUID conferenceId) {
        var conference = load(conferenceId);
        var reading = caseFiles.requireTeamReading(user, conference.caseId(), "conference.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("conference.viewed", "conference", conferenceId)
                .inCase(conference.caseId().value()));
        return reading.reads(Section.CHILD_STATEMENTS) ? conference : conference.withoutStatements();
    }

    private Conference load(UUID id) {
        var attendees = jdbc.sql("SELECT user_id, attended, confirmed_at FROM casework_conference_attendee WHERE conference = :c")
                .param("c", id)
                .query((rs, n) -> new Attendee(rs.getObject("user_id", UUID.class),
                        caseFiles.nameOf(new UserId(rs.getObject("user_id", UUID.class))),
                        (Boolean) rs.getObject("attended"),
                        rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant()))
                .list();
        var actions = jdbc.sql("SELECT text, owner_id, due_on FROM casework_conference_action WHERE conference = :c ORDER BY position")
                .param("c", id)
                .query((rs, n) -> new Action(rs.getString("text"), rs.getObject("owner_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        return jdbc.sql("SELECT * FROM casework_conference WHERE id = :id").param("id", id)
                .query((rs, n) -> new Conference(id, new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getTimestamp("scheduled_for").toInstant(), rs.getString("place"), rs.getString("agenda"),
                        rs.getTimestamp("held_at") == null ? null : rs.getTimestamp("held_at").toInstant(),
                        (Boolean) rs.getObject("child_attended"), cipher.decrypt(rs.getString("child_views")),
                        cipher.decrypt(rs.getString("minutes")), attendees, actions, rs.getLong("version"), false))
                .optional().orElseThrow(() -> new NotFound("conference", id));
    }



    private static void requireLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new DomainRuleViolation("conference.too-long", max);
        }
    }
}
