package org.haven.intake;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ConfidentialReportRecords extends ListCrudRepository<ConfidentialReport, UUID> {

    Optional<ConfidentialReport> findByLookupId(String lookupId);

    @Query("SELECT * FROM intake_confidential_report WHERE assigned_agency_id = :agencyId ORDER BY created_on DESC LIMIT 200")
    List<ConfidentialReport> findForAgency(UUID agencyId);
}
