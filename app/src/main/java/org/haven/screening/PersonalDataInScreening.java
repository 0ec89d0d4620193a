package org.haven.screening;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What screening holds about a child (for a subject-access request, and removed when a case is anonymised): screenings, observations, decisions, age assessments. */
@Component
class PersonalDataInScreening implements PersonalDataHolder {

    private final ModuleRows rows;

    PersonalDataInScreening(ModuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "screening_", Map.of(), Set.of());
    }

    /** A case anonymised under the retention rules: what this module holds about the child in it goes too. */
    @org.springframework.context.event.EventListener
    void on(org.haven.casework.CaseAnonymised anonymised) {
        rows.erase(new SubjectKeys(Set.of(), Set.of(anonymised.caseId().value())), "screening_", Map.of(), Set.of());
    }
}
