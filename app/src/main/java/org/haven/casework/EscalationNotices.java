package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * An overdue task is not only moved up a queue: the people it goes to are told, in the app and by
 * email — the lead agency's supervisors, and the national coordinators when the procedure says so.
 */
@Component
class EscalationNotices {

    private final Accounts accounts;
    private final Notifications notifications;

    EscalationNotices(Accounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void onEscalated(TaskEscalated escalated) {
        var told = accounts.all().stream().filter(Accounts.UserSummary::enabled)
                .filter(u -> u.roles().contains(Role.SUPERVISOR) && u.organisationId().value().equals(escalated.agencyId())
                        || escalated.to() == Escalation.COORDINATOR && u.roles().contains(Role.COORDINATOR))
                .map(u -> u.id().value()).collect(Collectors.toSet());
        notifications.tell(told, new CaseId(escalated.caseId()), "notice.escalated", escalated.kind().name());
    }
}
