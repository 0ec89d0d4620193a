package org.haven.casework;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import org.haven.platform.crypto.SecretText;
import java.util.HashSet;
import java.util.List;
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
    private SecretText summary;
    private final Instant openedAt;
    private final UUID openedBy;
    private Instant lastChangedAt;
    private ProtectionStatus protectionStatus;
    private Instant protectedSince;
    private Integer procedureVersion;
    private SecretText statusReason;
    private SecretText openItemsExplanation;
    @MappedCollection(idColumn = "casework_case")
    private Set<TeamMember> team;
    @MappedCollection(idColumn = "casework_case")
    private Set<ReachedMilestone> milestones;
    private @Version Long version;

    @PersistenceCreator
    Case(UUID id, String reference, UUID childId, UUID leadAgencyId, CaseStatus status, SecretText summary,
         Instant openedAt, UUID openedBy, Instant lastChangedAt, ProtectionStatus protectionStatus,
         Instant protectedSince, Integer procedureVersion, SecretText statusReason, SecretText openItemsExplanation,
         Set<TeamMember> team, Set<ReachedMilestone> milestones, Long version) {
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
        this.protectedSince = protectedSince;
        this.procedureVersion = procedureVersion;
        this.statusReason = statusReason;
        this.openItemsExplanation = openItemsExplanation;
        this.team = team;
        this.milestones = milestones == null ? new HashSet<>() : milestones;
        this.version = version;
    }

    static Case open(String reference, UUID childId, UUID leadAgencyId, String summary, UUID openedBy,
                     TeamRole openerRole, int procedureVersion, Instant now) {
        checkSummary(summary);
        var team = new HashSet<TeamMember>();
        team.add(new TeamMember(openedBy, openerRole, now, null));
        var opened = new Case(UUID.randomUUID(), reference, childId, leadAgencyId, CaseStatus.ACTIVE,
                SecretText.of(blankToNull(summary)), now, openedBy, now, ProtectionStatus.NONE, null, procedureVersion, null, null, team,
                new HashSet<>(), null);
        opened.registerEvent(new CaseOpened(opened.id(), childId, leadAgencyId));
        opened.registerEvent(new CaseFactsChanged(opened.id()));
        return opened;
    }

    /** Changes what the case team may edit directly: lead agency, status (with a reason to close or reopen), summary. */
    void describe(UUID leadAgencyId, CaseStatus status, String summary, String statusReason, String openItemsExplanation,
                  Instant now) {
        checkSummary(summary);
        boolean closing = this.status.isOpen() && !status.isOpen();
        boolean reopening = !this.status.isOpen() && status.isOpen();
        if ((closing || reopening) && (statusReason == null || statusReason.isBlank())) {
            throw new DomainRuleViolation(closing ? "case.close.reason-required" : "case.reopen.reason-required");
        }
        if (closing || reopening) {
            this.statusReason = SecretText.of(statusReason.strip());
            this.openItemsExplanation = closing ? SecretText.of(blankToNull(openItemsExplanation)) : null;
        }
        if (!java.util.Objects.equals(leadAgencyId, this.leadAgencyId)) {
            registerEvent(new CaseFactsChanged(id())); // the region counted is the lead agency's
        }
        this.leadAgencyId = leadAgencyId;
        this.status = status;
        this.summary = SecretText.of(blankToNull(summary));
        this.lastChangedAt = now;
        if (closing) {
            registerEvent(new CaseClosed(id(), status));
        }
    }

    /** The first protective status starts the referral procedure's clock. */
    void recordProtectionStatus(ProtectionStatus status, Instant now) {
        this.protectionStatus = status;
        this.lastChangedAt = now;
        registerEvent(new CaseFactsChanged(id()));
        if (status.nonPunishmentApplies() && protectedSince == null) {
            protectedSince = now;
            registerEvent(new ProtectionStarted(id(), now));
        }
    }

    void addToTeam(UUID userId, TeamRole role, Instant now) {
        if (memberRole(userId).isPresent()) {
            throw new DomainRuleViolation("case.team.already-member");
        }
        if (role.isHeldByOne() && activeMembers().anyMatch(m -> m.teamRole() == role)) {
            throw new DomainRuleViolation("case.team.role-taken");
        }
        team.add(new TeamMember(userId, role, now, null));
        lastChangedAt = now;
        role.milestone().ifPresent(milestone -> reach(milestone, now));
    }

    /** Someone leaves the team; the record that they were on it, and when, stays. */
    void removeFromTeam(UUID userId, Instant now) {
        var member = activeMember(userId).orElseThrow(() -> new DomainRuleViolation("case.team.not-member"));
        boolean lastLead = member.teamRole() == TeamRole.LEAD_CASEWORKER
                && activeMembers().filter(m -> m.teamRole() == TeamRole.LEAD_CASEWORKER).count() == 1;
        if (lastLead) {
            throw new DomainRuleViolation("case.team.last-lead");
        }
        leave(member, now);
    }

    /**
     * Staff rotate: the newcomer takes over the leaver's part (so the last lead can be handed over) and
     * the leaver leaves, on the same day. The leaver's open tasks follow ({@link CaseHandedOver}).
     */
    TeamRole handOver(UUID from, UUID to, Instant now) {
        var leaving = activeMember(from).orElseThrow(() -> new DomainRuleViolation("case.team.not-member"));
        if (from.equals(to) || memberRole(to).isPresent()) {
            throw new DomainRuleViolation("case.handover.already-member");
        }
        leave(leaving, now);
        team.add(new TeamMember(to, leaving.teamRole(), now, null));
        registerEvent(new CaseHandedOver(id(), from, to, leaving.teamRole(), now));
        return leaving.teamRole();
    }

    private void leave(TeamMember member, Instant now) {
        team.remove(member);
        team.add(member.leaving(now));
        lastChangedAt = now;
    }

    /** Records the first time a milestone is reached; steps of the procedure waiting for it are then done. */
    boolean reach(Milestone milestone, Instant now) {
        if (milestones.stream().anyMatch(m -> m.milestone() == milestone)) {
            return false;
        }
        milestones.add(new ReachedMilestone(milestone, now));
        registerEvent(new MilestoneReached(id(), milestone, now));
        registerEvent(new CaseFactsChanged(id()));
        return true;
    }

    public Optional<Instant> reached(Milestone milestone) {
        return milestones.stream().filter(m -> m.milestone() == milestone).map(ReachedMilestone::reachedAt).findFirst();
    }

    public Optional<TeamRole> memberRole(UUID userId) {
        return activeMember(userId).map(TeamMember::teamRole);
    }

    private Optional<TeamMember> activeMember(UUID userId) {
        return activeMembers().filter(m -> m.userId().equals(userId)).findFirst();
    }

    private java.util.stream.Stream<TeamMember> activeMembers() {
        return team.stream().filter(TeamMember::isActive);
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
        return SecretText.text(summary);
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

    /** Who is on the team now. */
    public Set<TeamMember> team() {
        return activeMembers().collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Everyone who has been on the team, with the dates they joined and left. */
    public List<TeamMember> teamHistory() {
        return team.stream().sorted(java.util.Comparator.comparing(TeamMember::addedAt)).toList();
    }

    public Optional<Instant> protectedSince() {
        return Optional.ofNullable(protectedSince);
    }

    /** Why the case was last closed or reopened. */
    /** What was left open when the case closed, and why (kept with the case, encrypted, not in the audit log). */
    public String openItemsExplanation() {
        return SecretText.text(openItemsExplanation);
    }

    public String statusReason() {
        return SecretText.text(statusReason);
    }

    public Optional<Integer> procedureVersion() {
        return Optional.ofNullable(procedureVersion);
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
