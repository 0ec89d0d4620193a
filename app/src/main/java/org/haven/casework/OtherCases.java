package org.haven.casework;

import org.haven.access.SignedInUser;
import org.haven.person.ChildId;
import org.haven.person.IdentityLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The other cases of a child: earlier episodes, and the cases of records a reviewer merged as the
 * same child. Someone on a case's team may open it; anyone else learns only its reference, lead
 * agency and status, enough to ask, never the child's story.
 */
@Service
@Transactional(readOnly = true)
public class OtherCases {

    /** One case of the child, and whether this user may open it. */
    public record OtherCase(CaseFiles.CaseReference kase, boolean mayOpen) {
    }

    private final Cases cases;
    private final CaseFiles caseFiles;
    private final IdentityLinks links;

    OtherCases(Cases cases, CaseFiles caseFiles, IdentityLinks links) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.links = links;
    }

    /** The child's cases other than the one open on the page, newest first. */
    public List<OtherCase> besides(SignedInUser user, CaseFile file) {
        var childIds = new LinkedHashSet<ChildId>();
        var child = new ChildId(file.kase().childId());
        childIds.add(child);
        childIds.addAll(links.sameChildAs(child));
        return of(user, childIds).stream().filter(c -> !c.kase().id().equals(file.kase().id())).toList();
    }

    /** The cases of these children, each marked with whether this user is on its team. */
    public List<OtherCase> of(SignedInUser user, Collection<ChildId> childIds) {
        return caseFiles.casesOf(childIds).stream()
                .map(c -> new OtherCase(c, cases.findById(c.id().value())
                        .flatMap(k -> k.memberRole(user.id().value())).isPresent()))
                .toList();
    }
}
