package org.haven.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a reporter keeps to come back: 16 characters of Crockford base32 (80 bits), shown in
 * groups of four. The first six find the report; the other ten are a secret stored only as a hash.
 */
public record ReceiptCode(String lookupId, String secret) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LOOKUP_LENGTH = 6;
    static final int SECRET_LENGTH = 10;

    /** A code that looks real and opens nothing, for answering automated floods. */
    public static ReceiptCode decoy() {
        return random();
    }

    static ReceiptCode random() {
        var chars = new StringBuilder();
        for (int i = 0; i < LOOKUP_LENGTH + SECRET_LENGTH; i++) {
            chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(chars.substring(0, LOOKUP_LENGTH), chars.substring(LOOKUP_LENGTH));
    }

    /** Reads a code as typed: spaces, dashes and case do not matter, nor O for 0 or I and L for 1. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (normalised.length() != LOOKUP_LENGTH + SECRET_LENGTH
                || !normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(normalised.substring(0, LOOKUP_LENGTH), normalised.substring(LOOKUP_LENGTH)));
    }

    /** As shown to the reporter: XXXX-XXXX-XXXX-XXXX. */
    public String shown() {
        String all = lookupId + secret;
        return all.substring(0, 4) + "-" + all.substring(4, 8) + "-" + all.substring(8, 12) + "-" + all.substring(12);
    }

    @Override
    public String toString() {
        return "ReceiptCode[" + lookupId + "-…]";
    }
}
