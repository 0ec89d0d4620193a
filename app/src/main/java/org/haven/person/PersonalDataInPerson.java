package org.haven.person;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the person register holds about a child (for a subject-access request, and removed when a case is anonymised): their records, names, nationalities, languages, and links between records of the same child. */
@Component
class PersonalDataInPerson implements PersonalDataHolder {

    private final ModuleRows rows;

    PersonalDataInPerson(ModuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "person_", Map.of("person_child", "id IN (:children)"), Set.of());
    }
}
