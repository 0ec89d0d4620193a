package org.haven.casework;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The twelve safeguards for one child, so that nobody can miss one: what Haven sees happen (guardian
 * appointed, interviews, assessment, conferences, checklist items) is derived with its dates and
 * measures; what it cannot see the team records by hand, and the latest record counts.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Safeguards {

    public enum State { MET, IN_PROGRESS, NOT_MET, NOT_APPLICABLE, NOT_YET_DUE }

    /** One safeguard's state, with facts in words (message codes and arguments) and the date it was met. */
    public record Tracked(Safeguard safeguard, State state, List<Fact> facts, Instant since) {
    }

    public record Fact(String messageCode, Object... arguments) {
    }

    public record Measures(Long hoursToGuardian, int interviews, int interviewers, int childFriendly, int videoRecorded,
                           Long daysToFirstInterview) {
    }

    public record Record(Safeguard safeguard, State state, LocalDate happenedOn, String note) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Cases cases;
    private final Tasks tasks;
    private final CaseTasks caseTasks;
    private final Interviews interviews;
    private final AuditTrail audit;
    private final Clock clock;

    Safeguards(JdbcClient jdbc, CaseFiles caseFiles, Cases cases, Tasks tasks, CaseTasks caseTasks, Interviews interviews,
               AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.tasks = tasks;
        this.caseTasks = caseTasks;
        this.interviews = interviews;
        this.audit = audit;
        this.clock = clock;
    }

    public Measures measures(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "safeguards.viewed");
        return measuresOf(caseId);
    }

    private Measures measuresOf(CaseId caseId) {
        var kase = cases.findById(caseId.value()).orElseThrow();
        var held = interviews.list(caseId);
        Long hoursToGuardian = kase.protectedSince().flatMap(since -> kase.reached(Milestone.GUARDIAN_APPOINTED)
                .map(at -> Math.max(0, Duration.between(since, at).toHours()))).orElse(null);
        Long daysToFirstInterview = kase.protectedSince().flatMap(since -> held.stream().findFirst()
                .map(first -> Math.max(0, Duration.between(since, first.heldAt()).toDays()))).orElse(null);
        return new Measures(hoursToGuardian, held.size(),
                (int) held.stream().map(i -> i.interviewer().strip().toLowerCase(java.util.Locale.ROOT)).distinct().count(),
                (int) held.stream().filter(Interviews.Interview::childFriendly).count(),
                (int) held.stream().filter(Interviews.Interview::videoRecorded).count(), daysToFirstInterview);
    }

    public List<Tracked> of(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "safeguards.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("safeguards.viewed", "case", caseId).inCase(caseId.value()));
        var kase = cases.findById(caseId.value()).orElseThrow();
        var measures = measuresOf(caseId);
        var recorded = latestRecords(caseId);
        var caseTasks = tasks.ofCase(user, caseId);
        boolean protectedChild = kase.protectedSince().isPresent();
        var tracked = new ArrayList<Tracked>();
        for (Safeguard safeguard : Safeguard.values()) {
            var derived = derive(safeguard, kase, measures, caseTasks, protectedChild);
            // A record by hand speaks for what Haven cannot see, and may mark a safeguard not applicable.
            var byHand = recorded.get(safeguard);
            boolean byHandCounts = byHand != null && (derived == null || byHand.state() == State.NOT_APPLICABLE);
            if (byHandCounts) {
                var facts = new ArrayList<Fact>(derived == null ? List.of() : derived.facts());
                facts.add(new Fact("safeguard.recorded", byHand.happenedOn(), byHand.note() == null ? "" : byHand.note()));
                tracked.add(new Tracked(safeguard, byHand.state(), facts,
                        byHand.happenedOn().atStartOfDay(tasks.zone()).toInstant()));
            } else if (derived != null) {
                tracked.add(derived);
            } else {
                tracked.add(new Tracked(safeguard, protectedChild ? State.IN_PROGRESS : State.NOT_YET_DUE,
                        List.of(new Fact("safeguard.record-needed")), null));
            }
        }
        return tracked;
    }

    /**
     * How many safeguards are still in progress or not met for a case the child is protected in
     * (for closing it: each must be resolved or explained). Not a read of the child's record.
     */
    long unresolved(CaseId caseId) {
        var kase = cases.findById(caseId.value()).orElseThrow();
        if (kase.protectedSince().isEmpty()) {
            return 0;
        }
        var recorded = latestRecords(caseId);
        var measures = measuresOf(caseId);
        var caseTasks = this.caseTasks.findByCaseId(caseId.value());
        long count = 0;
        for (Safeguard safeguard : Safeguard.values()) {
            var derived = derive(safeguard, kase, measures, caseTasks, true);
            var byHand = recorded.get(safeguard);
            State state = byHand != null && (derived == null || byHand.state() == State.NOT_APPLICABLE) ? byHand.state()
                    : derived != null ? derived.state() : State.IN_PROGRESS;
            if (state == State.IN_PROGRESS || state == State.NOT_MET) {
                count++;
            }
        }
        return count;
    }

    /** What Haven itself knows about a safeguard, or null when only the team can say. */
    private Tracked derive(Safeguard safeguard, Case kase, Measures m, List<CaseTask> caseTasks, boolean protectedChild) {
        return switch (safeguard) {
            case NON_PUNISHMENT -> fromTask(safeguard, caseTasks, TaskKind.NON_PUNISHMENT_FLAG_TO_POLICE_AND_PROSECUTOR,
                    protectedChild);
            case INFORMATION_GUARDIAN_LEGAL_AID -> information(kase, m, caseTasks, protectedChild);
            case INDIVIDUAL_ASSESSMENT -> milestone(safeguard, kase, Milestone.ASSESSMENT_RECORDED, protectedChild);
            case RIGHT_TO_BE_HEARD -> heard(kase, protectedChild);
            case INTERVIEWS -> interviews(m, protectedChild);
            case VIDEO_RECORDED_INTERVIEWS -> m.interviews() == 0 ? null
                    : new Tracked(safeguard, m.videoRecorded() == m.interviews() ? State.MET : State.NOT_MET,
                    List.of(new Fact("safeguard.video", m.videoRecorded(), m.interviews())), null);
            case BEST_INTERESTS_PROCEDURE -> caseTasks.stream().filter(t -> "START_BEST_INTERESTS_ASSESSMENT".equals(t.step())
                    && t.isDone()).findFirst().map(t -> new Tracked(safeguard, State.IN_PROGRESS,
                    List.of(new Fact("safeguard.bia-started")), t.doneAt())).orElse(null);
            case CHILD_FRIENDLY_REPORTING -> new Tracked(safeguard, State.MET,
                    List.of(new Fact("safeguard.reporting")), null);
            default -> null;
        };
    }

    private Tracked fromTask(Safeguard safeguard, List<CaseTask> caseTasks, TaskKind kind, boolean protectedChild) {
        if (!protectedChild) {
            return new Tracked(safeguard, State.NOT_YET_DUE, List.of(new Fact("safeguard.not-presumed")), null);
        }
        return caseTasks.stream().filter(t -> t.kind() == kind).findFirst()
                .map(t -> t.isDone() ? new Tracked(safeguard, State.MET, List.of(new Fact("safeguard.task-done")), t.doneAt())
                        : new Tracked(safeguard, t.isOverdue(clock.instant()) ? State.NOT_MET : State.IN_PROGRESS,
                        List.of(new Fact("safeguard.task-open", java.util.Date.from(t.dueAt()))), null))
                .orElse(null);
    }

    private Tracked milestone(Safeguard safeguard, Case kase, Milestone milestone, boolean protectedChild) {
        return kase.reached(milestone).map(at -> new Tracked(safeguard, State.MET,
                        List.of(new Fact("milestone." + milestone)), at))
                .orElse(new Tracked(safeguard, protectedChild ? State.IN_PROGRESS : State.NOT_YET_DUE, List.of(), null));
    }

    private Tracked information(Case kase, Measures m, List<CaseTask> caseTasks, boolean protectedChild) {
        var facts = new ArrayList<Fact>();
        var guardian = kase.reached(Milestone.GUARDIAN_APPOINTED);
        var lawyer = kase.reached(Milestone.LEGAL_REPRESENTATIVE_APPOINTED);
        Optional<CaseTask> informed = caseTasks.stream().filter(t -> t.kind() == TaskKind.INFORM_CHILD_OF_RIGHTS).findFirst();
        facts.add(guardian.isPresent() ? new Fact("safeguard.guardian.after", m.hoursToGuardian() == null ? "–" : m.hoursToGuardian())
                : new Fact("safeguard.guardian.none"));
        facts.add(lawyer.isPresent() ? new Fact("safeguard.lawyer.yes") : new Fact("safeguard.lawyer.none"));
        facts.add(informed.filter(CaseTask::isDone).map(t -> new Fact("safeguard.informed", java.util.Date.from(t.doneAt()),
                t.doneNote() == null ? "" : t.doneNote())).orElse(new Fact("safeguard.informed.not-yet")));
        boolean met = guardian.isPresent() && lawyer.isPresent() && informed.filter(CaseTask::isDone).isPresent();
        State state = met ? State.MET : !protectedChild ? State.NOT_YET_DUE : State.IN_PROGRESS;
        return new Tracked(Safeguard.INFORMATION_GUARDIAN_LEGAL_AID, state, facts, met ? guardian.get() : null);
    }

    private Tracked heard(Case kase, boolean protectedChild) {
        Long heard = jdbc.sql("""
                        SELECT count(*) FROM casework_conference WHERE case_id = :case AND held_at IS NOT NULL
                        AND (child_attended OR child_views IS NOT NULL)""")
                .param("case", kase.id().value()).query(Long.class).single();
        return heard > 0 ? new Tracked(Safeguard.RIGHT_TO_BE_HEARD, State.MET, List.of(new Fact("safeguard.heard", heard)), null)
                : new Tracked(Safeguard.RIGHT_TO_BE_HEARD, protectedChild ? State.IN_PROGRESS : State.NOT_YET_DUE,
                List.of(new Fact("safeguard.heard.not-yet")), null);
    }

    private Tracked interviews(Measures m, boolean protectedChild) {
        if (m.interviews() == 0) {
            return new Tracked(Safeguard.INTERVIEWS, protectedChild ? State.IN_PROGRESS : State.NOT_YET_DUE,
                    List.of(new Fact("safeguard.interviews.none")), null);
        }
        boolean good = m.interviewers() == 1 && m.childFriendly() == m.interviews() && m.interviews() <= 2;
        var facts = new ArrayList<Fact>(List.of(new Fact("safeguard.interviews", m.interviews(), m.interviewers(),
                m.childFriendly())));
        if (m.daysToFirstInterview() != null) {
            facts.add(new Fact("safeguard.interviews.first-after", m.daysToFirstInterview()));
        }
        return new Tracked(Safeguard.INTERVIEWS, good ? State.MET : State.NOT_MET, facts, null);
    }

    /** The team records what Haven cannot see (a medical examination avoided, testimony by video link). */
    public void record(SignedInUser user, CaseId caseId, Record record) {
        var part = caseFiles.requireTeamMember(user, caseId, "safeguard.recorded");
        if (part == TeamRole.FOCAL_POINT) {
            audit.record(user.actor(), AuditRecord.refused("safeguard.recorded", "case", caseId).inCase(caseId.value()));
            throw new NoAccess("Safeguards are recorded by the child's team");
        }
        if (record.safeguard() == null || record.state() == null || record.happenedOn() == null) {
            throw new DomainRuleViolation("safeguard.record.incomplete");
        }
        if (record.happenedOn().isAfter(LocalDate.now(clock.withZone(tasks.zone())))) {
            throw new DomainRuleViolation("safeguard.record.future");
        }
        if (record.note() != null && record.note().length() > 2000) {
            throw new DomainRuleViolation("safeguard.record.too-long", 2000);
        }
        jdbc.sql("""
                        INSERT INTO casework_safeguard_record (id, case_id, safeguard, state, happened_on, note, recorded_by, recorded_at)
                        VALUES (:id, :case, :safeguard, :state, :on, :note, :by, :at)""")
                .param("id", UUID.randomUUID()).param("case", caseId.value()).param("safeguard", record.safeguard().name())
                .param("state", record.state().name()).param("on", record.happenedOn())
                .param("note", record.note() == null || record.note().isBlank() ? null : record.note().strip())
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(user.actor(), AuditRecord.succeeded("safeguard.recorded", "case", caseId).inCase(caseId.value())
                .withDetails(record.safeguard() + " " + record.state()));
    }

    private Map<Safeguard, Record> latestRecords(CaseId caseId) {
        var latest = new EnumMap<Safeguard, Record>(Safeguard.class);
        jdbc.sql("""
                        SELECT safeguard, state, happened_on, note FROM casework_safeguard_record
                        WHERE case_id = :case ORDER BY recorded_at""")
                .param("case", caseId.value())
                .query((rs, n) -> new Record(Safeguard.valueOf(rs.getString("safeguard")), State.valueOf(rs.getString("state")),
                        rs.getObject("happened_on", LocalDate.class), rs.getString("note")))
                .list().forEach(r -> latest.put(r.safeguard(), r));
        return latest;
    }
}
