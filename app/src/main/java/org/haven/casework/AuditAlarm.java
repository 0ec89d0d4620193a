package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.audit.AuditChainBroken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A broken audit chain is told at once to the auditors (data protection) and the administrators. */
@Component
class AuditAlarm {

    private final Accounts accounts;
    private final Notifications notifications;

    AuditAlarm(Accounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(AuditChainBroken broken) {
        var guards = accounts.enabledWithAnyRole(Role.AUDITOR, Role.ADMINISTRATOR).stream().map(UserId::value).toList();
        notifications.alertUsers(guards, "notice.audit.chain-broken", broken.problems().get(0));
    }
}
