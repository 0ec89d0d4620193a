package org.haven.access;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** Time-based one-time passwords (RFC 6238) for the second sign-in factor. */
@Component
class SecondFactor {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
    private final Clock clock;

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    String provisioningUri(String username, String secret) {
        String label = URLEncoder.encode("Haven:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Haven&algorithm=SHA1&digits=6&period=30";
    }

    /** The time step of the matching code (now, or one step either side for clock drift), if the code matches. */
    OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        for (int offset = -1; offset <= 1; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            if (codeAt(secret, at).equals(digits)) {
                return OptionalLong.of(at.getEpochSecond() / STEP.getSeconds());
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(String secret, Instant at) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
            return generator.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Stored second-factor secret is unusable", e);
        }
    }
}
