package org.haven.screening;

import org.haven.audit.Actor;
import org.haven.casework.CaseId;
import org.haven.casework.TaskKind;
import org.haven.casework.Tasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static org.haven.casework.TaskKind.DO_NOT_RELEASE_TO_UNVERIFIED_ADULT;
import static org.haven.casework.TaskKind.INFORM_CHILD_OF_RIGHTS;
import static org.haven.casework.TaskKind.INTERPRETER_NOT_FROM_COMMUNITY;
import static org.haven.casework.TaskKind.NON_PUNISHMENT_FLAG_TO_POLICE_AND_PROSECUTOR;
import static org.haven.casework.TaskKind.REQUEST_GUARDIAN;
import static org.haven.casework.TaskKind.SAFE_SPECIALISED_ACCOMMODATION;

/**
 * Protection starts with the presumed-victim decision, not with identification or a criminal case:
 * the decision opens the immediate protection checklist on the lead agency's queue, in the same
 * transaction, with deadlines in hours set by the urgency.
 */
@Component
class ImmediateProtection {

    private final Tasks tasks;

    ImmediateProtection(Tasks tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void onPresumedVictim(ChildPresumedVictim decided) {
        tasks.open(Actor.system("immediate-protection"), new CaseId(decided.caseId()), checklist(decided.urgency()));
    }

    @EventListener
    void onUrgencyRaised(ProtectionUrgencyRaised raised) {
        tasks.bringForward(Actor.system("immediate-protection"), new CaseId(raised.caseId()), checklist(raised.urgency()));
    }

    /** Hours for each item: the more urgent, the sooner; never releasing the child to an unverified adult is always first. */
    static Map<TaskKind, Duration> checklist(Urgency urgency) {
        int[] hours = switch (urgency) {
            case IMMEDIATE_DANGER -> new int[]{1, 2, 12, 4, 12, 24};
            case HIGH_MISSING_RISK -> new int[]{1, 4, 24, 12, 24, 24};
            case STANDARD -> new int[]{1, 24, 24, 24, 48, 48};
        };
        var checklist = new EnumMap<TaskKind, Duration>(TaskKind.class);
        checklist.put(DO_NOT_RELEASE_TO_UNVERIFIED_ADULT, Duration.ofHours(hours[0]));
        checklist.put(SAFE_SPECIALISED_ACCOMMODATION, Duration.ofHours(hours[1]));
        checklist.put(REQUEST_GUARDIAN, Duration.ofHours(hours[2]));
        checklist.put(NON_PUNISHMENT_FLAG_TO_POLICE_AND_PROSECUTOR, Duration.ofHours(hours[3]));
        checklist.put(INTERPRETER_NOT_FROM_COMMUNITY, Duration.ofHours(hours[4]));
        checklist.put(INFORM_CHILD_OF_RIGHTS, Duration.ofHours(hours[5]));
        return checklist;
    }
}
