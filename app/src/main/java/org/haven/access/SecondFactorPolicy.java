package org.haven.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who must sign in with a second factor: everyone holding a privileged role
 * ({@code haven.security.second-factor-roles}: by default administrators, auditors, national
 * coordinators and focal points, who see across cases or change who sees what), and anyone an
 * administrator requires it of. They enrol at their next sign-in and cannot remove it.
 */
@Component
class SecondFactorPolicy {

    private final Set<Role> privileged;

    SecondFactorPolicy(@Value("${haven.security.second-factor-roles:ADMINISTRATOR,AUDITOR,COORDINATOR,FOCAL_POINT}")
                       Set<Role> privileged) {
        this.privileged = privileged.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(privileged);
    }

    boolean requiredOf(Set<Role> roles, boolean requiredByAdministrator) {
        return requiredByAdministrator || roles.stream().anyMatch(privileged::contains);
    }
}
