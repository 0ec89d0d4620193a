package org.haven.screening;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.ProtectionStatus;
import org.haven.casework.TeamRole;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;


/**
 * Screening children for signs of trafficking and exploitation, inside their case: any member of
 * the case team records what they observed; the lead agency's caseworkers or coordinator, or the
 * police or prosecutor on the team, decide. Everything is audited in the same transaction.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Identification {

    /** Team parts that may take the presumed or identified victim decision. */
    static final Set<TeamRole> DECIDING_PARTS = EnumSet.of(TeamRole.LEAD_CASEWORKER, TeamRole.CASEWORKER,
            TeamRole.COORDINATOR, TeamRole.POLICE, TeamRole.PROSECUTOR);

    private final Screenings screenings;
    private final Catalogues catalogues;
    private final CaseFiles caseFiles;
    private final AuditTrail audit;
    private final Clock clock;

    Identification(Screenings screenings, Catalogues catalogues, CaseFiles caseFiles, AuditTrail audit, Clock clock) {
        this.screenings = screenings;
        this.catalogues = catalogues;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.clock = clock;
    }

    public ScreeningId start(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "screening.started");
        var screening = screenings.save(Screening.start(caseId.value(), catalogues.current(), user.id().value(),
                clock.instant()));
        audit.record(user.actor(), AuditRecord.succeeded("screening.started", "screening", screening.id())
                .inCase(caseId.value()));
        return screening.id();
    }

    public ScreeningView view(SignedInUser user, ScreeningId id) {
        var screening = load(id);
        var reading = caseFiles.requireSection(user, new CaseId(screening.caseId()), Section.EXPLOITATION_DETAILS, "screening.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("screening.viewed", "screening", id)
                .inCase(screening.caseId()));
        var catalogue = catalogues.version(screening.catalogueVersion());
        return new ScreeningView(screening, catalogue, screening.suggestion(catalogue),
                reading.member().filter(DECIDING_PARTS::contains).isPresent(), reading.member().isPresent(),
                !reading.reads(Section.CHILD_STATEMENTS));
    }

    /** The case's screenings, newest first (the list shows only dates and outcomes). */
    public List<Screening> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireSection(user, caseId, Section.EXPLOITATION_DETAILS, "screening.listed");
        return screenings.findByCaseId(caseId.value());
    }

    public void observe(SignedInUser user, ScreeningId id, String indicatorCode, ObservationSource source,
                        String note, long seenVersion) {
        observeAll(user, id, List.of(indicatorCode), source, note, seenVersion);
    }

    /** Records several observations at once: all of them, or none when one is refused. */
    public void observeAll(SignedInUser user, ScreeningId id, List<String> indicatorCodes, ObservationSource source,
                           String note, long seenVersion) {
        var screening = loadFor(user, id, "screening.observed", seenVersion);
        var catalogue = catalogues.version(screening.catalogueVersion());
        for (String code : indicatorCodes) {
            screening.observe(new Observation(code, source == null ? ObservationSource.PROFESSIONAL_OBSERVATION
                    : source, clock.instant(), user.id().value(), blankToNull(note)), catalogue);
        }
        save(screening);
        audit.record(user.actor(), AuditRecord.succeeded("screening.observed", "screening", id)
                .inCase(screening.caseId()).withDetails(String.join(",", indicatorCodes)));
    }

    public void withdraw(SignedInUser user, ScreeningId id, String indicatorCode, long seenVersion) {
        var screening = loadFor(user, id, "screening.withdrawn", seenVersion);
        screening.withdraw(indicatorCode);
        save(screening);
        audit.record(user.actor(), AuditRecord.succeeded("screening.withdrawn", "screening", id)
                .inCase(screening.caseId()).withDetails(indicatorCode));
    }

    public void decide(SignedInUser user, ScreeningId id, Decision decision, long seenVersion) {
        var screening = load(id);
        TeamRole part = caseFiles.requireTeamMember(user, new CaseId(screening.caseId()), "screening.decided");
        if (!DECIDING_PARTS.contains(part)) {
            audit.record(user.actor(), AuditRecord.refused("screening.decided", "screening", id)
                    .inCase(screening.caseId()));
            throw new NoAccess("Your part in the case team does not take this decision");
        }
        checkVersion(screening, seenVersion);
        screening.decide(decision, catalogues.version(screening.catalogueVersion()), user.id().value(),
                clock.instant());
        save(screening);
        caseFiles.recordProtectionStatus(user.actor(), new CaseId(screening.caseId()),
                mostProtective(screening.caseId()));
        audit.record(user.actor(), AuditRecord.succeeded("screening.decided", "screening", id)
                .inCase(screening.caseId()).withDetails("status=" + decision.status() + ", forms=" + decision.forms()));
    }

    /**
     * The case shows the most protective standing decision of all its screenings: one screening's
     * "not a victim" does not take away what another decided.
     */
    private ProtectionStatus mostProtective(java.util.UUID caseId) {
        return screenings.findByCaseId(caseId).stream()
                .flatMap(s -> s.decision().stream())
                .map(d -> switch (d.status()) {
                    case NOT_A_VICTIM -> ProtectionStatus.NONE;
                    case PRESUMED_VICTIM -> ProtectionStatus.PRESUMED_VICTIM;
                    case IDENTIFIED_VICTIM -> ProtectionStatus.IDENTIFIED_VICTIM;
                })
                .max(java.util.Comparator.naturalOrder())
                .orElse(ProtectionStatus.NONE);
    }

    private Screening loadFor(SignedInUser user, ScreeningId id, String action, long seenVersion) {
        var screening = load(id);
        caseFiles.requireTeamMember(user, new CaseId(screening.caseId()), action);
        checkVersion(screening, seenVersion);
        return screening;
    }

    private void checkVersion(Screening screening, long seenVersion) {
        if (screening.version() != seenVersion) {
            throw new EditConflict(screening);
        }
    }

    private void save(Screening screening) {
        try {
            screenings.save(screening);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(screening.id()));
        }
    }

    private Screening load(ScreeningId id) {
        return screenings.findById(id.value()).orElseThrow(() -> new NotFound("screening", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
