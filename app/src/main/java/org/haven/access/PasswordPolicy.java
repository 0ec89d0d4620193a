package org.haven.access;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.haven.platform.DomainRuleViolation;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough, not the username, not one of the 30,000 passwords seen most
 * often in breaches (the list zxcvbn4j ships, from leaked password sets), and not easy to guess by
 * zxcvbn's estimate (score 3 of 4 or better, counting the username and name as known to an attacker).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final int MIN_SCORE = 3;

    private final Set<String> breached;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    PasswordPolicy() {
        try {
            this.breached = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The breached-password list shipped with zxcvbn4j cannot be read", e);
        }
    }

    void check(String username, String displayName, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainRuleViolation("password.too-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new DomainRuleViolation("password.contains-username");
        }
        if (breached.contains(lower)) {
            throw new DomainRuleViolation("password.breached");
        }
        var known = displayName == null ? List.of(username) : List.of(username, displayName);
        if (zxcvbn.measure(password, known).getScore() < MIN_SCORE) {
            throw new DomainRuleViolation("password.guessable");
        }
    }
}
