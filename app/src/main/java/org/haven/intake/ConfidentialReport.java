package org.haven.intake;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A report or complaint from someone without an account (often the child). It is found again only
 * with its receipt code; repeated wrong codes lock it for a while.
 */
@Table("intake_confidential_report")
public class ConfidentialReport {

    public enum Kind { REPORT, COMPLAINT }

    static final int MAX_FAILED_CODES = 5;
    /** Far more than a child writes in a day; holds off a program filling one thread. */
    static final int MAX_REPORTER_MESSAGES_A_DAY = 30;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final @Id UUID id;
    private final String lookupId;
    private final String secretHash;
    private final Kind kind;
    private final String language;
    private final LocalDate createdOn;
    private final UUID assignedAgencyId;
    private int failedAttempts;
    private Instant lockedUntil;
    @MappedCollection(idColumn = "confidential_report", keyColumn = "position")
    private List<ReportMessage> messages;
    private @Version Long version;

    @PersistenceCreator
    ConfidentialReport(UUID id, String lookupId, String secretHash, Kind kind, String language, LocalDate createdOn,
                       UUID assignedAgencyId, int failedAttempts, Instant lockedUntil, List<ReportMessage> messages,
                       Long version) {
        this.id = id;
        this.lookupId = lookupId;
        this.secretHash = secretHash;
        this.kind = kind;
        this.language = language;
        this.createdOn = createdOn;
        this.assignedAgencyId = assignedAgencyId;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.messages = messages;
        this.version = version;
    }

    static ConfidentialReport receive(String lookupId, String secretHash, Kind kind, String language,
                                      UUID agency, String encryptedFirstMessage, LocalDate today) {
        var messages = new ArrayList<ReportMessage>();
        messages.add(new ReportMessage(ReportMessage.Author.REPORTER, encryptedFirstMessage, today));
        return new ConfidentialReport(UUID.randomUUID(), lookupId, secretHash, kind, language, today, agency, 0, null,
                messages, null);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void wrongCode(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_CODES) {
            lockedUntil = now.plus(LOCKOUT);
            failedAttempts = 0;
        }
    }

    void rightCode() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void add(ReportMessage.Author author, String encryptedBody, LocalDate today) {
        if (author == ReportMessage.Author.REPORTER && messages.stream()
                .filter(m -> m.author() == author && today.equals(m.writtenOn())).count() >= MAX_REPORTER_MESSAGES_A_DAY) {
            throw new DomainRuleViolation("report.thread.full");
        }
        messages.add(new ReportMessage(author, encryptedBody, today));
    }

    public UUID id() { return id; }
    String secretHash() { return secretHash; }
    public Kind kind() { return kind; }
    public String language() { return language; }
    public LocalDate createdOn() { return createdOn; }
    public UUID assignedAgencyId() { return assignedAgencyId; }
    public List<ReportMessage> messages() { return List.copyOf(messages); }

    public boolean awaitsAnswer() {
        return messages.get(messages.size() - 1).author() == ReportMessage.Author.REPORTER;
    }
}
