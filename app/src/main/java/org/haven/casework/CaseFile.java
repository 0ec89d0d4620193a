package org.haven.casework;

import org.haven.access.Accounts.UserSummary;
import org.haven.directory.Organisation;
import org.haven.person.Child;

import java.util.List;

/** Everything a case team member sees on a case's page. */
public record CaseFile(Case kase, Child child, Organisation leadAgency, List<Member> team, TeamRole myRole) {

    public record Member(UserSummary user, TeamRole role, Organisation organisation) {
    }

    public boolean mayManage() {
        return myRole != null && myRole.mayManageCase();
    }
}
