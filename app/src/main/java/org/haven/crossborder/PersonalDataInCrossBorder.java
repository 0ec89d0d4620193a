package org.haven.crossborder;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What cross-border requests about a child's cases hold (for a subject-access request, and removed when a case is anonymised). */
@Component
class PersonalDataInCrossBorder implements PersonalDataHolder {

    private final ModuleRows rows;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PersonalDataInCrossBorder(ModuleRows rows, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "crossborder_", Map.of(), Set.of());
    }

    /** A case anonymised under the retention rules: what this module holds about the child in it goes too. */
    @org.springframework.context.event.EventListener
    void on(org.haven.casework.CaseAnonymised anonymised) {
        jdbc.sql("DELETE FROM crossborder_attachment WHERE request_id IN (SELECT id FROM crossborder_request WHERE case_id = :case)")
                .param("case", anonymised.caseId().value()).update();
        rows.erase(new SubjectKeys(Set.of(), Set.of(anonymised.caseId().value())), "crossborder_", Map.of(), Set.of());
    }
}
