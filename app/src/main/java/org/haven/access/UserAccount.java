package org.haven.access;

import org.haven.directory.OrganisationId;
import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person who signs in to Haven, member of one organisation, with roles and sign-in safeguards. */
@Table("access_user")
class UserAccount {

    private final @Id UUID id;
    private final String username;
    private String displayName;
    private String email;
    private final UUID organisationId;
    private String passwordHash;
    private boolean enabled;
    private int failedSignIns;
    private Instant lockedUntil;
    private String totpSecret;
    private Long totpLastStep;
    private boolean totpRequired;
    private String timeZone;
    private final Instant createdAt;
    @MappedCollection(idColumn = "access_user")
    private Set<RoleGrant> roles;
    private @Version Long version;

    @PersistenceCreator
    UserAccount(UUID id, String username, String displayName, String email, UUID organisationId,
                String passwordHash, boolean enabled, int failedSignIns, Instant lockedUntil, String totpSecret,
                Long totpLastStep, boolean totpRequired, String timeZone,
                Instant createdAt, Set<RoleGrant> roles, Long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.totpSecret = totpSecret;
        this.totpLastStep = totpLastStep;
        this.totpRequired = totpRequired;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
        this.roles = roles;
        this.version = version;
    }

    static UserAccount create(String username, String displayName, OrganisationId organisation, Set<Role> roles,
                              String passwordHash, String timeZone, Instant now) {
        if (roles.isEmpty()) {
            throw new DomainRuleViolation("user.roles.required");
        }
        return new UserAccount(UUID.randomUUID(), username.strip(), displayName.strip(), null, organisation.value(),
                passwordHash, true, 0, null, null, null, false, timeZone, now,
                roles.stream().map(RoleGrant::new).collect(Collectors.toSet()), null);
    }

    /** Counts a failed sign-in; the account locks for {@code lockout} after {@code maxFailures} in a row. */
    boolean recordFailedSignIn(int maxFailures, Duration lockout, Instant now) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void enrolSecondFactor(String secret) {
        this.totpSecret = secret;
        this.totpLastStep = null;
    }

    void removeSecondFactor() {
        if (totpRequired) {
            throw new DomainRuleViolation("totp.required-cannot-remove");
        }
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** A code's time step may be used once; a replayed or older step is refused. */
    boolean acceptCodeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void requireSecondFactor(boolean required) {
        this.totpRequired = required;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void chooseTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    UserId id() {
        return new UserId(id);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String totpSecret() {
        return totpSecret;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    boolean secondFactorRequired() {
        return totpRequired;
    }

    /** Where notices are sent by email; blank means none. */
    void useEmail(String address) {
        this.email = address == null || address.isBlank() ? null : address.strip();
    }

    String email() {
        return email;
    }

    String timeZone() {
        return timeZone;
    }

    Set<Role> roles() {
        var set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.role()));
        return set;
    }
}
