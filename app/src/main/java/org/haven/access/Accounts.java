package org.haven.access;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.directory.OrganisationId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Account administration and self-service: create, unlock, passwords, second factor. */
@Service
@Transactional
public class Accounts {


    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SecondFactor secondFactor;
    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final Clock clock;

    private final PasswordPolicy passwordPolicy;
    private final SecondFactorPolicy secondFactorPolicy;

    Accounts(UserAccounts accounts, PasswordEncoder passwords, SecondFactor secondFactor, SignInAttempts attempts,
             AuditTrail audit, Clock clock, PasswordPolicy passwordPolicy, SecondFactorPolicy secondFactorPolicy) {
        this.passwordPolicy = passwordPolicy;
        this.secondFactorPolicy = secondFactorPolicy;
        this.accounts = accounts;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A summary of an account for lists and pickers. */
    public record UserSummary(UserId id, String username, String displayName, OrganisationId organisationId,
                              Set<Role> roles, boolean enabled, boolean locked, boolean secondFactorEnrolled,
                              boolean secondFactorRequired) {
    }

    public UserId create(Actor actor, String username, String displayName, OrganisationId organisation,
                         Set<Role> roles, String password) {
        if (accounts.findByUsername(username.strip()).isPresent()) {
            throw new DomainRuleViolation("user.username.taken");
        }
        passwordPolicy.check(username, displayName, password);
        var account = accounts.save(UserAccount.create(username, displayName, organisation, roles,
                passwords.encode(password), "Europe/Oslo", clock.instant()));
        audit.record(actor, AuditRecord.succeeded("user.created", "user", account.id())
                .withDetails("roles=" + roles));
        return account.id();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> all() {
        return accounts.findAllOrderedByName().stream().map(this::summary).toList();
    }

    /** Everyone enabled who holds any of these roles, e.g. to tell them something. */
    @Transactional(readOnly = true)
    public List<UserId> enabledWithAnyRole(Role... roles) {
        var wanted = Set.of(roles);
        return all().stream().filter(u -> u.enabled() && u.roles().stream().anyMatch(wanted::contains))
                .map(UserSummary::id).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UserId id) {
        return accounts.findById(id.value()).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsername(username).map(this::summary);
    }

    public void unlock(Actor actor, UserId id) {
        var account = load(id);
        account.unlock();
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.unlocked", "user", id));
    }

    public void requireSecondFactor(Actor actor, UserId id, boolean required) {
        var account = load(id);
        account.requireSecondFactor(required);
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded(required ? "user.second-factor.required"
                : "user.second-factor.optional", "user", id));
    }

    /** A wrong current password counts towards the lockout, like a failed sign-in. */
    @Transactional(noRollbackFor = DomainRuleViolation.class)
    public void changePassword(Actor actor, UserId id, String currentPassword, String newPassword) {
        var account = load(id);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            attempts.recordFailure(account.username(), "user.password.changed", "current password wrong");
            throw new DomainRuleViolation("password.current.wrong");
        }
        passwordPolicy.check(account.username(), account.displayName(), newPassword);
        account.changePassword(passwords.encode(newPassword));
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.password.changed", "user", id));
    }

    /** A new secret for the user to put into an authenticator app; saved only once a code confirms it. */
    public String proposeSecondFactorSecret() {
        return secondFactor.newSecret();
    }

    public String provisioningUri(String username, String secret) {
        return secondFactor.provisioningUri(username, secret);
    }

    @Transactional(noRollbackFor = DomainRuleViolation.class)
    public void enrolSecondFactor(Actor actor, UserId id, String secret, String code) {
        var account = load(id);
        var step = secondFactor.matchingStep(secret, code);
        if (step.isEmpty()) {
            audit.record(actor, AuditRecord.failed("user.second-factor.enrolled", "user", id));
            throw new DomainRuleViolation("totp.code.wrong");
        }
        account.enrolSecondFactor(secret);
        account.acceptCodeStep(step.getAsLong());
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.second-factor.enrolled", "user", id));
    }

    /** Turning the second factor off needs a current code from it, so a borrowed session cannot. */
    @Transactional(noRollbackFor = DomainRuleViolation.class)
    public void removeSecondFactor(Actor actor, UserId id, String code) {
        var account = load(id);
        var step = secondFactor.matchingStep(account.totpSecret(), code);
        if (step.isEmpty() || !account.acceptCodeStep(step.getAsLong())) {
            attempts.recordFailure(account.username(), "user.second-factor.removed", "wrong or reused code");
            throw new DomainRuleViolation("totp.code.wrong");
        }
        if (secondFactorPolicy.requiredOf(account.roles(), false)) {
            throw new DomainRuleViolation("totp.required-cannot-remove");
        }
        account.removeSecondFactor();
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.second-factor.removed", "user", id));
    }

    /**
     * Checks a second-factor code at sign-in. A wrong or replayed code counts as a failed sign-in,
     * towards the same lockout as a wrong password.
     */
    @Transactional(noRollbackFor = DomainRuleViolation.class)
    public boolean verifySecondFactor(UserId id, String code) {
        var account = load(id);
        if (account.isLockedAt(clock.instant())) {
            return false;
        }
        var step = secondFactor.matchingStep(account.totpSecret(), code);
        if (step.isPresent() && account.acceptCodeStep(step.getAsLong())) {
            account.recordSuccessfulSignIn();
            accounts.save(account);
            audit.record(new Actor(id.value(), account.username(), account.organisationId().value()),
                    AuditRecord.succeeded("sign-in.second-factor", "user", id));
            return true;
        }
        attempts.recordFailure(account.username(), "sign-in.second-factor", "wrong or reused code");
        return false;
    }

    public void chooseTimeZone(Actor actor, UserId id, ZoneId zone) {
        var account = load(id);
        account.chooseTimeZone(zone);
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.time-zone.changed", "user", id).withDetails(zone.getId()));
    }

    /** Sets (or, when blank, removes) the address the user's notices are emailed to. */
    public void useEmail(Actor actor, UserId id, String address) {
        if (address != null && !address.isBlank()
                && (address.length() > 254 || !address.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new org.haven.platform.DomainRuleViolation("account.email.invalid");
        }
        var account = load(id);
        account.useEmail(address);
        accounts.save(account);
        audit.record(actor, AuditRecord.succeeded("user.email.changed", "user", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> emailOf(UserId id) {
        return accounts.findById(id.value()).filter(UserAccount::enabled).map(UserAccount::email);
    }

    @Transactional(readOnly = true)
    public ZoneId timeZoneOf(UserId id) {
        return ZoneId.of(load(id).timeZone());
    }

    @Transactional(readOnly = true)
    public boolean reloadIsUsable(UserId id) {
        var user = reload(id);
        return user.isEnabled() && user.isAccountNonLocked();
    }

    SignedInUser reload(UserId id) {
        var account = load(id);
        return new SignedInUser(account, account.isLockedAt(clock.instant()));
    }

    private UserAccount load(UserId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new NotFound("user", id));
    }

    private UserSummary summary(UserAccount account) {
        return new UserSummary(account.id(), account.username(), account.displayName(), account.organisationId(),
                account.roles(), account.enabled(), account.isLockedAt(clock.instant()), account.hasSecondFactor(),
                account.secondFactorRequired());
    }
}
