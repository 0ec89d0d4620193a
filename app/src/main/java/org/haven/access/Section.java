package org.haven.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sensitive parts of a child's record, and which roles' work needs each: the one place where
 * Haven's need-to-know by section is written down (see docs/architecture.md, Security). Being on a case's team, or
 * holding a share of it ({@code casework.CaseShares}), opens a section only to a role listed here.
 * Police and prosecutors read what a criminal investigation needs (the signs of exploitation and
 * the child's statements; police also where the child lives, to protect them), never the health
 * and care record, where therapy and counselling are kept. Analysts, auditors and administrators
 * read no section of any child's record: analysts see only counts.
 */
public enum Section {

    /** Screening observations and decisions: what was done to the child, including sexual exploitation. */
    EXPLOITATION_DETAILS(Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN, Role.LEGAL_REPRESENTATIVE, Role.POLICE,
            Role.PROSECUTOR, Role.NGO_WORKER, Role.COORDINATOR, Role.FOCAL_POINT),
    /**
     * What the child said, wherever it is written: the child's views and minutes of case conferences,
     * the child's views in the care plan and the best-interests assessment, notes of what the child
     * told in a screening.
     */
    CHILD_STATEMENTS(Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN, Role.LEGAL_REPRESENTATIVE, Role.POLICE,
            Role.PROSECUTOR, Role.NGO_WORKER, Role.COORDINATOR),
    /**
     * Health, needs and risks, the care plan and its services (therapy, counselling); best interests
     * (assessment, determination, return plan), which only the team reads.
     */
    HEALTH_AND_CARE(Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN, Role.LEGAL_REPRESENTATIVE, Role.NGO_WORKER,
            Role.COORDINATOR),
    /** Where the child lives and where they were when missing. */
    ACCOMMODATION_ADDRESS(Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN, Role.LEGAL_REPRESENTATIVE, Role.POLICE,
            Role.NGO_WORKER, Role.COORDINATOR),
    /** What was written in a confidential report: only the staff of the agency it is assigned to (the national referral office). */
    ANONYMOUS_REPORTS(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR);

    private final Set<Role> readBy;

    Section(Role first, Role... others) {
        this.readBy = EnumSet.of(first, others);
    }

    /** Whether someone with these roles may read this section (on the team, or through a share). */
    public boolean readableBy(Set<Role> roles) {
        return roles.stream().anyMatch(readBy::contains);
    }

    /** The roles this section is open to, for pages that explain the policy. */
    public Set<Role> readers() {
        return EnumSet.copyOf(readBy);
    }

    /** The sections of a case record (all but confidential reports, which belong to no case). */
    public static Set<Section> ofCases() {
        var sections = EnumSet.allOf(Section.class);
        sections.remove(ANONYMOUS_REPORTS);
        return sections;
    }

    /**
     * The sections a case team may share with another agency for a time. The child's statements
     * are not among them: what the child said stays with the team, and an agency that needs it joins
     * the team, where the child is not asked again.
     */
    public static Set<Section> shareable() {
        return EnumSet.of(EXPLOITATION_DETAILS, HEALTH_AND_CARE, ACCOMMODATION_ADDRESS);
    }

    /** The sections someone with these roles may read. */
    public static Set<Section> readableWith(Set<Role> roles) {
        var sections = EnumSet.noneOf(Section.class);
        Arrays.stream(values()).filter(s -> s.readableBy(roles)).forEach(sections::add);
        return sections;
    }
}
