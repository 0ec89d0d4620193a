package org.haven.casework;

import org.haven.access.Accounts.UserSummary;
import org.haven.access.Section;
import org.haven.directory.Organisation;
import org.haven.person.Child;

import java.util.List;
import java.util.Set;

/**
 * What one user sees of a case: the record, the team, their part in it (none when they read it
 * through a share or emergency access) and the sensitive sections open to them.
 */
public record CaseFile(Case kase, Child child, Organisation leadAgency, List<Member> team, TeamRole myRole,
                       Set<Section> sections) {

    public record Member(UserSummary user, TeamRole role, Organisation organisation) {
    }

    public boolean mayManage() {
        return myRole != null && myRole.mayManageCase();
    }

    /** Whether this section of the record is open to the user (for links and withheld notes on pages). */
    public boolean reads(Section section) {
        return sections.contains(section);
    }

    /** Whether the user's role leaves some sections of the record closed to them (the page says so). */
    public boolean someSectionsWithheld() {
        return !sections.containsAll(Section.ofCases());
    }

    /** Read through a share with the user's agency, not as a member of the team. */
    public boolean shared() {
        return myRole == null && !sections.isEmpty();
    }
}
