package org.haven.bestinterests;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What best-interests work holds about a child (for a subject-access request, and removed when a case is anonymised) (the assessment of the family withheld). */
@Component
class PersonalDataInBestInterests implements PersonalDataHolder {

    private final ModuleRows rows;

    PersonalDataInBestInterests(ModuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "bestinterests_", Map.of(), Set.of("bestinterests_return_plan.family_assessment"));
    }

    /** A case anonymised under the retention rules: what this module holds about the child in it goes too. */
    @org.springframework.context.event.EventListener
    void on(org.haven.casework.CaseAnonymised anonymised) {
        rows.erase(new SubjectKeys(Set.of(), Set.of(anonymised.caseId().value())), "bestinterests_", Map.of(), Set.of());
    }
}
