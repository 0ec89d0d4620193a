package org.haven.audit;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who looked at or changed the child's cases and when (for a subject-access request, and removed when a case is anonymised) (the people by organisation only). */
@Component
class PersonalDataInAudit implements PersonalDataHolder {

    private final ModuleRows rows;

    PersonalDataInAudit(ModuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "audit_event", Map.of(), Set.of());
    }
}
