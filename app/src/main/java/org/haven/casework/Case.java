package org.haven.casework;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One child's case: who leads it, who is on its team, where it stands. */
@Table("casework_case")
public class Case extends AbstractAggregateRoot<Case> {

    public static final int MAX_SUMMARY_LENGTH = 4000;

    private final @Id UUID id;
    private final String reference;
    private final UUID childId;
    private UUID leadAgencyId;
    private CaseStatus status;
    private String summary;
    private final Instant openedAt;
    private final UUID openedBy;
    private Instant lastChangedAt;
    private ProtectionStatus protectionStatus;
    @MappedCollection(idColumn = "casework_case")
    private Set<TeamMember> team;
    private @Version Long version;

    @PersistenceCreator
    Case(UUID id, String reference, UUID childId, UUID leadAgencyId, CaseStatus status, String summary,
         Instant openedAt, UUID openedBy, Instant lastChangedAt, ProtectionStatus protectionStatus,
         Set<TeamMember> team, Long version) {
        this.id = id;
        this.reference = reference;
        this.childId = childId;
        this.leadAgencyId = leadAgencyId;
        this.status = status;
        this.summary = summary;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.lastChangedAt = lastChangedAt;
        this.protectionStatus = protectionStatus == null ? ProtectionStatus.NONE : protectionStatus;
        this.team = team;
        this.version = version;
    }

    static Case open(String reference, UUID childId, UUID leadAgencyId, String summary, UUID openedBy,
                     TeamRole openerRole, Instant now) {
        checkSummary(summary);
        var team = new HashSet<TeamMember>();
        team.add(new TeamMember(openedBy, openerRole, now));
        var opened = new Case(UUID.randomUUID(), reference, childId, leadAgencyId, CaseStatus.ACTIVE,
                blankToNull(summary), now, openedBy, now, ProtectionStatus.NONE, team, null);
        opened.registerEvent(new CaseOpened(opened.id(), childId, leadAgencyId));
        return opened;
    }

    /** Changes what the case team may edit directly: lead agency, status, summary. */
    void describe(UUID leadAgencyId, CaseStatus status, String summary, Instant now) {
        checkSummary(summary);
        boolean closing = this.status.isOpen() && !status.isOpen();
        this.leadAgencyId = leadAgencyId;
        this.status = status;
        this.summary = blankToNull(summary);
        this.lastChangedAt = now;
        if (closing) {
            registerEvent(new CaseClosed(id(), status));
        }
    }

    void recordProtectionStatus(ProtectionStatus status, Instant now) {
        this.protectionStatus = status;
        this.lastChangedAt = now;
    }

    void addToTeam(UUID userId, TeamRole role, Instant now) {
        if (memberRole(userId).isPresent()) {
            throw new DomainRuleViolation("case.team.already-member");
        }
        team.add(new TeamMember(userId, role, now));
        lastChangedAt = now;
    }

    void removeFromTeam(UUID userId, Instant now) {
        var member = team.stream().filter(m -> m.userId().equals(userId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("case.team.not-member"));
        boolean lastLead = member.teamRole() == TeamRole.LEAD_CASEWORKER
                && team.stream().filter(m -> m.teamRole() == TeamRole.LEAD_CASEWORKER).count() == 1;
        if (lastLead) {
            throw new DomainRuleViolation("case.team.last-lead");
        }
        team.remove(member);
        lastChangedAt = now;
    }

    public Optional<TeamRole> memberRole(UUID userId) {
        return team.stream().filter(m -> m.userId().equals(userId)).map(TeamMember::teamRole).findFirst();
    }

    public CaseId id() {
        return new CaseId(id);
    }

    public String reference() {
        return reference;
    }

    public UUID childId() {
        return childId;
    }

    public UUID leadAgencyId() {
        return leadAgencyId;
    }

    public CaseStatus status() {
        return status;
    }

    public String summary() {
        return summary;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public ProtectionStatus protectionStatus() {
        return protectionStatus;
    }

    public Set<TeamMember> team() {
        return Set.copyOf(team);
    }

    public long version() {
        return version == null ? 0 : version;
    }

    private static void checkSummary(String summary) {
        if (summary != null && summary.length() > MAX_SUMMARY_LENGTH) {
            throw new DomainRuleViolation("case.summary.too-long", MAX_SUMMARY_LENGTH);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
