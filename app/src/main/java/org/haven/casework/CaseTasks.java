package org.haven.casework;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface CaseTasks extends ListCrudRepository<CaseTask, UUID> {

    @Query("SELECT * FROM casework_task WHERE case_id = :caseId ORDER BY done_at NULLS FIRST, due_at")
    List<CaseTask> findByCaseId(UUID caseId);

    @Query("SELECT * FROM casework_task WHERE agency_id = :agencyId AND done_at IS NULL ORDER BY due_at LIMIT 500")
    List<CaseTask> findOpenForAgency(UUID agencyId);

    @Query("SELECT * FROM casework_task WHERE done_at IS NULL AND escalated_at IS NULL AND due_at < :now LIMIT 500")
    List<CaseTask> findOverdueNotEscalated(Instant now);
}
