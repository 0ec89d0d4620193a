package org.haven.casework;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.audit.Actor;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

/**
 * Turning 18 must not be a cliff: well before the earliest day a child on an open case may turn 18,
 * a task to plan the move to adult services is opened on the case (once).
 */
@Component
class TransitionPlanner {

    private static final Actor PLANNER = Actor.system("transition-planner");

    private final Cases cases;
    private final CaseTasks caseTasks;
    private final Tasks tasks;
    private final ChildRegistry children;
    private final Clock clock;
    private final Period ahead;

    TransitionPlanner(Cases cases, CaseTasks caseTasks, Tasks tasks, ChildRegistry children, Clock clock,
                      @Value("${haven.transition-to-adult-services.plan-ahead:P90D}") Period ahead) {
        this.cases = cases;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.children = children;
        this.clock = clock;
        this.ahead = ahead;
    }

    @Scheduled(cron = "${haven.transition-to-adult-services.cron:0 15 3 * * *}")
    @SchedulerLock(name = "plan-transitions-to-adult-services")
    @Transactional
    public void planTransitions() {
        LocalDate today = LocalDate.now(clock.withZone(tasks.zone()));
        for (Case kase : cases.findAll()) {
            if (!kase.status().isOpen()) {
                continue;
            }
            var born = children.get(new ChildId(kase.childId())).dateOfBirth();
            if (!born.isKnown()) {
                continue;
            }
            LocalDate eighteen = born.earliest().plusYears(18);
            boolean soon = !eighteen.isBefore(today) && !eighteen.isAfter(today.plus(ahead));
            boolean planned = caseTasks.findByCaseId(kase.id().value()).stream()
                    .anyMatch(t -> t.kind() == TaskKind.TRANSITION_TO_ADULT_SERVICES);
            if (soon && !planned) {
                Instant due = eighteen.minusDays(30).atTime(LocalTime.NOON).atZone(tasks.zone()).toInstant();
                Instant earliest = clock.instant().plus(Duration.ofDays(7));
                tasks.assign(PLANNER, kase.id(), TaskKind.TRANSITION_TO_ADULT_SERVICES, null, null,
                        due.isBefore(earliest) ? earliest : due, Escalation.SUPERVISOR);
            }
        }
    }
}
