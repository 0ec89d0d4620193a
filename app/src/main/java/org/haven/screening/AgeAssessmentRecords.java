package org.haven.screening;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface AgeAssessmentRecords extends ListCrudRepository<AgeAssessment, UUID> {

    @Query("SELECT * FROM screening_age_assessment WHERE case_id = :caseId ORDER BY recorded_at DESC")
    List<AgeAssessment> findByCaseId(UUID caseId);
}
