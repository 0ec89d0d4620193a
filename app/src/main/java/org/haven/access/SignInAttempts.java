package org.haven.access;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/** Counts failed sign-ins, locks an account after too many in a row, and audits every attempt. */
@Component
class SignInAttempts {

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInAttempts(UserAccounts accounts, AuditTrail audit, Clock clock,
                   @Value("${haven.security.max-failed-sign-ins}") int maxFailures,
                   @Value("${haven.security.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        recordFailure(username, "sign-in.password", event.getException().getClass().getSimpleName());
    }

    /**
     * A correct password. API calls authenticate too, but they are not sign-ins. With a second
     * factor enrolled, earlier failures are forgotten only once the code is right, so that signing
     * in again with the password does not give a code-guesser a fresh set of attempts.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof ApiCaller
                || !(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        if (!user.secondFactorEnrolled()) {
            recordSuccess(user.id());
        }
        audit.record(user.actor(), AuditRecord.succeeded("sign-in.password", "user", user.id()));
    }

    @Transactional
    public void recordSuccess(UserId id) {
        accounts.findById(id.value()).ifPresent(account -> {
            account.recordSuccessfulSignIn();
            accounts.save(account);
        });
    }

    /** Also used for wrong second-factor codes, which count towards the same lockout. */
    @Transactional
    public void recordFailure(String username, String action, String why) {
        var account = accounts.findByUsername(username);
        account.ifPresent(found -> {
            boolean lockedNow = found.recordFailedSignIn(maxFailures, lockout, clock.instant());
            accounts.save(found);
            if (lockedNow) {
                audit.record(Actor.system("sign-in"), AuditRecord.succeeded("account.locked", "user", found.id()));
            }
        });
        // The name typed is recorded as the actor even when no such account exists: guessing shows up in the log.
        audit.record(new Actor(account.map(a -> a.id().value()).orElse(null), truncate(username), null),
                AuditRecord.failed(action, "user", account.map(a -> a.id().toString()).orElse(null))
                        .withDetails(why));
    }

    private static String truncate(String username) {
        if (username == null) {
            return "";
        }
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
