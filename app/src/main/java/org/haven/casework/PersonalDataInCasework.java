package org.haven.casework;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What casework holds about a child (for a subject-access request, and removed when a case is anonymised): their cases and everything recorded in them. */
@Component
class PersonalDataInCasework implements PersonalDataHolder {

    private final ModuleRows rows;

    PersonalDataInCasework(ModuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "casework_", Map.of("casework_case", "id IN (:cases)"), Set.of());
    }
}
