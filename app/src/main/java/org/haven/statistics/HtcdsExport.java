package org.haven.statistics;

import org.apache.commons.csv.CSVFormat;
import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseStatus;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.screening.ExploitationForm;
import org.haven.screening.ScreeningFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's own cases (those whose team they are on) in the Human Trafficking Case Data Standard
 * 2.0 (IOM/UN), one row per case with the standard's prefixed field names; multi-select picklists
 * are separated by ";", as in the standard's Excel toolkit. The mapping is in docs/htcds.md. Every
 * case exported is a disclosure of the child's record and is audited as such ({@code case.viewed}).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class HtcdsExport {

    /** The columns, in order: the standard's field names, and cas_Id (Haven's case reference, not in the standard). */
    public static final List<String> COLUMNS = List.of("cas_Id", "cas_Status", "cas_IncomingReferralDate",
            "cas_ReferringOrganisation", "org_Name", "org_ShippingCountry", "org_ShippingState", "prs_FirstName",
            "prs_SecondName", "prs_Birthdate", "prs_Gender", "prs_Citizenship", "vic_TraffickingStatus", "vic_TypeOfExploitation");

    private final CaseFiles caseFiles;
    private final ScreeningFacts screeningFacts;
    private final org.haven.intake.IntakeFacts intakeFacts;
    private final org.haven.directory.Directory directory;
    private final AuditTrail audit;
    private final java.time.ZoneId zone;

    HtcdsExport(CaseFiles caseFiles, ScreeningFacts screeningFacts, org.haven.intake.IntakeFacts intakeFacts,
                org.haven.directory.Directory directory, AuditTrail audit,
                @org.springframework.beans.factory.annotation.Value("${haven.time-zone}") java.time.ZoneId zone) {
        this.intakeFacts = intakeFacts;
        this.directory = directory;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.screeningFacts = screeningFacts;
        this.zone = zone;
    }

    /** Case-management staff export the cases they work on; for anyone else {@link NoAccess}, audited. */
    public void requireMayExport(SignedInUser user) {
        if (!user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused("htcds.exported", "case", null));
            throw new NoAccess("Only caseworkers, supervisors and coordinators export their cases");
        }
    }

    /** Writes the user's cases as HTCDS CSV; the number of cases written. */
    public int export(SignedInUser user, Appendable out) throws IOException {
        requireMayExport(user);
        var cases = caseFiles.teamCasesOf(user);
        var ids = cases.stream().map(org.haven.casework.CaseId::value).toList();
        var forms = screeningFacts.decidedForms(ids);
        var notVictims = screeningFacts.decidedNotVictims(ids);
        var referrals = intakeFacts.referrals(ids);
        var agencies = new java.util.HashMap<UUID, String>();
        directory.all().forEach(o -> agencies.put(o.id().value(), o.name()));
        int written = 0;
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (var id : cases) {
                var file = caseFiles.view(user, id); // checks membership again and audits the disclosure
                printer.printRecord(row(file, forms.getOrDefault(id.value(), Set.of()), notVictims.contains(id.value()),
                        referrals.get(id.value()), agencies));
                written++;
            }
        }
        audit.record(user.actor(), AuditRecord.succeeded("htcds.exported", "case", null).withDetails(written + " cases"));
        return written;
    }

    private List<String> row(CaseFile file, Set<ExploitationForm> forms, boolean decidedNotVictim,
                             org.haven.intake.IntakeFacts.Referred referral, java.util.Map<UUID, String> agencies) {
        var kase = file.kase();
        var child = file.child();
        var agency = file.leadAgency();
        var name = child.primaryName();
        var referring = referral == null ? null : agencies.get(referral.agencyId());
        return List.of(kase.reference(), status(kase.status()),
                referral == null || referral.acceptedAt() == null ? "" : referral.acceptedAt().atZone(zone).toLocalDate().toString(),
                referring == null ? "" : SpreadsheetText.safe(referring),
                agency == null ? "" : SpreadsheetText.safe(agency.name()), agency == null ? "" : agency.country(),
                agency == null ? "" : SpreadsheetText.safe(agency.region()),
                SpreadsheetText.safe(name.givenNames()), SpreadsheetText.safe(name.familyName()), birthdate(child.dateOfBirth()), gender(child.sex()),
                String.join(";", child.nationalities()), traffickingStatus(kase.protectionStatus(), decidedNotVictim),
                forms.stream().map(ExploitationForm::htcds).collect(Collectors.toCollection(LinkedHashSet::new))
                        .stream().collect(Collectors.joining(";")));
    }

    /** HTCDS cas_Status picklist. */
    static String status(CaseStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case FOLLOW_UP -> "FollowUp";
            case CLOSED -> "Closed";
            case CLOSED_REFERRED -> "ClosedReferred";
        };
    }

    /** HTCDS 2.0 prs_Gender picklist (gender expression): Haven records sex, so OTHER is the nearest, NonConforming. */
    static String gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Feminine";
            case MALE -> "Masculine";
            case OTHER -> "NonConforming";
            case UNKNOWN -> "NonSpecifiedUnknown";
        };
    }

    /**
     * HTCDS 2.0 vic_TraffickingStatus as the case holds it (the most protective decision); "not a
     * victim" only when every screening decided so; empty before any decision.
     */
    static String traffickingStatus(org.haven.casework.ProtectionStatus status, boolean decidedNotVictim) {
        return switch (status) {
            case PRESUMED_VICTIM -> "PossibleVictimOfTrafficking";
            case IDENTIFIED_VICTIM -> "ActualVictimOfTrafficking";
            case NONE -> decidedNotVictim ? "NotAVictimOfTrafficking" : "";
        };
    }

    /** prs_Birthdate is a date: only an exact date of birth is written (a year or an estimate is not a date). */
    static String birthdate(DateOfBirth born) {
        return born.precision() == DateOfBirth.Precision.EXACT ? born.earliest().toString() : "";
    }
}
