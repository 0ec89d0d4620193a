package org.haven.intake;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface Referrals extends ListCrudRepository<Referral, UUID> {

    @Query("SELECT * FROM intake_referral WHERE referrer_id = :referrerId ORDER BY created_at DESC LIMIT 100")
    List<Referral> findByReferrer(UUID referrerId);

    /** The lead agency's incoming referrals: immediate danger first, then the oldest waiting. */
    @Query("""
            SELECT * FROM intake_referral WHERE target_agency_id = :agencyId AND status = 'SUBMITTED'
            ORDER BY immediate_danger DESC, submitted_at LIMIT 200""")
    List<Referral> findIncoming(UUID agencyId);
}
