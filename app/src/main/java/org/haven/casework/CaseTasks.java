package org.haven.casework;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface CaseTasks extends ListCrudRepository<CaseTask, UUID> {

    /** Most overdue tasks escalated in one round; the watch goes round again until none is left. */
    int BATCH = 500;

    @Query("SELECT * FROM casework_task WHERE case_id = :caseId ORDER BY done_at NULLS FIRST, due_at")
    List<CaseTask> findByCaseId(UUID caseId);

    /** Open tasks of the cases the agency leads now (the lead agency can change after a task is opened). */
    @Query("""
            SELECT t.* FROM casework_task t JOIN casework_case c ON c.id = t.case_id
            WHERE c.lead_agency_id = :agencyId AND t.done_at IS NULL ORDER BY t.due_at LIMIT 500""")
    List<CaseTask> findOpenForLeadAgency(UUID agencyId);

    @Query("SELECT * FROM casework_task WHERE owner_id = :owner AND done_at IS NULL ORDER BY due_at LIMIT 200")
    List<CaseTask> findOpenOwnedBy(UUID owner);

    @Query("""
            SELECT * FROM casework_task WHERE done_at IS NULL AND escalated_at IS NOT NULL AND escalate_to = :to
            ORDER BY due_at LIMIT 500""")
    List<CaseTask> findEscalatedTo(String to);

    @Query("""
            SELECT t.* FROM casework_task t JOIN casework_case c ON c.id = t.case_id
            WHERE t.done_at IS NULL AND t.escalated_at IS NULL AND t.due_at < :now
            AND c.status IN ('ACTIVE', 'FOLLOW_UP') ORDER BY t.due_at LIMIT\s""" + BATCH)
    List<CaseTask> findOverdueNotEscalated(Instant now);
}
