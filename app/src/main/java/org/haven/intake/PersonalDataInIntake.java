package org.haven.intake;

import org.haven.platform.subject.HeldRecords;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.PersonalDataHolder;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What intake holds about a child (for a subject-access request, and removed when a case is anonymised): the referrals accepted into their cases (the adults seen with them withheld). */
@Component
class PersonalDataInIntake implements PersonalDataHolder {

    private final ModuleRows rows;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PersonalDataInIntake(ModuleRows rows, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldAbout(SubjectKeys subject) {
        return rows.about(subject, "intake_", Map.of(), Set.of("intake_referral.accompanying_adults"));
    }

    /** A case anonymised under the retention rules: what this module holds about the child in it goes too. */
    @org.springframework.context.event.EventListener
    void on(org.haven.casework.CaseAnonymised anonymised) {
        jdbc.sql("DELETE FROM intake_referral_attachment WHERE referral IN (SELECT id FROM intake_referral WHERE case_id = :case)")
                .param("case", anonymised.caseId().value()).update();
        rows.erase(new SubjectKeys(Set.of(), Set.of(anonymised.caseId().value())), "intake_", Map.of(), Set.of("intake_referral.given_names", "intake_referral.family_name", "intake_referral.place", "intake_referral.observed_when",
                "intake_referral.date_of_birth"));
    }
}
