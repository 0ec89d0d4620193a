package org.haven.casework;

import org.haven.access.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The part a person plays in one case's team, and which roles may play it: a guardian's part only
 * a guardian, the lead only a caseworker. Analysts, auditors and administrators play no part, so
 * team membership never gives them a child's record.
 */
public enum TeamRole {
    LEAD_CASEWORKER(Role.CASEWORKER, Role.SUPERVISOR),
    CASE_SUPPORT_PERSON(Role.CASEWORKER, Role.NGO_WORKER, Role.GUARDIAN),
    CASEWORKER(Role.CASEWORKER, Role.SUPERVISOR),
    GUARDIAN(Role.GUARDIAN),
    LEGAL_REPRESENTATIVE(Role.LEGAL_REPRESENTATIVE),
    POLICE(Role.POLICE),
    PROSECUTOR(Role.PROSECUTOR),
    NGO_WORKER(Role.NGO_WORKER),
    COORDINATOR(Role.COORDINATOR),
    FOCAL_POINT(Role.FOCAL_POINT);

    private final Set<Role> playedBy;

    TeamRole(Role first, Role... others) {
        this.playedBy = EnumSet.of(first, others);
    }

    /** Whether someone with these roles may take this part. */
    public boolean fits(Set<Role> roles) {
        return roles.stream().anyMatch(playedBy::contains);
    }

    /** The child has one guardian, one legal representative and one case support person at a time. */
    public boolean isHeldByOne() {
        return this == GUARDIAN || this == LEGAL_REPRESENTATIVE || this == CASE_SUPPORT_PERSON;
    }

    /** The milestone reached when someone first takes this part. */
    public java.util.Optional<Milestone> milestone() {
        return java.util.Optional.ofNullable(switch (this) {
            case GUARDIAN -> Milestone.GUARDIAN_APPOINTED;
            case LEGAL_REPRESENTATIVE -> Milestone.LEGAL_REPRESENTATIVE_APPOINTED;
            case CASE_SUPPORT_PERSON -> Milestone.CASE_SUPPORT_PERSON_NAMED;
            default -> null;
        });
    }

    /** Team members in these parts may change the case and its team; others read it. */
    public boolean mayManageCase() {
        return this == LEAD_CASEWORKER || this == CASEWORKER || this == COORDINATOR;
    }
}
