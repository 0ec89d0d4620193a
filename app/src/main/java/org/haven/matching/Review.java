package org.haven.matching;

import org.haven.casework.CaseFiles;
import org.haven.linkage.Reason;
import org.haven.person.Child;

import java.util.List;

/** A possible match as a reviewer sees it: both records side by side, their cases, and the matcher's reasons. */
public record Review(PossibleMatch match, Side earlier, Side found, List<Reason> reasons) {

    public record Side(Child child, List<CaseFiles.CaseReference> cases) {
    }
}
