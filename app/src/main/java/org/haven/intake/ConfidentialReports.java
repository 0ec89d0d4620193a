package org.haven.intake;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.directory.Directory;
import org.haven.directory.Organisation;
import org.haven.directory.OrganisationKind;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reports and complaints from people without an account, often the child: received without any
 * identifying metadata (no address, only the day), encrypted at rest, found again only with the
 * receipt code, answered by the national referral office (the coordinator), which is outside any
 * case team and so also reviews complaints. Floods are held off by global limits, not by tracking who sends.
 */
@Service
@Transactional(noRollbackFor = {NoAccess.class, DomainRuleViolation.class})
public class ConfidentialReports {

    public static final int MAX_TEXT = 4000;
    public static final Set<String> LANGUAGES = Set.of("en", "sv", "lt", "pl", "ru", "uk", "ar");
    private static final Actor REPORTER = Actor.system("anonymous-reporter");


    private final ConfidentialReportRecords records;
    private final Directory directory;
    private final PasswordEncoder hashes;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final String country;
    private final FloodGuard floods;
    /** Argon2id of a random string, checked against when no report matches, so timing tells nothing. */
    private final String decoyHash;

    ConfidentialReports(ConfidentialReportRecords records, Directory directory, PasswordEncoder hashes,
                        FieldCipher cipher, AuditTrail audit, Clock clock, @Value("${haven.country}") String country,
                        FloodGuard floods) {
        this.records = records;
        this.directory = directory;
        this.hashes = hashes;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.country = country;
        this.floods = floods;
        this.decoyHash = hashes.encode(ReceiptCode.decoy().secret());
    }

    /** What the reporter sees when they come back. */
    public record Thread(UUID reportId, ConfidentialReport.Kind kind, List<Message> messages) {
    }

    public record Message(ReportMessage.Author author, String text, LocalDate writtenOn) {
    }

    /** Receives a report or complaint; the receipt code is returned once and never stored in clear. */
    public ReceiptCode receive(ConfidentialReport.Kind kind, String language, String text, String senderAddress) {
        requireText(text);
        if (!floods.allows(senderAddress)) {
            audit.recordWithoutSource(REPORTER, AuditRecord.refused("report.received", "confidential-report", null)
                    .withDetails("flood limit"));
            throw new DomainRuleViolation("report.busy");
        }
        // The national referral office triages what arrives without a name or an area, and reviews complaints
        // from outside any case team.
        var agency = coordinator().or(() -> directory.leadAgencyFor(country, null))
                .orElseThrow(() -> new IllegalStateException("No agency receives confidential reports"));
        ReceiptCode code;
        do {
            code = ReceiptCode.random();
        } while (records.findByLookupId(code.lookupId()).isPresent());
        var report = records.save(ConfidentialReport.receive(code.lookupId(), hashes.encode(code.secret()), kind,
                LANGUAGES.contains(language) ? language : "en", agency.id().value(), cipher.encrypt(text.strip()),
                today()));
        audit.recordWithoutSource(REPORTER, AuditRecord.succeeded("report.received", "confidential-report", report.id())
                .withDetails(kind.name()));
        return code;
    }

    /** The thread for a receipt code; wrong codes count, and too many lock the report for a while. */
    public Optional<Thread> open(String typedCode, String senderAddress) {
        var code = ReceiptCode.parse(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!floods.allows(senderAddress)) {
            throw new DomainRuleViolation("report.busy");
        }
        var report = records.findByLookupId(code.get().lookupId());
        if (report.isEmpty()) {
            hashes.matches(code.get().secret(), decoyHash); // same time whether or not the report exists
            return Optional.empty();
        }
        var found = report.get();
        if (found.isLockedAt(clock.instant())) {
            // Same answer as a wrong code: a locked report does not confirm that the code exists.
            audit.recordWithoutSource(REPORTER, AuditRecord.refused("report.opened", "confidential-report", found.id()));
            return Optional.empty();
        }
        if (!hashes.matches(code.get().secret(), found.secretHash())) {
            found.wrongCode(clock.instant());
            records.save(found);
            audit.recordWithoutSource(REPORTER, AuditRecord.failed("report.opened", "confidential-report", found.id()));
            return Optional.empty();
        }
        found.rightCode();
        records.save(found);
        audit.recordWithoutSource(REPORTER, AuditRecord.succeeded("report.opened", "confidential-report", found.id()));
        return Optional.of(thread(found));
    }

    /** The reporter writes again, on a report they opened with its code in this session. */
    public void writeAgain(UUID openedReport, String text) {
        requireText(text);
        var report = load(openedReport);
        try {
            report.add(ReportMessage.Author.REPORTER, cipher.encrypt(text.strip()), today());
        } catch (DomainRuleViolation full) {
            audit.recordWithoutSource(REPORTER, AuditRecord.refused("report.written", "confidential-report", report.id())
                    .withDetails("daily message limit"));
            throw full;
        }
        records.save(report);
        audit.recordWithoutSource(REPORTER, AuditRecord.succeeded("report.written", "confidential-report", report.id()));
    }

    public Thread threadOf(UUID openedReport) {
        return thread(load(openedReport));
    }

    /** Reports and complaints for the user's agency, newest first (without their text). */
    public List<ConfidentialReport> inbox(SignedInUser user) {
        requireStaff(user, null, "report.inbox.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("report.inbox.viewed", "confidential-report-list", null));
        return records.findForAgency(user.organisationId().value());
    }

    public Thread read(SignedInUser user, UUID id) {
        var report = load(id);
        requireStaff(user, report, "report.read");
        audit.record(user.actor(), AuditRecord.succeeded("report.read", "confidential-report", id));
        return thread(report);
    }

    public void answer(SignedInUser user, UUID id, String text) {
        var report = load(id);
        requireStaff(user, report, "report.answered");
        requireText(text);
        report.add(ReportMessage.Author.WORKER, cipher.encrypt(text.strip()), today());
        records.save(report);
        audit.record(user.actor(), AuditRecord.succeeded("report.answered", "confidential-report", id));
    }

    private void requireStaff(SignedInUser user, ConfidentialReport report, String action) {
        boolean staff = user.mayRead(Section.ANONYMOUS_REPORTS);
        boolean assigned = report == null || report.assignedAgencyId().equals(user.organisationId().value());
        if (!staff || !assigned) {
            audit.record(user.actor(), AuditRecord.refused(action, "confidential-report",
                    report == null ? null : report.id()));
            throw new NoAccess("Only the assigned agency's staff read confidential reports");
        }
    }

    private Thread thread(ConfidentialReport report) {
        return new Thread(report.id(), report.kind(), report.messages().stream()
                .map(m -> new Message(m.author(), cipher.decrypt(m.body()), m.writtenOn())).toList());
    }

    private Optional<Organisation> coordinator() {
        return directory.all().stream().filter(o -> o.country().equalsIgnoreCase(country)
                && o.kind() == OrganisationKind.NATIONAL_COORDINATOR).findFirst();
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("report.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new DomainRuleViolation("report.text.too-long", MAX_TEXT);
        }
    }

    private ConfidentialReport load(UUID id) {
        return records.findById(id).orElseThrow(() -> new NotFound("confidential report", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
