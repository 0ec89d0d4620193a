package org.haven.casework;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tasks with deadlines on cases: opened by other modules' decisions (e.g. the immediate protection
 * checklist), worked from the lead agency's queue, escalated to its supervisors when overdue.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Tasks {

    private static final Actor PROCEDURE = Actor.system("referral-procedure");

    private final CaseTasks tasks;
    private final Cases cases;
    private final CaseFiles caseFiles;
    private final Procedures procedures;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    Tasks(CaseTasks tasks, Cases cases, CaseFiles caseFiles, Procedures procedures, AuditTrail audit, Clock clock,
          @Value("${haven.time-zone}") ZoneId zone) {
        this.tasks = tasks;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.procedures = procedures;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener
    void onCaseOpened(CaseOpened opened) {
        startProcedure(opened.caseId(), ProcedureTrigger.CASE_OPENED, clock.instant());
    }

    @EventListener
    void onProtectionStarted(ProtectionStarted started) {
        startProcedure(started.caseId(), ProcedureTrigger.PRESUMED_VICTIM, started.at());
    }

    /**
     * Opens the steps of the case's procedure that this event starts, each due by its deadline on the
     * country's clock; a step whose milestone the case has already reached is opened done.
     */
    void startProcedure(CaseId caseId, ProcedureTrigger trigger, Instant at) {
        var kase = cases.findById(caseId.value()).orElseThrow(() -> new NotFound("case", caseId));
        int version = kase.procedureVersion().orElseGet(() -> procedures.current().version());
        var existing = tasks.findByCaseId(caseId.value()).stream().map(CaseTask::step).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (ProcedureStep step : procedures.version(version).startedBy(trigger)) {
            if (existing.contains(step.code())) {
                continue;
            }
            var task = CaseTask.forStep(caseId.value(), step, kase.leadAgencyId(), at, step.within().after(at, zone));
            kase.reached(step.completedBy()).ifPresent(reachedAt -> task.reach(step.completedBy(), reachedAt));
            tasks.save(task);
            audit.record(PROCEDURE, AuditRecord.succeeded("task.opened", "task", task.id()).inCase(caseId.value())
                    .withDetails(step.code() + " due " + task.dueAt()));
        }
    }

    /** What the case now knows has happened completes the steps that waited for it. */
    @EventListener
    void onMilestoneReached(MilestoneReached reached) {
        for (CaseTask task : tasks.findByCaseId(reached.caseId().value())) {
            if (task.reach(reached.milestone(), reached.at())) {
                tasks.save(task);
                audit.record(PROCEDURE, AuditRecord.succeeded("task.completed", "task", task.id())
                        .inCase(reached.caseId().value()).withDetails(task.step() + ": " + reached.milestone()
                                + (task.wasLate(reached.at()) ? ", late" : "")));
            }
        }
    }

    /** Open tasks follow the person who takes over. */
    @EventListener
    void onHandedOver(CaseHandedOver handedOver) {
        for (CaseTask task : tasks.findByCaseId(handedOver.caseId().value())) {
            if (!task.isDone() && handedOver.from().equals(task.ownerId())) {
                task.handOver(handedOver.from(), handedOver.to());
                tasks.save(task);
                audit.record(PROCEDURE, AuditRecord.succeeded("task.handed-over", "task", task.id())
                        .inCase(handedOver.caseId().value()));
            }
        }
    }

    /**
     * Opens the tasks a decision calls for, each due within its time; a kind already open on the case
     * is not opened twice. They go to the queue of the case's lead agency.
     */
    public List<CaseTask> open(Actor actor, CaseId caseId, Map<TaskKind, Duration> dueWithin) {
        var kase = cases.findById(caseId.value()).orElseThrow(() -> new NotFound("case", caseId));
        Set<TaskKind> alreadyOpen = EnumSet.noneOf(TaskKind.class);
        tasks.findByCaseId(caseId.value()).stream().filter(t -> !t.isDone()).forEach(t -> alreadyOpen.add(t.kind()));
        var opened = dueWithin.entrySet().stream()
                .filter(e -> !alreadyOpen.contains(e.getKey()))
                .map(e -> tasks.save(CaseTask.open(caseId.value(), e.getKey(), kase.leadAgencyId(), clock.instant(),
                        e.getValue())))
                .toList();
        opened.forEach(task -> audit.record(actor, AuditRecord.succeeded("task.opened", "task", task.id())
                .inCase(caseId.value()).withDetails(task.kind() + " due " + task.dueAt())));
        return opened;
    }

    /** Gives one person something to do on a case by a given time (a conference action, a review, an interview). */
    TaskId assign(Actor actor, CaseId caseId, TaskKind kind, String title, UUID owner, Instant due,
                  Escalation escalateTo) {
        var kase = cases.findById(caseId.value()).orElseThrow(() -> new NotFound("case", caseId));
        var task = tasks.save(CaseTask.assigned(caseId.value(), kind, title, kase.leadAgencyId(), owner,
                clock.instant(), due, escalateTo));
        audit.record(actor, AuditRecord.succeeded("task.opened", "task", task.id()).inCase(caseId.value())
                .withDetails(kind + " due " + due));
        return task.id();
    }

    /**
     * For other modules: puts a task with its own words on the case's lead-agency queue (a
     * monitoring report after a return); it escalates like any other when overdue.
     */
    public TaskId schedule(Actor actor, CaseId caseId, TaskKind kind, String title, Instant due, Escalation escalateTo) {
        return assign(actor, caseId, kind, title, null, due, escalateTo);
    }

    /** For other modules: marks a task they scheduled as done, with what closed it. */
    public void closeScheduled(Actor actor, TaskId id, String note) {
        var task = load(id);
        if (task.isDone()) {
            return;
        }
        task.complete(actor.id(), note, clock.instant());
        save(task);
        audit.record(actor, AuditRecord.succeeded("task.completed", "task", id).inCase(task.caseId())
                .withDetails(task.kind().name()));
    }

    /** The country's clock, on which deadlines in days fall. */
    ZoneId zone() {
        return zone;
    }

    /**
     * Brings the open tasks of these kinds forward to deadlines counted from when each was opened, where
     * that is sooner than their current deadline (urgency only ever shortens a deadline).
     */
    public void bringForward(Actor actor, CaseId caseId, Map<TaskKind, Duration> dueWithin) {
        tasks.findByCaseId(caseId.value()).stream()
                .filter(t -> !t.isDone() && dueWithin.containsKey(t.kind()))
                .filter(t -> t.bringForward(t.createdAt().plus(dueWithin.get(t.kind()))))
                .map(tasks::save)
                .forEach(task -> audit.record(actor, AuditRecord.succeeded("task.brought-forward", "task", task.id())
                        .inCase(caseId.value()).withDetails(task.kind() + " due " + task.dueAt())));
    }

    public List<CaseTask> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "task.listed");
        return tasks.findByCaseId(caseId.value());
    }

    /** Open tasks of the cases the user's agency leads, soonest deadline first: the queue of its caseworkers. */
    public List<QueuedTask> queue(SignedInUser user) {
        if (!user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR)) {
            audit.record(user.actor(), AuditRecord.refused("task.queue.viewed", "task-queue", user.organisationId()));
            throw new NoAccess("The queue is for the lead agency's caseworkers and supervisors");
        }
        audit.record(user.actor(), AuditRecord.succeeded("task.queue.viewed", "task-queue", user.organisationId()));
        return tasks.findOpenForLeadAgency(user.organisationId().value()).stream()
                .map(task -> new QueuedTask(task, cases.findById(task.caseId()).map(Case::reference).orElse("?"),
                        task.isOverdue(clock.instant())))
                .toList();
    }

    /** The user's own open tasks across the cases they are on (such as a conference action given to the police). */
    public List<QueuedTask> mine(SignedInUser user) {
        audit.record(user.actor(), AuditRecord.succeeded("task.mine.viewed", "task-queue", user.id()));
        return tasks.findOpenOwnedBy(user.id().value()).stream()
                .filter(task -> cases.findById(task.caseId()).flatMap(c -> c.memberRole(user.id().value())).isPresent())
                .map(task -> new QueuedTask(task, cases.findById(task.caseId()).map(Case::reference).orElse("?"),
                        task.isOverdue(clock.instant())))
                .toList();
    }

    /** A line of the queue: the task and the case reference (the child's name stays on the case page). */
    public record QueuedTask(CaseTask task, String caseReference, boolean overdue) {
    }

    /**
     * A caseworker of the lead agency takes a task; someone not yet on the case team joins it as a
     * caseworker, so the person doing the work can see the case.
     */
    public void take(SignedInUser user, TaskId id, long seenVersion) {
        var task = load(id);
        var kase = cases.findById(task.caseId()).orElseThrow();
        if (!user.organisationId().value().equals(kase.leadAgencyId())
                || !user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR)) {
            audit.record(user.actor(), AuditRecord.refused("task.taken", "task", id).inCase(task.caseId()));
            throw new NoAccess("Only the lead agency's caseworkers take its tasks");
        }
        checkVersion(task, seenVersion);
        if (!kase.status().isOpen()) {
            throw new DomainRuleViolation("task.case-closed");
        }
        var caseId = new CaseId(task.caseId());
        if (kase.memberRole(user.id().value()).isEmpty()) {
            kase.addToTeam(user.id().value(), TeamRole.CASEWORKER, clock.instant());
            try {
                cases.save(kase);
            } catch (OptimisticLockingFailureException raced) {
                throw new EditConflict(task);
            }
            audit.record(user.actor(), AuditRecord.succeeded("case.team.added", "user", user.id())
                    .inCase(caseId.value()).withDetails("role=CASEWORKER, took task " + task.kind()));
        }
        task.take(user.id().value());
        save(task);
        audit.record(user.actor(), AuditRecord.succeeded("task.taken", "task", id).inCase(caseId.value()));
    }

    /** The one who took the task, or a team member who may manage the case, marks it done. */
    public void complete(SignedInUser user, TaskId id, String note, long seenVersion) {
        var task = load(id);
        TeamRole part = caseFiles.requireTeamMember(user, new CaseId(task.caseId()), "task.completed");
        if (!part.mayManageCase() && !user.id().value().equals(task.ownerId())) {
            audit.record(user.actor(), AuditRecord.refused("task.completed", "task", id).inCase(task.caseId()));
            throw new NoAccess("Only the task's owner or the case's caseworkers mark it done");
        }
        checkVersion(task, seenVersion);
        if (task.completesItself()) {
            // Done when Haven sees it happen (such as the guardian joining); by hand it would record a safeguard that did not happen.
            throw new DomainRuleViolation("task.completes-itself");
        }
        task.complete(user.id().value(), note, clock.instant());
        save(task);
        audit.record(user.actor(), AuditRecord.succeeded("task.completed", "task", id).inCase(task.caseId())
                .withDetails(task.kind().name()));
    }

    /** Every minute, on one node: overdue tasks go to the lead agency's supervisors. */
    @Scheduled(fixedDelayString = "${haven.tasks.escalation-interval:PT1M}")
    @SchedulerLock(name = "escalate-overdue-tasks")
    public void escalateOverdue() {
        var now = clock.instant();
        List<CaseTask> batch;
        do {
            // oldest first, 500 at a time, until none is left: every row found is escalated below,
            // so each round finds the next ones
            batch = tasks.findOverdueNotEscalated(now);
            for (CaseTask task : batch) {
                if (task.escalateIfOverdue(now)) {
                    save(task);
                    audit.record(Actor.system("deadline-watch"), AuditRecord.succeeded("task.escalated", "task", task.id())
                            .inCase(task.caseId()).withDetails(task.kind() + " was due " + task.dueAt()));
                }
            }
        } while (batch.size() == CaseTasks.BATCH);
    }

    private void checkVersion(CaseTask task, long seenVersion) {
        if (task.version() != seenVersion) {
            throw new EditConflict(task);
        }
    }

    private void save(CaseTask task) {
        try {
            tasks.save(task);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(task.id()));
        }
    }

    private CaseTask load(TaskId id) {
        return tasks.findById(id.value()).orElseThrow(() -> new NotFound("task", id));
    }
}
