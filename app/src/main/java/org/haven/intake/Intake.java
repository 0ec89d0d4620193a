package org.haven.intake;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.casework.TeamRole;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationId;
import org.haven.directory.OrganisationKind;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.crypto.EncryptedColumns;
import org.haven.platform.NotFound;
import org.haven.screening.Catalogues;
import org.haven.screening.Identification;
import org.haven.screening.ObservationSource;
import org.haven.screening.ScreeningId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Referrals: anyone at a participating agency writes one (kept as a draft until sent); the lead
 * agency of the area where the child was seen accepts it into a case, asks for more information,
 * or transfers it with a reason. Every step is audited.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Intake {

    private final Referrals referrals;
    private final Accounts accounts;
    private final Directory directory;
    private final CaseFiles caseFiles;
    private final Identification identification;
    private final Catalogues catalogues;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final String country;

    Intake(Referrals referrals, Accounts accounts, Directory directory, CaseFiles caseFiles, Identification identification,
           Catalogues catalogues, AuditTrail audit, Clock clock, @Value("${haven.country}") String country,
           @Value("${haven.time-zone}") java.time.ZoneId zone, org.springframework.context.ApplicationEventPublisher events) {
        this.zone = zone;
        this.events = events;
        this.referrals = referrals;
        this.accounts = accounts;
        this.directory = directory;
        this.caseFiles = caseFiles;
        this.identification = identification;
        this.catalogues = catalogues;
        this.audit = audit;
        this.clock = clock;
        this.country = country;
    }

    /** Who may refer a child: anyone who could then take a part in the child's case team. */
    private static final java.util.Set<Role> REFERRERS = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(Role.ANALYST, Role.AUDITOR, Role.ADMINISTRATOR));

    /** What the referrer writes about the child and the agencies' questions, encrypted at rest. */
    @org.springframework.context.annotation.Bean
    static EncryptedColumns referralTexts() {
        return new EncryptedColumns("intake_referral", "observations", "accompanying_adults", "question", "transfer_reason");
    }

    public UUID startDraft(SignedInUser user) {
        if (user.roles().stream().noneMatch(REFERRERS::contains)) {
            audit.record(user.actor(), AuditRecord.refused("referral.drafted", "referral", null));
            throw new NoAccess("Only professionals who work with children refer a child");
        }
        var referral = referrals.save(Referral.draft(user.id().value(), user.organisationId().value(), clock.instant()));
        audit.record(user.actor(), AuditRecord.succeeded("referral.drafted", "referral", referral.id()));
        return referral.id();
    }

    public void write(SignedInUser user, UUID id, Referral.Content content, long seenVersion) {
        var referral = ownDraft(user, id, seenVersion, "referral.written");
        var catalogue = catalogues.current();
        if (content.indicators() != null && !content.indicators().stream().allMatch(catalogue::contains)) {
            throw new DomainRuleViolation("screening.indicator.unknown");
        }
        if (content.language() != null && !content.language().isBlank()
                && !content.language().strip().matches("[a-z]{2,3}")) {
            throw new DomainRuleViolation("child.language.invalid");
        }
        if (content.sex() != null && !content.sex().isBlank()
                && Arrays.stream(Sex.values()).noneMatch(sex -> sex.name().equals(content.sex()))) {
            throw new DomainRuleViolation("referral.sex.invalid");
        }
        referral.write(content, LocalDate.now(clock.withZone(zone)));
        save(referral);
        audit.record(user.actor(), AuditRecord.succeeded("referral.written", "referral", id));
    }

    /** Sends the referral to the child-protection agency covering the region where the child was seen. */
    public void submit(SignedInUser user, UUID id, long seenVersion) {
        var referral = ownDraft(user, id, seenVersion, "referral.submitted");
        // An answer to a question goes back to the agency that asked; a first sending is routed by area.
        var lead = referral.targetAgencyId() != null
                ? directory.find(new OrganisationId(referral.targetAgencyId()))
                : directory.leadAgencyFor(country, referral.region());
        var agency = lead.orElseThrow(() -> new DomainRuleViolation("referral.no-lead-agency"));
        referral.submit(agency.id().value(), clock.instant());
        save(referral);
        audit.record(user.actor(), AuditRecord.succeeded("referral.submitted", "referral", id)
                .withDetails("to " + agency.name()));
    }

    /** Writes a referral in one go (for other systems): it is saved, and sent if asked, or nothing is. */
    public UUID refer(SignedInUser user, Referral.Content content, boolean send) {
        UUID id = startDraft(user);
        write(user, id, content, 0);
        if (send) {
            submit(user, id, 1);
        }
        return id;
    }

    public List<Referral> mine(SignedInUser user) {
        return referrals.findByReferrer(user.id().value());
    }

    /** The lead agency's incoming referrals: immediate danger first, then the longest waiting. */
    public List<Referral> incoming(SignedInUser user) {
        requireLeadAgencyStaff(user, null, "referral.incoming.listed");
        var incoming = referrals.findIncoming(user.organisationId().value());
        audit.record(user.actor(), AuditRecord.succeeded("referral.incoming.listed", "referral-list", null)
                .withDetails("shown=" + incoming.size()));
        return incoming;
    }

    /** A referral is seen by the one who wrote it and by the staff of the agency it is sent to. */
    public Referral view(SignedInUser user, UUID id) {
        var referral = load(id);
        boolean referrer = referral.referrerId().equals(user.id().value());
        boolean receiving = isLeadAgencyStaff(user, referral);
        if (!referrer && referral.status() == ReferralStatus.ACCEPTED) {
            // Once in a case, the referral is part of the child's record: the case team's need-to-know applies.
            caseFiles.requireTeamMember(user, new CaseId(referral.caseId()), "referral.viewed");
        } else if (!referrer && !receiving) {
            audit.record(user.actor(), AuditRecord.refused("referral.viewed", "referral", id));
            throw new NoAccess("Only the referrer and the receiving agency see a referral");
        }
        audit.record(user.actor(), AuditRecord.succeeded("referral.viewed", "referral", id));
        return referral;
    }

    public void askForMoreInformation(SignedInUser user, UUID id, String question, long seenVersion) {
        var referral = receiving(user, id, seenVersion, "referral.question-asked");
        referral.askForMoreInformation(question);
        save(referral);
        audit.record(user.actor(), AuditRecord.succeeded("referral.question-asked", "referral", id));
    }

    public void transfer(SignedInUser user, UUID id, OrganisationId to, String reason, long seenVersion) {
        var referral = receiving(user, id, seenVersion, "referral.transferred");
        var agency = directory.find(to)
                .filter(o -> o.country().equalsIgnoreCase(country))
                .filter(o -> o.kind() == OrganisationKind.CHILD_PROTECTION || o.kind() == OrganisationKind.NATIONAL_COORDINATOR)
                .orElseThrow(() -> new DomainRuleViolation("referral.transfer.unknown-agency"));
        referral.transfer(agency.id().value(), reason);
        save(referral);
        audit.record(user.actor(), AuditRecord.succeeded("referral.transferred", "referral", id)
                .withDetails("to " + agency.name())); // the reason is kept, encrypted, with the referral
    }

    /**
     * Accepts the referral into a new case led by this agency: the child is registered, the referrer
     * joins the case team where their role fits, and what they observed starts a screening.
     * Returns the screening when indicators were referred, so that the decision can follow at once.
     */
    public Accepted acceptIntoNewCase(SignedInUser user, UUID id, long seenVersion) {
        var referral = receiving(user, id, seenVersion, "referral.accepted");
        var child = childOf(referral, LocalDate.now(clock.withZone(zone)));
        CaseId caseId = caseFiles.open(user, new NewCase(child, referral.targetAgencyId(), summaryOf(referral)));
        return accept(user, referral, caseId);
    }

    /** Accepts the referral into a case of a child already known, after the duplicate check. */
    public Accepted acceptIntoExistingCase(SignedInUser user, UUID id, CaseId caseId, long seenVersion) {
        var referral = receiving(user, id, seenVersion, "referral.accepted");
        if (!caseFiles.requireTeamMember(user, caseId, "referral.accepted").mayManageCase()) {
            audit.record(user.actor(), AuditRecord.refused("referral.accepted", "referral", id).inCase(caseId.value()));
            throw new NoAccess("Only the case's caseworkers add a referral to it");
        }
        return accept(user, referral, caseId);
    }

    /** What accepting led to: the case, and the screening opened from the referred indicators, if any. */
    public record Accepted(CaseId caseId, Optional<ScreeningId> screening) {
    }

    private Accepted accept(SignedInUser user, Referral referral, CaseId caseId) {
        referral.accept(caseId.value(), clock.instant());
        save(referral);
        audit.record(user.actor(), AuditRecord.succeeded("referral.accepted", "referral", referral.id())
                .inCase(caseId.value()));
        events.publishEvent(new ReferralAccepted(referral.id(), caseId));
        teamPartFor(referral).ifPresent(part -> {
            var current = caseFiles.current(user, caseId);
            boolean onTeam = current.team().stream().anyMatch(m -> m.user().id().value().equals(referral.referrerId()));
            if (!onTeam) {
                caseFiles.addToTeam(user, caseId, new UserId(referral.referrerId()), part);
            }
        });
        if (referral.indicators().isEmpty()) {
            return new Accepted(caseId, Optional.empty());
        }
        ScreeningId screening = identification.start(user, caseId);
        long version = 0;
        for (String code : referral.indicators()) {
            identification.observe(user, screening, code, ObservationSource.THIRD_PARTY_REPORT,
                    "Referred: " + abbreviated(referral.observations()), version++);
        }
        return new Accepted(caseId, Optional.of(screening));
    }

    /** The part the referrer plays in the new case's team, if their roles allow one. */
    private Optional<TeamRole> teamPartFor(Referral referral) {
        var roles = accounts.find(new UserId(referral.referrerId())).filter(Accounts.UserSummary::enabled)
                .map(Accounts.UserSummary::roles).orElse(Set.of());
        return Arrays.stream(new TeamRole[]{TeamRole.POLICE, TeamRole.PROSECUTOR, TeamRole.NGO_WORKER,
                        TeamRole.GUARDIAN, TeamRole.FOCAL_POINT, TeamRole.CASEWORKER, TeamRole.COORDINATOR})
                .filter(part -> part.fits(roles)).findFirst();
    }

    /** The child as the referral describes them, for the duplicate check; empty when it names no one. */
    public Optional<ChildDetails> childDescribedIn(Referral referral) {
        boolean named = referral.givenNames() != null || referral.familyName() != null;
        return named ? Optional.of(childOf(referral, LocalDate.now(clock.withZone(zone)))) : Optional.empty();
    }

    private static ChildDetails childOf(Referral referral, LocalDate today) {
        boolean named = referral.givenNames() != null || referral.familyName() != null;
        Sex sex = referral.sex() == null ? Sex.UNKNOWN : Sex.valueOf(referral.sex());
        DateOfBirth dob = referral.dateOfBirth() != null ? DateOfBirth.exact(referral.dateOfBirth())
                : referral.estimatedAge() == null ? DateOfBirth.unknown() : estimated(referral.estimatedAge(), today);
        return new ChildDetails(named ? referral.givenNames() : "Unknown", named ? referral.familyName() : "child",
                List.of(), sex, dob, referral.nationalities(), referral.language() == null ? List.of() : List.of(referral.language()));
    }

    /**
     * A referrer's guess of age, widened by two years either way; never so high that the person stops
     * being presumed a child (only an age assessment can decide that).
     */
    static DateOfBirth estimated(int guessedAge, LocalDate today) {
        int youngest = Math.min(17, Math.max(0, guessedAge - 2));
        return DateOfBirth.estimatedAge(youngest, Math.max(youngest, guessedAge + 2), today);
    }

    private static String summaryOf(Referral referral) {
        return abbreviated("Referral: " + referral.observations()
                + (referral.place() == null ? "" : " (" + referral.place() + ")"));
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    /** The referrer's own referral (only they add to it). */
    Referral own(SignedInUser user, UUID id, String action) {
        var referral = load(id);
        requireReferrer(user, referral, action);
        return referral;
    }

    private Referral ownDraft(SignedInUser user, UUID id, long seenVersion, String action) {
        var referral = load(id);
        requireReferrer(user, referral, action);
        checkVersion(referral, seenVersion);
        return referral;
    }

    private void requireReferrer(SignedInUser user, Referral referral, String action) {
        if (!referral.referrerId().equals(user.id().value())) {
            audit.record(user.actor(), AuditRecord.refused(action, "referral", referral.id()));
            throw new NoAccess("Only the referrer writes the referral");
        }
    }

    private Referral receiving(SignedInUser user, UUID id, long seenVersion, String action) {
        var referral = load(id);
        if (!isLeadAgencyStaff(user, referral)) {
            audit.record(user.actor(), AuditRecord.refused(action, "referral", id));
            throw new NoAccess("Only the receiving agency handles the referral");
        }
        checkVersion(referral, seenVersion);
        return referral;
    }

    /** Whether the user can accept referrals into cases (supervisors see them but do not open cases). */
    public boolean mayAccept(SignedInUser user, Referral referral) {
        return isLeadAgencyStaff(user, referral) && user.hasAnyRole(Role.CASEWORKER, Role.COORDINATOR);
    }

    private boolean isLeadAgencyStaff(SignedInUser user, Referral referral) {
        return referral.targetAgencyId() != null && referral.targetAgencyId().equals(user.organisationId().value())
                && user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR);
    }

    private void requireLeadAgencyStaff(SignedInUser user, UUID id, String action) {
        if (!user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused(action, "referral", id));
            throw new NoAccess("Only child-protection staff receive referrals");
        }
    }

    private void checkVersion(Referral referral, long seenVersion) {
        if (referral.version() != seenVersion) {
            throw new EditConflict(referral);
        }
    }

    private void save(Referral referral) {
        try {
            referrals.save(referral);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(referral.id()));
        }
    }

    private Referral load(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new NotFound("referral", id));
    }
}
