package org.haven.screening;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface Screenings extends ListCrudRepository<Screening, UUID> {

    @Query("SELECT * FROM screening_screening WHERE case_id = :caseId ORDER BY started_at DESC")
    List<Screening> findByCaseId(UUID caseId);
}
