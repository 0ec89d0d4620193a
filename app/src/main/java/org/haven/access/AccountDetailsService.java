package org.haven.access;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account of someone an identity provider signed in, if Haven knows them. */
    @Transactional(readOnly = true)
    java.util.Optional<SignedInUser> findSignedInUser(String username) {
        return accounts.findByUsername(username).map(account -> new SignedInUser(account, account.isLockedAt(clock.instant())));
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new SignedInUser(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
