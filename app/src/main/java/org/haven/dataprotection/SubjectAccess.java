package org.haven.dataprotection;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.haven.person.IdentityLinks;
import org.haven.platform.NotFound;
import org.haven.platform.NoAccess;
import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A subject-access request: everything Haven holds about one child, found from any of their case
 * references, across every record of the same child and all their cases, gathered from each
 * module's own tables. Only the data-protection auditors answer such a request, and each answer is
 * audited. What is about other people (adults seen with the child, the family assessment) is withheld
 * and marked so; the professionals who did the work are named as "a professional".
 */
@Service
@Transactional(readOnly = true, noRollbackFor = NoAccess.class)
public class SubjectAccess {

    private final CaseFiles caseFiles;
    private final IdentityLinks identityLinks;
    private final ChildRegistry children;
    private final List<PersonalDataHolder> holders;
    private final AuditTrail audit;
    private final Clock clock;

    SubjectAccess(CaseFiles caseFiles, IdentityLinks identityLinks, ChildRegistry children,
                  List<PersonalDataHolder> holders, AuditTrail audit, Clock clock) {
        this.caseFiles = caseFiles;
        this.identityLinks = identityLinks;
        this.children = children;
        this.holders = holders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about the child, as of {@code madeAt}. */
    public record Answer(String childName, List<String> caseReferences, Instant madeAt, List<HeldRecords> records) {
        public int rowCount() {
            return records.stream().mapToInt(r -> r.rows().size()).sum();
        }
    }

    public Answer answer(SignedInUser auditor, String caseReference) {
        if (!auditor.hasRole(Role.AUDITOR)) {
            audit.record(auditor.actor(), AuditRecord.refused("subject-access.answered", "case", caseReference));
            throw new NoAccess("Only the data-protection auditors answer subject-access requests");
        }
        var found = caseFiles.byReference(caseReference)
                .orElseThrow(() -> new NotFound("case", caseReference));
        var childIds = new LinkedHashSet<ChildId>(identityLinks.sameChildAs(found.child()));
        childIds.add(found.child());
        var cases = caseFiles.casesOf(childIds);
        var subject = new SubjectKeys(childIds.stream().map(ChildId::value).collect(java.util.stream.Collectors.toSet()),
                cases.stream().map(c -> c.id().value()).collect(java.util.stream.Collectors.toSet()));
        var records = new ArrayList<HeldRecords>();
        holders.forEach(holder -> records.addAll(holder.heldAbout(subject)));
        records.sort(Comparator.comparing(HeldRecords::table));
        audit.record(auditor.actor(), AuditRecord.succeeded("subject-access.answered", "child", found.child())
                .inCase(found.id().value()).withDetails(records.size() + " tables, cases " + cases.size()));
        return new Answer(children.get(found.child()).primaryName().fullName(),
                cases.stream().map(CaseFiles.CaseReference::reference).toList(), clock.instant(), List.copyOf(records));
    }
}
