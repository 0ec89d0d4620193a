package org.haven.statistics;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.platform.NoAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An HTCDS 2.0 file from another organisation becomes referrals, one per case, sent to the lead
 * agency of the case's region, whose caseworkers review each like any referral: the duplicate check
 * (the matching engine) shows children already known before anyone accepts, so no child is
 * registered twice by an import. A file with problems imports nothing, unless the user chose to
 * import its valid rows; then all of those or none.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class HtcdsImport {

    private final Intake intake;
    private final org.haven.directory.Directory directory;
    private final String country;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    HtcdsImport(Intake intake, org.haven.directory.Directory directory, AuditTrail audit, Clock clock,
                @Value("${haven.time-zone}") ZoneId zone, @Value("${haven.country}") String country) {
        this.intake = intake;
        this.directory = directory;
        this.country = country;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** What an import did: the file's report, and the referrals sent (none when it stopped at the report). */
    public record Outcome(HtcdsFile.Result report, List<UUID> referrals) {
        public boolean imported() {
            return !referrals.isEmpty();
        }
    }

    /** Case-management staff import; for anyone else {@link NoAccess}, audited. */
    public void requireMayImport(SignedInUser user) {
        if (!user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused("htcds.imported", "referral", null));
            throw new NoAccess("Only caseworkers, supervisors and coordinators import case files");
        }
    }

    public Outcome importFile(SignedInUser user, String text, boolean acceptValidRows) {
        requireMayImport(user);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var report = routable(HtcdsFile.read(text, today));
        if (!report.clean() && !acceptValidRows || report.rows().isEmpty()) {
            return new Outcome(report, List.of());
        }
        var referrals = new ArrayList<UUID>();
        for (var row : report.rows()) {
            referrals.add(intake.refer(user, content(row, today), true));
        }
        audit.record(user.actor(), AuditRecord.succeeded("htcds.imported", "referral", null)
                .withDetails(referrals.size() + " referrals, " + report.problems().size() + " problems left out"));
        return new Outcome(report, List.copyOf(referrals));
    }

    /** A row no agency here would receive is a problem of that row, found before anything is sent. */
    private HtcdsFile.Result routable(HtcdsFile.Result read) {
        var rows = new ArrayList<HtcdsFile.Row>();
        var problems = new ArrayList<>(read.problems());
        for (var row : read.rows()) {
            if (directory.leadAgencyFor(country, row.region().isBlank() ? null : row.region()).isPresent()) {
                rows.add(row);
            } else {
                problems.add(new HtcdsFile.Problem(row.line(), "org_ShippingState",
                        "No agency here receives referrals for \"" + row.region() + "\"."));
            }
        }
        problems.sort(java.util.Comparator.comparingLong(HtcdsFile.Problem::line));
        return new HtcdsFile.Result(rows, problems);
    }

    /** The referral for one case of the file: what the standard gives, the rest (forms of exploitation, status there) said in the observations. */
    static Referral.Content content(HtcdsFile.Row row, LocalDate today) {
        Integer age = row.birthdate() == null ? null : Math.min(25, Period.between(row.birthdate(), today).getYears());
        var said = new StringBuilder("Imported from an HTCDS 2.0 file");
        if (!row.caseId().isEmpty()) {
            said.append(", case ").append(row.caseId());
        }
        said.append(" (line ").append(row.line()).append(").");
        if (!row.exploitation().isEmpty()) {
            said.append(" Type of exploitation: ").append(String.join(", ", row.exploitation())).append('.');
        }
        if (!row.status().isEmpty()) {
            said.append(" Case status there: ").append(row.status()).append('.');
        }
        if (!row.traffickingStatus().isEmpty()) {
            said.append(" Trafficking status there: ").append(row.traffickingStatus()).append('.');
        }
        return new Referral.Content(blankToNull(row.firstName()), blankToNull(row.secondName()), age, row.sex(), null,
                null, blankToNull(row.region()), null, said.toString(), null, false, false, Set.of(), row.birthdate(),
                row.nationalities());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
